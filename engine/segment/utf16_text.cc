#include "segment/utf16_text.h"

#include <limits>

#include "core/utf8.h"

namespace loupe::segment {
namespace {

// See may_need_dictionary() in the header; blocks checked in the order of our languages.
bool dictionary_block(char32_t cp) {
  if (cp < 0x0E00) return false;                  // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic
  if (cp >= 0xAC00 && cp < 0xF900) return false;  // Hangul syllables, jamo ext-B, private use
  if (cp < 0x1100) return true;                   // Thai, Lao, Tibetan, Myanmar
  if (cp < 0x1200) return false;                  // Hangul jamo
  if (cp < 0x1E00) return true;    // Ethiopic to Khmer, Tai Le, Tai Tham, Balinese...
  if (cp < 0x2E80) return false;   // Latin extended, punctuation, symbols, Glagolitic...
  if (cp < 0x3000) return true;    // CJK radicals
  if (cp < 0x3005) return false;   // ideographic space, 、 。
  if (cp < 0x3008) return true;    // 々 〆 〇
  if (cp < 0x3021) return false;   // CJK brackets 「 」...
  if (cp < 0x3130) return true;    // Hangzhou numerals, kana, bopomofo
  if (cp < 0x3190) return false;   // Hangul compatibility jamo
  if (cp < 0xAC00) return true;    // kanbun to CJK ideographs, Yi, Myanmar and Tai Viet extensions
  if (cp < 0xFB00) return true;    // CJK compatibility ideographs
  if (cp < 0xFF61) return false;   // presentation forms, fullwidth ASCII
  if (cp < 0xFFA0) return true;    // halfwidth CJK punctuation and katakana
  if (cp < 0x10000) return false;  // halfwidth Hangul, specials
  if (cp >= 0x1F000 && cp < 0x1F200) return false;  // tiles, cards, enclosed alphanumerics
  if (cp >= 0x1F300 && cp < 0x1FB00) return false;  // emoji and pictographs
  return true;  // other planes: kana supplement, CJK extensions, Ahom...
}

}  // namespace

bool Utf16Text::assign(std::string_view utf8) {
  size_ = 0;
  dictionary_ = false;
  text_ = utf8;
  last_unit_ = last_byte_ = 0;
  // ICU indexes are int32_t; offsets here are uint32_t.
  if (utf8.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    return false;
  // Never more units than bytes (counting them exactly costs more than the copy saves).
  const std::size_t units = utf8.size();
  if (units_.size() < units) units_.resize(units);
  if (marks_.size() < units / kStride + 1) marks_.resize(units / kStride + 1);
  char16_t* u = units_.data();
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (n % kStride == 0) marks_[n / kStride] = static_cast<std::uint32_t>(i);
    if (lead < 0x80) {
      u[n++] = lead, ++i;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(utf8, i);
    if (!d.valid) return false;
    dictionary_ = dictionary_ || dictionary_block(d.code_point);
    if (d.code_point >= 0x10000) {
      const char32_t v = d.code_point - 0x10000;
      u[n++] = static_cast<char16_t>(0xD800 + (v >> 10));
      if (n % kStride == 0) marks_[n / kStride] = static_cast<std::uint32_t>(i);  // mid-pair
      u[n++] = static_cast<char16_t>(0xDC00 + (v & 0x3FF));
    } else {
      u[n++] = static_cast<char16_t>(d.code_point);
    }
    i += d.length;
  }
  if (n % kStride == 0) marks_[n / kStride] = static_cast<std::uint32_t>(utf8.size());
  size_ = n;
  return true;
}

}  // namespace loupe::segment
