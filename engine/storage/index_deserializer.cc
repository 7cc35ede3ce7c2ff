// load_index(): reads storage/FORMAT.md, version 3. Byte layout, in brief:
//   header (28 bytes): "LOUPEIDX" | u32 LE version | u32 LE flags | u64 LE payload length |
//                      u32 LE CRC-32 of the payload
//   payload (varints): documents {id(front-coded) name(tail of id or str) text title(front-coded)
//                                 bytes-u16 edits u16_edits passage_count<<1|alive}*
//                                 (flag 1: text = {length u32-LE-crc32})
//                      an edit list = {n {run<<1|same_lengths [out_len src_len]}*}
//                      passages, by document  {begin<<3|flags [lang|field<<4] [paragraph] size
//                      length}* terms     {shared suffix df postings_len postings}* (sorted,
//                      front-coded)
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
using Edit = normalize::OffsetMap::Edit;

constexpr std::uint64_t kMax32 = 0xFFFFFFFFull;

Status invalid(const std::string& what) { return Status(StatusCode::kInvalidData, what); }

std::uint64_t get_fixed(std::string_view b, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
  return v;
}

class PayloadReader {
 public:
  PayloadReader(const std::uint8_t* data, std::size_t size) : r_(data, size) {}

  // A count of entries that each take at least one byte: more than the bytes left is corrupt.
  bool count(std::uint64_t& n) { return r_.varint(n) && n <= r_.remaining(); }
  bool u32(std::uint32_t& v) { return r_.varint32(v); }
  bool varint(std::uint64_t& v) { return r_.varint(v); }
  bool str(std::string& s) { return r_.str(s); }
  // `shared` bytes of `prev`, then a str of the rest.
  bool front_coded(std::string_view prev, std::string& s) { return r_.front_coded(prev, s); }
  bool byte(std::uint8_t& b) {
    std::string_view v;
    if (!r_.bytes(1, v)) return false;
    b = static_cast<std::uint8_t>(v[0]);
    return true;
  }
  bool fixed32(std::uint32_t& v) {
    std::string_view b;
    if (!r_.bytes(4, b)) return false;
    v = static_cast<std::uint32_t>(get_fixed(b, 0, 4));
    return true;
  }
  // n edits (FORMAT.md): run << 1 | same lengths as the previous edit, else both lengths.
  // Positions are summed in 64 bits and capped, so no varint can wrap them; SearchIndex::from_data
  // checks the rest (order, no empty edit, bounds against the text).
  bool edits(std::uint64_t n, std::vector<Edit>& out) {
    std::uint64_t end = 0, src = 0, out_len = 0, src_len = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
      std::uint64_t head;
      if (!r_.varint(head) || ((head & 1) == 0 && (!r_.varint(out_len) || !r_.varint(src_len))) ||
          out_len > kMax32 || src_len > kMax32) {
        return false;
      }
      const std::uint64_t ob = end + (head >> 1), sb = src + (head >> 1);
      end = ob + out_len, src = sb + src_len;
      if (end > kMax32 || src > kMax32) return false;
      out.push_back({static_cast<std::size_t>(ob), static_cast<std::size_t>(end),
                     static_cast<std::size_t>(sb), static_cast<std::size_t>(src)});
    }
    return true;
  }
  bool bytes(std::uint64_t n, std::string_view& v) { return n <= r_.remaining() && r_.bytes(n, v); }
  std::size_t remaining() const { return r_.remaining(); }
  bool at_end() const { return r_.at_end(); }

 private:
  index::ByteReader r_;
};

// A map's source size is not stored: the text after the last edit is unchanged, so it is as
// long in both texts. False if the edits end past the output.
bool make_map(std::vector<Edit> edits, std::uint64_t out_size, normalize::OffsetMap& m) {
  const std::uint64_t out = edits.empty() ? 0 : edits.back().out_end;
  const std::uint64_t src = edits.empty() ? 0 : edits.back().src_end;
  if (out > out_size || src + (out_size - out) > kMax32) return false;
  m = normalize::OffsetMap(edits, static_cast<std::size_t>(out_size),
                           static_cast<std::size_t>(src + (out_size - out)));
  return true;
}

// Without stored text (kFlagNoText) a document record holds its text's length and CRC-32;
// the text comes from the caller's source and must match both.
Status restore_text(PayloadReader& r, index::DocInfo& doc, const TextSource& source) {
  std::uint64_t size;
  std::uint32_t crc;
  if (!r.varint(size) || !r.fixed32(crc) || size > kMax32)
    return invalid("corrupted index: bad document record");
  if (!source)
    return invalid("index saved without its documents' text: their sources are needed to load it");
  auto text = source(doc.id);
  if (!text.ok()) return invalid("document " + doc.id + ": " + text.status().message());
  doc.text = std::move(text.value());
  if (doc.text.size() != size ||
      crc32(reinterpret_cast<const std::uint8_t*>(doc.text.data()), size) != crc) {
    return invalid("document " + doc.id + ": its source is not the text that was indexed (" +
                   std::to_string(doc.text.size()) + " bytes now, " + std::to_string(size) +
                   " indexed)");
  }
  return Status::ok_status();
}

// The name: 0 then the name itself, or k > 0 for the id's last k - 1 bytes.
bool read_name(PayloadReader& r, index::DocInfo& doc) {
  std::uint64_t k;
  if (!r.varint(k) || k > doc.id.size() + 1) return false;
  if (k == 0) return r.str(doc.name);
  doc.name = doc.id.substr(doc.id.size() - (k - 1));
  return true;
}

