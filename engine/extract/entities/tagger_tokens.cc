#include "extract/entities/tagger_tokens.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/utf8.h"

namespace loupe::entities {
namespace {

core::DecodedChar decode(std::string_view text, std::size_t pos) {
  return core::decode_utf8_fast(text, pos);
}
bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t';
  return cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
         cp == 0xFEFF;
}
// text_scan.h's is_hangul_syllable, inline: asked of nearly every code point here.
bool hangul(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
bool ascii_alnum(unsigned char b) {
  return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9');
}
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
  if (hangul(cp)) return true;
  const int8_t type = u_charType(cp);
  return u_isalpha(cp) || u_isdigit(cp) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
// Inside a word only between word characters: "Нью-Йорк", "O'Brien", "AT&T", "3.5".
bool is_joiner(char32_t cp) {
  return cp == '-' || cp == '\'' || cp == U'\u2019' || cp == U'\u2010' || cp == '&';
}
bool is_sentence_end(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026' || cp == U'\u3002';
}

// "U.S.", "U.N.", "EE.UU.", "EE. UU.": groups of one or two capitals each closed by a period
// (a space may follow one), two groups or more. Bytes, or 0.
std::size_t dotted_acronym(std::string_view text, std::size_t pos) {
  std::size_t p = pos, groups = 0, end = 0;
  while (p < text.size()) {
    std::size_t q = p;
    while (q < text.size() && q - p < 3 && is_upper_ascii(text[q])) ++q;
    const std::size_t letters = q - p;
    if (letters == 0 || letters > 2 || q >= text.size() || text[q] != '.') break;
    p = q + 1, ++groups, end = p;
    if (letters == 2 && p + 3 < text.size() && text[p] == ' ' && is_upper_ascii(text[p + 1]) &&
        is_upper_ascii(text[p + 2]) && text[p + 3] == '.')
      ++p;  // "EE. UU.": a two-capital group joins the next across one space
  }
  if (groups < 2) return 0;
  if (end < text.size() && is_word_char(decode(text, end).code_point)) return 0;
  return end - pos;
}

// "Putin's", "NATO’s": the possessive is its own token (corpora keep it outside the name).
bool possessive(std::string_view text, std::size_t p, core::DecodedChar c) {
  if (c.code_point != '\'' && c.code_point != U'\u2019') return false;
  const std::size_t s = p + c.length;
  if (s >= text.size() || (text[s] != 's' && text[s] != 'S')) return false;
  return s + 1 >= text.size() || !is_word_char(decode(text, s + 1).code_point);
}

// End of the non-Hangul word starting at `pos`.
std::size_t word_end(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  while (p < text.size()) {
    if (ascii_alnum(static_cast<unsigned char>(text[p]))) {  // a word character, as below
      ++p;
      continue;
    }
    const core::DecodedChar c = decode(text, p);
    if (hangul(c.code_point)) break;
    if (is_word_char(c.code_point)) {
      p += c.length;
      continue;
    }
    const bool digit_before = p > pos && text[p - 1] >= '0' && text[p - 1] <= '9';
    const bool number_mark = (c.code_point == '.' || c.code_point == ',') && digit_before;
    if (!is_joiner(c.code_point) && !number_mark) break;
    if (p + c.length >= text.size()) break;
    if (possessive(text, p, c)) break;
    const core::DecodedChar n = decode(text, p + c.length);
    if (!is_word_char(n.code_point) || hangul(n.code_point)) break;
    if (number_mark && !(n.code_point >= '0' && n.code_point <= '9')) break;
    p += c.length;
  }
  return p;
}

// The scan's words, read in step with the tokens: a Hangul word's stem when the scan has the
// same word (it may differ: the scan keeps digits after Hangul in the word).
struct ScannedStems {
  const std::vector<Word>* words = nullptr;
  std::size_t next = 0;
  std::size_t stem(std::string_view text, std::size_t begin, std::size_t end) {
    if (words) {
      while (next < words->size() && (*words)[next].bytes.begin_byte < begin) ++next;
      if (next < words->size() && (*words)[next].bytes == core::ByteRange{begin, end})
        return (*words)[next].stem_bytes;
    }
    return korean_stem_bytes(text.substr(begin, end - begin));
  }
};

// Hangul syllables of the word at `pos` (and the stem without its particle).
void add_hangul_word(std::string_view text, std::size_t pos, bool space_before, ScannedStems& stems,
                     std::vector<TaggerToken>& out) {
  std::size_t end = pos;
  while (end + 3 <= text.size() && hangul(decode(text, end).code_point)) end += 3;
  const core::ByteRange word{pos, end};
  const std::size_t stem = stems.stem(text, pos, end);
  std::uint32_t index = 0;
  for (std::size_t p = pos; p < end; p += 3, ++index) {
    TaggerToken t;
    t.bytes = {p, p + 3};
    t.script = Script::kHangul;
    t.space_before = space_before && p == pos;
    t.word = word;
    t.stem_end_byte = static_cast<std::uint32_t>(pos + stem);
    t.syllable = static_cast<std::uint8_t>(std::min<std::uint32_t>(index, 255));
    t.last_syllable = p + 3 == end;
    out.push_back(t);
  }
}

// "Mr." "Gen." "J." "м." "вул.": a period after a word of up to 3 letters does not end the
// sequence (an abbreviation or an initial, more often than a sentence end).
bool after_abbreviation(std::string_view text, const std::vector<TaggerToken>& tokens) {
  if (tokens.empty()) return false;
  const TaggerToken& t = tokens.back();
  if (t.script != Script::kLatin && t.script != Script::kCyrillic) return false;
  return code_point_count(text.substr(t.bytes.begin_byte, t.bytes.size())) <= 3;
}

}  // namespace

TaggerTokens tag_tokens(std::string_view text, const std::vector<Word>* scanned) {
  TaggerTokens out;
  ScannedStems stems{scanned};
  std::uint32_t seq_begin = 0;
  auto close_sequence = [&] {
    const auto n = static_cast<std::uint32_t>(out.tokens.size());
    if (n > seq_begin) out.sequences.push_back({seq_begin, n});
    seq_begin = n;
  };
  std::size_t pos = 0, newlines = 0;
  bool space = false, end_pending = false;
  while (pos < text.size()) {
    const core::DecodedChar c = decode(text, pos);
    if (is_space(c.code_point)) {
      if (c.code_point == '\n' && ++newlines == 2) close_sequence();
      if (end_pending) close_sequence(), end_pending = false;
      space = true;
      pos += c.length;
      continue;
    }
    end_pending = false;
    newlines = 0;
    if (hangul(c.code_point)) {
      add_hangul_word(text, pos, space, stems, out.tokens);
      pos = out.tokens.back().bytes.end_byte;
      space = false;
      continue;
    }
    TaggerToken t;
    t.space_before = space;
    t.script = script_of(c.code_point);
    std::size_t end = pos + c.length;
    if (const std::size_t acronym = dotted_acronym(text, pos)) {
      end = pos + acronym;
    } else if (is_word_char(c.code_point)) {
      end = word_end(text, pos);
    } else if (possessive(text, pos, c)) {
      end = pos + c.length + 1;
    } else {
      end_pending = is_sentence_end(c.code_point) && !after_abbreviation(text, out.tokens);
    }
    t.bytes = {pos, end};
    t.word = t.bytes;
    t.stem_end_byte = static_cast<std::uint32_t>(end);
    out.tokens.push_back(t);
    pos = end;
    space = false;
  }
  close_sequence();
  return out;
}

}  // namespace loupe::entities
