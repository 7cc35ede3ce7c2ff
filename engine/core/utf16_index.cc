#include "core/utf16_index.h"

#include <cstring>

#include "core/utf8.h"

namespace loupe::core {

namespace {

bool continuation(std::string_view text, std::size_t k) {
  return (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
}

// The length of the well-formed two- or three-byte character (one UTF-16 unit) at pos, which
// ends at or before `end`; 0 for any other (ASCII, four bytes, invalid, cut by `end`). Cyrillic,
// Latin-1 and Hangul need no decoding: E0 (overlongs) and ED A0-BF (surrogates) are left out.
std::size_t short_char(std::string_view text, std::size_t pos, std::size_t end) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b >= 0xC2 && b < 0xE0) return pos + 2 <= end && continuation(text, pos + 1) ? 2 : 0;
  if (b < 0xE1 || b > 0xEF || pos + 3 > end) return 0;
  if (b == 0xED && static_cast<unsigned char>(text[pos + 1]) >= 0xA0) return 0;
  return continuation(text, pos + 1) && continuation(text, pos + 2) ? 3 : 0;
}

}  // namespace

Utf16Walk walk_utf16(std::string_view text, std::size_t begin, std::size_t end) {
  if (end > text.size()) end = text.size();
  std::size_t pos = begin, u16 = 0;
  while (pos < end) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      std::uint64_t word;
      if (end - pos >= 8) {  // eight ASCII bytes are eight units
        std::memcpy(&word, text.data() + pos, 8);
        if ((word & 0x8080808080808080ull) == 0) {
          pos += 8, u16 += 8;
          continue;
        }
      }
      ++pos, ++u16;
      continue;
    }
    if (const std::size_t n = short_char(text, pos, end)) {
      pos += n, ++u16;
      continue;
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
