// load_index(): reads storage/FORMAT.md, version 2. Byte layout, in brief:
//   header (28 bytes): "LOUPEIDX" | u32 LE version | u32 LE flags | u64 LE payload length |
//                      u32 LE CRC-32 of the payload
//   payload (varints): documents {id name text title to_input u16_to_source first_passage
//                                 passage_count alive}*,  (flag 1: text = {length crc32})
//                      a map = {out_size src_size n {run out_len src_len}*}
//                      passages  {doc_delta paragraph begin size length lang|field<<4}*
//                      terms     {shared suffix df postings_len postings}* (sorted, front-coded)
// Every read is bounds-checked, every count is checked against the bytes left before any
// allocation, and the decoded data passes SearchIndex::from_data's invariant checks (offset
// maps included: ordered, inside both texts, sizes matching the document's text).
#include <string>

#include "index/varint.h"
#include "storage/crc32.h"
#include "storage/index_serializer.h"

namespace loupe::storage {
namespace {

using core::Status;
using core::StatusCode;

Status invalid(const std::string& what) { return Status(StatusCode::kInvalidData, what); }

std::uint64_t get_fixed(std::string_view b, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
  return v;
}

class PayloadReader {
 public:
  PayloadReader(const std::uint8_t* data, std::size_t size) : r_(data, size) {}

  // A count of entries that each take at least one byte: more than the bytes left is corrupt.
  bool count(std::uint64_t& n) { return r_.varint(n) && n <= r_.remaining(); }
  bool u32(std::uint32_t& v) { return r_.varint32(v); }
  bool varint(std::uint64_t& v) { return r_.varint(v); }
  bool str(std::string& s) {
    std::uint64_t n;
    std::string_view v;
    if (!r_.varint(n) || n > r_.remaining() || !r_.bytes(n, v)) return false;
    s.assign(v);
    return true;
  }
  bool byte(std::uint8_t& b) {
    std::string_view v;
    if (!r_.bytes(1, v)) return false;
    b = static_cast<std::uint8_t>(v[0]);
    return true;
  }
  // An OffsetMap (FORMAT.md). Positions are summed in 64 bits and capped, so no varint can
  // wrap them; SearchIndex::from_data checks the rest (order, bounds, sizes against the text).
  bool map(normalize::OffsetMap& m) {
    constexpr std::uint64_t kMax = 0xFFFFFFFFull;
    std::uint64_t out_size, src_size, n, out = 0, src = 0;
    if (!r_.varint(out_size) || !r_.varint(src_size) || out_size > kMax || src_size > kMax || !count(n)) {
      return false;
    }
    std::vector<normalize::OffsetMap::Edit> edits;
    for (std::uint64_t i = 0; i < n; ++i) {
      std::uint64_t run, out_len, src_len;
      if (!r_.varint(run) || !r_.varint(out_len) || !r_.varint(src_len) || run > kMax || out_len > kMax ||
          src_len > kMax) {
        return false;
      }
      const std::uint64_t ob = out + run, sb = src + run;
      out = ob + out_len, src = sb + src_len;
      if (out > kMax || src > kMax) return false;
      edits.push_back({static_cast<std::size_t>(ob), static_cast<std::size_t>(out), static_cast<std::size_t>(sb),
                       static_cast<std::size_t>(src)});
    }
    m = normalize::OffsetMap(std::move(edits), static_cast<std::size_t>(out_size), static_cast<std::size_t>(src_size));
    return true;
  }
  bool bytes(std::uint64_t n, std::string_view& v) { return n <= r_.remaining() && r_.bytes(n, v); }
  bool at_end() const { return r_.at_end(); }

