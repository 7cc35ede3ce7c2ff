#include "index/hangul.h"

#include "core/utf8.h"

namespace loupe::index {

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const core::DecodedChar d = core::decode_utf8(text, i);
    out.push_back(d.code_point);
    i += d.length;
  }
  return out;
}

bool is_hangul_word(std::string_view text) {
  if (text.empty() || text.size() % 3 != 0) return false;
  for (std::size_t i = 0; i < text.size(); i += 3) {
    const core::DecodedChar d = core::decode_utf8(text, i);
    if (d.length != 3 || !is_hangul_syllable(d.code_point)) return false;
  }
  return true;
}

std::vector<std::string> compound_suffixes(std::string_view term) {
  std::vector<std::string> out;
  // Every Hangul syllable is 3 UTF-8 bytes, so a syllable boundary is every third byte.
  const std::size_t n = term.size() / 3;
  if (n < kMinCompoundSyllables || n > kMaxCompoundSyllables || !is_hangul_word(term)) return out;
  for (std::size_t start = 1; start + kMinSuffixSyllables <= n; ++start) {
    out.push_back(std::string(term.substr(start * 3)));
  }
  return out;
}

std::u32string to_jamo(std::string_view text) {
  std::u32string out;
  to_jamo(text, out);
  return out;
}

void to_jamo(std::string_view text, std::u32string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    const core::DecodedChar d = core::decode_utf8(text, i);
    i += d.length;
    const char32_t c = d.code_point;
    if (!is_hangul_syllable(c)) {
      out.push_back(c);
      continue;
    }
    const char32_t s = c - 0xAC00;  // 19 leads x 21 vowels x 28 tails (0 = none)
    out.push_back(0x1100 + s / (21 * 28));
    out.push_back(0x1161 + (s % (21 * 28)) / 28);
    if (s % 28 != 0) out.push_back(0x11A7 + s % 28);
  }
}

}  // namespace loupe::index