// The two offset maps: the UTF-16 map's output size is the text's bytes less a stored
// difference; its edit count 0 means "the same edits as the byte map" (an ASCII text).
bool read_maps(PayloadReader& r, index::DocInfo& doc) {
  std::uint64_t fewer, n, n16;
  std::vector<Edit> bytes, units;
  if (!r.varint(fewer) || fewer > doc.text.size() || !r.count(n) || !r.edits(n, bytes) ||
      !r.count(n16))
    return false;
  if (n16 == 0) {
    units = bytes;
  } else if (!r.edits(n16 - 1, units)) {
    return false;
  }
  return make_map(std::move(bytes), doc.text.size(), doc.to_input) &&
         make_map(std::move(units), doc.text.size() - fewer, doc.u16_to_source);
}

Status read_docs(PayloadReader& r, index::IndexData& d, bool no_text, const TextSource& source) {
  std::uint64_t n, passages = 0;
  if (!r.count(n)) return invalid("corrupted index: bad document count");
  // Records are appended as they decode (no resize to a count we have not verified yet).
  for (std::uint64_t i = 0; i < n; ++i) {
    index::DocInfo& doc = d.docs.emplace_back();
    const index::DocInfo* prev = i ? &d.docs[i - 1] : nullptr;
    if (!r.front_coded(prev ? std::string_view(prev->id) : "", doc.id) || !read_name(r, doc)) {
      return invalid("corrupted index: bad document record");
    }
    if (no_text) {
      Status s = restore_text(r, doc, source);
      if (!s.ok()) return s;
    }
    std::uint64_t count_alive;
    if ((!no_text && !r.str(doc.text)) ||
        !r.front_coded(prev ? std::string_view(prev->title) : "", doc.title) ||
        !read_maps(r, doc) || !r.varint(count_alive) || (count_alive >> 1) > kMax32) {
      return invalid("corrupted index: bad document record");
    }
    doc.first_passage = static_cast<std::uint32_t>(passages);
    doc.passage_count = static_cast<std::uint32_t>(count_alive >> 1);
    doc.alive = (count_alive & 1) != 0;
    if ((passages += doc.passage_count) > kMax32)
      return invalid("corrupted index: bad document record");
  }
  return Status::ok_status();
}

// A document's passages (FORMAT.md): begin << 3 | flags, flag 1: the lang|field byte (else the
// previous passage's), flag 2: the paragraph (else one past the previous one of this field in
// this document, 0 for the first), flag 4: begin is absolute (else after the previous
// passage of this field in this document ends, or after 0); then size and length.
Status read_passages(PayloadReader& r, index::IndexData& d) {
  const std::uint64_t total =
      d.docs.empty() ? 0 : d.docs.back().first_passage + d.docs.back().passage_count;
  if (total > r.remaining() / 3)
    return invalid("corrupted index: bad passage count");  // 3+ bytes each
  std::uint8_t kind = 0;
  for (std::uint32_t doc = 0; doc < d.docs.size(); ++doc) {
    std::uint64_t end[index::kFieldCount] = {0, 0}, next[index::kFieldCount] = {0, 0};
    for (std::uint32_t i = 0; i < d.docs[doc].passage_count; ++i) {
      index::PassageInfo& p = d.passages.emplace_back();
      std::uint64_t head;
      std::uint32_t size;
      if (!r.varint(head) ||
          ((head & 1) && (!r.byte(kind) || (kind & 0xF) > 5 || (kind >> 4) > 1))) {
        return invalid("corrupted index: bad passage record");
      }
      const int f = kind >> 4;
      const std::uint64_t begin = (head & 4 ? 0 : end[f]) + (head >> 3);
      std::uint64_t paragraph = next[f];
      if (((head & 2) && !r.varint(paragraph)) || !r.u32(size) || !r.u32(p.length) ||
          paragraph > kMax32 || begin + size > kMax32) {
        return invalid("corrupted index: bad passage record");
      }
      p.doc = doc;
      p.paragraph = static_cast<std::uint32_t>(paragraph);
      p.begin_byte = static_cast<std::uint32_t>(begin);
      p.end_byte = static_cast<std::uint32_t>(begin + size);
      p.lang = static_cast<core::Language>(kind & 0xF);
      p.field = static_cast<index::Field>(f);
      end[f] = p.end_byte, next[f] = paragraph + 1;
    }
  }
  return Status::ok_status();
}

Status read_terms(PayloadReader& r, index::IndexData& d) {
  std::uint64_t n;
  if (!r.count(n)) return invalid("corrupted index: bad term count");
  std::string prev;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t len;
    std::uint32_t df;
    std::string term;
    std::string_view postings;
    if (!r.front_coded(prev, term) || !r.u32(df) || !r.count(len) || !r.bytes(len, postings)) {
      return invalid("corrupted index: bad term record " + std::to_string(i));
    }
    if (i > 0 && term <= prev)
      return invalid("corrupted index: terms out of order at " + std::to_string(i));
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
    return invalid("index format version " + std::to_string(version) +
                   " is not supported (this build reads " + std::to_string(kFormatVersion) + ")");
  }
  const std::uint64_t flags = get_fixed(b, 12, 4);
  if (flags & ~static_cast<std::uint64_t>(kKnownFlags))
    return invalid("index uses unknown format flags");
  const std::uint64_t length = get_fixed(b, 16, 8);
  const std::size_t have = b.size() - kHeaderSize;
  if (length != have) {
    return invalid(std::string(length > have ? "truncated" : "oversized") + " index: header says " +
                   std::to_string(length) + " bytes of data, found " + std::to_string(have));
  }
  const auto* data = reinterpret_cast<const std::uint8_t*>(b.data()) + kHeaderSize;
  if (crc32(data, have) != get_fixed(b, 24, 4))
    return invalid("corrupted index: checksum mismatch");
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
