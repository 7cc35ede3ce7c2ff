#include "extract/dates/text_scanner.h"

#include <array>

#include "core/utf8.h"

namespace loupe::dates {
namespace {

enum class CharClass { kSpace, kNewline, kDigit, kLetter, kHangul, kApostrophe, kOther };

constexpr CharClass classify(char32_t c) {
  // The letters of most non-ASCII text first (the ranges below do not overlap).
  if (c >= 0x400 && c <= 0x52F) return CharClass::kLetter;    // Cyrillic
  if (c >= 0xAC00 && c <= 0xD7A3) return CharClass::kHangul;  // syllables
  if (c == '\n') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x3000 ||
      (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return CharClass::kLetter;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return CharClass::kHangul;
  if (c >= 0x4E00 && c <= 0x9FFF) return CharClass::kLetter;  // Han: a word, never a date
  if (c == '\'' || c == 0x2019 || c == 0x02BC) return CharClass::kApostrophe;
  return CharClass::kOther;
}

// ASCII classes from one table: the scanner classifies every character of the text.
constexpr auto kAsciiClass = [] {
  std::array<CharClass, 128> table{};
  for (char32_t c = 0; c < 128; ++c) table[c] = classify(c);
  return table;
}();

inline CharClass classify_fast(char32_t c) { return c < 128 ? kAsciiClass[c] : classify(c); }

bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

char32_t fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c == 0x490) return 0x491;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// core::decode_utf8 with ASCII and well-formed three-byte sequences (Hangul) decoded inline:
// the scanner decodes every character of the text, and the call showed in profiles.
inline core::DecodedChar decode(std::string_view text, std::size_t pos) {
  return core::decode_utf8_fast(text, pos);
}

// Whether a Hangul syllable (U+AC00-U+D7A3, three bytes EA B0 80 to ED 9E A3) starts at j.
inline bool syllable_at(std::string_view text, std::size_t j) {
  if (j + 2 >= text.size()) return false;
  const unsigned char b0 = static_cast<unsigned char>(text[j]);
  if (b0 < 0xEA || b0 > 0xED) return false;
  const unsigned char b1 = static_cast<unsigned char>(text[j + 1]);
  const unsigned char b2 = static_cast<unsigned char>(text[j + 2]);
  if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;
  const char32_t c = (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F);
  return c >= 0xAC00 && c <= 0xD7A3;
}

}  // namespace

std::string fold_word(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    const core::DecodedChar d = core::decode_utf8(word, i);
    append_utf8(out, fold(d.code_point));
    i += d.length;
  }
  return out;
}

