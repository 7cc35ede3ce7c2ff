// The set algebra of query evaluation: passages in ascending order, each with its score;
// OR unites (scores summed, or the best kept for the readings of one word), AND intersects,
// NOT subtracts.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

namespace loupe::query {

// Passages in ascending order with their scores; `neutral` = no constraint at all.
struct Matches {
  bool neutral = false;
  std::vector<std::uint32_t> passages;
  std::vector<double> scores;
  void add(std::uint32_t p, double s) { passages.push_back(p), scores.push_back(s); }
};

enum class Merge { kSum, kMax };

inline Matches unite(const Matches& a, const Matches& b, Merge how) {
  if (a.neutral) return b;
  if (b.neutral) return a;
  Matches out;
  std::size_t i = 0, j = 0;
  while (i < a.passages.size() || j < b.passages.size()) {
    if (j == b.passages.size() || (i < a.passages.size() && a.passages[i] < b.passages[j])) {
      out.add(a.passages[i], a.scores[i]), ++i;
    } else if (i == a.passages.size() || b.passages[j] < a.passages[i]) {
      out.add(b.passages[j], b.scores[j]), ++j;
    } else {
      const double s =
          how == Merge::kSum ? a.scores[i] + b.scores[j] : std::max(a.scores[i], b.scores[j]);
      out.add(a.passages[i], s), ++i, ++j;
    }
  }
  return out;
}

inline Matches intersect(const Matches& a, const Matches& b) {
  if (a.neutral) return b;
  if (b.neutral) return a;
  Matches out;
  for (std::size_t i = 0, j = 0; i < a.passages.size() && j < b.passages.size();) {
    if (a.passages[i] < b.passages[j])
      ++i;
    else if (b.passages[j] < a.passages[i])
      ++j;
    else
      out.add(a.passages[i], a.scores[i] + b.scores[j]), ++i, ++j;
  }
  return out;
}

inline Matches subtract(const Matches& a, const Matches& b) {
  if (a.neutral || b.neutral) return a;
  Matches out;
  std::size_t j = 0;
  for (std::size_t i = 0; i < a.passages.size(); ++i) {
    while (j < b.passages.size() && b.passages[j] < a.passages[i]) ++j;
    if (j == b.passages.size() || b.passages[j] != a.passages[i])
      out.add(a.passages[i], a.scores[i]);
  }
  return out;
}

}  // namespace loupe::query
