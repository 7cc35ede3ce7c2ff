// write_site: a built SearchIndex as the chunked static index of site/FORMAT.md. The
// dictionary and postings are cut by term range into chunks of about `chunk_bytes` (a term
// whose postings are larger fills a chunk alone), each document's text goes to its own
// fragment (named by its group's hash, kept in document-range hashes files), each passage's
// document, language, field and norm into the chunks beside the postings that list them, each
// passage's language and field and each document's passage count to the table, the
// documents' ids, names and titles to the
// documents file, the whole words to the dictionary (for fuzzy words), and the manifest names
// them all. Files go
// to `sink` as (name, bytes); names but the manifest's are content hashes.
// E.g. write_site(idx, {}, [&](auto name, auto bytes) { files[name] = bytes; return ok; }).
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "index/search_index.h"
#include "site/site_annotations.h"
#include "site/site_format.h"

namespace loupe::site {

struct SiteWriteOptions {
  std::size_t chunk_bytes = std::size_t{32} * 1024;  // a chunk's payload, before compression
  std::size_t page_chunks = kPageChunks;             // chunks a page of the chunk list names
  // The entity and date annotations to write beside (site/site_annotate.h computes them);
  // null: none, entity: and date: then match nothing.
  const SiteAnnotations* annotations = nullptr;
  // An annotation page's payload (key, entity and date pages), before compression: smaller than
  // a chunk, as an entity: name reads a few key and entity pages of which it needs a record or
  // two (engine/site/MEASURED.md, "Annotations").
  std::size_t annotation_page_bytes = std::size_t{8} * 1024;
};

struct SiteSummary {
  std::size_t documents = 0, passages = 0, terms = 0, chunks = 0;
  std::size_t manifest_bytes = 0, table_bytes = 0, documents_bytes = 0, dictionary_bytes = 0;
  std::size_t chunk_bytes = 0, fragment_bytes = 0, pages_bytes = 0, hashes_bytes = 0;
  std::size_t annotation_bytes = 0;  // every annotation file (site_annotations.h)
  std::size_t total_bytes() const {
    return manifest_bytes + table_bytes + documents_bytes + dictionary_bytes + chunk_bytes +
           fragment_bytes + pages_bytes + hashes_bytes + annotation_bytes;
  }
};

using FileSink = std::function<core::Status(const std::string& name, const Bytes& bytes)>;

// The pieces write_site is made of, for merge_sites (site/site_merge.h), which has no
// SearchIndex but streams the same terms, tables and words.
// ChunkWriter cuts terms given in byte order into chunks of about `limit` payload bytes (a
// term larger than that fills a chunk alone), writes each to `sink` and names it in `manifest`.
class ChunkWriter {
 public:
  ChunkWriter(std::size_t limit, const FileSink& sink, Manifest& manifest, SiteSummary& sum)
      : limit_(limit), sink_(sink), manifest_(manifest), sum_(sum) {}
  core::Status add(ChunkTerm term);
  core::Status finish();  // writes the last chunk

 private:
  std::size_t limit_;
  const FileSink& sink_;
  Manifest& manifest_;
  SiteSummary& sum_;
  std::vector<ChunkTerm> pending_;
  std::size_t pending_bytes_ = 0;
};
// FragmentWriter names and writes the documents' fragment files given in document order: it
// holds a group's kFragmentGroup files until their group's hash names them all (group_hash),
// which it appends to `group_hashes` (write_hashes writes them).
class FragmentWriter {
 public:
  FragmentWriter(const FileSink& sink, std::vector<std::uint32_t>& group_hashes, SiteSummary& sum)
      : sink_(sink), group_hashes_(group_hashes), sum_(sum) {}
  core::Status add(Bytes file);
  core::Status finish();  // writes the last group

 private:
  const FileSink& sink_;
  std::vector<std::uint32_t>& group_hashes_;
  SiteSummary& sum_;
  std::uint32_t next_doc_ = 0;  // the number of the first pending file
  std::vector<Bytes> pending_;
  std::vector<std::uint64_t> hashes_;
};
// The dictionary file of the whole words (no compound-suffix terms), in byte order.
core::Status write_dictionary(const std::vector<std::string_view>& words, const FileSink& sink,
                              Manifest& manifest, SiteSummary& sum);
// The table (read for a lang:/doc: filter standing alone) and the documents file (read for doc:
// filters).
core::Status write_tables(const Table& table, const FileSink& sink, Manifest& manifest,
                          SiteSummary& sum);
// The groups' fragment hashes, kHashFileGroups a file, named in the manifest.
core::Status write_hashes(const std::vector<std::uint32_t>& hashes, const FileSink& sink,
                          Manifest& manifest, SiteSummary& sum);
// The pages of manifest.chunks, then the manifest, last: it names every other file.
core::Status write_manifest(Manifest& manifest, std::size_t page_chunks, const FileSink& sink,
                            SiteSummary& sum);

// Removed documents must be compacted away first (SearchIndex::compact): kInvalidArgument if
// any is left. A sink error stops the writing and is returned.
core::Result<SiteSummary> write_site(const index::SearchIndex& idx, const SiteWriteOptions& options,
                                     const FileSink& sink);

}  // namespace loupe::site