namespace {

// Lower-cases in place the letters of arena[from, end), valid UTF-8: every folded letter keeps
// its length (A-Z, U+00C0-U+00DE, U+0400-U+042F, U+0490), so a word is copied in one piece.
void fold_in_place(std::string& arena, std::size_t from) {
  for (std::size_t k = from; k < arena.size();) {
    const unsigned char c = static_cast<unsigned char>(arena[k]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') arena[k] = static_cast<char>(c + 32);
      ++k;
      continue;
    }
    const unsigned char c1 = static_cast<unsigned char>(arena[k + 1]);
    // U+00C0-U+00DE but U+00D7, and U+0410-U+041F -> U+0430-U+043F: the same byte moves
    if ((c == 0xC3 && c1 <= 0x9E && c1 != 0x97) || (c == 0xD0 && c1 >= 0x90 && c1 <= 0x9F)) {
      arena[k + 1] = static_cast<char>(c1 + 0x20);
    } else if (c == 0xD0 && c1 <= 0x8F) {  // U+0400-U+040F -> U+0450-U+045F
      arena[k] = static_cast<char>(0xD1), arena[k + 1] = static_cast<char>(c1 + 0x10);
    } else if (c == 0xD0 && c1 <= 0xAF) {  // U+0420-U+042F -> U+0440-U+044F
      arena[k] = static_cast<char>(0xD1), arena[k + 1] = static_cast<char>(c1 - 0x20);
    } else if (c == 0xD2 && c1 == 0x90) {  // U+0490 -> U+0491
      arena[k + 1] = static_cast<char>(0x91);
    }
    k += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
}

// The rest of a word after an apostrophe that joins two letters, character by character
// (the apostrophe is written as '\''); returns where the word ends.
std::size_t scan_word_tail(std::string_view text, std::size_t i, std::size_t j, CharClass cls,
                           std::string& arena) {
  while (j < text.size()) {
    const core::DecodedChar e = decode(text, j);
    CharClass ec = classify_fast(e.code_point);
    // An apostrophe between two letters belongs to the word (Ukrainian "п'ять", "o'clock").
    if (ec == CharClass::kApostrophe && cls != CharClass::kHangul && j + e.length < text.size()) {
      const core::DecodedChar n = decode(text, j + e.length);
      if (classify_fast(n.code_point) == CharClass::kLetter && j > i) {
        arena += '\'';
        j += e.length;
        continue;
      }
    }
    if (ec != cls) break;
    // Letters are valid UTF-8 here; one that folds to itself is copied as it stands.
    const char32_t folded = fold(e.code_point);
    if (folded == e.code_point)
      arena.append(text.data() + j, e.length);
    else
      append_utf8(arena, folded);
    j += e.length;
  }
  return j;
}

// Scans the word that starts at text[i] (class `cls`); returns where it ends. A word written
// in lower case is left where it stands (`in_text`); any other is appended to the arena,
// lower-cased: its run of letters in one piece, the rest after a joining apostrophe one by one.
std::size_t scan_word(std::string_view text, std::size_t i, CharClass cls, std::string& arena,
                      bool& in_text) {
  std::size_t j = i;
  bool folds = false;
  // Hangul syllables, most of a Korean text, are read from their three bytes without decoding.
  while (cls == CharClass::kHangul && syllable_at(text, j)) j += 3;
  while (j < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[j]);
    if (c < 0x80) {
      if (cls != CharClass::kLetter || !ascii_letter(c)) break;
      folds |= c <= 'Z';
      ++j;
      continue;
    }
    // Cyrillic U+0400-U+047F (D0/D1 xx; U+0400-U+042F fold) and Latin-1 letters U+00C0-U+00FF
    // but U+00D7 and U+00F7 (C3 xx; up to U+00DE fold), as classify() and fold() say, undecoded.
    if (cls == CharClass::kLetter && j + 1 < text.size()) {
      const unsigned char c1 = static_cast<unsigned char>(text[j + 1]);
      if ((c1 & 0xC0) == 0x80) {
        if (c == 0xD0 || c == 0xD1) {
          folds |= c == 0xD0 && c1 <= 0xAF;
          j += 2;
          continue;
        }
        if (c == 0xC3 && c1 != 0x97 && c1 != 0xB7) {
          folds |= c1 <= 0x9E;
          j += 2;
          continue;
        }
      }
    }
    const core::DecodedChar e = decode(text, j);
    if (classify(e.code_point) != cls) break;
    folds |= cls == CharClass::kLetter && fold(e.code_point) != e.code_point;
    j += e.length;
  }
  bool apostrophe = false;
  if (j < text.size() && cls == CharClass::kLetter) {
    // '\'', U+2019 (E2 80 99) or U+02BC (CA BC): only those lead bytes are decoded
    const unsigned char c = static_cast<unsigned char>(text[j]);
    apostrophe = c == '\'' || ((c == 0xE2 || c == 0xCA) &&
                               classify(decode(text, j).code_point) == CharClass::kApostrophe);
  }
  in_text = !folds && !apostrophe;
  if (in_text) return j;
  const std::size_t from = arena.size();
  arena.append(text.data() + i, j - i);
  fold_in_place(arena, from);
  return apostrophe ? scan_word_tail(text, i, j, cls, arena) : j;
}

}  // namespace

namespace {

// A run of digits at text[i]: its value (capped) and length; returns where it ends.
std::size_t scan_number(std::string_view text, std::size_t i, ScanToken& t) {
  t.type = TokenType::kNumber;
  long value = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    if (value < 100000000) value = value * 10 + (text[i] - '0');
    ++i;
    ++t.digits;
  }
  t.number = static_cast<int>(value);
  return i;
}

// The token that starts at text[i] with character `d` of class `cls` (no space): fills `t` but
// its norm; returns where it ends. `in_text`: its norm reads as its bytes; else it was appended
// to the arena.
std::size_t scan_token(std::string_view text, std::size_t i, core::DecodedChar d, CharClass cls,
                       ScanToken& t, std::string& arena, bool& in_text) {
  in_text = true;
  if (cls == CharClass::kDigit) return scan_number(text, i, t);
  if (cls == CharClass::kLetter || cls == CharClass::kHangul) {
    t.type = TokenType::kWord;
    t.hangul = cls == CharClass::kHangul;
    t.capitalized = fold(d.code_point) != d.code_point;
    return scan_word(text, i, cls, arena, in_text);
  }
  t.type = TokenType::kPunct;
  in_text = d.valid;  // a valid character is its own bytes; an invalid one reads U+FFFD
  if (!d.valid) append_utf8(arena, U'\uFFFD');
  return i + d.length;
}

