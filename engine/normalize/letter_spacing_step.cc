// Step 5: letter-spaced Hangul. PDF extraction of justified or emphasised Korean sometimes puts
// a space between every syllable: "극 동 연 방 관 구  대 통 령" (words then are separated by
// two spaces). A run of single Hangul syllables (each with no letter or digit touching it),
// separated by exactly one space, collapses when it has at least `min_run` syllables, or
// min_run - 1 when a double space (the word gap of letter-spaced text) borders it. Shorter runs
// stay: "군 대 군" ("military to military") is three words. Each removed space is its own
// deletion in the map, so every syllable keeps its exact source bytes.
#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "core/utf8.h"
#include "normalize/repair_steps.h"

namespace loupe::normalize {
namespace {

bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

// A word character: a letter, digit or combining mark touching a syllable makes it part of a word.
// ASCII and Hangul syllables, most of what is asked, are answered without ICU's property lookups
// (the same answers: ASCII has no other letters or digits and no marks; syllables are letters).
bool is_wordy(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (is_hangul_syllable(c)) return true;
  return u_isalnum(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

char32_t cp_before(std::string_view in, std::size_t i) {
  if (i == 0) return 0;
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(in[j]) & 0xC0) == 0x80) --j;
  return core::decode_utf8_fast(in, j).code_point;
}

// Whether a Hangul syllable (three bytes, U+AC00-U+D7A3) starts at i.
bool syllable_at(std::string_view in, std::size_t i) {
  if (i + 2 >= in.size()) return false;
  const unsigned char b0 = static_cast<unsigned char>(in[i]);
  if (b0 < 0xEA || b0 > 0xED) return false;
  const unsigned char b1 = static_cast<unsigned char>(in[i + 1]);
  const unsigned char b2 = static_cast<unsigned char>(in[i + 2]);
  if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;
  const char32_t cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F);
  return is_hangul_syllable(cp);
}

// A lone syllable at i: returns its byte length, or 0.
std::size_t lone_syllable(std::string_view in, std::size_t i) {
  if (i >= in.size() || static_cast<unsigned char>(in[i]) < 0xEA) return 0;
  const core::DecodedChar d = core::decode_utf8_fast(in, i);
  if (!d.valid || !is_hangul_syllable(d.code_point) || is_wordy(cp_before(in, i))) return 0;
  const std::size_t end = i + d.length;
  if (end < in.size() && is_wordy(core::decode_utf8_fast(in, end).code_point)) return 0;
  return d.length;
}

}  // namespace

StepOutput collapse_letter_spacing(std::string_view in, std::size_t min_run) {
  StepWriter w(in);
  min_run = std::max<std::size_t>(min_run, 2);
  std::vector<std::size_t> spaces;  // the single spaces inside the current run
  for (std::size_t i = 0; i < in.size();) {
    if (static_cast<unsigned char>(in[i]) < 0xEA) {  // cannot start a syllable
      // Eight bytes at once when none is 0xE0 or above (bits 7, 6 and 5 all set).
      std::uint64_t w = ~std::uint64_t{0};
      if (i + 8 <= in.size()) std::memcpy(&w, in.data() + i, 8);
      i += (w & (w << 1) & (w << 2) & 0x8080808080808080ull) == 0 ? 8 : 1;
      continue;
    }
    std::size_t len = lone_syllable(in, i);
    if (len == 0) {
      // A syllable in a word: the syllables right after it are not lone either (one touches
      // them), so the whole run is passed at once.
      std::size_t j = i;
      while (syllable_at(in, j)) j += 3;
      i = j > i ? j : i + 1;
      continue;
    }
    const std::size_t run_begin = i;
    spaces.clear();
    std::size_t end = i + len;
    while (end + 1 < in.size() && in[end] == ' ' && (len = lone_syllable(in, end + 1)) != 0) {
      spaces.push_back(end);
      end += 1 + len;
    }
    const std::size_t count = spaces.size() + 1;
    const bool double_before = run_begin >= 2 && in.substr(run_begin - 2, 2) == "  ";
    const bool double_after = in.substr(end, 2) == "  ";
    if (count >= min_run ||
        (count + 1 >= min_run && count >= 2 && (double_before || double_after))) {
      for (std::size_t s : spaces) {
        w.copy_to(s);
        w.replace_to(s + 1, "", RepairKind::kLetterSpacing);
      }
    }
    i = end;
  }
  return w.finish();
}

}  // namespace loupe::normalize
