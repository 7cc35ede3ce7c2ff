// Averaged structured perceptron (Collins 2002) over hashed features with BILOU labels and
// Viterbi decoding, the weights dense in memory while training (2^bits x 13 floats).
#pragma once
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/tagger_features.h"

namespace loupe::ner {

// One training sequence: its features and gold labels.
struct TrainSequence {
  entities::FeatureRows features;
  std::vector<std::uint8_t> gold;
};

class Perceptron {
 public:
  // `margin` > 0: training decodes with every wrong label of a token `margin` ahead (Hamming
  // loss-augmented decoding, a structured hinge): an update also when the gold path wins by
  // less than the margin per wrong token, so the weights separate with room to spare.
  explicit Perceptron(int bits, float margin = 0);

  // One pass over `data` in a seeded random order; returns the number of token errors.
  std::size_t epoch(const std::vector<TrainSequence>& data, std::mt19937& rng);
  // Only the weights `allowed` marks (bucket * 13 + label) change: training within the rows
  // and labels a pruned model kept (--within), so the others make up for the dropped ones.
  void restrict_to(std::vector<std::uint8_t> allowed) { allowed_ = std::move(allowed); }
  // Averaged weights and transitions (as written by write_tagger_model).
  void averaged(std::vector<float>& weights, std::vector<float>& transitions) const;
  // Viterbi with the given weights.
  // With `gold`, each label but the gold one gets `margin` (loss-augmented decoding).
  static void decode(const std::vector<float>& weights, const std::vector<float>& transitions,
                     const entities::FeatureRows& features, std::vector<std::uint8_t>& labels,
                     const std::vector<std::uint8_t>* gold = nullptr, float margin = 0);

 private:
  void update(const entities::FeatureRows& f, const std::vector<std::uint8_t>& gold,
              const std::vector<std::uint8_t>& found);
  void bump(std::size_t index, float delta, bool transition);

  std::vector<float> w_;
  std::vector<double> u_;  // sum of step * update, for the average
  std::vector<float> t_;   // transitions, the same
  std::vector<double> tu_;
  std::vector<std::uint8_t> allowed_;  // empty: all
  double step_ = 1;
  float margin_ = 0;
};

// The trained weights made to fit the model file: the scale that maps the `clip` quantile of
// the non-zero |weights| to 127 (int8), and the size budget (all rows but the `keep` of
// largest L1 norm zeroed: the features that move scores least go).
float quantize_scale(const std::vector<float>& w, double clip);
// The weights a model file holds (1 at bucket * 13 + label), for restrict_to().
std::vector<std::uint8_t> model_weight_mask(const std::string& path, int bits);
void keep_strongest_rows(std::vector<float>& w, std::size_t keep);

}  // namespace loupe::ner
