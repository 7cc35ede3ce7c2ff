#include "extract/entities/text_scan.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "analysis/korean_particles.h"
#include "core/utf8.h"
#include "extract/entities/kept_texts.h"
#include "extract/entities/short_word_lists.h"
#include "extract/entities/string_flat_map.h"

namespace loupe::entities {
namespace {

// ASCII answers without ICU's property lookups: most of a text's characters are ASCII
// (spaces, punctuation, Latin words), and these run several times per character.
inline bool is_ascii_letter(char32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }
inline core::DecodedChar decode(std::string_view text, std::size_t pos) {
  return core::decode_utf8_fast(text, pos);
}
// U+0400..U+045F (Russian and Ukrainian letters but ґ): letters all, answered without ICU.
inline bool is_basic_cyrillic(char32_t cp) { return cp >= 0x0400 && cp <= 0x045F; }
bool is_letter(char32_t cp) {
  if (cp < 0x80) return is_ascii_letter(cp);
  if (cp >= 0xAC00 && cp <= 0xD7A3) return true;  // Hangul syllables: Lo
  return u_isalpha(cp) || u_charType(cp) == U_NON_SPACING_MARK ||
         u_charType(cp) == U_COMBINING_SPACING_MARK;
}
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return is_ascii_letter(cp) || (cp >= '0' && cp <= '9');
  return is_letter(cp) || u_isdigit(cp);
}
bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (is_basic_cyrillic(cp)) return cp < 0x0430;  // U+0400..U+042F upper, the rest lower
  return !(cp >= 0xAC00 && cp <= 0xD7A3) && u_isupper(cp);
}
// ICU's u_islower, ASCII, Hangul syllables (never) and U+0400..U+045F answered first.
bool is_lower(char32_t cp) {
  if (cp < 0x80 || is_basic_cyrillic(cp)) return cp < 0x80 ? cp >= 'a' && cp <= 'z' : cp >= 0x0430;
  return !(cp >= 0xAC00 && cp <= 0xD7A3) && u_islower(cp);
}
// ICU's u_isWhitespace; ASCII: tab, LF, VT, FF, CR, U+001C..U+001F and the space.
bool is_whitespace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return u_isWhitespace(cp);
}
// Inside a word only between letters: "Нью-Йорк", "O'Brien", "прем’єр".
bool is_joiner(char32_t cp) {
  return cp == '-' || cp == '\'' || cp == U'\u2019' || cp == U'\u2010';
}
// Marks that open or close a title inside a sentence ("Pröbsting: The Peculiar Features").
bool is_clause_mark(char32_t cp) {
  return cp == ':' || cp == ';' || cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '"' ||
         cp == U'\u201C' || cp == U'\u201D' || cp == U'\u00AB' || cp == U'\u00BB';
}
bool is_sentence_end(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026' || cp == U'\u3002';
}

// "U.S.", "U.S.A.", "EE. UU.": groups of one or two capitals, each closed by a period,
// at least two groups. Returns the length in bytes, or 0.
std::size_t dotted_acronym(std::string_view text, std::size_t pos) {
  std::size_t p = pos, groups = 0, end = 0;
  while (p < text.size()) {
    std::size_t letters = 0, q = p;
    while (q < text.size() && letters < 3) {
      core::DecodedChar c = decode(text, q);
      if (!is_upper(c.code_point)) break;
      q += c.length, ++letters;
    }
    if (letters == 0 || letters > 2 || q >= text.size() || text[q] != '.') break;
    p = q + 1, ++groups, end = p;
    if (p < text.size() && text[p] == ' ' && p + 1 < text.size()) {
      core::DecodedChar n = decode(text, p + 1);
      if (is_upper(n.code_point) && groups >= 1) p += 1;  // "EE. UU."
    }
  }
  if (groups < 2) return 0;
  if (end < text.size() && is_letter(decode(text, end).code_point)) return 0;
  return end - pos;
}

}  // namespace

bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
bool is_han(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

Script script_of(char32_t cp) {
  if (cp < 0x80)
    return cp >= '0' && cp <= '9' ? Script::kDigit
           : is_ascii_letter(cp)  ? Script::kLatin
                                  : Script::kOther;
  // Hangul and Cyrillic hold no digits: their range tests go before ICU's lookup.
  if (is_hangul_syllable(cp)) return Script::kHangul;
  if (cp >= 0x0400 && cp <= 0x052F) return Script::kCyrillic;
  if (u_isdigit(cp)) return Script::kDigit;
  if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)) return Script::kHangul;
  if ((cp < 0x0250 && u_isalpha(cp)) || (cp >= 0x1E00 && cp <= 0x1EFF)) return Script::kLatin;
  return Script::kOther;
}

std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < s.size(); ++n) p += decode(s, p).length;
  return n;
}

namespace {

// Letters, upper-case letters and code points of a word, counted while it is scanned.
struct WordCounts {
  std::size_t letters = 0, uppers = 0, code_points = 0;
  void add(char32_t cp) {
    ++code_points;
    if (is_hangul_syllable(cp)) {  // never upper case
      ++letters;
      return;
    }
    if (is_basic_cyrillic(cp)) {  // all letters; U+0400..U+042F upper case
      ++letters;
      if (cp < 0x0430) ++uppers;
      return;
    }
    if (cp < 0x80 ? is_ascii_letter(cp) : u_isalpha(cp)) {
      ++letters;
      if (is_upper(cp)) ++uppers;
    }
  }
};

// A joiner inside a word continues it when a letter follows, except the possessive 's
// ("Putin's" is Putin plus a possessive). Returns where the word goes on, or 0.
std::size_t after_joiner(std::string_view text, std::size_t end, core::DecodedChar d) {
  if (!is_joiner(d.code_point) || end + d.length >= text.size()) return 0;
  const std::size_t next = end + d.length;
  const char32_t n = decode(text, next).code_point;
  const bool possessive =
      d.code_point != '-' && (n == 's' || n == 'S') &&
      (next + 1 >= text.size() || !is_letter(decode(text, next + 1).code_point));
  return is_letter(n) && !possessive ? next : 0;
}

// End of the word whose first character `c` is at `pos` (not a dotted acronym).
std::size_t word_end(std::string_view text, std::size_t pos, core::DecodedChar c,
                     WordCounts& counts) {
  std::size_t end = pos + c.length;
  counts.add(c.code_point);
  const bool hangul = script_of(c.code_point) == Script::kHangul;
  while (end < text.size()) {
    const core::DecodedChar d = decode(text, end);
    // Fast paths for the common letters (same answers as the general tests below).
    if (is_hangul_syllable(d.code_point) || is_basic_cyrillic(d.code_point) ||
        (d.code_point < 0x80 && is_ascii_letter(d.code_point))) {
      if (is_hangul_syllable(d.code_point) != hangul) break;  // "NATO의"
      counts.add(d.code_point);
      end += d.length;
      continue;
    }
    // A Korean particle right after a Latin name is a word of its own: "NATO의".
    if (is_letter(d.code_point) && (script_of(d.code_point) == Script::kHangul) != hangul) break;
    if (is_word_char(d.code_point)) {
      counts.add(d.code_point);
      end += d.length;
      continue;
    }
    const std::size_t next = after_joiner(text, end, d);
    if (next == 0) break;
    ++counts.code_points;
    end = next;
  }
  return end;
}

// What lies between the previous word and the next one.
struct Gap {
  bool punct = false, stop = false, blank_line = false, clause_mark = false;
};
Gap read_gap(std::string_view gap) {
  Gap g;
  bool newline = false;
  for (std::size_t p = 0; p < gap.size();) {
    if (gap[p] == ' ') {  // most gaps are one space
      ++p;
      continue;
    }
    const core::DecodedChar d = decode(gap, p);
    if (d.code_point == '\n') {
      if (newline) g.blank_line = true;
      newline = true;
    } else if (is_whitespace(d.code_point) || d.code_point == 0xA0) { /* spaces keep `newline` */
    } else {
      g.punct = true, newline = false;
      if (is_sentence_end(d.code_point)) g.stop = true;
      if (is_clause_mark(d.code_point)) g.clause_mark = true;
    }
    p += d.length;
  }
  return g;
}

// Sentence, paragraph, break and sentence start of `w`, whose first character is `first`,
// from the gap before it and the previous word.
struct Places {
  std::uint32_t sentence = 0, paragraph = 0, clause = 0;
};
void place_word(std::string_view text, std::string_view gap, char32_t first,
                const std::vector<Word>& words, Places& at, Word& w) {
  const Gap g = read_gap(gap);
  if (words.empty()) {
    w.sentence_start = true;
  } else {
    const Word& prev = words.back();
    const std::string_view prev_text = word_text(text, prev);
    const bool prev_one_char = decode(prev_text, 0).length == prev_text.size();
    const bool prev_abbrev = is_abbreviation(prev_text) || (prev_one_char && prev.upper_initial);
    const bool next_can_start = !is_lower(first);
    if (g.blank_line) {
      ++at.paragraph, ++at.sentence;
    } else if (g.stop && !prev_abbrev && next_can_start) {
      ++at.sentence;
    }
    // "Joseph R. Biden": the period of an initial does not separate the name.
    const bool initial = prev_one_char && prev.upper_initial && !gap.empty() && gap[0] == '.' &&
                         gap.find_first_not_of(" \n", 1) == std::string_view::npos;
    w.break_before = (g.punct && !initial) || g.blank_line;
    // Footnote numbers ("[1] See ...") do not take the sentence start from the first word.
    w.sentence_start =
        at.sentence != prev.sentence || (prev.sentence_start && prev.script == Script::kDigit);
    if (g.clause_mark || at.sentence != prev.sentence) ++at.clause;
  }
  w.sentence = at.sentence;
  w.paragraph = at.paragraph;
}

// The word starting at `pos` with its first character `c`.
Word scan_word(std::string_view text, std::size_t pos, core::DecodedChar c) {
  WordCounts counts;
  std::size_t end = dotted_acronym(text, pos);
  const bool dotted = end > 0;
  if (dotted) {
    end += pos;
    for (std::size_t p = pos; p < end;) {
      const core::DecodedChar d = decode(text, p);
      counts.add(d.code_point);
      p += d.length;
    }
  } else {
    end = word_end(text, pos, c, counts);
  }
  Word w;
  w.bytes = {pos, end};
  w.script = script_of(c.code_point);
  w.code_points = static_cast<std::uint32_t>(counts.code_points);
  w.upper_initial = is_upper(c.code_point);
  w.all_upper = dotted || (counts.letters >= 2 && counts.uppers == counts.letters);
  w.stem_bytes = w.script == Script::kHangul ? korean_stem_bytes(word_text(text, w))
                                             : static_cast<std::uint32_t>(end - pos);
  return w;
}

// Headline-like paragraphs: at least 3 long Latin/Cyrillic words, 70% capitalized.
void mark_title_paragraphs(ScannedText& out) {
  std::vector<std::size_t> longs(out.paragraph_count), caps(out.paragraph_count);
  for (const Word& w : out.words) {
    if (w.script != Script::kLatin && w.script != Script::kCyrillic) continue;
    if (w.code_points < 4) continue;
    ++longs[w.paragraph];
    if (w.upper_initial) ++caps[w.paragraph];
  }
  out.title_case_paragraph.resize(out.paragraph_count);
  for (std::size_t p = 0; p < out.paragraph_count; ++p)
    out.title_case_paragraph[p] = longs[p] >= 3 && caps[p] * 10 >= longs[p] * 7;
}

// Title-cased clauses: at least 3 long words, all capitalized, and no lower-case word but
// function words (a sentence dense with names still has a lower-case verb: "Сергей Лавров
// прилетел в Москву", "Angela Merkel met Emmanuel Macron" are not titles).
void mark_title_clauses(std::string_view text, const std::vector<std::uint32_t>& clause_of,
                        std::uint32_t clauses, ScannedText& out) {
  std::vector<std::uint32_t> clause_longs(clauses), clause_caps(clauses);
  for (std::size_t k = 0; k < out.words.size(); ++k) {
    const Word& w = out.words[k];
    if (w.script != Script::kLatin && w.script != Script::kCyrillic) continue;
    // Titles leave only function words in lower case; "Merkel met Macron" is a sentence.
    if (!w.upper_initial && !is_title_function_word(word_text(text, w)))
      clause_longs[clause_of[k]] = 1u << 30;
    if (w.code_points < 4) continue;
    ++clause_longs[clause_of[k]];
    if (w.upper_initial) ++clause_caps[clause_of[k]];
  }
  for (std::size_t k = 0; k < out.words.size(); ++k) {
    const std::uint32_t c = clause_of[k];
    out.words[k].title_clause =
        clause_longs[c] >= 3 && clause_longs[c] < (1u << 30) && clause_caps[c] == clause_longs[c];
  }
}

}  // namespace

