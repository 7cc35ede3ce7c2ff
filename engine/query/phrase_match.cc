#include "query/phrase_match.h"

#include <algorithm>

namespace loupe::query {

std::uint32_t phrase_frequency(const TermSequence& seq,
                               const std::vector<std::vector<std::uint32_t>>& positions) {
  // Each occurrence has exactly one position of every term: counting the starts from the term
  // with the fewest positions gives the same count with the fewest lookups.
  std::size_t d = 0;
  for (std::size_t j = 1; j < seq.size(); ++j) {
    if (positions[j].size() < positions[d].size()) d = j;
  }
  std::uint32_t tf = 0;
  for (std::uint32_t pd : positions[d]) {
    if (pd < seq[d].second) continue;
    const std::uint32_t start = pd - seq[d].second;
    bool all = true;
    for (std::size_t j = 0; j < seq.size() && all; ++j) {
      all = j == d ||
            std::binary_search(positions[j].begin(), positions[j].end(), start + seq[j].second);
    }
    tf += all;
  }
  return tf;
}

}  // namespace loupe::query
