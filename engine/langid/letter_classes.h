// The character classes language identification reads (language_identifier.cc): white space,
// the scripts, a lower-casing without ICU for the bulk of our text, and the letters that mark
// one language within its script. Internal to langid/.
// E.g. cyrillic_letter_signal(U'ї') -> kUk; to_lower(U'Д') -> U'д'.
#pragma once
#include <unicode/uchar.h>

#include "langid/letter_counts.h"

namespace loupe::langid {

inline bool is_space(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x3000 || cp == 0x2028 || cp == 0x2029 || cp == 0x202F;
}

inline bool is_hangul(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
         (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F) ||
         (cp >= 0xD7B0 && cp <= 0xD7FF) || (cp >= 0xFFA0 && cp <= 0xFFDC);
}

inline bool is_latin(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

inline bool is_cyrillic(char32_t cp) { return cp >= 0x0400 && cp <= 0x052F; }

// Simple lower-casing, without ICU for ASCII, Latin-1 and basic Cyrillic (the bulk of our text).
inline char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp < 0x100) return cp;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (cp >= 0x430 && cp <= 0x45F) return cp;
  return u_tolower(cp);
}

// Letters that mark one language within its script (lower case; callers fold first).
inline int latin_letter_signal(char32_t lower) {
  switch (lower) {
    case U'ñ':
    case U'á':
    case U'í':
    case U'ó':
    case U'ú':
      return kEs;
    case U'é':
    case U'ü':
      return -1;  // é: Spanish and French; ü: Spanish and German
    default:
      return lower > 0x7F ? kOtherLatin : -1;  // ç è ê à ö ß ã ...: not en, not es
  }
}

inline int cyrillic_letter_signal(char32_t lower) {
  switch (lower) {
    case U'ы':
    case U'э':
    case U'ъ':
    case U'ё':
      return kRu;
    case U'і':
    case U'ї':
    case U'є':
    case U'ґ':
      return kUk;
    default:
      return -1;
  }
}

}  // namespace loupe::langid
