// A tagger model of random weights (2^10 buckets, no transitions): spans nearly everywhere,
// lower-case words included, for tests of what the tagger reads and keeps, not of its quality.
#pragma once
#include <random>
#include <string>
#include <vector>

#include "extract/entities/tagger_model.h"

namespace loupe::test {

inline std::string random_tagger_model(unsigned seed) {
  constexpr int L = entities::kTaggerLabels;
  std::mt19937 random(seed);
  std::uniform_real_distribution<float> real(-12, 12);
  std::vector<float> w((std::size_t{1} << 10) * L);
  for (float& x : w) x = real(random);
  return entities::write_tagger_model(10, 10, w, std::vector<float>(L * L + 2 * L, 0));
}

}  // namespace loupe::test
