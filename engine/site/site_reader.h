// SiteReader: answers queries over a chunked static index (site/FORMAT.md) while fetching only
// the files a query needs, through a caller's fetch function (files on disk natively; in a
// browser, site_session.h). Open reads the manifest alone (the BM25 statistics, the pages of
// the chunk list). A search runs query::Searcher over a partial SearchIndex of the chunks
// loaded so far: their terms, and only the passages their postings list (each chunk entry
// carries its passage's document, language, field and norm), numbered in the whole index's
// order, scored with the manifest's statistics (SearchIndex::set_whole_statistics). The
// dictionary tells the reader every term and prefix the query looked up
// (index/term_lookup_hook.h); the reader fetches the pages of the chunk list those fall in, then
// the chunks, and runs the query again, until a run looks up nothing outside the loaded chunks.
// Then every lookup was answered as the whole dictionary answers it, so hits and scores are
// those of the in-memory engine (terms keep their whole-index ids: ties order alike), given
// back in the whole index's passage and document numbers. A fuzzy word~'s near spellings may
// start anywhere: the reader fetches the dictionary file (the whole words) once and loads the
// chunks of every word within the distance of each term the query looks up. A lang: or doc:
// filter standing alone (every passage of a language or a document), or a filter under NOT,
// fetches the table once: the partial index then holds every passage. An entity: or date:
// filter standing alone adds its passages (document, language, field; norm 0) from the
// annotation pages it read.
//
// E.g. auto r = SiteReader::open(fetch);
//      r.value()->search(parse_query("lavrov*").root, {}, analyzer);
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
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
  // Fetches and checks the manifest.
  static core::Result<std::unique_ptr<SiteReader>> open(Fetch fetch);

  // query::Searcher::search over the whole index, loading the pages and chunks it needs first;
  // hits, passages and the doc facet in the whole index's numbers (matched_terms: the partial
  // index's ids). Errors: a file that cannot be fetched or is corrupt (kInvalidData naming it).
  core::Result<query::SearchResult> search(const query::QueryNode& root,
                                           const query::SearchOptions& options,
                                           const query::QueryAnalyzer& analyze);
  // The document's first passage, text, passage ranges and offset maps, for snippets,
  // highlights and hit offsets (fetching its hashes file first, once). Not cached.
  core::Result<Fragment> fragment(std::uint32_t doc);
  // The document, language, field and norm of a passage a search returned (a loaded chunk
  // lists it, or the table is loaded); none for another.
  std::optional<ChunkEntry> passage(std::uint32_t p) const;

  // Fetches the documents file (ids, names, titles into table().docs); a search with a doc:
  // filter calls it first. Once.
  core::Status load_documents();

  // entity: and date: filters (fetched by search() before the query runs) and facets.
  AnnotationReader& annotations() { return *annotations_; }

  const Manifest& manifest() const { return manifest_; }
  // docs: empty until load_documents(); passages: empty until a filter standing alone.
  const Table& table() const { return table_; }
  // The partial index the last search ran on: SearchResult::matched_terms are its term ids.
  const index::SearchIndex& partial_index() const { return partial_; }
  const FetchCounts& counts() const { return counts_; }
  std::size_t loaded_chunks() const;

 private:
  struct Known {  // a passage a loaded chunk lists
    std::uint32_t passage;
    ChunkEntry entry;
  };
  explicit SiteReader(Fetch fetch) : fetch_(std::move(fetch)) {}
  core::Result<std::string> fetch_file(const std::string& name);
  core::Status load_page(std::size_t page);
  core::Status load_chunk(std::size_t chunk);
  core::Status load_table();
  core::Status load_dictionary();
  // The chunks a find (prefix false) or prefix_range (prefix true) of `key` reads; the pages
  // not loaded that it must read first go to `pages` (then the chunks are not all known).
  void chunks_for(std::string_view key, bool prefix, std::vector<bool>& needed,
                  std::vector<bool>& pages) const;
  std::size_t page_of(std::size_t chunk) const;
  // The pages, then the chunks, of the keys a run looked up, every file of a step at once.
  core::Result<bool> load_for(const std::vector<std::pair<std::string, bool>>& keys);
  core::Status check_entries(std::vector<Known>& found) const;
  // The chunks' entries since the last call joined to known_ (checked against each other).
  core::Status take_known();
  // A lone entity:/date: filter's passages (ascending) joined to annotated_.
  void add_annotated(const AnnotationReader::PassageRecords& records);
  // The partial index of the known passages (or every passage, with the table) and the loaded
  // terms, in whole-index id order.
  core::Status rebuild();
  void add_fuzzy_neighbours(int fuzzy, std::vector<std::pair<std::string, bool>>& keys) const;
  void add_partial_doc(index::IndexData& d, std::uint32_t whole, std::uint32_t first_passage);
  core::Status table_passages(index::IndexData& d);
  core::Status known_passages(index::IndexData& d, std::vector<std::uint32_t>& numbers);
  index::DocInfo partial_doc(std::uint32_t whole, std::uint32_t first_passage) const;
  void to_whole(query::SearchResult& r) const;
  std::vector<std::uint32_t> to_partial(std::vector<std::uint32_t> whole) const;

  Fetch fetch_;
  Manifest manifest_;
  Table table_;
  bool documents_loaded_ = false, table_loaded_ = false;
  std::vector<std::uint32_t> page_start_;           // by page: the number of its first chunk
  std::vector<std::vector<ChunkRef>> page_chunks_;  // by page, once loaded
  std::vector<bool> page_loaded_;
  std::vector<bool> loaded_;                        // by chunk
  std::vector<std::vector<std::uint32_t>> hashes_;  // by hashes file, once loaded
  std::vector<ChunkTerm> terms_;                    // of every loaded chunk
  std::vector<Known> known_, pending_known_;        // ascending by passage; not yet joined
  std::vector<Known> annotated_;       // lone entity:/date: filters' passages (norm 0), ascending
  std::vector<Known> partial_known_;   // the partial index's passages: known_ and annotated_
  std::vector<std::uint32_t> doc_of_;  // by partial document: the whole one's
  bool dirty_ = true;                  // the partial index is behind
  core::Status broken_;                // chunks that disagree: every later search fails with it
  index::TermDict dictionary_;         // the whole words, for fuzzy words (loaded on the first)
  index::JamoDict dictionary_jamo_;
  bool dictionary_loaded_ = false;
  index::SearchIndex partial_;
  FetchCounts counts_;
  std::unique_ptr<AnnotationReader> annotations_;  // made at open
};

}  // namespace loupe::site
