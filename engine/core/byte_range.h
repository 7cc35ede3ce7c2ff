// ByteRange and Utf16Range: half-open [begin, end) offsets in two distinct units.
// Byte offsets index the original UTF-8 input; UTF-16 offsets index the same text as a
// JavaScript string, so `text.slice(begin_u16, end_u16)` gives the same characters.
// E.g. in "가a", the token "a" is ByteRange{3, 4} and Utf16Range{1, 2}.
#pragma once
#include <cstddef>

namespace loupe::core {

struct ByteRange {
  std::size_t begin_byte = 0;
  std::size_t end_byte = 0;
  std::size_t size() const { return end_byte - begin_byte; }
  bool operator==(const ByteRange&) const = default;
};

struct Utf16Range {
  std::size_t begin_u16 = 0;
  std::size_t end_u16 = 0;
  bool operator==(const Utf16Range&) const = default;
};

}  // namespace loupe::core
