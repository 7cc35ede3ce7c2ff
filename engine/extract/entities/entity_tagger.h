// EntityTagger: PERSON / ORG / LOC spans of a text by a trained TaggerModel: tokens
// (tagger_tokens.h), features (tagger_features.h), Viterbi over BILOU labels, labels back to
// byte spans. A span's confidence is its probability under the model (span_confidences()).
// E.g. tag("Putin met Lavrov.", model) -> {[0,5) PERSON}, {[10,16) PERSON}.
#pragma once
#include <functional>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_model.h"

namespace loupe::entities {

struct TaggedSpan {
  core::ByteRange bytes;
  EntityType type = EntityType::kPerson;
  float confidence = 0;
  // The probability of the same bytes with each type (PERSON, ORG, LOC): the tagger's
  // marginals (span_confidences()'s by_type), all 0 when not computed.
  float by_type[3] = {0, 0, 0};
};

// Spans of a label sequence over tokens [seq.begin, seq.end); broken label runs (which the
// decoder never emits) are skipped. A span's confidence: the mean of `confidence` over its
// tokens (the decoder's span_confidences() give them all the span's value).
void spans_from_labels(const TaggerTokens& tokens, TokenSequence seq,
                       const std::vector<std::uint8_t>& labels,
                       const std::vector<float>& confidence, std::vector<TaggedSpan>& out,
                       const std::vector<float>* by_type = nullptr);

// A span of `text` that opens with a quote mark it does not close, or closes one it did not
// open, loses that mark (`"El Mundo` -> `El Mundo`): no corpus marks a name with half its
// quotes. A span that is one quotation whole loses both marks (`"Alameda"` -> `Alameda`; `Bar
// "Alameda"` stays): the training files mark the name inside the marks 2,424 times, with them
// 144 (CoNLL-2002 82 / 57, Collection5 1,392 / 84, NER-UK 865 / 3). EntityTagger::tag() applies
// it to every span.
// Returns false when nothing is left.
bool trim_quotes(std::string_view text, core::ByteRange& bytes);

// The texts tagged before are kept per thread (per lexicon and keyer), with the model of each
// of their sequences: the same bytes asked again with the same models (parse id and
// temperature) give the kept spans without tagging (the app asks the same documents again on
// every change of its library). At most this many bytes of text and spans; the least recently
// used go.
inline constexpr std::size_t kTaggedKeptBytes = std::size_t{16} << 20;
// Drops this thread's kept texts (memory is short).
void release_tagged_texts();

class EntityTagger {
 public:
  EntityTagger(const Lexicon* lexicon, NameKeyer* keyer) : lexicon_(lexicon), keyer_(keyer) {}

  std::vector<TaggedSpan> tag(std::string_view text, const TaggerModel& model);
  // The model of each sequence by the byte it starts at (null: that sequence is not tagged).
  using ModelAt = std::function<const TaggerModel*(std::size_t begin_byte)>;
  // `scanned`: scan_text(text)'s words, when the caller has them (their Korean stems are reused).
  std::vector<TaggedSpan> tag(std::string_view text, const ModelAt& model_at,
                              const std::vector<Word>* scanned = nullptr);

 private:
  const Lexicon* lexicon_;
  NameKeyer* keyer_;
  TaggerFeatures features_{nullptr, nullptr, 0};
  std::vector<std::int32_t> scores_;
  std::vector<std::uint8_t> labels_;
  std::vector<float> confidence_, by_type_;
};

}  // namespace loupe::entities