// Kept per thread across calls, like the keyer's memos: the split is deterministic, and a text
// repeats its words, a corpus re-analyzed (every call of the app) all of them; the scan and
// the tagger's tokens both ask. Open addressing over the words' bytes kept end to end (a node
// map's string hash and allocations were most of the cost in wasm).
std::uint32_t korean_stem_bytes(std::string_view surface) {
  struct Memo {
    struct Slot {
      std::uint64_t hash = 0;
      std::uint32_t begin = 0, size = 0, stem = 0, used = 0;
    };
    std::vector<Slot> slots;
    std::string bytes;
    std::size_t count = 0;
  };
  thread_local Memo memo;
  std::uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a
  for (const unsigned char c : surface) h = (h ^ c) * 0x100000001B3ull;
  if (memo.count >= 100000) memo = Memo{};    // bounded memory on huge inputs
  if (memo.count * 2 >= memo.slots.size()) {  // grow: at most half full
    std::vector<Memo::Slot> old(std::max<std::size_t>(4096, memo.slots.size() * 2));
    old.swap(memo.slots);
    for (const Memo::Slot& s : old) {
      if (!s.used) continue;
      std::size_t k = s.hash & (memo.slots.size() - 1);
      while (memo.slots[k].used) k = (k + 1) & (memo.slots.size() - 1);
      memo.slots[k] = s;
    }
  }
  const std::size_t mask = memo.slots.size() - 1;
  std::size_t k = h & mask;
  for (; memo.slots[k].used; k = (k + 1) & mask) {
    const Memo::Slot& s = memo.slots[k];
    if (s.hash == h && same_bytes(std::string_view(memo.bytes).substr(s.begin, s.size), surface))
      return s.stem;
  }
  const auto stem = static_cast<std::uint32_t>(analysis::split_korean_word(surface).stem_bytes);
  memo.slots[k] = {h, static_cast<std::uint32_t>(memo.bytes.size()),
                   static_cast<std::uint32_t>(surface.size()), stem, 1};
  memo.bytes += surface;
  ++memo.count;
  return stem;
}

