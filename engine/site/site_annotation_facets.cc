// AnnotationReader's facets (site_annotation_reader.h): every entity or date page read once,
// then counted over the hits as search::SearchAnnotations counts them.
#include <algorithm>
#include <map>
#include <set>

#include "site/site_annotation_reader.h"

namespace loupe::site {

using core::Status;

core::Result<std::vector<EntityFacetCount>> AnnotationReader::entity_facet(
    const std::vector<std::uint32_t>& hits, std::size_t limit) {
  if (Status s = open(); !s.ok()) return s;
  std::vector<std::size_t> all(index_.entity_pages.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  if (Status s = load_entity_pages(all); !s.ok()) return s;
  std::vector<bool> hit(passages_, false);
  for (std::uint32_t p : hits)
    if (p < passages_) hit[p] = true;
  std::vector<EntityFacetCount> out;
  for (std::uint32_t id = 0; id < entities_.size(); ++id) {
    const SiteEntity& e = entities_[id];
    const auto n = static_cast<std::uint32_t>(
        std::count_if(e.passages.begin(), e.passages.end(), [&](std::uint32_t p) {
          return hit[p];  // below passages_: checked by decode_entity_page
        }));
    if (n) out.push_back({id, e.canonical, e.type, n});
  }
  const std::size_t keep = std::min(out.size(), limit);
  std::partial_sort(out.begin(), out.begin() + keep, out.end(), [](const auto& a, const auto& b) {
    return a.passages != b.passages ? a.passages > b.passages : a.id < b.id;
  });
  out.resize(keep);
  return out;
}

namespace {

// (bucket, hit passages with a date in it) for the buckets `units` gives each date.
template <typename Units>
std::vector<std::pair<int, std::uint32_t>> period_counts(std::vector<SiteDate> dates,
                                                         const std::vector<std::uint32_t>& hits,
                                                         const Units& units) {
  std::stable_sort(dates.begin(), dates.end(),
                   [](const SiteDate& a, const SiteDate& b) { return a.passage < b.passage; });
  std::map<int, std::uint32_t> counts;
  std::set<int> buckets;  // of one passage: a passage counts once per bucket
  auto at = dates.begin();
  for (std::uint32_t p : hits) {
    at = std::lower_bound(at, dates.end(), p,
                          [](const SiteDate& d, std::uint32_t q) { return d.passage < q; });
    buckets.clear();
    for (; at != dates.end() && at->passage == p; ++at) units(*at, buckets);
    for (int b : buckets) counts[b]++;
  }
  return {counts.begin(), counts.end()};
}

}  // namespace

core::Result<std::vector<std::pair<int, std::uint32_t>>> AnnotationReader::year_facet(
    const std::vector<std::uint32_t>& hits) {
  if (Status s = load_all_dates(); !s.ok()) return s;
  return period_counts(dates_, hits, [](const SiteDate& d, std::set<int>& out) {
    if (!d.countable) return;
    for (int y = static_cast<int>(d.lo / 10000); y <= static_cast<int>(d.hi / 10000); ++y)
      out.insert(y);
  });
}

core::Result<std::vector<std::pair<int, std::uint32_t>>> AnnotationReader::month_facet(
    const std::vector<std::uint32_t>& hits) {
  if (Status s = load_all_dates(); !s.ok()) return s;
  return period_counts(dates_, hits, [](const SiteDate& d, std::set<int>& out) {
    if (d.month >= 0) out.insert(d.month);
  });
}

}  // namespace loupe::site
