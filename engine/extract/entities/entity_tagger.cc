#include "extract/entities/entity_tagger.h"

#include <algorithm>

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

std::vector<TaggedSpan> EntityTagger::tag(std::string_view text, const ModelAt& model_at,
                                          const std::vector<Word>* scanned) {
  const TaggerTokens tokens = tag_tokens(text, scanned);
  features_ = TaggerFeatures(lexicon_, keyer_, 0);
  features_.document(text, tokens);
  std::vector<TaggedSpan> out;
  for (const TokenSequence& seq : tokens.sequences) {
    const TaggerModel* model = model_at(tokens.tokens[seq.begin].bytes.begin_byte);
    if (!model) continue;
    features_.score(text, tokens, seq, *model, scores_);
    model->decode_scores(scores_.data(), seq.end - seq.begin, labels_, confidence_, &by_type_);
    spans_from_labels(tokens, seq, labels_, confidence_, out, &by_type_);
  }
  return out;
}

}  // namespace loupe::entities
