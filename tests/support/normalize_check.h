// Test helper shared by the normalize unit tests and the corpus test: checks that every word of
// a normalized text maps back to the right source bytes.
#pragma once
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "normalize/normalizer.h"
#include "segment/word_segmenter.h"

namespace loupe::test {

inline bool touches(const normalize::Repair& r, core::ByteRange w) {
  const auto& n = r.normalized;
  if (n.begin_byte == n.end_byte) return w.begin_byte < n.begin_byte && n.begin_byte < w.end_byte;
  return n.begin_byte < w.end_byte && n.end_byte > w.begin_byte;
}

inline std::string_view first_char(std::string_view s) {
  return s.empty() ? s : s.substr(0, core::decode_utf8(s, 0).length);
}
inline std::string_view last_char(std::string_view s) {
  if (s.empty()) return s;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return s.substr(i);
}

struct WordCheckCounts {
  std::size_t words = 0, untouched = 0, repaired = 0;
};

// For every word: untouched words map to byte-identical source; repaired words map to a source
// span that starts with the word's first character and ends with its last (unless NFC or an
// invalid-byte replacement changed that character itself).
inline WordCheckCounts check_word_offsets(std::string_view source,
                                          const normalize::NormalizedText& n) {
  auto seg = segment::WordSegmenter::create();
  REQUIRE(seg.ok());
  WordCheckCounts c;
  const auto& map = n.to_source;
  REQUIRE(map.out_size() == n.text.size());
  REQUIRE(map.src_size() == source.size());
  for (const auto& span : seg.value()->segment(n.text)) {
    ++c.words;
    const std::string_view word =
        std::string_view(n.text).substr(span.bytes.begin_byte, span.bytes.size());
    const core::ByteRange src = map.to_source(span.bytes);
    REQUIRE(src.begin_byte <= src.end_byte);
    REQUIRE(src.end_byte <= source.size());
    const std::string_view orig = source.substr(src.begin_byte, src.size());
    bool repaired = false, edge_rewritten = false;
    for (const auto& r : n.repairs) {
      if (!touches(r, span.bytes)) continue;
      repaired = true;
      edge_rewritten |= r.kind == normalize::RepairKind::kNfc ||
                        r.kind == normalize::RepairKind::kInvalidUtf8 ||
                        r.kind == normalize::RepairKind::kControlChar;
    }
    INFO("word \"" << word << "\" at " << span.bytes.begin_byte << " maps to \"" << orig << "\"");
    if (!repaired) {
      ++c.untouched;
      REQUIRE(orig == word);
    } else {
      ++c.repaired;
      if (!edge_rewritten) {
        REQUIRE(first_char(orig) == first_char(word));
        REQUIRE(last_char(orig) == last_char(word));
      }
    }
  }
  return c;
}

}  // namespace loupe::test
