// UTF-8 decoding shared by every layer that walks bytes (no ICU here).
// Invalid input decodes to U+FFFD per the WHATWG/Unicode "maximal subpart" rule, the same
// rule JavaScript's TextDecoder and ICU's U8_NEXT use, so counts agree with the browser.
// E.g. decode_utf8("\xE2\x82", 0) -> {U+FFFD, 2}: one replacement for the truncated sequence.
#pragma once
#include <cstddef>
#include <string_view>

namespace loupe::core {

struct DecodedChar {
  char32_t code_point;  // U+FFFD when the bytes were invalid
  std::size_t length;   // bytes consumed, >= 1
  bool valid;
};

DecodedChar decode_utf8(std::string_view text, std::size_t pos);

// decode_utf8 with ASCII and well-formed two- and three-byte sequences (Cyrillic, Latin-1,
// Hangul) decoded inline: scanners that decode every character of a text spent a visible
// share of their time in the call. Same results as decode_utf8 for every input.
inline DecodedChar decode_utf8_fast(std::string_view text, std::size_t pos) {
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return {b, 1, true};
  if ((b & 0xE0) == 0xC0 && b >= 0xC2 && pos + 1 < text.size() &&
      (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80) {
    return {(char32_t(b & 0x1F) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3F), 2,
            true};
  }
  if ((b & 0xF0) == 0xE0 && pos + 2 < text.size()) {
    const unsigned char b1 = static_cast<unsigned char>(text[pos + 1]);
    const unsigned char b2 = static_cast<unsigned char>(text[pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const char32_t cp = (char32_t(b & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
    }
  }
  return decode_utf8(text, pos);
}

// Number of UTF-16 code units a code point takes in JavaScript.
inline std::size_t utf16_length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

}  // namespace loupe::core
