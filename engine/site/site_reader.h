// SiteReader: answers queries over a chunked static index (site/FORMAT.md) while fetching only
// the files a query needs, through a caller's fetch function (files on disk natively; in a
// browser, site_session.h). Open reads the manifest (the BM25 statistics) and the table (each
// document's passage count and fragment, each passage's language and field); each chunk
// brings the norms of the passages its postings list. A search runs
// query::Searcher over a partial SearchIndex that holds the chunks loaded so far (each round
// adds the chunks it loaded to the same index: SearchIndex::add_terms); the
// dictionary tells the reader every term and prefix the query looked up
// (index/term_lookup_hook.h), the reader loads the chunks those fall in and runs the query
// again, until a run looks up nothing outside the loaded chunks. Then every lookup was answered
// as the whole dictionary answers it, so hits and scores are those of the in-memory engine
// (terms keep their whole-index ids: ties order alike). A fuzzy word~'s near spellings may
// start anywhere: the reader fetches the dictionary file (the whole words, no postings) once,
// and loads the chunks of every word within the distance of each term the query looks up.
//
// E.g. auto r = SiteReader::open(fetch);
//      r.value()->search(parse_query("lavrov*").root, {}, analyzer);
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "index/jamo_dict.h"
#include "index/search_index.h"
#include "query/searcher.h"
#include "site/site_annotation_reader.h"
#include "site/site_format.h"

namespace loupe::site {

// The bytes of one file of the index by its name, or an error (missing, unreadable).
using Fetch = std::function<core::Result<std::string>(const std::string& file_name)>;

// What the reader fetched so far: every request, and the chunks and fragments among them.
struct FetchCounts {
  std::size_t requests = 0, bytes = 0;
  std::size_t chunks = 0, chunk_bytes = 0;
  std::size_t fragments = 0, fragment_bytes = 0;
  std::size_t annotations = 0, annotation_bytes = 0;  // entity: and date: pages (a-, k-, e-, y-)
};

class SiteReader {
 public:
  // Fetches and checks the manifest and the table (passage norms).
  static core::Result<std::unique_ptr<SiteReader>> open(Fetch fetch);

  // query::Searcher::search over the whole index, loading the chunks it needs first. Errors:
  // a chunk that cannot be fetched or is corrupt (kInvalidData naming it).
  core::Result<query::SearchResult> search(const query::QueryNode& root,
                                           const query::SearchOptions& options,
                                           const query::QueryAnalyzer& analyze);
  // The document's text, passage ranges (table().passages has none) and offset maps, for
  // snippets, highlights and hit offsets. Not cached: the caller keeps what it shows.
  core::Result<Fragment> fragment(std::uint32_t doc);

  // Fetches the documents file (ids, names, titles into table().docs); a search with a doc:
  // filter calls it first. Once.
  core::Status load_documents();

  // entity: and date: filters (fetched by search() before the query runs) and facets.
  AnnotationReader& annotations() { return *annotations_; }

  const Manifest& manifest() const { return manifest_; }
  // Documents' ids, names and titles are empty until load_documents().
  const Table& table() const { return table_; }
  // The partial index the last search ran on: SearchResult::matched_terms are its term ids.
  const index::SearchIndex& partial_index() const { return partial_; }
  const FetchCounts& counts() const { return counts_; }
  std::size_t loaded_chunks() const;

 private:
  explicit SiteReader(Fetch fetch) : fetch_(std::move(fetch)) {}
  core::Result<std::string> fetch_file(const std::string& name);
  core::Status load_chunk(std::size_t i);
  // The partial index of the table's documents and passages, no terms (open, load_documents).
  core::Status build_partial();
  // Adds the chunks loaded since the last call to the partial index (appended when their ids
  // follow the loaded ones', else the loaded terms are laid out again in id order) with the
  // norms they brought and the spare lengths (spare_lengths).
  core::Status grow_partial();
  core::Status take_norms(const std::vector<ChunkTerm>& terms);
  // (passage, length) for the passage of each field that stands for those no chunk listed yet.
  core::Status spare_lengths(std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);
  // The chunks a find (prefix false) or prefix_range (prefix true) of `key` reads.
  void chunks_for(std::string_view key, bool prefix, std::vector<bool>& needed) const;
  core::Status load_dictionary();
  void fuzzy_chunks(std::string_view key, int distance, std::vector<bool>& needed) const;

  Fetch fetch_;
  Manifest manifest_;
  Table table_;
  std::vector<bool> loaded_;              // by chunk
  std::vector<ChunkTerm> pending_terms_;  // of chunks loaded, not yet in the partial index
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pending_lengths_;  // (passage, norm)
  std::vector<std::uint32_t> lengths_;  // by passage: its norm, once a loaded chunk gave it
  std::uint64_t known_length_[index::kFieldCount] = {0, 0};  // the sum of those, per field
  std::size_t spare_[index::kFieldCount] = {0, 0};           // no passage before it is unknown of f
  std::vector<std::uint32_t> whole_ids_;  // by partial term id (ascending): the chunk's id
  core::Status broken_;                   // chunks that disagree: every later search fails with it
  bool documents_loaded_ = false;
  index::TermDict dictionary_;  // the whole words, for fuzzy words (loaded on the first)
  index::JamoDict dictionary_jamo_;
  bool dictionary_loaded_ = false;
  index::SearchIndex partial_;
  FetchCounts counts_;
  std::unique_ptr<AnnotationReader> annotations_;  // made at open
};

}  // namespace loupe::site
