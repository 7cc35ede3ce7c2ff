// The entity, year and month facets' counting over a query's hit passages, one implementation
// for the in-memory engine (search/search_annotations.h: its linking and date extraction) and
// the chunked static index (site/site_annotation_reader.h: the same annotations read from the
// site's pages), so both count alike.
// E.g. count_years(dates, {3, 7}) -> {(2019, 2), (2020, 1)}: passages 3 and 7 name 2019,
//      passage 7 also 2020.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "query/filter_date.h"

namespace loupe::query {

// A date of a passage as the facets count it.
struct DatedPassage {
  std::uint32_t passage = 0;
  DayRange range;
  bool countable = false;  // counts in the year facet: not a decade or century, under 10 years
  int month = -1;          // year * 12 + month - 1 its value starts with, or -1
};

// (bucket, hit passages with a date in it), by bucket. `dates` sorted by passage, `hits`
// ascending. A passage counts once per bucket.
//  - years: a countable date counts in each year it covers;
//  - months: a date counts in the month its value starts with (year * 12 + month - 1).
using PeriodCounts = std::vector<std::pair<int, std::uint32_t>>;
PeriodCounts count_years(const std::vector<DatedPassage>& dates,
                         const std::vector<std::uint32_t>& hits);
PeriodCounts count_months(const std::vector<DatedPassage>& dates,
                          const std::vector<std::uint32_t>& hits);

// (entity, hit passages mentioning it): the `limit` entities of most passages, most first, ties
// by the lower id. `passage_entities`: (passage, entity id < entities) pairs, sorted, unique;
// `hits` ascending.
std::vector<std::pair<std::uint32_t, std::uint32_t>> count_entities(
    const std::vector<std::pair<std::uint32_t, std::uint32_t>>& passage_entities,
    std::size_t entities, const std::vector<std::uint32_t>& hits, std::size_t limit);

}  // namespace loupe::query