namespace {
ScannedText scan(std::string_view text) {
  ScannedText out;
  Places at;
  std::size_t gap_begin = 0;               // where the text since the previous word starts
  std::vector<std::uint32_t> clause_of;    // per word
  out.words.reserve(text.size() / 6 + 1);  // about one word per 6 bytes in the corpus
  clause_of.reserve(text.size() / 6 + 1);
  for (std::size_t pos = 0; pos < text.size();) {
    const unsigned char b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80 && !is_ascii_letter(b0) && !(b0 >= '0' && b0 <= '9')) {
      ++pos;  // spaces, ASCII punctuation
      continue;
    }
    const core::DecodedChar c = decode(text, pos);
    if (!is_word_char(c.code_point)) {
      pos += c.length;
      continue;
    }
    Word w = scan_word(text, pos, c);
    place_word(text, text.substr(gap_begin, pos - gap_begin), c.code_point, out.words, at, w);
    clause_of.push_back(at.clause);
    out.words.push_back(w);
    gap_begin = pos = w.bytes.end_byte;
  }
  out.sentence_count = out.words.empty() ? 0 : at.sentence + 1;
  out.paragraph_count = out.words.empty() ? 0 : at.paragraph + 1;
  mark_title_paragraphs(out);
  mark_title_clauses(text, clause_of, at.clause + 1, out);
  return out;
}
}  // namespace

namespace {
KeptTexts<ScannedText>& scanned_texts() {
  thread_local KeptTexts<ScannedText> kept(kScannedKeptBytes);
  return kept;
}
}  // namespace

void release_scanned_texts() { scanned_texts() = KeptTexts<ScannedText>(kScannedKeptBytes); }

ScannedText scan_text(std::string_view text) {
  KeptTexts<ScannedText>& kept = scanned_texts();
  if (const ScannedText* found = kept.find(text)) return *found;
  ScannedText out = scan(text);
  kept.put(text, out, out.words.size() * sizeof(Word) + out.title_case_paragraph.size() / 8);
  return out;
}

}  // namespace loupe::entities
