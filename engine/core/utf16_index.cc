#include "core/utf16_index.h"

#include <cstring>

#include "core/utf8.h"

namespace loupe::core {

Utf16Walk walk_utf16(std::string_view text, std::size_t begin, std::size_t end) {
  if (end > text.size()) end = text.size();
  std::size_t pos = begin, u16 = 0;
  while (pos < end) {
    if (end - pos >= 8) {  // eight ASCII bytes are eight units
      std::uint64_t word;
      std::memcpy(&word, text.data() + pos, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        pos += 8, u16 += 8;
        continue;
      }
    }
    const DecodedChar c = decode_utf8_fast(text, pos);
    if (pos + c.length > end) break;  // `end` is inside this character: round down
    pos += c.length;
    u16 += utf16_length(c.code_point);
  }
  return {u16, pos};
}

Utf16Index::Utf16Index(std::string_view text) : text_(text) {
  const std::size_t blocks = text.size() / kBlock + 1;
  block_byte_.reserve(blocks);
  block_u16_.reserve(blocks);
  std::size_t pos = 0, u16 = 0;
  for (std::size_t k = 0; k < blocks; ++k) {
    const std::size_t target = k * kBlock;
    if (pos < target) {
      const Utf16Walk w = walk_utf16(text, pos, target);
      pos = w.end_byte, u16 += w.units;
      if (pos < target && pos < text.size()) {  // a character straddles the block start
        const DecodedChar c = decode_utf8(text, pos);
        pos += c.length;
        u16 += utf16_length(c.code_point);
      }
    }
    block_byte_.push_back(static_cast<std::uint32_t>(pos));
    block_u16_.push_back(static_cast<std::uint32_t>(u16));
  }
}

std::size_t Utf16Index::to_utf16(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  std::size_t k = byte_offset / kBlock;
  // The block's first boundary may lie past byte_offset when a character straddles the
  // block start; the previous block's boundary is then at or before it.
  if (block_byte_[k] > byte_offset && k > 0) --k;
  return block_u16_[k] + walk_utf16(text_, block_byte_[k], byte_offset).units;
}

Utf16Range Utf16Index::to_utf16(ByteRange range) const {
  return {to_utf16(range.begin_byte), to_utf16(range.end_byte)};
}

}  // namespace loupe::core
