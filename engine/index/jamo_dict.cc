#include "index/jamo_dict.h"

#include <algorithm>
#include <numeric>

#include "index/hangul.h"

namespace loupe::index {

void JamoDict::build(const TermDict& dict) {
  std::vector<std::u32string> jamo;
  std::vector<TermId> ids;
  for (TermId t = 0; t < dict.size(); ++t) {
    const std::string_view s = dict.term(t);
    if (s.empty() || s[0] == kCompoundMarker) continue;
    jamo.push_back(to_jamo(s));
    ids.push_back(t);
  }
  std::vector<std::uint32_t> order(jamo.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return jamo[a] < jamo[b]; });
  arena_.clear(), offsets_.assign(1, 0), ids_.clear(), shared_.clear();
  const std::u32string* prev = nullptr;
  for (std::uint32_t i : order) {
    const std::u32string& j = jamo[i];
    std::uint32_t common = 0;
    if (prev) {
      const std::size_t n = std::min(prev->size(), j.size());
      while (common < n && (*prev)[common] == j[common]) ++common;
    }
    arena_ += j;
    offsets_.push_back(static_cast<std::uint32_t>(arena_.size()));
    ids_.push_back(ids[i]);
    shared_.push_back(common);
    prev = &j;
  }
}

void JamoDict::within(const std::u32string& want, int max_distance,
                      std::vector<std::pair<int, TermId>>& out) const {
  const std::size_t m = want.size();
  const std::size_t cap = static_cast<std::size_t>(max_distance);
  // rows[r] = edit distances between the entry's first r code points and every prefix of want.
  std::vector<int> rows(m + 1);
  for (std::size_t j = 0; j <= m; ++j) rows[j] = static_cast<int>(j);
  std::size_t valid = 0;        // rows 0..valid hold the current entry's prefix
  std::size_t dead = SIZE_MAX;  // a prefix this long already exceeds the distance
  for (std::size_t e = 0; e < size(); ++e) {
    const std::size_t shared = shared_[e];
    valid = std::min(valid, shared);
    if (shared >= dead) continue;  // same dead prefix as the entry before
    dead = SIZE_MAX;
    const std::u32string_view t = term(e);
    const std::size_t n = t.size();
    if ((n > m ? n - m : m - n) > cap) continue;
    if (rows.size() < (n + 1) * (m + 1)) rows.resize((n + 1) * (m + 1));
    for (std::size_t r = valid + 1; r <= n; ++r) {
      const int* prev = rows.data() + (r - 1) * (m + 1);
      int* cur = rows.data() + r * (m + 1);
      cur[0] = static_cast<int>(r);
      int row_min = cur[0];
      for (std::size_t j = 1; j <= m; ++j) {
        cur[j] = std::min(
            {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (t[r - 1] == want[j - 1] ? 0 : 1)});
        row_min = std::min(row_min, cur[j]);
      }
      valid = r;
      if (row_min > max_distance) {
        dead = r;
        break;
      }
    }
    if (dead != SIZE_MAX) continue;
    const int d = rows[n * (m + 1) + m];
    if (d > 0 && d <= max_distance) out.emplace_back(d, ids_[e]);
  }
}

}  // namespace loupe::index
