#include "query/phrase_match.h"

#include <algorithm>

namespace loupe::query {

std::uint32_t phrase_frequency(const TermSequence& seq, const std::vector<std::vector<std::uint32_t>>& positions) {
  std::uint32_t tf = 0;
  for (std::uint32_t p0 : positions[0]) {
    if (p0 < seq[0].second) continue;
    const std::uint32_t start = p0 - seq[0].second;
    bool all = true;
    for (std::size_t j = 1; j < seq.size() && all; ++j) {
      all = std::binary_search(positions[j].begin(), positions[j].end(), start + seq[j].second);
    }
    tf += all;
  }
  return tf;
}

}  // namespace loupe::query
