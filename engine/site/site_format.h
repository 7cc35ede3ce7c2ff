// The chunked static index's files (site/FORMAT.md): a manifest, pages of the chunk list,
// term-range chunks of the dictionary with their postings (each entry with its passage's
// document, language, field and norm), document-range files of fragment hashes, one fragment
// per document, and for filters and fuzzy words a table, a documents file and a word list.
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

inline constexpr std::uint32_t kSiteFormatVersion = 5;
inline constexpr const char* kManifestName = "manifest.bin";
inline constexpr std::string_view kManifestMagic = "LOUPESMF";
inline constexpr std::string_view kTableMagic = "LOUPESTB";
inline constexpr std::string_view kDocumentsMagic = "LOUPESDC";
inline constexpr std::string_view kDictionaryMagic = "LOUPESWD";
inline constexpr std::string_view kChunkMagic = "LOUPESCK";
inline constexpr std::string_view kFragmentMagic = "LOUPESFR";
inline constexpr std::string_view kPageMagic = "LOUPESPG";
inline constexpr std::string_view kHashesMagic = "LOUPESFH";

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
// A hashes file holds the group hashes of kHashFileGroups groups (16,384 documents, 1 KB).
inline constexpr std::uint32_t kHashFileGroups = 256;
// A page of the chunk list holds kPageChunks chunks by default (SiteWriteOptions).
inline constexpr std::uint32_t kPageChunks = 64;
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
// A page of the chunk list: `chunks` chunks in term order, the first term its first's.
struct PageRef {
  std::string first_term;
  std::string file;
  std::uint32_t chunks = 0;
};

struct Manifest {
  std::uint32_t documents = 0;
  std::uint32_t passages = 0;
  std::uint32_t live_passages[index::kFieldCount] = {0, 0};  // BM25 statistics, per field
  std::uint64_t total_length[index::kFieldCount] = {0, 0};   // word positions, per field
  std::uint32_t language_mask = 0;  // bit 1 << lang for every language a passage has
  std::string table_file;           // passage kinds: fetched for lang:/doc: standing alone only
  std::string documents_file;       // ids, names, titles: fetched for doc: filters only
  std::string dictionary_file;      // the whole words, no postings: fetched for fuzzy words only
  std::vector<std::string> hash_files;  // per kHashFileGroups groups: their fragments' hashes
  std::vector<PageRef> pages;           // the chunk list, in term order
  std::uint32_t chunk_count = 0;        // the pages' chunks
  // Writer only: every chunk, in term order (write_manifest cuts them into pages).
  std::vector<ChunkRef> chunks;
  std::string annotations_file;  // entity: and date: pages (site_annotations.h); "" none
  double average_length(index::Field f) const;
};
Bytes encode_manifest(const Manifest& m);
core::Result<Manifest> decode_manifest(std::string_view payload);
// A page: its chunks' refs (first terms front-coded). decode_page checks the count and the
// order against the manifest's page.
Bytes encode_page(const std::vector<ChunkRef>& chunks);
core::Result<std::vector<ChunkRef>> decode_page(std::string_view payload, const PageRef& page);
// A hashes file: `count` group hashes (u32 LE each).
Bytes encode_hashes(const std::vector<std::uint32_t>& hashes);
core::Result<std::vector<std::uint32_t>> decode_hashes(std::string_view payload,
                                                       std::uint32_t count);

// The table, fetched only for a lang: or doc: filter standing alone (one that lists every
// passage of a language or a document): each document's passage count, each passage's
// language and field. A query's words need none of it: each chunk entry carries its passage's
// document, language, field and norm. The documents file adds the ids, names and titles (doc:
// filters read them; a hit's fragment repeats its document's).
struct TableDoc {
  std::uint32_t first_passage = 0, passage_count = 0;
  std::string id, name, title;  // empty until the documents file is read
};
struct Table {
  std::vector<TableDoc> docs;
  std::vector<index::PassageInfo> passages;  // doc, lang, field; length and ranges 0
};

Bytes encode_table(const Table& t);
core::Result<Table> decode_table(std::string_view payload, const Manifest& m);
// kInvalidData unless the manifest's passage counts per field are the table's (the reader and
// the merge both refuse a site whose manifest and table disagree).
core::Status check_statistics(const Manifest& m, const Table& t);
Bytes encode_documents(const Table& t);
// Fills the ids, names and titles of `t` (its docs sized to the manifest's documents).
core::Status decode_documents(std::string_view payload, Table& t);

// The dictionary: every whole-word term (no compound-suffix terms: fuzzy matching skips them,
// index/jamo_dict.h) in byte order, without postings.
Bytes encode_dictionary(const std::vector<std::string_view>& terms);
core::Result<std::vector<std::string>> decode_dictionary(std::string_view payload);

// A chunk: terms in byte order, each with its id in the whole index (so a reader holding a few
// chunks orders ties as the whole index does), its df, its postings (index/postings.h) and,
// per postings entry in their order, its passage's document, language, field and norm (length
// in word positions): what scoring, filtering by language and grouping by document need.
struct ChunkEntry {
  std::uint32_t doc = 0;
  std::uint32_t norm = 0;
  core::Language lang = core::Language::kOther;
  index::Field field = index::Field::kBody;
  bool operator==(const ChunkEntry&) const = default;
};
struct ChunkTerm {
  std::string term;
  std::uint32_t id = 0;
  std::uint32_t df = 0;
  std::vector<std::uint8_t> postings;
  std::vector<ChunkEntry> entries;  // one per postings entry
};

Bytes encode_chunk(const std::vector<ChunkTerm>& terms);
core::Result<std::vector<ChunkTerm>> decode_chunk(std::string_view payload);

// A fragment: what a hit shows of its document (its id, name and title, the analyzed text for
// snippets and highlights, its passages' ranges, the maps that take its offsets back to the
// source).
struct PassageRange {
  std::uint32_t begin_byte = 0, end_byte = 0;  // in the text (title passages: in the title)
  std::uint32_t paragraph = 0;
  bool title = false;
};
struct Fragment {
  std::uint32_t first_passage = 0;  // the number of its document's first passage
  std::string id, name, title, text;
  std::vector<PassageRange> passages;  // the document's, in order
  normalize::OffsetMap to_input;
  normalize::OffsetMap u16_to_source;
};

// The first passage is the payload's first 4 bytes (u32 LE): the merge renumbers a fragment
// by rewriting them (set_fragment_first_passage).
Bytes encode_fragment(const Fragment& f);
// Each range must fit the text, or the title for a title passage.
core::Result<Fragment> decode_fragment(std::string_view payload);
// A fragment file's bytes with its first passage moved by `offset` (a new CRC; false if the
// bytes are not a fragment file or the number overflows).
bool move_fragment_passages(Bytes& file, std::uint32_t offset);

}  // namespace loupe::site
