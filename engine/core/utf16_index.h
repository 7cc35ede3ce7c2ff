// Utf16Index: converts byte offsets into a UTF-8 text into UTF-16 offsets (JavaScript string
// indexes). Built once per text in O(n); each lookup decodes at most one block of bytes.
// Invalid bytes count as U+FFFD, one code unit per maximal invalid subpart, as TextDecoder does.
// E.g. Utf16Index idx("😀a"); idx.to_utf16(4) == 2 (the emoji is a surrogate pair).
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

}  // namespace loupe::core
