// Step 1: line ends, control characters and invalid UTF-8, so later steps see clean text.
// "\r\n" -> "\n" (the "\n" maps to both bytes); lone "\r" and form feed -> "\n" (a PDF page
// break is a line break); NUL and other C0 controls except \t and \n -> " " (same length, so the
// map stays identity there: ICU and JavaScript treat NUL badly, a space keeps words apart);
// each maximal invalid UTF-8 subpart -> U+FFFD.
#include <cstdint>
#include <cstring>

#include "core/utf8.h"
#include "normalize/repair_steps.h"

namespace loupe::normalize {

StepOutput sanitize(std::string_view in) {
  StepWriter w(in);
  const auto continuation = [&](std::size_t k) {
    return k < in.size() && (static_cast<unsigned char>(in[k]) & 0xC0) == 0x80;
  };
  for (std::size_t i = 0; i < in.size();) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c >= 0x20 && c < 0x80) {  // the common case: printable ASCII, eight bytes at once
      std::uint64_t word = 0;
      if (i + 8 <= in.size()) std::memcpy(&word, in.data() + i, 8);
      constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      const bool eight =
          i + 8 <= in.size() && ((word | ((word - kOnes * 0x20) & ~word)) & kHigh) == 0;
      i += eight ? 8 : 1;  // none of the eight >= 0x80 or < 0x20
      continue;
    }
    // Well-formed two-byte and three-byte sequences need no decoding (Cyrillic, Latin-1,
    // Hangul); E0 (overlongs) and ED A0-BF (surrogates) are left to the decoder.
    if (c >= 0xC2 && c < 0xE0 && continuation(i + 1)) {
      i += 2;
      continue;
    }
    if (c >= 0xE1 && c <= 0xEF && continuation(i + 1) && continuation(i + 2) &&
        (c != 0xED || static_cast<unsigned char>(in[i + 1]) < 0xA0)) {
      i += 3;
      continue;
    }
    if (c == '\n' || c == '\t') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const core::DecodedChar d = core::decode_utf8_fast(in, i);
      if (!d.valid) {
        w.copy_to(i);
        w.replace_to(i + d.length, "\xEF\xBF\xBD", RepairKind::kInvalidUtf8);
      }
      i += d.length;
      continue;
    }
    w.copy_to(i);
    if (c == '\r') {
      const std::size_t end = i + 1 < in.size() && in[i + 1] == '\n' ? i + 2 : i + 1;
      w.replace_to(end, "\n", RepairKind::kNewline);
      i = end;
    } else if (c == '\f') {
      w.replace_to(i + 1, "\n", RepairKind::kNewline);
      ++i;
    } else {
      w.replace_to(i + 1, " ", RepairKind::kControlChar);
      ++i;
    }
  }
  return w.finish();
}

}  // namespace loupe::normalize
