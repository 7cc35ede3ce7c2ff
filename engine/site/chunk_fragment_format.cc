// The files a query fetches (site/FORMAT.md): chunks (terms, postings, norms) and fragments
// (a hit's text, passage ranges and offset maps).
#include "index/postings.h"
#include "site/payload_io.h"
#include "site/site_format.h"

namespace loupe::site {

using core::Status;
using index::put_varint;

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
    for (std::uint32_t norm : t.norms) put_varint(p, norm);
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
    // One norm per postings entry: the entries are counted by walking them.
    index::PostingCursor cursor(t.postings, false);
    std::uint32_t norm;
    while (cursor.next()) {
      if (!r.u32(norm)) return bad;
      t.norms.push_back(norm);
    }
    if (!cursor.ok()) return invalid("chunk: malformed postings");
    prev = t.term;
  }
  if (!r.at_end()) return invalid("chunk: bytes after the last term");
  return terms;
}

Bytes encode_fragment(const Fragment& f) {
  Bytes p;
  put_str(p, f.id);
  put_str(p, f.name);
  put_str(p, f.title);
  put_str(p, f.text);
  put_varint(p, f.passages.size());
  for (const PassageRange& r : f.passages) {
    put_varint(p, r.begin_byte);
    put_varint(p, r.end_byte - r.begin_byte);
    put_varint(p, r.paragraph);
  }
  put_edits(p, f.to_input);
  put_edits(p, f.u16_to_source);
  return p;
}

core::Result<Fragment> decode_fragment(std::string_view payload, const TableDoc& doc,
                                       const std::vector<index::PassageInfo>& passages) {
  PayloadReader r(payload);
  Fragment f;
  std::uint32_t n;
  const Status bad = invalid("fragment: malformed");
  if (!r.str(f.id) || !r.str(f.name) || !r.str(f.title) || !r.str(f.text) || !r.count(n) ||
      n != doc.passage_count)
    return bad;
  f.passages.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    PassageRange& pr = f.passages[i];
    std::uint32_t size;
    if (!r.u32(pr.begin_byte) || !r.u32(size) || !r.u32(pr.paragraph)) return bad;
    const bool title = passages[doc.first_passage + i].field == index::Field::kTitle;
    const std::uint64_t end = std::uint64_t{pr.begin_byte} + size;
    if (end > (title ? f.title.size() : f.text.size())) return bad;
    pr.end_byte = static_cast<std::uint32_t>(end);
  }
  if (!get_edits(r, f.to_input) || !get_edits(r, f.u16_to_source) || !r.at_end()) return bad;
  Status maps = index::check_offset_map(f.to_input, f.text.size(), "input");
  if (maps.ok())
    maps = index::check_offset_map(f.u16_to_source, index::utf16_length(f.text), "UTF-16");
  if (!maps.ok()) return invalid("fragment: " + maps.message());
  return f;
}

}  // namespace loupe::site