 private:
  index::ByteReader r_;
};

// Without stored text (kFlagNoText) a document record holds its text's length and CRC-32;
// the text comes from the caller's source and must match both.
Status restore_text(PayloadReader& r, index::DocInfo& doc, const TextSource& source) {
  std::uint64_t size, crc;
  if (!r.varint(size) || !r.varint(crc) || size > 0xFFFFFFFFu || crc > 0xFFFFFFFFu) {
    return invalid("corrupted index: bad document record");
  }
  if (!source) return invalid("index saved without its documents' text: their sources are needed to load it");
  auto text = source(doc.id);
  if (!text.ok()) return invalid("document " + doc.id + ": " + text.status().message());
  doc.text = std::move(text.value());
  if (doc.text.size() != size || crc32(reinterpret_cast<const std::uint8_t*>(doc.text.data()), size) != crc) {
    return invalid("document " + doc.id + ": its source is not the text that was indexed (" +
                   std::to_string(doc.text.size()) + " bytes now, " + std::to_string(size) + " indexed)");
  }
  return Status::ok_status();
}

Status read_docs(PayloadReader& r, index::IndexData& d, bool no_text, const TextSource& source) {
  std::uint64_t n;
  if (!r.count(n)) return invalid("corrupted index: bad document count");
  // Records are appended as they decode (no resize to a count we have not verified yet).
  for (std::uint64_t i = 0; i < n; ++i) {
    index::DocInfo& doc = d.docs.emplace_back();
    std::uint8_t alive;
    if (!r.str(doc.id) || !r.str(doc.name)) return invalid("corrupted index: bad document record");
    if (no_text) {
      const Status s = restore_text(r, doc, source);
      if (!s.ok()) return s;
    }
    if ((!no_text && !r.str(doc.text)) || !r.str(doc.title) ||
        !r.map(doc.to_input) || !r.map(doc.u16_to_source) ||
        !r.u32(doc.first_passage) || !r.u32(doc.passage_count) || !r.byte(alive) || alive > 1) {
      return invalid("corrupted index: bad document record");
    }
    doc.alive = alive == 1;
  }
  return Status::ok_status();
}

Status read_passages(PayloadReader& r, index::IndexData& d) {
  std::uint64_t n;
  if (!r.count(n)) return invalid("corrupted index: bad passage count");
  std::uint64_t doc = 0;
  for (std::uint64_t i = 0; i < n; ++i) {
    index::PassageInfo& p = d.passages.emplace_back();
    std::uint32_t doc_delta, size;
    std::uint8_t kinds;
    if (!r.u32(doc_delta) || !r.u32(p.paragraph) || !r.u32(p.begin_byte) || !r.u32(size) ||
        !r.u32(p.length) || !r.byte(kinds) || (doc += doc_delta) >= d.docs.size() ||
        static_cast<std::uint64_t>(p.begin_byte) + size > 0xFFFFFFFFu || (kinds & 0xF) > 5 || (kinds >> 4) > 1) {
      return invalid("corrupted index: bad passage record");
    }
    p.doc = static_cast<std::uint32_t>(doc);
    p.end_byte = p.begin_byte + size;
    p.lang = static_cast<core::Language>(kinds & 0xF);
    p.field = static_cast<index::Field>(kinds >> 4);
  }
  return Status::ok_status();
}

Status read_terms(PayloadReader& r, index::IndexData& d) {
  std::uint64_t n;
  if (!r.count(n)) return invalid("corrupted index: bad term count");
  std::string prev, suffix;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t shared, len;
    std::uint32_t df;
    std::string_view postings;
    if (!r.count(shared) || shared > prev.size() || !r.str(suffix) || !r.u32(df) || !r.count(len) ||
        !r.bytes(len, postings)) {
      return invalid("corrupted index: bad term record " + std::to_string(i));
    }
    std::string term = prev.substr(0, shared) + suffix;
    if (i > 0 && term <= prev) return invalid("corrupted index: terms out of order at " + std::to_string(i));
    if (d.terms.intern(term) != i) return invalid("corrupted index: duplicate term");
    d.df.push_back(df);
    d.postings.emplace_back(postings.begin(), postings.end());
    prev = std::move(term);
  }
  return Status::ok_status();
}

}  // namespace

core::Result<index::SearchIndex> load_index(std::string_view b, const TextSource& source) {
  if (b.size() < kHeaderSize) {
    return invalid("truncated index: " + std::to_string(b.size()) + " bytes, shorter than the " +
                   std::to_string(kHeaderSize) + "-byte header");
  }
  if (b.substr(0, 8) != "LOUPEIDX") return invalid("not a Loupe index (bad magic bytes)");
  const std::uint64_t version = get_fixed(b, 8, 4);
  if (version != kFormatVersion) {
    return invalid("index format version " + std::to_string(version) + " is not supported (this build reads " +
                   std::to_string(kFormatVersion) + ")");
  }
  const std::uint64_t flags = get_fixed(b, 12, 4);
  if (flags & ~static_cast<std::uint64_t>(kKnownFlags)) return invalid("index uses unknown format flags");
  const std::uint64_t length = get_fixed(b, 16, 8);
  const std::size_t have = b.size() - kHeaderSize;
  if (length != have) {
    return invalid(std::string(length > have ? "truncated" : "oversized") + " index: header says " +
                   std::to_string(length) + " bytes of data, found " + std::to_string(have));
  }
  const auto* data = reinterpret_cast<const std::uint8_t*>(b.data()) + kHeaderSize;
  if (crc32(data, have) != get_fixed(b, 24, 4)) return invalid("corrupted index: checksum mismatch");
  PayloadReader r(data, have);
  index::IndexData d;
  Status s = read_docs(r, d, (flags & kFlagNoText) != 0, source);
  if (s.ok()) s = read_passages(r, d);
  if (s.ok()) s = read_terms(r, d);
  if (s.ok() && !r.at_end()) s = invalid("corrupted index: bytes after the last term");
  if (!s.ok()) return s;
  return index::SearchIndex::from_data(std::move(d));
}

}  // namespace loupe::storage
