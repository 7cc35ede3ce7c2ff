// SearchCorpus: the indexed documents and everything a query reads besides the index: the
// annotations (entity:/date: filters, entity/year facets), the query-reading memos, the UTF-16
// places of hits, the options and block-max caches. Engine's search methods are thin calls into
// it (engine_search.cc). Documents go through the whole front of the pipeline
// (document::prepare_document) into an index::SearchIndex that keeps the normalized text and two
// maps per document (index::DocInfo): normalized bytes -> input bytes, normalized UTF-16 ->
// source UTF-16; every offset a hit carries goes through them (engine.h says which text each
// indexes).
// E.g. SearchCorpus c(&analyzer, dates); c.add_document("a", "a.txt", bytes);
//      c.search_json("harbor", "{}") -> {"v":1,"ok":true,"total":1,...}
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/text_analyzer.h"
#include "core/status.h"
#include "index/search_index.h"
#include "query/block_max.h"
#include "query/searcher.h"
#include "search/passage_places.h"
#include "search/query_readings.h"
#include "search/search_annotations.h"
#include "search/search_options.h"
#include "storage/index_serializer.h"

namespace loupe::search {

// A search's outcome: `json` is the envelope (hits or error); status says which.
struct SearchReply {
  core::Status status;
  std::string json;
};

// The ranked documents of a query, or where it is malformed.
struct RankedHits {
  core::Status status;               // kInvalidArgument for a malformed query
  std::size_t error_begin_byte = 0;  // where the query is malformed (bytes, UTF-16 units)
  std::size_t error_begin_u16 = 0;
  std::vector<query::Hit> hits;  // one per document, best first
};

class SearchCorpus {
 public:
  // analyzer: the Engine's, null if ICU data is missing (then every document fails to add).
  SearchCorpus(analysis::TextAnalyzer* analyzer, SearchAnnotations::DateExtractorSource dates);

  core::Status add_document(std::string_view id, std::string_view name, std::string_view input);
  std::string add_document_json(std::string_view id, std::string_view name, std::string_view input);
  bool remove_document(std::string_view id);

  SearchReply search(std::string_view query_text, std::string_view options_json);
  RankedHits top_hits(std::string_view query_text, std::size_t limit);
  std::string top_docs_json(std::string_view query_text, std::size_t limit);
  std::string stats_json() const;
  std::string entities_json() { return annotations_.entities_json(index_); }
  std::string dates_json(const envelope::DatesPick& pick) {
    return annotations_.dates_json(index_, pick);
  }
  void forget_entities() { annotations_.forget_entities(); }  // an entity model was loaded

  std::vector<std::uint8_t> save(bool with_text);
  core::Status load(std::string_view bytes, const storage::TextSource& text);

  const index::SearchIndex& index() const { return index_; }

 private:
  struct Query;  // one search_json call's state (search_hits.cc)
  query::Searcher searcher();
  void write_hits(core::JsonWriter& j, const Query& q);
  void write_facets(core::JsonWriter& j, const Query& q);

  analysis::TextAnalyzer* analyzer_;
  index::SearchIndex index_;
  SearchAnnotations annotations_;   // entity:/date: filters and facets, computed on first use
  query::BlockMaxCache block_max_;  // top_hits' early termination (query/block_max.h)
  PassagePlaces places_;
  QueryReadings readings_;
  SearchOptionsCache options_;
};

}  // namespace loupe::search
