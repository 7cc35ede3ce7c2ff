// Utf16Index: converts byte offsets into a UTF-8 text into UTF-16 offsets (JavaScript string
// indexes). Built once per text in O(n); each lookup decodes at most one block of bytes.
// Invalid bytes count as U+FFFD, one code unit per maximal invalid subpart, as TextDecoder does.
// walk_utf16 counts the units of one range without a table, with the same decoding: for
// callers that need a few offsets of a long text and know a boundary before them.
// E.g. Utf16Index idx("😀a"); idx.to_utf16(4) == 2 (the emoji is a surrogate pair);
//      walk_utf16("😀a", 0, 5) == {3, 5}.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace loupe::core {

class Utf16Index {
 public:
  explicit Utf16Index(std::string_view text);
  // byte_offset must be a character boundary (or text.size()); other offsets round down
  // to the start of the character that contains them.
  std::size_t to_utf16(std::size_t byte_offset) const;
  Utf16Range to_utf16(ByteRange range) const;

 private:
  static constexpr std::size_t kBlock = 64;
  std::string_view text_;
  // For block k: the first character boundary at or after k*kBlock, and its UTF-16 offset.
  std::vector<std::uint32_t> block_byte_;
  std::vector<std::uint32_t> block_u16_;
};

struct Utf16Walk {
  std::size_t units;     // UTF-16 units of the characters walked over
  std::size_t end_byte;  // where the walk stopped: `end`, or the start of the character holding it
};

// Walks `text` from `begin`, a character boundary, over every character that ends at or
// before `end` (clamped to text.size()). Decoding from a boundary yields the same characters
// as decoding from 0, so for boundaries a <= b of the whole text,
// walk_utf16(t, a, b).units == Utf16Index(t).to_utf16(b) - Utf16Index(t).to_utf16(a).
// ASCII goes 8 bytes at a time.
Utf16Walk walk_utf16(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace loupe::core
