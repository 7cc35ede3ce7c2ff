#include "extract/entities/text_scan.h"

#include <unicode/uchar.h>

#include <string>
#include <unordered_map>

#include "analysis/korean_particles.h"
#include "core/utf8.h"

namespace loupe::entities {
namespace {

// ASCII answers without ICU's property lookups: most of a text's characters are ASCII
// (spaces, punctuation, Latin words), and these run several times per character.
inline bool is_ascii_letter(char32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }
inline core::DecodedChar decode(std::string_view text, std::size_t pos) {
  return core::decode_utf8_fast(text, pos);
}
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
  return !(cp >= 0xAC00 && cp <= 0xD7A3) && u_isupper(cp);
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

// Words a title-cased title keeps in lower case (English, Spanish).
bool is_title_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] =
      {
          "a",   "an",  "the",  "of",   "and", "or", "in", "on",  "at", "to",
          "for", "by",  "with", "from", "vs",  "as", "de", "del", "la", "el",
          "los", "las", "y",    "en",   "e",   "o",  "s"};  // "s": the possessive of "Russia’s"
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

bool is_abbreviation(std::string_view w) {
  if (w.size() > 4) return false;  // the longest below, "Prof", "гг", "ст", is 4 bytes
  static constexpr std::string_view kAbbrev[] = {
      "Mr", "Mrs", "Ms",  "Dr", "St", "Gen", "Sen", "Gov", "Jr", "Sr", "Prof",
      "Lt", "Col", "Sra", "Sr", "vs", "etc", "No",  "г",   "гг", "т",  "ст"};
  for (std::string_view a : kAbbrev)
    if (w == a) return true;
  return false;
}

}  // namespace

bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

namespace {
struct StemHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
}  // namespace

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

