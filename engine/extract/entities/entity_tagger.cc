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
KeptTexts<TaggedText>& memo_of(const Lexicon* lexicon, NameKeyer* keyer) {
  thread_local std::vector<std::unique_ptr<TaggedMemo>> memos;
  for (auto& m : memos)
    if (m->lexicon == lexicon && m->keyer == keyer) return m->texts;
  if (memos.size() == 4) memos.erase(memos.begin());
  memos.push_back(std::make_unique<TaggedMemo>(TaggedMemo{lexicon, keyer}));
  return memos.back()->texts;
}

}  // namespace

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
    if (!model) continue;
    features_.score(text, tokens, seq, *model, scores_);
    model->decode_scores(scores_.data(), seq.end - seq.begin, labels_, confidence_, &by_type_);
    spans_from_labels(tokens, seq, labels_, confidence_, made.spans, &by_type_);
  }
  std::vector<TaggedSpan> out = made.spans;
  const std::size_t bytes =
      made.spans.size() * sizeof(TaggedSpan) + made.models.size() * sizeof(made.models[0]);
  memo.put(text, std::move(made), bytes);
  return out;
}

}  // namespace loupe::entities
