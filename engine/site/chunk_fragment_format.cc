// The files a query fetches (site/FORMAT.md): chunks (terms, postings, and per entry its
// passage's document, language, field and norm) and fragments (a hit's text, passage ranges
// and offset maps).
#include "index/postings.h"
#include "site/payload_io.h"
#include "site/site_format.h"

namespace loupe::site {

using core::Status;
using index::put_varint;

namespace {

std::uint32_t kind_of(const ChunkEntry& e) {
  return static_cast<std::uint32_t>(e.lang) | static_cast<std::uint32_t>(e.field) << 4;
}

}  // namespace

// Per entry: `document delta << 1 | kind changed` (the delta from the previous entry's
// document, the first's from 0), the kind byte `lang | field << 4` if it changed (always in
// the first entry), the norm. A term's entries mostly stay in one document and one kind: two
// bytes an entry, the norm's among them.
Bytes encode_chunk(const std::vector<ChunkTerm>& terms) {
  Bytes p;
  put_varint(p, terms.size());
  std::string_view prev;
  for (const ChunkTerm& t : terms) {
    put_front_coded(p, t.term, prev);
    put_varint(p, t.id);
    put_varint(p, t.df);
    put_varint(p, t.postings.size());
    p.insert(p.end(), t.postings.begin(), t.postings.end());
    std::uint32_t doc = 0, kind = 0x100;  // no kind: the first entry states its own
    for (const ChunkEntry& e : t.entries) {
      const bool changed = kind_of(e) != kind;
      put_varint(p, std::uint64_t{e.doc - doc} << 1 | (changed ? 1 : 0));
      if (changed) p.push_back(static_cast<std::uint8_t>(kind_of(e)));
      put_varint(p, e.norm);
      doc = e.doc, kind = kind_of(e);
    }
    prev = t.term;
  }
  return p;
}

core::Result<std::vector<ChunkTerm>> decode_chunk(std::string_view payload) {
  PayloadReader r(payload);
  std::uint32_t n;
  const Status bad = invalid("chunk: malformed");
  if (!r.count(n)) return bad;
  std::vector<ChunkTerm> terms(n);
  std::string prev;
  for (ChunkTerm& t : terms) {
    std::string postings;
    if (!r.front_coded(prev, t.term) || !r.u32(t.id) || !r.u32(t.df) || !r.str(postings))
      return bad;
    if (t.term.empty() || t.term <= prev) return invalid("chunk: terms out of order");
    t.postings.assign(postings.begin(), postings.end());
    // One record per postings entry: the entries are counted by walking them.
    index::PostingCursor cursor(t.postings, false);
    std::uint64_t doc = 0, v;
    std::uint32_t kind = 0x100;
    while (cursor.next()) {
      ChunkEntry e;
      if (!r.u64(v)) return bad;
      doc += v >> 1;
      if ((v & 1) && !r.byte(kind)) return bad;
      if (kind > 0xFF || (kind & 0xF) > static_cast<std::uint32_t>(core::Language::kUk) ||
          (kind >> 4) >= index::kFieldCount || doc > 0xFFFFFFFFu || !r.u32(e.norm))
        return invalid("chunk: malformed entry");
      e.doc = static_cast<std::uint32_t>(doc);
      e.lang = static_cast<core::Language>(kind & 0xF);
      e.field = static_cast<index::Field>(kind >> 4);
      t.entries.push_back(e);
    }
    if (!cursor.ok() || t.entries.size() != t.df) return invalid("chunk: malformed postings");
    prev = t.term;
  }
  if (!r.at_end()) return invalid("chunk: bytes after the last term");
  return terms;
}

Bytes encode_fragment(const Fragment& f) {
  Bytes p;
  put_fixed(p, f.first_passage, 4);
  put_str(p, f.id);
  put_str(p, f.name);
  put_str(p, f.title);
  put_str(p, f.text);
  put_varint(p, f.passages.size());
  for (const PassageRange& r : f.passages) {
    put_varint(p, r.begin_byte);
    put_varint(p, r.end_byte - r.begin_byte);
    put_varint(p, std::uint64_t{r.paragraph} << 1 | (r.title ? 1 : 0));
  }
  put_edits(p, f.to_input);
  put_edits(p, f.u16_to_source);
  return p;
}

core::Result<Fragment> decode_fragment(std::string_view payload) {
  PayloadReader r(payload);
  Fragment f;
  std::uint32_t n;
  const Status bad = invalid("fragment: malformed");
  if (!r.fixed32(f.first_passage) || !r.str(f.id) || !r.str(f.name) || !r.str(f.title) ||
      !r.str(f.text) || !r.count(n) || std::uint64_t{f.first_passage} + n > 0xFFFFFFFFu)
    return bad;
  f.passages.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    PassageRange& pr = f.passages[i];
    std::uint32_t size;
    std::uint64_t paragraph;
    if (!r.u32(pr.begin_byte) || !r.u32(size) || !r.u64(paragraph) || paragraph >> 33) return bad;
    pr.paragraph = static_cast<std::uint32_t>(paragraph >> 1), pr.title = paragraph & 1;
    const std::uint64_t end = std::uint64_t{pr.begin_byte} + size;
    if (end > (pr.title ? f.title.size() : f.text.size())) return bad;
    pr.end_byte = static_cast<std::uint32_t>(end);
  }
  if (!get_edits(r, f.to_input) || !get_edits(r, f.u16_to_source) || !r.at_end()) return bad;
  Status maps = index::check_offset_map(f.to_input, f.text.size(), "input");
  if (maps.ok())
    maps = index::check_offset_map(f.u16_to_source, index::utf16_length(f.text), "UTF-16");
  if (!maps.ok()) return invalid("fragment: " + maps.message());
  return f;
}

bool move_fragment_passages(Bytes& file, std::uint32_t offset) {
  const std::string_view bytes(reinterpret_cast<const char*>(file.data()), file.size());
  auto payload = unwrap_file(kFragmentMagic, bytes, "fragment");
  if (!payload.ok() || payload.value().size() < 4) return false;
  const std::uint64_t first = get_fixed(payload.value(), 0, 4) + std::uint64_t{offset};
  if (first > 0xFFFFFFFFu) return false;
  Bytes moved(payload.value().begin(), payload.value().end());
  for (int i = 0; i < 4; ++i) moved[i] = static_cast<std::uint8_t>(first >> (8 * i));
  file = wrap_file(kFragmentMagic, moved);
  return true;
}

}  // namespace loupe::site
