#include "extract/entities/entity_tagger.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include "extract/entities/kept_texts.h"

namespace loupe::entities {

void spans_from_labels(const TaggerTokens& tokens, TokenSequence seq,
                       const std::vector<std::uint8_t>& labels,
                       const std::vector<float>& confidence, std::vector<TaggedSpan>& out,
                       const std::vector<float>* by_type) {
  const std::size_t n = seq.end - seq.begin;
  for (std::size_t i = 0; i < n; ++i) {
    if (labels[i] == 0) continue;
    const int place = label_place(labels[i]);
    if (place != 0 && place != 3) continue;
    std::size_t end = i;
    if (place == 0) {
      while (end + 1 < n && labels[end + 1] != 0 && label_place(labels[end + 1]) == 1) ++end;
      if (end + 1 >= n || label_place(labels[end + 1]) != 2) continue;
      ++end;
    }
    float sum = 0;  // the decoder gives each token of a span the span's value
    for (std::size_t k = i; k <= end; ++k) sum += confidence[k];
    TaggedSpan s;
    s.bytes = {tokens.tokens[seq.begin + i].bytes.begin_byte,
               tokens.tokens[seq.begin + end].bytes.end_byte};
    s.type = label_type(labels[i]);
    s.confidence = std::clamp(sum / static_cast<float>(end - i + 1), 0.0f, 1.0f);
    if (by_type && by_type->size() >= 3 * n)
      for (int t = 0; t < 3; ++t) s.by_type[t] = (*by_type)[i * 3 + t];
    out.push_back(s);
    i = end;
  }
}

namespace {

// A quote mark that opens (1), closes (2) or may do either (3: the straight one, and U+201C,
// which opens in Spanish and English and closes German and Ukrainian „...“) at byte `at`, with
// its length in `length`; 0 otherwise.
int quote_at(std::string_view text, std::size_t at, std::size_t& length) {
  static constexpr std::pair<std::string_view, int> kQuotes[] = {
      {"\"", 3}, {"\u201C", 3}, {"\u00AB", 1}, {"\u201E", 1}, {"\u00BB", 2}, {"\u201D", 2}};
  for (const auto& [mark, kind] : kQuotes)
    if (text.substr(at, mark.size()) == mark) return length = mark.size(), kind;
  return 0;
}

// The marks in [begin, end) of `text` that can open (side 1) or close (side 2) a quote.
std::size_t quote_marks(std::string_view text, std::size_t begin, std::size_t end, int side) {
  std::size_t n = 0, length = 0;
  for (std::size_t i = begin; i < end; ++i)
    if (quote_at(text.substr(0, end), i, length) & side) ++n;
  return n;
}

}  // namespace

bool trim_quotes(std::string_view text, core::ByteRange& bytes) {
  std::size_t begin = bytes.begin_byte, end = bytes.end_byte, length = 0;
  if (begin >= end) return false;
  // An opening mark first, and no mark after it that could close it.
  if (const int first = quote_at(text.substr(0, end), begin, length);
      (first & 1) && quote_marks(text, begin + length, end, 2) == 0)
    begin += length;
  // A closing mark last, and no mark before it that could have opened it; or only the mark
  // that opens the span (`"Adevarul"`, `«Газпром»`: the corpora mark the name inside).
  for (std::size_t l = 1; l <= 3 && end - begin > l; ++l)
    if ((quote_at(text.substr(0, end), end - l, length) & 2) && length == l) {
      std::size_t open = 0;
      const int first = quote_at(text.substr(0, end), begin, open);
      if (quote_marks(text, begin, end - l, 1) == 0) {
        end -= l;
      } else if ((first & 1) && quote_marks(text, begin + open, end - l, 3) == 0 &&
                 end - l > begin + open) {
        begin += open, end -= l;
      }
      break;
    }
  while (begin < end && text[begin] == ' ') ++begin;
  while (end > begin && text[end - 1] == ' ') --end;
  bytes = {begin, end};
  return begin < end;
}

std::vector<TaggedSpan> EntityTagger::tag(std::string_view text, const TaggerModel& model) {
  return tag(text, [&](std::size_t) { return &model; });
}

namespace {

// What identifies a sequence's model for the kept spans: its parse id and temperature (0: none).
struct ModelMark {
  std::uint64_t id = 0;
  float temperature = 0;
  bool operator==(const ModelMark& o) const { return id == o.id && temperature == o.temperature; }
};
ModelMark mark_of(const TaggerModel* m) {
  return m ? ModelMark{m->id(), m->temperature()} : ModelMark{};
}

// A text's spans, and the model of each of its sequences by first byte.
struct TaggedText {
  std::vector<std::pair<std::size_t, ModelMark>> models;
  std::vector<TaggedSpan> spans;
};
struct TaggedMemo {
  const Lexicon* lexicon;
  NameKeyer* keyer;
  KeptTexts<TaggedText> texts{kTaggedKeptBytes};
};

// This thread's kept texts for a lexicon and keyer (what the spans also depend on), as the
// word table's (tagger_words.cc): at most four.
std::vector<std::unique_ptr<TaggedMemo>>& tagged_memos() {
  thread_local std::vector<std::unique_ptr<TaggedMemo>> memos;
  return memos;
}
KeptTexts<TaggedText>& memo_of(const Lexicon* lexicon, NameKeyer* keyer) {
  std::vector<std::unique_ptr<TaggedMemo>>& memos = tagged_memos();
  for (auto& m : memos)
    if (m->lexicon == lexicon && m->keyer == keyer) return m->texts;
  if (memos.size() == 4) memos.erase(memos.begin());
  memos.push_back(std::make_unique<TaggedMemo>(TaggedMemo{lexicon, keyer}));
  return memos.back()->texts;
}

}  // namespace

void release_tagged_texts() { tagged_memos().clear(); }

std::vector<TaggedSpan> EntityTagger::tag(std::string_view text, const ModelAt& model_at,
                                          const std::vector<Word>* scanned) {
  KeptTexts<TaggedText>& memo = memo_of(lexicon_, keyer_);
  // model_at moves forward only (its caller's paragraphs): the answers of the check below are
  // kept and reused for the same sequences when a model differs.
  std::vector<std::pair<std::size_t, const TaggerModel*>> asked;
  if (const TaggedText* kept = memo.find(text)) {
    bool same = true;
    for (const auto& [begin, mark] : kept->models) {
      asked.emplace_back(begin, model_at(begin));
      if (!(mark_of(asked.back().second) == mark)) {
        same = false;
        break;
      }
    }
    if (same) return kept->spans;
  }
  const TaggerTokens tokens = tag_tokens(text, scanned);
  features_ = TaggerFeatures(lexicon_, keyer_, 0);
  features_.document(text, tokens);
  TaggedText made;
  for (const TokenSequence& seq : tokens.sequences) {
    const std::size_t begin = tokens.tokens[seq.begin].bytes.begin_byte;
    const std::size_t k = made.models.size();
    const TaggerModel* model =
        k < asked.size() && asked[k].first == begin ? asked[k].second : model_at(begin);
    made.models.emplace_back(begin, mark_of(model));
    if (!model || !features_.may_hold_name(tokens, seq)) continue;  // no span there
    features_.score(text, tokens, seq, *model, scores_);
    model->decode_scores(scores_.data(), seq.end - seq.begin, labels_, confidence_, &by_type_);
    const std::size_t first = made.spans.size();
    spans_from_labels(tokens, seq, labels_, confidence_, made.spans, &by_type_);
    made.spans.erase(
        std::remove_if(made.spans.begin() + static_cast<std::ptrdiff_t>(first), made.spans.end(),
                       [&](TaggedSpan& s) { return !trim_quotes(text, s.bytes); }),
        made.spans.end());
  }
  std::vector<TaggedSpan> out = made.spans;
  const std::size_t bytes =
      made.spans.size() * sizeof(TaggedSpan) + made.models.size() * sizeof(made.models[0]);
  memo.put(text, std::move(made), bytes);
  return out;
}

}  // namespace loupe::entities
