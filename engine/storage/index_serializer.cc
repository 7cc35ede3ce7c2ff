#include "storage/index_serializer.h"

#include "index/varint.h"
#include "storage/crc32.h"

namespace loupe::storage {
namespace {

using index::put_varint;

void put_str(std::vector<std::uint8_t>& out, std::string_view s) {
  put_varint(out, s.size());
  out.insert(out.end(), s.begin(), s.end());
}

// An OffsetMap: output and source sizes, edit count, then per edit the unchanged run before it
// (equal in both texts), its output length and its source length.
void put_map(std::vector<std::uint8_t>& out, const normalize::OffsetMap& m) {
  put_varint(out, m.out_size());
  put_varint(out, m.src_size());
  put_varint(out, m.edits().size());
  std::size_t prev = 0;
  for (const normalize::OffsetMap::Edit& e : m.edits()) {
    put_varint(out, e.out_begin - prev);
    put_varint(out, e.out_end - e.out_begin);
    put_varint(out, e.src_end - e.src_begin);
    prev = e.out_end;
  }
}

void put_fixed(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

}  // namespace

std::vector<std::uint8_t> save_index(const index::SearchIndex& idx, bool with_text) {
  const index::IndexData& d = idx.data();
  std::vector<std::uint8_t> p;
  put_varint(p, d.docs.size());
  for (const index::DocInfo& doc : d.docs) {
    put_str(p, doc.id);
    put_str(p, doc.name);
    if (with_text) {
      put_str(p, doc.text);
    } else {
      put_varint(p, doc.text.size());
      put_varint(p, crc32(reinterpret_cast<const std::uint8_t*>(doc.text.data()), doc.text.size()));
    }
    put_str(p, doc.title);
    put_map(p, doc.to_input);
    put_map(p, doc.u16_to_source);
    put_varint(p, doc.first_passage);
    put_varint(p, doc.passage_count);
    p.push_back(doc.alive ? 1 : 0);
  }
  put_varint(p, d.passages.size());
  std::uint32_t prev_doc = 0;
  for (const index::PassageInfo& ps : d.passages) {
    put_varint(p, ps.doc - prev_doc);
    prev_doc = ps.doc;
    put_varint(p, ps.paragraph);
    put_varint(p, ps.begin_byte);
    put_varint(p, ps.end_byte - ps.begin_byte);
    put_varint(p, ps.length);
    p.push_back(static_cast<std::uint8_t>(static_cast<int>(ps.lang) | static_cast<int>(ps.field) << 4));
  }
  put_varint(p, d.terms.size());
  std::string_view prev;
  for (index::TermId t : d.terms.sorted()) {
    const std::string_view term = d.terms.term(t);
    std::size_t shared = 0;
    while (shared < prev.size() && shared < term.size() && prev[shared] == term[shared]) ++shared;
    put_varint(p, shared);
    put_str(p, term.substr(shared));
    put_varint(p, d.df[t]);
    put_varint(p, d.postings[t].size());
    p.insert(p.end(), d.postings[t].begin(), d.postings[t].end());
    prev = term;
  }
  std::vector<std::uint8_t> out;
  out.reserve(kHeaderSize + p.size());
  for (char c : std::string_view("LOUPEIDX")) out.push_back(static_cast<std::uint8_t>(c));
  put_fixed(out, kFormatVersion, 4);
  put_fixed(out, with_text ? 0 : kFlagNoText, 4);
  put_fixed(out, p.size(), 8);
  put_fixed(out, crc32(p.data(), p.size()), 4);
  out.insert(out.end(), p.begin(), p.end());
  return out;
}

}  // namespace loupe::storage
