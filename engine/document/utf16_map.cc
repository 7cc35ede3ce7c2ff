// utf16_map (prepared_document.h): the byte maps of a PreparedDocument composed into UTF-16.
#include "document/prepared_document.h"

namespace loupe::document {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

// The byte map's edits converted to UTF-16 units. Between edits the two texts have the same byte
// length and are byte-identical except for equal-length rewrites the byte map leaves implicit
// ("\r" -> "\n"); such a rewrite whose UTF-16 length differs (NFC "D\u0323" -> "\u1E0C", 3 bytes
// each) becomes an edit of its own, so the map stays exact at every edit boundary.
normalize::OffsetMap utf16_map(const PreparedDocument& p, const core::Utf16Index& text_u16) {
  const std::string& t = p.analyzed.text;
  const std::string& s = p.source;
  const core::Utf16Index& su = *p.source_u16;
  normalize::OffsetMapBuilder edits;  // stores like edits in runs, as it goes
  const auto push = [&](core::ByteRange out, core::ByteRange src, bool always) {
    const core::Utf16Range a = text_u16.to_utf16(out), b = su.to_utf16(src);
    if (always || a.end_u16 - a.begin_u16 != b.end_u16 - b.begin_u16) {
      edits.add({a.begin_u16, a.end_u16, b.begin_u16, b.end_u16});
    }
  };
  std::size_t po = 0, ps = 0;  // ends of the previous edit
  const auto gap = [&](std::size_t out_end, std::size_t src_end) {
    const std::size_t n = out_end - po;
    if (n != src_end - ps) return push({po, out_end}, {ps, src_end}, false);  // never expected
    std::size_t a = 0, z = n;
    while (a < n && t[po + a] == s[ps + a]) ++a;
    if (a == n) return;
    while (z > a && t[po + z - 1] == s[ps + z - 1]) --z;
    while (a > 0 && (continuation(t[po + a]) || continuation(s[ps + a]))) --a;
    while (z < n && (continuation(t[po + z]) || continuation(s[ps + z]))) ++z;
    push({po + a, po + z}, {ps + a, ps + z}, false);
  };
  for (const normalize::OffsetMap::Edit& e : p.to_source.edits()) {
    gap(e.out_begin, e.src_begin);
    push({e.out_begin, e.out_end}, {e.src_begin, e.src_end}, true);
    po = e.out_end, ps = e.src_end;
  }
  gap(t.size(), s.size());
  return edits.finish(text_u16.to_utf16(t.size()), su.to_utf16(s.size()));
}

}  // namespace loupe::document
