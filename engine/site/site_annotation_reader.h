// AnnotationReader: the entity: and date: filters and the entity, year and month facets of a
// chunked static index (site_annotations.h), answered as search::SearchAnnotations answers
// them over the in-memory index of the same documents, reading only the pages a filter needs:
//  - date:A..B: the date pages whose days overlap the range;
//  - entity:NAME: the key pages of the name's keys (search_annotations.cc, resolve_entity: its
//    lookup key, its surname key when one word, its last word romanized and that roman's
//    skeleton), then the entity pages of the entities it denotes.
// The query name's keys come from a WordKeyer (entities::NameKeyer natively: site_annotate.h).
// Without one (the search-only wasm build has no transliteration) a word is keyed by the site's
// own table of the words of its entities' names ('w' records), else, if ASCII, by NameKeyer's
// ASCII rules; a non-ASCII word outside the table has no keys (its steps match nothing), and
// the skeleton step needs `near` (romanized_distance), which only a keyer gives.
// Facets read every entity or date page once.
// E.g. AnnotationReader a(manifest.annotations_file, manifest.passages, fetch);
//      a.prepare(root) -> ok; a.passages(node) -> passages of entity:Putin.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "query/annotation_facets.h"
#include "query/query_node.h"
#include "site/site_annotations.h"

namespace loupe::site {

// The keys of one word of a query's entity name; `known` false: none (the word is unknown).
struct WordKeying {
  bool known = false;
  SiteWordKeys keys;
};
struct EntityKeyer {
  std::function<WordKeying(std::string_view word)> word;         // null: the site's table
  std::function<bool(std::string_view, std::string_view)> near;  // romanized_distance <= 1
};

struct EntityFacetCount {
  std::uint32_t id = 0;
  std::string canonical, type;
  std::uint32_t passages = 0;
};

class AnnotationReader {
 public:
  using FetchPayload =
      std::function<core::Result<std::string>(std::string_view magic, const std::string& name)>;
  // `file`: the manifest's annotations file ("" : the site has none, every filter matches
  // nothing); `passages`, `documents`: the manifest's counts; `fetch`: a file's payload,
  // checked.
  AnnotationReader(std::string file, std::uint32_t passages, std::uint32_t documents,
                   FetchPayload fetch)
      : file_(std::move(file)),
        passages_(passages),
        documents_(documents),
        fetch_(std::move(fetch)) {}
  void set_keyer(EntityKeyer keyer) { keyer_ = std::move(keyer), answers_.clear(); }

  // Fetches what every entity: and date: node of `root` needs; then passages() answers them.
  core::Status prepare(const query::QueryNode& root);
  // The passages (ascending) a prepared entity: or date: node keeps.
  std::vector<std::uint32_t> passages(const query::QueryNode& node) const;
  // The same passages, each with its document, language and field (norm 0), as the pages
  // store them: a lone filter's passages join the reader's partial index from them.
  using PassageRecords = std::vector<std::pair<std::uint32_t, ChunkEntry>>;
  const PassageRecords& passage_records(const query::QueryNode& node) const;

  // Fetches the pages the facets read (every entity page, every date page), all that are
  // missing at once: known from the annotations file alone, before the query's hits are.
  core::Status load_facet_pages(bool entities, bool dates);
  // Over `hits` (ascending passages), as search::SearchAnnotations counts them.
  core::Result<std::vector<EntityFacetCount>> entity_facet(const std::vector<std::uint32_t>& hits,
                                                           std::size_t limit);
  core::Result<std::vector<std::pair<int, std::uint32_t>>> year_facet(
      const std::vector<std::uint32_t>& hits);
  core::Result<std::vector<std::pair<int, std::uint32_t>>> month_facet(
      const std::vector<std::uint32_t>& hits);

 private:
  core::Status open();
  core::Result<PassageRecords> date_passages(std::string_view value);
  core::Result<PassageRecords> entity_passages(std::string_view name);
  core::Result<std::vector<std::uint32_t>> resolve(std::string_view name);
  // The key page each key falls in, fetched (all of a round tried before an error).
  core::Status load_keys(const std::vector<std::string>& keys);
  core::Status load_entity_pages(const std::vector<std::size_t>& pages);
  core::Status load_date_pages(const std::vector<std::size_t>& pages);
  core::Status load_all_dates();
  core::Status count_dates();  // facet_dates_ of every date page
  std::vector<const KeyRecord*> records(const std::string& key) const;
  WordKeying key_word(std::string_view word) const;

  std::string file_;
  std::uint32_t passages_, documents_;
  FetchPayload fetch_;
  EntityKeyer keyer_;
  bool opened_ = false;
  AnnotationIndex index_;
  std::vector<std::vector<KeyRecord>> key_pages_;  // by page, empty until fetched
  std::vector<bool> key_loaded_, entity_loaded_, date_loaded_;
  std::vector<SiteEntity> entities_;  // by id; canonical empty until its page is fetched
  std::vector<SiteDate> dates_;       // of the date pages fetched
  std::map<std::pair<int, std::string>, PassageRecords> answers_;  // by kind, text
  // The facets' inputs (query/annotation_facets.h), built once every page is loaded.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> passage_entities_;  // sorted
  std::vector<query::DatedPassage> facet_dates_;                           // by passage
  bool entities_counted_ = false, dates_counted_ = false;
};

}  // namespace loupe::site
