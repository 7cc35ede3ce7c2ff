// The facets' counting (annotation_facets.h): merges of two ascending lists.
#include "query/annotation_facets.h"

#include <algorithm>
#include <map>
#include <set>

namespace loupe::query {
namespace {

int year_of(std::uint32_t day) { return static_cast<int>(day / 10000); }

// Over `hits`: (bucket, passages with a date in it) for the buckets units(date, out) adds.
template <typename Units>
PeriodCounts count_periods(const std::vector<DatedPassage>& dates,
                           const std::vector<std::uint32_t>& hits, const Units& units) {
  std::map<int, std::uint32_t> counts;
  std::set<int> buckets;  // of one passage: a passage counts once per bucket
  auto at = dates.begin();
  for (std::uint32_t p : hits) {
    at = std::lower_bound(at, dates.end(), p,
                          [](const DatedPassage& d, std::uint32_t q) { return d.passage < q; });
    buckets.clear();
    for (; at != dates.end() && at->passage == p; ++at) units(*at, buckets);
    for (int b : buckets) counts[b]++;
  }
  return {counts.begin(), counts.end()};
}

}  // namespace

PeriodCounts count_years(const std::vector<DatedPassage>& dates,
                         const std::vector<std::uint32_t>& hits) {
  return count_periods(dates, hits, [](const DatedPassage& d, std::set<int>& out) {
    if (!d.countable) return;
    for (int y = year_of(d.range.lo); y <= year_of(d.range.hi); ++y) out.insert(y);
  });
}

PeriodCounts count_months(const std::vector<DatedPassage>& dates,
                          const std::vector<std::uint32_t>& hits) {
  return count_periods(dates, hits, [](const DatedPassage& d, std::set<int>& out) {
    if (d.month >= 0) out.insert(d.month);
  });
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> count_entities(
    const std::vector<std::pair<std::uint32_t, std::uint32_t>>& passage_entities,
    std::size_t entities, const std::vector<std::uint32_t>& hits, std::size_t limit) {
  std::vector<std::uint32_t> counts(entities, 0);
  auto at = passage_entities.begin();
  for (std::uint32_t p : hits) {  // both ascending: one merge
    at = std::lower_bound(at, passage_entities.end(), std::make_pair(p, 0u));
    for (; at != passage_entities.end() && at->first == p; ++at) counts[at->second]++;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;  // (id, count)
  for (std::uint32_t id = 0; id < counts.size(); ++id)
    if (counts[id]) out.emplace_back(id, counts[id]);
  const std::size_t keep = std::min(out.size(), limit);
  std::partial_sort(out.begin(), out.begin() + keep, out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  out.resize(keep);
  return out;
}

}  // namespace loupe::query