// Most words: ASCII letters up to an ASCII byte that is no apostrophe (what scan_word does for
// them, without its calls). Returns the word's end, or 0 when the end is left to scan_word.
inline std::size_t scan_ascii_word(std::string_view text, std::size_t i, ScanToken& t,
                                   std::string& arena, bool& in_text) {
  std::size_t j = i + 1;
  const bool upper_first = text[i] <= 'Z';
  bool folds = upper_first;
  while (j < text.size() && ascii_letter(static_cast<unsigned char>(text[j]))) {
    folds |= text[j] <= 'Z';
    ++j;
  }
  if (j < text.size() && (static_cast<unsigned char>(text[j]) >= 0x80 || text[j] == '\'')) return 0;
  t.type = TokenType::kWord;
  t.capitalized = upper_first;
  t.ascii = true;
  t.bytes = {i, j};
  if (!folds) {
    t.norm = std::string_view(text.data() + i, j - i);
    return j;
  }
  in_text = false;
  const std::size_t arena_begin = arena.size();
  arena.append(text.data() + i, j - i);
  for (std::size_t k = arena_begin; k < arena.size(); ++k) {
    if (arena[k] >= 'A' && arena[k] <= 'Z') arena[k] = static_cast<char>(arena[k] + 32);
  }
  t.norm = std::string_view(arena.data() + arena_begin, j - i);
  return j;
}

}  // namespace

bool TextScanner::next(ScanToken& t, std::string& arena, bool& in_text) {
  const std::string_view text = text_;
  bool space = false;
  int newlines = 0;
  core::DecodedChar d{0, 1, true};
  CharClass cls = CharClass::kOther;
  // A local position: the writes through `t` and `arena` below could alias pos_.
  std::size_t i = pos_;
  for (;; i += d.length) {  // whitespace before the token
    if (i >= text.size()) {
      pos_ = i;
      return false;
    }
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      d = {b, 1, true};
      cls = kAsciiClass[b];
    } else {
      d = decode(text, i);
      cls = classify(d.code_point);
    }
    if (cls != CharClass::kSpace && cls != CharClass::kNewline) break;
    space = true;
    newlines += cls == CharClass::kNewline;
  }
  t.type = TokenType::kPunct;
  t.number = -1;
  t.digits = 0;
  t.hangul = false;
  t.capitalized = false;
  t.ascii = false;
  t.space_before = space;
  t.para_before = newlines >= 2;
  const std::size_t arena_begin = arena.size();
  in_text = true;
  if (cls == CharClass::kLetter && d.code_point < 0x80) {
    if (const std::size_t j = scan_ascii_word(text, i, t, arena, in_text)) {
      pos_ = j;
      return true;
    }
  }
  const std::size_t end = scan_token(text, i, d, cls, t, arena, in_text);
  t.bytes = {i, end};
  t.norm = in_text ? std::string_view(text.data() + i, end - i)
                   : std::string_view(arena.data() + arena_begin, arena.size() - arena_begin);
  pos_ = end;
  return true;
}

void scan_text(std::string_view text, ScannedText& out) {
  std::string& arena = out.arena;
  std::vector<ScanToken>& tokens = out.tokens;
  arena.clear();
  tokens.clear();
  // Tokens whose norm is in the arena, with its bounds there: views are made at the end, since
  // the arena may still grow.
  struct InArena {
    std::size_t token, begin, end;
  };
  std::vector<InArena> in_arena;
  TextScanner scanner(text);
  ScanToken t;
  bool in_text = true;
  for (std::size_t before = 0; scanner.next(t, arena, in_text); before = arena.size()) {
    tokens.push_back(t);
    if (!in_text) in_arena.push_back({tokens.size() - 1, before, arena.size()});
  }
  for (const InArena& a : in_arena) {
    tokens[a.token].norm = std::string_view(arena).substr(a.begin, a.end - a.begin);
  }
}

}  // namespace loupe::dates
