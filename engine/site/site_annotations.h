// The entity: and date: annotations of a chunked static index (site/FORMAT.md, "Annotations"):
// what search::SearchAnnotations computes over the in-memory index (the linked entities with
// the keys resolve_entity compares, each entity's passages, every dated passage), stored as
// pages a reader fetches per filter. Extraction runs when the site is written
// (site/site_annotate.h, native only); this file holds the data, its codecs and the page
// writer, with no extractor: the search-only wasm build links it. Passages are the site's
// numbers (the table's order).
//  - key pages `k-`: records (key, kind, value) in byte order of the key, cut by key range:
//    'n' name key -> entity, 's' surname key -> person, 'r' romanized name -> entity,
//    'k' skeleton -> (person, romanized name), 'w' a word of an entity's names -> its keys (a
//    reader with no keyer of its own keys a query's words by them);
//  - entity pages `e-`: by id range, each entity's canonical name, type, merge key, passages;
//  - date pages `y-`: the dated passages ordered by their first day, cut into pages that list
//    their first day and their last day of any record;
//    both with each passage's document, language and field (a lone filter reads no table);
//  - the annotations file `a-` (the manifest names it): the three lists of pages.
// E.g. write_annotations(a, 32768, sink, manifest, summary) -> manifest.annotations_file set.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "site/site_format.h"

namespace loupe::site {

inline constexpr std::string_view kAnnotationsMagic = "LOUPESAN";
inline constexpr std::string_view kKeyPageMagic = "LOUPESAK";
inline constexpr std::string_view kEntityPageMagic = "LOUPESAE";
inline constexpr std::string_view kDatePageMagic = "LOUPESAY";

struct SiteEntity {
  std::string canonical;
  std::string type;                     // entities::entity_type_name: "person", "org", ...
  std::string key;                      // merge identity: type + lookup key of the canonical
  std::vector<std::string> names;       // lookup keys of the canonical name and the aliases
  std::vector<std::string> surnames;    // word keys of their last words (people only)
  std::vector<std::string> romans;      // romanized last words, "" dropped
  std::vector<std::string> skeletons;   // of each roman (people only, 3 consonants or more)
  std::vector<std::uint32_t> passages;  // ascending
  // Per passage: its document, language and field (norm 0): a lone entity: filter lists its
  // passages from them, without the table (annotate_site fills them).
  std::vector<ChunkEntry> records;
};
struct SiteDate {
  std::uint32_t passage = 0;
  std::uint32_t lo = 0, hi = 0;  // YYYYMMDD, inclusive (query::DayRange)
  bool countable = false;        // counts in the year facet
  int month = -1;                // year * 12 + month - 1 the value starts with, or -1
  ChunkEntry record;             // the passage's document, language and field (norm 0)
};
// A word of an entity's names and its keys (entities::NameKeyer): word_key, romanize, the
// skeleton of that roman.
struct SiteWordKeys {
  std::string key, roman, skeleton;
};
struct SiteAnnotations {
  std::vector<SiteEntity> entities;                         // by id
  std::vector<SiteDate> dates;                              // by passage
  std::vector<std::pair<std::string, SiteWordKeys>> words;  // by word, each once
};

// One record of a key page: `key` is the key, a 0 byte, then the kind byte (key_of), so a
// name's keys of every kind sort together (one page for most names).
struct KeyRecord {
  std::string key;
  std::uint32_t entity = 0;        // 'n' 's' 'r' 'k'
  std::string roman;               // 'k': the person's roman; 'w': the word's roman
  std::string word_key, skeleton;  // 'w'
  bool operator<(const KeyRecord& o) const;
};
struct KeyPageRef {
  std::string first_key, file;
};
struct EntityPageRef {
  std::uint32_t first_id = 0;
  std::string file;
};
struct DatePageRef {
  std::uint32_t first_lo = 0, last_hi = 0;  // the page's records start at first_lo or later
  std::string file;
};
struct AnnotationIndex {
  std::uint32_t entities = 0, dates = 0;
  std::vector<KeyPageRef> key_pages;        // first keys strictly increasing
  std::vector<EntityPageRef> entity_pages;  // first ids strictly increasing, the first 0
  std::vector<DatePageRef> date_pages;      // first days non-decreasing
};

std::string key_of(char kind, std::string_view key);
inline char kind_of(const KeyRecord& r) { return r.key.back(); }  // checked non-empty on decode
std::vector<KeyRecord> key_records(const SiteAnnotations& a);
Bytes encode_key_page(const std::vector<KeyRecord>& records);
core::Result<std::vector<KeyRecord>> decode_key_page(std::string_view payload);
// Entities first_id, first_id + 1, ...: canonical, type, key, passages (the names' keys stay
// empty: they are in the key pages).
Bytes encode_entity_page(const std::vector<SiteEntity>& entities, std::size_t begin,
                         std::size_t end);
// Decoders check passages against `passages`, documents against `documents`.
core::Result<std::vector<SiteEntity>> decode_entity_page(std::string_view payload,
                                                         std::uint32_t passages,
                                                         std::uint32_t documents);
Bytes encode_date_page(const std::vector<SiteDate>& dates);
core::Result<std::vector<SiteDate>> decode_date_page(std::string_view payload,
                                                     std::uint32_t passages,
                                                     std::uint32_t documents);
Bytes encode_annotation_index(const AnnotationIndex& a);
core::Result<AnnotationIndex> decode_annotation_index(std::string_view payload);

// Writes the pages (about `page_bytes` of payload each) and the annotations file to `sink`,
// names it in `manifest.annotations_file` and adds their sizes to `annotation_bytes`.
core::Status write_annotations(
    const SiteAnnotations& a, std::size_t page_bytes,
    const std::function<core::Status(const std::string&, const Bytes&)>& sink, Manifest& manifest,
    std::size_t& annotation_bytes);

}  // namespace loupe::site
