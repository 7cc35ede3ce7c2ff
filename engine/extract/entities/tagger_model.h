// TaggerModel: the weights of a linear-chain tagger with BILOU labels over PERSON / ORG / LOC
// (13 labels: O, then B I L U of each type), and its Viterbi decoder.
// Weights are hashed features x labels, quantized to int8 with one scale; only non-zero rows
// are stored, so a model is a few hundred kB. Transitions (and start/end) are int16 in the
// same scale. Illegal BILOU transitions (O -> I, B -> O, ...) are never taken.
// File (little endian): "LNER" u8 version u8 bits u8 labels, f32 scale, i16 transitions
// [labels * labels + 2 * labels], u32 rows, then per row: varint bucket delta, u16 label mask,
// one i8 per set bit; version 2 then has the word classes (tagger_word_classes.h): u32 count,
// per word a varint delta of its 32-bit key (increasing) and a u16 class. The trainer
// (tools/ner-train) writes it with write_tagger_model.
// In memory the rows sit in bucket order, 16 bytes each (13 weights + 128 as bytes, in the order
// add_rows() reads), found through a bitmap of the buckets with a row count per 64 buckets (rank:
// one word, one popcount, no probing; a feature absent from the model, the usual case, costs one
// load), and scores add a row as two 64-bit words of 16-bit lanes (no per-label conversion;
// exact, see add_rows()).
// E.g. TaggerModel::parse(bytes).value().decode(rows, labels) -> labels[i] in [0, 13).
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/tagger_features.h"

namespace loupe::entities {

inline constexpr int kTaggerLabels = 13;
// Label of `type` at place 0 (B), 1 (I), 2 (L), 3 (U); 0 is O.
inline int tagger_label(EntityType type, int place) {
  return 1 + 4 * static_cast<int>(type) + place;
}
inline int label_place(int label) { return (label - 1) % 4; }
inline EntityType label_type(int label) { return static_cast<EntityType>((label - 1) / 4); }
// Whether `next` may follow `prev` (-1: sequence start; kTaggerLabels as next: sequence end).
bool tagger_transition_allowed(int prev, int next);

class TaggerModel {
 public:
  static core::Result<TaggerModel> parse(std::string_view bytes);

  int bits() const { return bits_; }
  // Quantization: a score of s is s / scale() weight units.
  float scale() const { return scale_; }
  // Unique per parse, never reused: what per-model tables key on (tagger_word_table.h).
  std::uint64_t id() const { return id_; }
  std::size_t rows() const { return row_count_; }
  // The word classes its features use, or null (version 1, or none written).
  const WordClasses* word_classes() const { return classes_.empty() ? nullptr : &classes_; }
  // Best label sequence for the features of one sequence; confidence[i]: span_confidences()
  // of that path at temperature() (all 0 when the path has no span).
  void decode(const FeatureRows& features, std::vector<std::uint8_t>& labels,
              std::vector<float>& confidence) const;
  // The same from emission scores already summed (`n` tokens, kTaggerLabels each: add_rows).
  // by_type (when given): span_confidences()'s per-type probabilities of each span.
  void decode_scores(const std::int32_t* scores, std::size_t n, std::vector<std::uint8_t>& labels,
                     std::vector<float>& confidence, std::vector<float>* by_type = nullptr) const;
  // Per token of the path `labels` over `scores`: the probability of its span with its type
  // (every token of a span holds its span's value; an O token 0: not computed), the
  // forward-backward marginal over the allowed BILOU lattice with P(path) proportional to
  // exp(score / temperature), score in weight units (tagger_marginals.cc).
  // by_type (when given): [n * 3], per token of a span the probability of the same extent
  // with each type (PERSON, ORG, LOC; its own type's is out's value); 0 at O tokens.
  void span_confidences(const std::int32_t* scores, std::size_t n, const std::uint8_t* labels,
                        float temperature, std::vector<float>& out,
                        std::vector<float>* by_type = nullptr) const;
  // The temperature of the confidences, fitted per language on the dev files so that a
  // confidence reads as the probability that the span and type are right (entity_models.cc,
  // bench/entities/tagger_calibration.cc); > 0, 1 until set.
  float temperature() const { return temperature_; }
  void set_temperature(float t) {
    if (t > 0) temperature_ = t;
  }
  // Adds to s[0 .. kTaggerLabels) the weights of the features `ids` (buckets), in weight units.
  void add_rows(const std::uint32_t* ids, std::size_t count, std::int32_t* s) const;

 private:
  // One row: the weights of its labels + 128 (3 bytes of padding: two aligned 8-byte loads).
  struct Row {
    std::uint8_t biased[16];
  };
  // 64 buckets: which have a row, and the rows of all buckets before them.
  struct Block {
    std::uint64_t present = 0;
    std::uint32_t rank = 0, unused = 0;
  };
  void viterbi(const std::int32_t* score, std::size_t n, std::vector<std::uint8_t>& labels) const;
  std::uint8_t best_into(const std::int32_t* before, int l) const;  // viterbi()'s way back

  std::uint64_t id_ = 0;
  int bits_ = 0;
  float scale_ = 1;
  float temperature_ = 1;
  std::vector<std::int32_t> transitions_;       // [prev * L + next], then start[L], end[L]
  std::vector<std::int32_t> transitions_into_;  // [next * L + prev]: the previous labels in a row
  // Per label after a closed one (O, B, U: viterbi()), the largest transition into it from one.
  std::int32_t closed_into_max_[7] = {};
  void index_transitions();  // fills the two above from transitions_
  std::size_t row_count_ = 0;
  WordClasses classes_;
  std::vector<Block> blocks_;  // 2^bits / 64
  std::vector<Row> rows_;      // in bucket order
  mutable std::vector<std::int32_t> scores_, best_;
};

// The trainer's writer: dense float weights [2^bits x kTaggerLabels], transitions as in the
// file, quantized with `scale` (weight * scale rounded; |q| <= 127, transitions clamped to
// int16). Rows that quantize to all zeros are dropped. With `classes`, a version 2 file.
std::string write_tagger_model(int bits, float scale, const std::vector<float>& weights,
                               const std::vector<float>& transitions,
                               const WordClasses* classes = nullptr);

}  // namespace loupe::entities
