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

// Number of UTF-16 code units a code point takes in JavaScript.
inline std::size_t utf16_length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

}  // namespace loupe::core