ScannedText scan_text(std::string_view text) {
  ScannedText out;
  std::uint32_t sentence = 0, paragraph = 0;
  std::size_t gap_begin = 0;  // where the text since the previous word starts
  // Hangul word -> stem bytes. Kept per thread across calls, like the keyer's memos: the
  // split is deterministic, and a corpus re-analyzed (every call of the app) repeats its words.
  thread_local std::unordered_map<std::string, std::uint32_t, StemHash, std::equal_to<>> stems;
  std::uint32_t clause = 0;
  std::vector<std::uint32_t> clause_of;    // per word
  out.words.reserve(text.size() / 6 + 1);  // about one word per 6 bytes in the corpus
  clause_of.reserve(text.size() / 6 + 1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80 && !is_ascii_letter(b0) && !(b0 >= '0' && b0 <= '9')) {
      ++pos;
      continue;
    }  // spaces, ASCII punctuation
    core::DecodedChar c = decode(text, pos);
    if (!is_word_char(c.code_point)) {
      pos += c.length;
      continue;
    }
    // A word starts at pos.
    std::size_t end = dotted_acronym(text, pos);
    const bool dotted = end > 0;
    // Letters, upper-case letters and code points of the word, counted while it is scanned.
    std::size_t letters = 0, uppers = 0, code_points = 0;
    auto count = [&](char32_t cp) {
      ++code_points;
      if (is_hangul_syllable(cp)) {
        ++letters;
        return;
      }  // never upper case
      if (cp < 0x80 ? is_ascii_letter(cp) : u_isalpha(cp)) {
        ++letters;
        if (is_upper(cp)) ++uppers;
      }
    };
    if (dotted) {
      end += pos;
      for (std::size_t p = pos; p < end;) {
        core::DecodedChar d = decode(text, p);
        count(d.code_point);
        p += d.length;
      }
    } else {
      end = pos + c.length;
      count(c.code_point);
      const bool hangul = script_of(c.code_point) == Script::kHangul;
      while (end < text.size()) {
        core::DecodedChar d = decode(text, end);
        // Fast paths for the common letters (same answers as the general tests below).
        if (is_hangul_syllable(d.code_point) ||
            (d.code_point < 0x80 && is_ascii_letter(d.code_point))) {
          if (is_hangul_syllable(d.code_point) != hangul) break;  // "NATO의"
          count(d.code_point);
          end += d.length;
          continue;
        }
        // A Korean particle right after a Latin name is a word of its own: "NATO의".
        if (is_letter(d.code_point) && (script_of(d.code_point) == Script::kHangul) != hangul)
          break;
        if (is_word_char(d.code_point)) {
          count(d.code_point);
          end += d.length;
          continue;
        }
        if (is_joiner(d.code_point) && end + d.length < text.size()) {
          const std::size_t next = end + d.length;
          const char32_t n = decode(text, next).code_point;
          // "Putin's" is Putin plus a possessive, not one word.
          const bool possessive =
              d.code_point != '-' && (n == 's' || n == 'S') &&
              (next + 1 >= text.size() || !is_letter(decode(text, next + 1).code_point));
          if (is_letter(n) && !possessive) {
            ++code_points;
            end = next;
            continue;
          }
        }
        break;
      }
    }
    Word w;
    w.bytes = {pos, end};
    w.script = script_of(c.code_point);
    w.code_points = static_cast<std::uint32_t>(code_points);
    w.upper_initial = is_upper(c.code_point);
    w.all_upper = dotted || (letters >= 2 && uppers == letters);

    // What lies between the previous word and this one decides breaks.
    const std::string_view gap = text.substr(gap_begin, pos - gap_begin);
    bool punct = false, stop = false, blank_line = false, newline = false, clause_mark = false;
    for (std::size_t p = 0; p < gap.size();) {
      const unsigned char b = static_cast<unsigned char>(gap[p]);
      if (b == ' ') {
        ++p;
        continue;
      }  // most gaps are one space
      core::DecodedChar d = decode(gap, p);
      if (d.code_point == '\n') {
        if (newline) blank_line = true;
        newline = true;
      } else if (u_isWhitespace(d.code_point) || d.code_point == 0xA0) { /* spaces keep `newline` */
      } else {
        punct = true, newline = false;
        if (is_sentence_end(d.code_point)) stop = true;
        if (is_clause_mark(d.code_point)) clause_mark = true;
      }
      p += d.length;
    }
    if (!out.words.empty()) {
      const Word& prev = out.words.back();
      const std::string_view prev_text = text.substr(prev.bytes.begin_byte, prev.bytes.size());
      const bool prev_one_char = decode(prev_text, 0).length == prev_text.size();
      const bool prev_abbrev = is_abbreviation(prev_text) || (prev_one_char && prev.upper_initial);
      const bool next_can_start = c.code_point < 0x80
                                      ? !(c.code_point >= 'a' && c.code_point <= 'z')
                                      : !u_islower(c.code_point);
      if (blank_line) {
        ++paragraph, ++sentence;
      } else if (stop && !prev_abbrev && next_can_start)
        ++sentence;
      // "Joseph R. Biden": the period of an initial does not separate the name.
      const bool initial = prev_one_char && prev.upper_initial && gap.size() >= 1 &&
                           gap[0] == '.' &&
                           gap.find_first_not_of(" \n", 1) == std::string_view::npos;
      w.break_before = (punct && !initial) || blank_line;
      // Footnote numbers ("[1] See ...") do not take the sentence start from the first word.
      w.sentence_start =
          sentence != prev.sentence || (prev.sentence_start && prev.script == Script::kDigit);
    } else {
      w.sentence_start = true;
    }
    if (!out.words.empty() && (clause_mark || sentence != out.words.back().sentence)) ++clause;
    clause_of.push_back(clause);
    w.sentence = sentence;
    w.paragraph = paragraph;
    if (w.script == Script::kHangul) {
      // Korean words repeat; the particle split is the costly part of the scan.
      const std::string_view surface = text.substr(pos, end - pos);
      auto it = stems.find(surface);
      if (it == stems.end()) {
        if (stems.size() > 100000) stems.clear();  // bounded memory on huge inputs
        it = stems
                 .emplace(
                     std::string(surface),
                     static_cast<std::uint32_t>(analysis::split_korean_word(surface).stem_bytes))
                 .first;
      }
      w.stem_bytes = it->second;
    } else {
      w.stem_bytes = static_cast<std::uint32_t>(end - pos);
    }
    out.words.push_back(w);
    gap_begin = pos = end;
  }
  out.sentence_count = out.words.empty() ? 0 : sentence + 1;
  out.paragraph_count = out.words.empty() ? 0 : paragraph + 1;

  // Headline-like paragraphs: at least 3 long Latin/Cyrillic words, 70% capitalized.
  std::vector<std::size_t> longs(out.paragraph_count), caps(out.paragraph_count);
  for (const Word& w : out.words) {
    if (w.script != Script::kLatin && w.script != Script::kCyrillic) continue;
    if (w.code_points < 4) continue;
    ++longs[w.paragraph];
    if (w.upper_initial) ++caps[w.paragraph];
  }
  // Title-cased clauses: at least 3 long words, all capitalized, and no lower-case word but
  // function words (a sentence dense with names still has a lower-case verb: "Сергей Лавров
  // прилетел в Москву", "Angela Merkel met Emmanuel Macron" are not titles).
  std::vector<std::uint32_t> clause_longs(clause + 1), clause_caps(clause + 1);
  for (std::size_t k = 0; k < out.words.size(); ++k) {
    const Word& w = out.words[k];
    if (w.script != Script::kLatin && w.script != Script::kCyrillic) continue;
    // Titles leave only function words in lower case; "Merkel met Macron" is a sentence.
    if (!w.upper_initial &&
        !is_title_function_word(text.substr(w.bytes.begin_byte, w.bytes.size())))
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
  out.title_case_paragraph.resize(out.paragraph_count);
  for (std::size_t p = 0; p < out.paragraph_count; ++p)
    out.title_case_paragraph[p] = longs[p] >= 3 && caps[p] * 10 >= longs[p] * 7;
  return out;
}

}  // namespace loupe::entities
