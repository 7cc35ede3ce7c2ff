#include "site/site_format.h"

#include <cstdio>

#include "site/payload_io.h"
#include "storage/crc32.h"

namespace loupe::site {
namespace {

using core::Status;
using index::put_varint;

constexpr std::size_t kHeaderSize = 28;  // as storage/FORMAT.md's header
constexpr std::uint32_t kMaxPassages = 1u << 25;
constexpr std::uint32_t kMaxChunks = 1u << 26;  // 2 TB of 32 KB chunks

}  // namespace

Bytes wrap_file(std::string_view magic, const Bytes& payload) {
  Bytes out(magic.begin(), magic.end());
  put_fixed(out, kSiteFormatVersion, 4);
  put_fixed(out, 0, 4);
  put_fixed(out, payload.size(), 8);
  put_fixed(out, storage::crc32(payload.data(), payload.size()), 4);
  out.insert(out.end(), payload.begin(), payload.end());
  return out;
}

core::Result<std::string_view> unwrap_file(std::string_view magic, std::string_view bytes,
                                           std::string_view file_name) {
  const std::string name(file_name);
  if (bytes.size() < kHeaderSize || bytes.substr(0, 8) != magic)
    return invalid(name + " is not a Loupe site file of this kind");
  const std::uint64_t version = get_fixed(bytes, 8, 4);
  if (version != kSiteFormatVersion) {
    return invalid(name + ": site format version " + std::to_string(version) +
                   " is not supported (this build reads " + std::to_string(kSiteFormatVersion) +
                   ")");
  }
  if (get_fixed(bytes, 12, 4) != 0) return invalid(name + ": unknown flags");
  if (get_fixed(bytes, 16, 8) != bytes.size() - kHeaderSize)
    return invalid(name + " is truncated or padded");
  const std::string_view payload = bytes.substr(kHeaderSize);
  const auto* data = reinterpret_cast<const std::uint8_t*>(payload.data());
  if (storage::crc32(data, payload.size()) != get_fixed(bytes, 24, 4))
    return invalid(name + " is corrupt (CRC mismatch)");
  return payload;
}

std::uint64_t content_hash(const Bytes& bytes) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (std::uint8_t c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string hashed_name(std::string_view prefix, std::uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(prefix) + "-" + hex + ".bin";
}

std::uint32_t group_hash(const std::vector<std::uint64_t>& fragment_hashes) {
  Bytes le;
  for (std::uint64_t h : fragment_hashes) put_fixed(le, h, 8);
  return static_cast<std::uint32_t>(content_hash(le));
}

std::string fragment_name(std::uint32_t doc, std::uint32_t hash) {
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(hash));
  return "f-" + std::to_string(doc) + "-" + hex + ".bin";
}

bool is_hashed_name(std::string_view name, char prefix) {
  if (name.size() != 22 || name[0] != prefix || name[1] != '-' || !name.ends_with(".bin"))
    return false;
  for (char c : name.substr(2, 16))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

double Manifest::average_length(index::Field f) const {
  const int i = static_cast<int>(f);
  return live_passages[i] ? static_cast<double>(total_length[i]) / live_passages[i] : 1.0;
}

// The statistics, the files' names, then the pages of the chunk list: per page its first term
// (front-coded against the previous page's), its file and its chunk count.
Bytes encode_manifest(const Manifest& m) {
  Bytes p;
  put_varint(p, m.documents);
  put_varint(p, m.passages);
  for (int f = 0; f < index::kFieldCount; ++f) {
    put_varint(p, m.live_passages[f]);
    put_varint(p, m.total_length[f]);
  }
  put_varint(p, m.language_mask);
  put_str(p, m.table_file);
  put_str(p, m.documents_file);
  put_str(p, m.dictionary_file);
  put_varint(p, m.hash_files.size());
  for (const std::string& h : m.hash_files) put_str(p, h);
  put_varint(p, m.pages.size());
  std::string_view prev;
  for (const PageRef& page : m.pages) {
    put_front_coded(p, page.first_term, prev);
    put_str(p, page.file);
    put_varint(p, page.chunks);
    prev = page.first_term;
  }
  if (!m.annotations_file.empty()) put_str(p, m.annotations_file);  // a site without: none
  return p;
}

core::Result<Manifest> decode_manifest(std::string_view payload) {
  PayloadReader r(payload);
  Manifest m;
  const Status bad = invalid("manifest: malformed");
  const Status bad_name = invalid("manifest: a file name is not one the writer makes");
  if (!r.u32(m.documents) || !r.u32(m.passages)) return bad;
  for (int f = 0; f < index::kFieldCount; ++f)
    if (!r.u32(m.live_passages[f]) || !r.u64(m.total_length[f])) return bad;
  std::uint32_t n;
  if (!r.u32(m.language_mask) || m.language_mask >= 1u << 6) return bad;
  if (!r.str(m.table_file) || !r.str(m.documents_file) || !r.str(m.dictionary_file) || !r.count(n))
    return bad;
  if (!is_hashed_name(m.table_file, 't') || !is_hashed_name(m.documents_file, 'd') ||
      !is_hashed_name(m.dictionary_file, 'w'))
    return bad_name;
  const std::uint64_t groups = (std::uint64_t{m.documents} + kFragmentGroup - 1) / kFragmentGroup;
  if (n != (groups + kHashFileGroups - 1) / kHashFileGroups)
    return invalid("manifest: hashes files do not cover the documents");
  m.hash_files.resize(n);
  for (std::string& h : m.hash_files) {
    if (!r.str(h)) return bad;
    if (!is_hashed_name(h, 'h')) return bad_name;
  }
  if (!r.count(n)) return bad;
  m.pages.resize(n);
  std::string prev;
  for (std::size_t i = 0; i < m.pages.size(); ++i) {
    PageRef& page = m.pages[i];
    if (!r.front_coded(prev, page.first_term) || !r.str(page.file) || !r.u32(page.chunks))
      return bad;
    if (i > 0 && page.first_term <= prev) return invalid("manifest: pages out of order");
    if (!is_hashed_name(page.file, 'p')) return bad_name;
    if (page.chunks == 0 || page.chunks > payload.size() ||
        std::uint64_t{m.chunk_count} + page.chunks > kMaxChunks)
      return invalid("manifest: a page of the wrong size");
    m.chunk_count += page.chunks;
    prev = page.first_term;
  }
  if (!r.at_end() && (!r.str(m.annotations_file) || !is_hashed_name(m.annotations_file, 'a')))
    return invalid("manifest: malformed annotations file name");
  if (!r.at_end()) return invalid("manifest: bytes after the annotations file");
  return m;
}

Bytes encode_page(const std::vector<ChunkRef>& chunks) {
  Bytes p;
  put_varint(p, chunks.size());
  std::string_view prev;
  for (const ChunkRef& c : chunks) {
    put_front_coded(p, c.first_term, prev);
    put_str(p, c.file);
    put_varint(p, c.terms);
    put_varint(p, c.bytes);
    prev = c.first_term;
  }
  return p;
}

core::Result<std::vector<ChunkRef>> decode_page(std::string_view payload, const PageRef& page) {
  PayloadReader r(payload);
  const Status bad = invalid("page: malformed");
  std::uint32_t n;
  if (!r.count(n) || n != page.chunks) return bad;
  std::vector<ChunkRef> chunks(n);
  std::string prev;
  for (std::size_t i = 0; i < n; ++i) {
    ChunkRef& c = chunks[i];
    if (!r.front_coded(prev, c.first_term) || !r.str(c.file) || !r.u32(c.terms) || !r.u32(c.bytes))
      return bad;
    if ((i == 0 && c.first_term != page.first_term) || (i > 0 && c.first_term <= prev))
      return invalid("page: chunks out of order");
    if (!is_hashed_name(c.file, 'c'))
      return invalid("page: a file name is not one the writer makes");
    prev = c.first_term;
  }
  if (!r.at_end()) return invalid("page: bytes after the last chunk");
  return chunks;
}

Bytes encode_hashes(const std::vector<std::uint32_t>& hashes) {
  Bytes p;
  put_varint(p, hashes.size());
  for (std::uint32_t h : hashes) put_fixed(p, h, 4);
  return p;
}

core::Result<std::vector<std::uint32_t>> decode_hashes(std::string_view payload,
                                                       std::uint32_t count) {
  PayloadReader r(payload);
  std::uint32_t n;
  if (!r.count(n) || n != count) return invalid("hashes: not the manifest's count");
  std::vector<std::uint32_t> hashes(n);
  for (std::uint32_t& h : hashes)
    if (!r.fixed32(h)) return invalid("hashes: malformed");
  if (!r.at_end()) return invalid("hashes: bytes after the last hash");
  return hashes;
}

namespace {

int kind_of(const index::PassageInfo& ps) {
  return static_cast<int>(ps.lang) | static_cast<int>(ps.field) << 4;
}

// A document whose first passage is a title (the title's language is mostly not its body's, so
// it would start two runs a document in the passages' order).
bool leads_with_title(const Table& t, const TableDoc& d) {
  return d.passage_count > 0 && t.passages[d.first_passage].field == index::Field::kTitle;
}

void put_runs(Bytes& p, const std::vector<std::uint8_t>& kinds) {
  for (std::size_t i = 0; i < kinds.size();) {
    std::size_t end = i + 1;
    while (end < kinds.size() && kinds[end] == kinds[i]) ++end;
    put_varint(p, end - i);
    p.push_back(kinds[i]);
    i = end;
  }
}

// Reads kinds one at a time from runs covering exactly `total` passages.
class RunReader {
 public:
  RunReader(PayloadReader& r, std::uint32_t total) : r_(r), remaining_(total) {}
  bool next(index::PassageInfo& ps) {
    if (left_ == 0) {
      if (!r_.u32(left_) || left_ == 0 || left_ > remaining_ || !r_.byte(kind_)) return false;
      if ((kind_ & 0xF) > static_cast<std::uint32_t>(core::Language::kUk) ||
          (kind_ >> 4) >= index::kFieldCount)
        return false;
      remaining_ -= left_;
    }
    --left_;
    ps.lang = static_cast<core::Language>(kind_ & 0xF);
    ps.field = static_cast<index::Field>(kind_ >> 4);
    return true;
  }
  bool done() const { return left_ == 0 && remaining_ == 0; }

 private:
  PayloadReader& r_;
  std::uint32_t remaining_, left_ = 0, kind_ = 0;
};

}  // namespace

// Per document `passage count << 1 | leads with a title`; then the leading titles' kinds (`lang |
// field << 4`) as runs (`run length`, the kind byte), then the other passages' kinds as runs. A
// document's body passages mostly share one kind, so the table is about two bytes a document.
Bytes encode_table(const Table& t) {
  Bytes p;
  for (const TableDoc& d : t.docs)
    put_varint(p, std::uint64_t{d.passage_count} << 1 | (leads_with_title(t, d) ? 1 : 0));
  std::vector<std::uint8_t> titles, rest;
  for (const TableDoc& d : t.docs) {
    const bool leads = leads_with_title(t, d);
    for (std::uint32_t i = d.first_passage; i < d.first_passage + d.passage_count; ++i)
      (leads && i == d.first_passage ? titles : rest).push_back(kind_of(t.passages[i]));
  }
  put_runs(p, titles);
  put_runs(p, rest);
  return p;
}

core::Result<Table> decode_table(std::string_view payload, const Manifest& m) {
  PayloadReader r(payload);
  Table t;
  const Status bad = invalid("table " + m.table_file + ": malformed");
  // A document takes at least 1 byte; a run of passages 2 for any number of them, so their
  // count is capped instead: 2^25 passages (940 MB of PassageInfo) is past what a browser's
  // heap holds for the partial index anyway.
  if (m.documents > payload.size() || m.passages > kMaxPassages) return bad;
  t.docs.resize(m.documents);
  std::vector<bool> leads(m.documents);
  std::uint32_t titles = 0;
  std::uint64_t next_passage = 0;
  for (std::uint32_t doc = 0; doc < m.documents; ++doc) {
    TableDoc& d = t.docs[doc];
    std::uint32_t v;
    if (!r.u32(v)) return bad;
    d.passage_count = v >> 1, leads[doc] = v & 1;
    if (leads[doc] && d.passage_count == 0) return bad;
    titles += leads[doc];
    d.first_passage = static_cast<std::uint32_t>(next_passage);
    next_passage += d.passage_count;
    if (next_passage > m.passages) return invalid("table: more passages than the manifest says");
  }
  if (next_passage != m.passages) return invalid("table: passages without a document");
  t.passages.resize(m.passages);
  RunReader title_runs(r, titles);
  for (std::uint32_t doc = 0; doc < m.documents; ++doc) {
    if (!leads[doc]) continue;
    index::PassageInfo& ps = t.passages[t.docs[doc].first_passage];
    if (!title_runs.next(ps) || ps.field != index::Field::kTitle) return bad;
  }
  if (!title_runs.done()) return bad;
  RunReader runs(r, m.passages - titles);
  for (std::uint32_t doc = 0; doc < m.documents; ++doc) {
    const TableDoc& d = t.docs[doc];
    for (std::uint32_t i = d.first_passage; i < d.first_passage + d.passage_count; ++i) {
      t.passages[i].doc = doc;
      if (!(leads[doc] && i == d.first_passage) && !runs.next(t.passages[i])) return bad;
    }
  }
  if (!runs.done()) return bad;
  if (!r.at_end()) return invalid("table: bytes after the last passage");
  return t;
}

Bytes encode_documents(const Table& t) {
  Bytes p;
  const TableDoc none;
  for (std::size_t i = 0; i < t.docs.size(); ++i) {
    const TableDoc& prev = i ? t.docs[i - 1] : none;
    put_front_coded(p, t.docs[i].id, prev.id);
    put_front_coded(p, t.docs[i].name, prev.name);
    put_front_coded(p, t.docs[i].title, prev.title);
  }
  return p;
}

core::Status decode_documents(std::string_view payload, Table& t) {
  PayloadReader r(payload);
  const TableDoc none;
  for (std::size_t i = 0; i < t.docs.size(); ++i) {
    TableDoc& d = t.docs[i];
    const TableDoc& prev = i ? t.docs[i - 1] : none;
    if (!r.front_coded(prev.id, d.id) || !r.front_coded(prev.name, d.name) ||
        !r.front_coded(prev.title, d.title))
      return invalid("documents: malformed");
  }
  if (!r.at_end()) return invalid("documents: bytes after the last document");
  return Status();
}

Bytes encode_dictionary(const std::vector<std::string_view>& terms) {
  Bytes p;
  put_varint(p, terms.size());
  std::string_view prev;
  for (std::string_view t : terms) {
    put_front_coded(p, t, prev);
    prev = t;
  }
  return p;
}

core::Result<std::vector<std::string>> decode_dictionary(std::string_view payload) {
  PayloadReader r(payload);
  std::uint32_t n;
  if (!r.count(n)) return invalid("dictionary: malformed");
  std::vector<std::string> terms(n);
  std::string prev;
  for (std::string& t : terms) {
    if (!r.front_coded(prev, t)) return invalid("dictionary: malformed");
    if (t.empty() || t <= prev) return invalid("dictionary: terms out of order");
    prev = t;
  }
  if (!r.at_end()) return invalid("dictionary: bytes after the last term");
  return terms;
}

// The passage counts the manifest states must be those of the table's passages (their
// lengths are checked as chunks bring them: SiteReader's spare_lengths).
core::Status check_statistics(const Manifest& m, const Table& t) {
  std::uint32_t count[index::kFieldCount] = {0, 0};
  for (const index::PassageInfo& p : t.passages) ++count[static_cast<int>(p.field)];
  for (int f = 0; f < index::kFieldCount; ++f) {
    if (count[f] != m.live_passages[f])
      return core::Status(core::StatusCode::kInvalidData,
                          "manifest: statistics differ from the table's");
  }
  return core::Status();
}

}  // namespace loupe::site
