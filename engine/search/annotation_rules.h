// The rules the entity:/date: annotations follow wherever they are computed: the in-memory
// engine (search_annotations.cc) and `loupe site` (site/site_annotate.cc), so a site answers as
// the engine does.
// E.g. annotation_passage(idx, d, 40) -> the body passage of d holding byte 40 (relative to its
//      first passage); annotation_month("2024-03-14") -> 2024 * 12 + 2.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates/date_extractor.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/name_key.h"
#include "index/search_index.h"
#include "query/annotation_facets.h"

namespace loupe::search {

// The body passage of `d` holding text byte `byte`, relative to the document's first passage;
// none between paragraphs (titles carry no annotations).
std::optional<std::uint32_t> annotation_passage(const index::SearchIndex& idx,
                                                const index::DocInfo& d, std::size_t byte);

// The words of a name, split at spaces, tabs and line breaks, as the entity: filter compares
// them.
std::vector<std::string> annotation_words(std::string_view name);

// The keys resolve_entity compares one name of an entity by: its lookup key (case, accents,
// case endings), its last word's word key (a surname) and romanization (across scripts).
struct AnnotationNameKeys {
  std::string lookup, surname, roman;
};
// Of each name of `e` with a word: the aliases in order, then the canonical name.
std::vector<AnnotationNameKeys> annotation_name_keys(const entities::Entity& e,
                                                     entities::NameKeyer& keyer);

// The year of a day written YYYYMMDD.
inline int annotation_year(std::uint32_t day) { return static_cast<int>(day / 10000); }

// year * 12 + month - 1 of the month a date value starts with, or -1: the month facet counts as
// Engine::index_dates_json counts the corpus's months.
int annotation_month(std::string_view value);

// The dated passages of document `d` that `found` (its dates) gives the date: filter and the
// year/month facets, passages relative to the document's first one; durations are no points.
std::vector<query::DatedPassage> annotation_dates(const index::SearchIndex& idx,
                                                  const index::DocInfo& d,
                                                  const dates::DateExtraction& found);

}  // namespace loupe::search
