// SearchAnnotations: what the entity: and date: filters and the entity/year facets read,
// computed lazily over a SearchIndex's documents (search_annotations.cc). Indexing never runs the
// extractors (it is benchmarked against JS search libraries); the first query that needs them
// does, and the results are kept:
//  - dates per document (extract/dates, each document's own reference date), kept by document
//    id until that document is added again or removed; Engine::index_dates_json lists them;
//  - entities over all live documents together (extract/entities links them across documents
//    and scripts: 푸틴 = Putin = Путина), rebuilt when the set of documents has changed.
// Everything is by passage: a filter keeps the passages holding a matching mention (a body
// passage; titles have no annotations). Passage numbers are resolved against the index's
// current layout (documents' mentions are kept relative to their first passage), so a
// compaction or a reload renumbers nothing here. Not saved with the index: after a load the
// first such query computes them again (storage/FORMAT.md is unchanged).
// E.g. a.passages(idx, parse_query("entity:Putin").root) -> passages saying 푸틴 or Путина.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/json_writer.h"
#include "envelope/dates_envelope.h"
#include "extract/dates/date_extractor.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/lexicon.h"
#include "index/search_index.h"
#include "query/annotation_facets.h"
#include "query/filter_date.h"
#include "query/query_node.h"

namespace loupe::search {

struct EntityFacetEntry {
  std::uint32_t id = 0;  // the entity's id in this linking (as entities() numbers them)
  std::string canonical;
  entities::EntityType type = entities::EntityType::kPerson;
  std::uint32_t passages = 0;  // hit passages mentioning it
};

class SearchAnnotations {
 public:
  // The date extractor the Engine owns (made on first use; null if it cannot be made: no dates).
  using DateExtractorSource = std::function<const dates::DateExtractor*()>;
  explicit SearchAnnotations(DateExtractorSource dates);
  ~SearchAnnotations();

  void forget(const std::string& doc_id);             // that document was added again or removed
  void clear();                                       // another index was loaded
  void forget_entities() { entities_dirty_ = true; }  // link again (an entity model was loaded)

  // The live passages, ascending, that an entity: or date: node keeps.
  std::vector<std::uint32_t> passages(const index::SearchIndex& idx, const query::QueryNode& node);
  // Over `hits` (ascending passages): the `limit` entities mentioned in most of them, most first.
  std::vector<EntityFacetEntry> entity_facet(const index::SearchIndex& idx,
                                             const std::vector<std::uint32_t>& hits,
                                             std::size_t limit);
  // Over `hits`: (year, passages with a date in that year), by year. A date counts for each
  // year it covers when it spans at most 10 years; decades and centuries count for none.
  std::vector<std::pair<int, std::uint32_t>> year_facet(const index::SearchIndex& idx,
                                                        const std::vector<std::uint32_t>& hits);
  // Over `hits`: (year * 12 + month - 1, passages with a date in that month), by month. A date
  // counts in the month its value starts with ("2024-03-14", "2024-03"), as Engine::
  // index_dates_json counts the corpus's (so a passage count never exceeds the corpus's dates).
  std::vector<std::pair<int, std::uint32_t>> month_facet(const index::SearchIndex& idx,
                                                         const std::vector<std::uint32_t>& hits);
  // The entities a name denotes, by the linking's keys (search_annotations.cc says which).
  std::vector<std::uint32_t> resolve_entity(const index::SearchIndex& idx, std::string_view name);
  // The linking behind all of this as the entities envelope (Engine::index_entities_json).
  std::string entities_json(const index::SearchIndex& idx);
  // The documents' dates as Engine::index_dates_json gives them (envelope/dates_envelope.h).
  std::string dates_json(const index::SearchIndex& idx, const envelope::DatesPick& pick);

  // What a static site stores of all this (site/site_annotate.h), over the index's current
  // layout: every entity by id with the keys resolve_entity compares and its passages
  // (ascending); every dated passage as the date: filter and the period facets read it.
  struct KeyedEntity {
    EntityFacetEntry entry;                            // passages 0
    std::vector<std::string> aliases;                  // as the linking gave them
    std::vector<std::string> names, surnames, romans;  // per name: EntityKeys (the .cc)
    std::vector<std::uint32_t> passages;
  };
  // passage: relative to the document's first passage, then resolved (the facets' counting,
  // query/annotation_facets.h, reads the resolved ones).
  using DatedPassage = query::DatedPassage;
  std::vector<KeyedEntity> keyed_entities(const index::SearchIndex& idx);
  const std::vector<DatedPassage>& dated_passages(const index::SearchIndex& idx) {
    ensure_dates(idx);
    return dates_;
  }

 private:
  struct EntityMention {
    std::uint32_t doc;      // into linked_docs_
    std::uint32_t passage;  // relative to the document's first passage
    std::uint32_t entity;
  };
  struct DocDates {
    dates::DateExtraction found;  // offsets into the document's index text
    std::vector<DatedPassage> passages;
  };
  struct EntityKeys;
  void ensure_dates(const index::SearchIndex& idx);
  void ensure_entities(const index::SearchIndex& idx);

  DateExtractorSource date_extractor_;
  std::unordered_map<std::string, DocDates> doc_dates_;  // by document id
  std::vector<DatedPassage> dates_;                      // resolved, by passage
  std::uint64_t dates_layout_ = ~0ull;
  bool dates_dirty_ = true;

  bool entities_dirty_ = true;
  std::vector<std::string> linked_docs_;            // document ids, in linking order
  std::vector<entities::Entity> linked_entities_;   // the linking's results as it gave them,
  std::vector<entities::Mention> linked_mentions_;  // offsets into the documents' index text
  std::vector<EntityMention> mentions_;
  std::vector<EntityFacetEntry> entities_;  // by id, passages = 0
  std::vector<EntityKeys> keys_;            // by id
  std::vector<std::pair<std::uint32_t, std::uint32_t>>
      passage_entities_;  // resolved (passage, entity), sorted
  std::uint64_t entities_layout_ = ~0ull;
  std::unique_ptr<entities::NameKeyer> keyer_;
};

// The "entity" ([{"id","canonical","type","count"}], most passages first, `limit` of them),
// "year" ({"2022":passages,...}) and "month" ({"2022-03":passages,...}) members of a search
// envelope's "facets" object, as asked.
struct AnnotationFacets {
  bool entity = false, year = false, month = false;
  std::size_t limit = 20;
};
void write_annotation_facets(core::JsonWriter& j, SearchAnnotations& a,
                             const index::SearchIndex& idx, const std::vector<std::uint32_t>& hits,
                             const AnnotationFacets& asked);

}  // namespace loupe::search
