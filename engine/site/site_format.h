// The chunked static index's files (site/FORMAT.md): a manifest, a table of documents and
// passages, term-range chunks of the dictionary with their postings, one fragment per document.
// Every file is the saved index's 28-byte header (storage/FORMAT.md: magic, version, flags,
// payload length, CRC-32) around a varint payload; its name (but the manifest's) is a hash of
// its bytes, so a host may cache it forever. Decoding checks every count and range: corrupt or
// foreign bytes are a kInvalidData status naming the file, never a crash.
// E.g. wrap_file(kChunkMagic, payload) -> bytes; unwrap_file(kChunkMagic, bytes, "c-..") ->
// payload.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "index/search_index.h"
#include "normalize/offset_map.h"

namespace loupe::site {

inline constexpr std::uint32_t kSiteFormatVersion = 3;
inline constexpr const char* kManifestName = "manifest.bin";
inline constexpr std::string_view kManifestMagic = "LOUPESMF";
inline constexpr std::string_view kTableMagic = "LOUPESTB";
inline constexpr std::string_view kDocumentsMagic = "LOUPESDC";
inline constexpr std::string_view kDictionaryMagic = "LOUPESWD";
inline constexpr std::string_view kChunkMagic = "LOUPESCK";
inline constexpr std::string_view kFragmentMagic = "LOUPESFR";

using Bytes = std::vector<std::uint8_t>;

// The header around a payload, and back (checks magic, version, flags, length, CRC).
Bytes wrap_file(std::string_view magic, const Bytes& payload);
core::Result<std::string_view> unwrap_file(std::string_view magic, std::string_view bytes,
                                           std::string_view file_name);
// The 64-bit FNV-1a hash of a file's bytes, and the name it gives: "<prefix>-<16 hex>.bin".
std::uint64_t content_hash(const Bytes& bytes);
std::string hashed_name(std::string_view prefix, std::uint64_t hash);
// A fragment's name: "f-<document number>-<8 hex digits of its group's hash>.bin" (unique by
// the number; the hash changes with the bytes of any fragment of its group of
// kFragmentGroup documents, so hosts may still cache forever).
std::string fragment_name(std::uint32_t doc, std::uint32_t hash);
inline constexpr std::uint32_t kFragmentGroup = 64;
// A group's hash: the low 32 bits of the FNV-1a 64 of its fragments' content_hash()es, each as
// 8 bytes little-endian, in document order.
std::uint32_t group_hash(const std::vector<std::uint64_t>& fragment_hashes);
// Whether `name` is one hashed_name(prefix, ...) makes: a manifest naming anything else (a
// path, a URL) is refused before anything is fetched by it.
bool is_hashed_name(std::string_view name, char prefix);
inline std::string content_name(std::string_view prefix, const Bytes& bytes) {
  return hashed_name(prefix, content_hash(bytes));
}

struct ChunkRef {
  std::string first_term;  // every term of the chunk is >= it and < the next chunk's
  std::string file;
  std::uint32_t terms = 0;
  std::uint32_t bytes = 0;  // the file's size
};

struct Manifest {
  std::uint32_t documents = 0;
  std::uint32_t passages = 0;
  std::uint32_t live_passages[index::kFieldCount] = {0, 0};  // BM25 statistics, per field
  std::uint64_t total_length[index::kFieldCount] = {0, 0};   // word positions, per field
  std::string table_file;                                    // passage norms: fetched at open
  std::string documents_file;    // ids, names, titles: fetched for doc: filters only
  std::string dictionary_file;   // the whole words, no postings: fetched for fuzzy words only
  std::vector<ChunkRef> chunks;  // in term order
  std::string annotations_file;  // entity: and date: pages (site_annotations.h); "" none
  double average_length(index::Field f) const;
};

Bytes encode_manifest(const Manifest& m);
core::Result<Manifest> decode_manifest(std::string_view payload);

// The table, fetched at open: each document's passage count, each group of documents' fragment
// hash (a hash a document would cost 4 incompressible bytes of the first query: 45 KB of 86 KB
// gzip on the man pages), each passage's language and field (lang: filters and facets). The passage
// norms are in the chunks, beside the postings that need them. The documents file adds the ids,
// names and titles (doc: filters read them; a hit's fragment repeats its document's).
struct TableDoc {
  std::uint32_t first_passage = 0, passage_count = 0;
  std::string id, name, title;  // empty until the documents file is read
};
struct Table {
  std::vector<TableDoc> docs;
  std::vector<std::uint32_t> group_hashes;   // per kFragmentGroup documents: group_hash()
  std::vector<index::PassageInfo> passages;  // doc, lang, field; length and ranges 0
  std::string fragment_file(std::uint32_t doc) const {
    return fragment_name(doc, group_hashes[doc / kFragmentGroup]);
  }
};

Bytes encode_table(const Table& t);
core::Result<Table> decode_table(std::string_view payload, const Manifest& m);
// kInvalidData unless the manifest's passage counts per field are the table's (the reader and
// the merge both refuse a site whose manifest and table disagree).
core::Status check_statistics(const Manifest& m, const Table& t);
Bytes encode_documents(const Table& t);
// Fills the ids, names and titles of `t` (decoded from the same manifest).
core::Status decode_documents(std::string_view payload, Table& t);

// The dictionary: every whole-word term (no compound-suffix terms: fuzzy matching skips them,
// index/jamo_dict.h) in byte order, without postings.
Bytes encode_dictionary(const std::vector<std::string_view>& terms);
core::Result<std::vector<std::string>> decode_dictionary(std::string_view payload);

// A chunk: terms in byte order, each with its id in the whole index (so a reader holding a few
// chunks orders ties as the whole index does), its df, its postings (index/postings.h) and
// the norm (length in word positions) of each passage its postings list, in their order.
struct ChunkTerm {
  std::string term;
  std::uint32_t id = 0;
  std::uint32_t df = 0;
  std::vector<std::uint8_t> postings;
  std::vector<std::uint32_t> norms;  // one per postings entry
};

Bytes encode_chunk(const std::vector<ChunkTerm>& terms);
core::Result<std::vector<ChunkTerm>> decode_chunk(std::string_view payload);

// A fragment: what a hit shows of its document (its id, name and title, the analyzed text for
// snippets and highlights, its passages' ranges, the maps that take its offsets back to the
// source).
struct PassageRange {
  std::uint32_t begin_byte = 0, end_byte = 0;  // in the text (title passages: in the title)
  std::uint32_t paragraph = 0;
};
struct Fragment {
  std::string id, name, title, text;
  std::vector<PassageRange> passages;  // the document's, in order
  normalize::OffsetMap to_input;
  normalize::OffsetMap u16_to_source;
};

Bytes encode_fragment(const Fragment& f);
// `doc` is the table's row, `passages` the table's passages: the passage count must be the
// row's and each range fit the text or the title as the passage's field says.
core::Result<Fragment> decode_fragment(std::string_view payload, const TableDoc& doc,
                                       const std::vector<index::PassageInfo>& passages);

}  // namespace loupe::site
