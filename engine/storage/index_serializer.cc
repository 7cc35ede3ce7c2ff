#include "storage/index_serializer.h"

#include <algorithm>

#include "index/varint.h"
#include "storage/crc32.h"

namespace loupe::storage {
namespace {

using index::put_varint;

void put_str(std::vector<std::uint8_t>& out, std::string_view s) {
  put_varint(out, s.size());
  out.insert(out.end(), s.begin(), s.end());
}

void put_fixed(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// Front coding against the previous record's string: ids and titles of consecutive documents
// often share a long prefix (a folder, a numbered series).
void put_front_coded(std::vector<std::uint8_t>& out, std::string_view s, std::string_view prev) {
  std::size_t shared = 0;
  while (shared < prev.size() && shared < s.size() && prev[shared] == s[shared]) ++shared;
  put_varint(out, shared);
  put_str(out, s.substr(shared));
}

// An OffsetMap's edits (its sizes are known to the reader): per edit the unchanged run before
// it, shifted left once, its low bit set when its output and source lengths repeat the previous
// edit's (most edits of a text are alike: a re-joined line, a ligature); else both lengths follow.
void put_edits(std::vector<std::uint8_t>& out, const normalize::OffsetMap& m) {
  std::size_t prev = 0, out_len = 0, src_len = 0;
  for (const normalize::OffsetMap::Edit& e : m.edits()) {
    const bool same = e.out_end - e.out_begin == out_len && e.src_end - e.src_begin == src_len;
    put_varint(out, static_cast<std::uint64_t>(e.out_begin - prev) << 1 | (same ? 1 : 0));
    if (!same) {
      out_len = e.out_end - e.out_begin, src_len = e.src_end - e.src_begin;
      put_varint(out, out_len);
      put_varint(out, src_len);
    }
    prev = e.out_end;
  }
}

void put_doc(std::vector<std::uint8_t>& p, const index::DocInfo& doc, const index::DocInfo& prev,
             bool with_text) {
  put_front_coded(p, doc.id, prev.id);
  const bool tail = doc.name.size() <= doc.id.size() && doc.id.ends_with(doc.name);
  put_varint(p, tail ? doc.name.size() + 1 : 0);  // the id's last bytes, or the name itself
  if (!tail) put_str(p, doc.name);
  if (with_text) {
    put_str(p, doc.text);
  } else {
    put_varint(p, doc.text.size());
    put_fixed(p, crc32(reinterpret_cast<const std::uint8_t*>(doc.text.data()), doc.text.size()), 4);
  }
  put_front_coded(p, doc.title, prev.title);
  put_varint(
      p, doc.text.size() - doc.u16_to_source.out_size());  // UTF-16 never has more units than bytes
  put_varint(p, doc.to_input.edits().size());
  put_edits(p, doc.to_input);
  const bool same_edits = doc.u16_to_source.edits() == doc.to_input.edits();  // an ASCII text
  put_varint(p, same_edits ? 0 : doc.u16_to_source.edits().size() + 1);
  if (!same_edits) put_edits(p, doc.u16_to_source);
  put_varint(p, static_cast<std::uint64_t>(doc.passage_count) << 1 | (doc.alive ? 1 : 0));
}

// A document's passages in order (FORMAT.md): what follows from the previous passage is left out.
void put_passages(std::vector<std::uint8_t>& p, const index::IndexData& d) {
  std::uint8_t prev_kind = 0;
  for (const index::DocInfo& doc : d.docs) {
    std::uint64_t end[index::kFieldCount] = {0, 0}, next_paragraph[index::kFieldCount] = {0, 0};
    for (std::uint32_t i = doc.first_passage; i < doc.first_passage + doc.passage_count; ++i) {
      const index::PassageInfo& ps = d.passages[i];
      const int f = static_cast<int>(ps.field);
      const auto kind = static_cast<std::uint8_t>(static_cast<int>(ps.lang) | f << 4);
      const bool absolute = ps.begin_byte < end[f];
      const std::uint64_t begin = absolute ? ps.begin_byte : ps.begin_byte - end[f];
      const int flags = (kind != prev_kind ? 1 : 0) | (ps.paragraph != next_paragraph[f] ? 2 : 0) |
                        (absolute ? 4 : 0);
      put_varint(p, begin << 3 | flags);
      if (flags & 1) p.push_back(kind);
      if (flags & 2) put_varint(p, ps.paragraph);
      put_varint(p, ps.end_byte - ps.begin_byte);
      put_varint(p, ps.length);
      prev_kind = kind, end[f] = ps.end_byte, next_paragraph[f] = ps.paragraph + 1ull;
    }
  }
}

}  // namespace

std::vector<std::uint8_t> save_index(const index::SearchIndex& idx, bool with_text) {
  const index::IndexData& d = idx.data();
  // The payload is written after room for the header, which is filled in at the end: one
  // buffer, not the payload and then a copy of it behind the header (twice the index's size at
  // the peak of saving, the largest part of indexing's peak for a legacy-charset text).
  std::vector<std::uint8_t> p(kHeaderSize, 0);
  put_varint(p, d.docs.size());
  const index::DocInfo none;
  for (std::size_t i = 0; i < d.docs.size(); ++i)
    put_doc(p, d.docs[i], i ? d.docs[i - 1] : none, with_text);
  put_passages(p, d);
  put_varint(p, d.terms.size());
  std::string_view prev;
  for (index::TermId t : d.terms.sorted()) {
    const std::string_view term = d.terms.term(t);
    put_front_coded(p, term, prev);
    put_varint(p, d.df[t]);
    put_varint(p, d.postings[t].size());
    p.insert(p.end(), d.postings[t].begin(), d.postings[t].end());
    prev = term;
  }
  const std::size_t payload = p.size() - kHeaderSize;
  std::vector<std::uint8_t> header;
  for (char c : std::string_view("LOUPEIDX")) header.push_back(static_cast<std::uint8_t>(c));
  put_fixed(header, kFormatVersion, 4);
  put_fixed(header, with_text ? 0 : kFlagNoText, 4);
  put_fixed(header, payload, 8);
  put_fixed(header, crc32(p.data() + kHeaderSize, payload), 4);
  std::copy(header.begin(), header.end(), p.begin());  // kHeaderSize bytes (FORMAT.md)
  return p;
}

}  // namespace loupe::storage
