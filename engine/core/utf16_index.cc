#include "core/utf16_index.h"

#include "core/utf8.h"

namespace loupe::core {

Utf16Index::Utf16Index(std::string_view text) : text_(text) {
  const std::size_t blocks = text.size() / kBlock + 1;
  block_byte_.reserve(blocks);
  block_u16_.reserve(blocks);
  std::size_t pos = 0, u16 = 0;
  for (std::size_t k = 0; k < blocks; ++k) {
    while (pos < text.size() && pos < k * kBlock) {
      const DecodedChar c = decode_utf8_fast(text, pos);
      pos += c.length;
      u16 += utf16_length(c.code_point);
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
  std::size_t pos = block_byte_[k], u16 = block_u16_[k];
  while (pos < byte_offset) {
    const DecodedChar c = decode_utf8_fast(text_, pos);
    if (pos + c.length > byte_offset) break;  // inside a character: round down
    pos += c.length;
    u16 += utf16_length(c.code_point);
  }
  return u16;
}

Utf16Range Utf16Index::to_utf16(ByteRange range) const {
  return {to_utf16(range.begin_byte), to_utf16(range.end_byte)};
}

}  // namespace loupe::core
