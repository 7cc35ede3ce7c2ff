// AnnotationReader's facets (site_annotation_reader.h): every entity or date page read once,
// then counted over the hits by search::SearchAnnotations's counting (query/annotation_facets.h).
#include <algorithm>

#include "site/site_annotation_reader.h"

namespace loupe::site {

using core::Status;

Status AnnotationReader::load_facet_pages(bool entities, bool dates) {
  if (Status s = open(); !s.ok()) return s;
  Status first;
  if (entities) {
    std::vector<std::size_t> all(index_.entity_pages.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    first = load_entity_pages(all);
  }
  if (dates) {
    Status s = load_all_dates();
    if (first.ok()) first = s;
  }
  return first;
}

core::Result<std::vector<EntityFacetCount>> AnnotationReader::entity_facet(
    const std::vector<std::uint32_t>& hits, std::size_t limit) {
  if (Status s = load_facet_pages(true, false); !s.ok()) return s;
  if (!entities_counted_) {  // each entity's passages are ascending (decode_entity_page)
    for (std::uint32_t id = 0; id < entities_.size(); ++id)
      for (std::uint32_t p : entities_[id].passages) passage_entities_.emplace_back(p, id);
    std::sort(passage_entities_.begin(), passage_entities_.end());
    entities_counted_ = true;
  }
  std::vector<EntityFacetCount> out;
  for (const auto& [id, n] :
       query::count_entities(passage_entities_, entities_.size(), hits, limit))
    out.push_back({id, entities_[id].canonical, entities_[id].type, n});
  return out;
}

// The dates of every date page by passage, once (they come in page order, by first day).
Status AnnotationReader::count_dates() {
  if (Status s = load_all_dates(); !s.ok()) return s;
  if (!dates_counted_) {
    facet_dates_.reserve(dates_.size());
    for (const SiteDate& d : dates_)
      facet_dates_.push_back({d.passage, query::DayRange{d.lo, d.hi}, d.countable, d.month});
    std::stable_sort(facet_dates_.begin(), facet_dates_.end(),
                     [](const auto& a, const auto& b) { return a.passage < b.passage; });
    dates_counted_ = true;
  }
  return Status();
}

core::Result<query::PeriodCounts> AnnotationReader::year_facet(
    const std::vector<std::uint32_t>& hits) {
  if (Status s = count_dates(); !s.ok()) return s;
  return query::count_years(facet_dates_, hits);
}

core::Result<query::PeriodCounts> AnnotationReader::month_facet(
    const std::vector<std::uint32_t>& hits) {
  if (Status s = count_dates(); !s.ok()) return s;
  return query::count_months(facet_dates_, hits);
}

}  // namespace loupe::site
