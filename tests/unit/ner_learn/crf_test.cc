// The CRF trainer of tools/ner-train (crf.h) on a toy set whose tokens each carry one feature
// that decides their label: the probability of every gold path, counted by enumerating all
// allowed label paths with the trained weights, must rise towards 1 (the objective it climbs),
// and a strong L1 penalty must leave no weight at all.
#include "crf.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "extract/entities/tagger_model.h"

using namespace loupe;
using namespace loupe::ner;

namespace {

constexpr int L = entities::kTaggerLabels;
constexpr int kBits = 4;  // 16 feature rows; the toy uses ids 1..4 and 0 as a bias on every token

// Feature 1: a one-word person (U-PER); 2: a word outside names (O); 3 then 4: a two-word
// organization (B-ORG, L-ORG).
int gold_of(std::uint32_t feature) {
  using entities::EntityType;
  switch (feature) {
    case 1:
      return entities::tagger_label(EntityType::kPerson, 3);
    case 3:
      return entities::tagger_label(EntityType::kOrg, 0);
    case 4:
      return entities::tagger_label(EntityType::kOrg, 2);
    default:
      return 0;
  }
}

TrainSequence sequence(const std::vector<std::uint32_t>& words) {
  TrainSequence seq;
  seq.features.offsets.push_back(0);
  for (std::uint32_t w : words) {
    seq.features.ids.push_back(0), seq.features.ids.push_back(w);
    seq.features.offsets.push_back(static_cast<std::uint32_t>(seq.features.ids.size()));
    seq.gold.push_back(static_cast<std::uint8_t>(gold_of(w)));
  }
  return seq;
}

const std::vector<TrainSequence>& toy() {
  static const std::vector<TrainSequence> data = {
      sequence({2, 1, 2}), sequence({3, 4, 2}), sequence({1, 2, 3, 4}),
      sequence({2, 2, 1}), sequence({3, 4}),    sequence({1, 3, 4, 2}),
  };
  return data;
}

// log of the sum of exp(score) over every allowed path of `seq`, and the gold path's score.
double log_probability_of_gold(const TrainSequence& seq, const std::vector<float>& w,
                               const std::vector<float>& t) {
  const std::size_t n = seq.gold.size();
  auto emit = [&](std::size_t i, int l) {
    double s = 0;
    for (std::uint32_t k = seq.features.offsets[i]; k < seq.features.offsets[i + 1]; ++k)
      s += w[static_cast<std::size_t>(seq.features.ids[k]) * L + l];
    return s;
  };
  std::vector<int> path(n, 0);
  double total = 0, gold = 0;
  for (;;) {
    bool allowed = entities::tagger_transition_allowed(-1, path[0]) &&
                   entities::tagger_transition_allowed(path[n - 1], L);
    double s = t[L * L + path[0]] + t[L * L + L + path[n - 1]];
    for (std::size_t i = 0; i < n; ++i) {
      s += emit(i, path[i]);
      if (i > 0) {
        allowed = allowed && entities::tagger_transition_allowed(path[i - 1], path[i]);
        s += t[path[i - 1] * L + path[i]];
      }
    }
    if (allowed) total += std::exp(s);
    bool is_gold = true;
    for (std::size_t i = 0; i < n; ++i) is_gold = is_gold && path[i] == seq.gold[i];
    if (is_gold) gold = s;
    std::size_t i = 0;  // the next path, as an odometer
    while (i < n && ++path[i] == L) path[i++] = 0;
    if (i == n) break;
  }
  return gold - std::log(total);
}

double mean_log_probability(CrfTrainer& crf) {
  std::vector<float> w, t;
  crf.weights(w, t);
  double sum = 0;
  for (const TrainSequence& seq : toy()) sum += log_probability_of_gold(seq, w, t);
  return sum / static_cast<double>(toy().size());
}

}  // namespace

TEST_CASE("the CRF climbs the log-likelihood of the gold paths") {
  CrfOptions options;
  options.l1 = 0, options.l2 = 0, options.eta = 0.5, options.decay = 0.95;
  CrfTrainer crf(kBits, options);
  std::mt19937 rng(7);
  std::vector<double> curve;
  std::size_t errors = 0;
  for (int epoch = 0; epoch < 40; ++epoch) {
    errors = crf.epoch(toy(), rng);
    curve.push_back(mean_log_probability(crf));
  }
  INFO("mean log P(gold) after epoch 1: " << curve.front() << ", after 40: " << curve.back());
  CHECK(errors == 0);
  CHECK(curve.back() > curve.front());
  CHECK(curve.back() > std::log(0.9));  // each gold path holds over 90 % of the mass
  CHECK(curve[39] >= curve[19]);
}

TEST_CASE("a strong L1 penalty leaves no weight") {
  CrfOptions options;
  options.l1 = 1000, options.l2 = 0;
  CrfTrainer crf(kBits, options);
  std::mt19937 rng(7);
  for (int epoch = 0; epoch < 5; ++epoch) crf.epoch(toy(), rng);
  std::vector<float> w, t;
  crf.weights(w, t);
  std::size_t nonzero = 0;
  for (float x : w) nonzero += x != 0;
  CHECK(nonzero == 0);
}
