// A Latin gloss in brackets glued to a Hangul word (`두뇌한국(Brain Korea)`, `호커센터(Hawker
// Center)`) spells that word in the original language: it is a name when the word is one. The
// Korean sets agree: of the Latin glosses after a Hangul word in their training files, 274 are
// tagged where the word is tagged (19 not) and 9 where it is not (429 not).
// Also: a name the lexicon adds in Latin glued to a Hangul word that is neither a particle nor
// a title, and a particle glued to a closing bracket or quote (drop_glued_word_parts below);
// a span cutting a listed name at the start of its word (korean_whole_listed_name); a Han or
// Latin gloss the tagger left after a name (add_glosses_of_names); a foreign name cut one
// syllable short (korean_span_to_stem).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "analysis/korean_particles.h"
#include "core/utf8.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {

void drop_glosses_of_words(std::string_view text, std::size_t first, std::vector<Candidate>& out) {
  std::vector<std::size_t> ends;  // where the candidates end
  for (std::size_t i = first; i < out.size(); ++i) ends.push_back(out[i].bytes.end_byte);
  std::sort(ends.begin(), ends.end());
  const auto gloss_of_word = [&](const Candidate& c) {
    const std::size_t b = c.bytes.begin_byte, e = c.bytes.end_byte;
    if (c.script != Script::kLatin || b < 4 || e >= text.size() || text[b - 1] != '(' ||
        text[e] != ')')
      return false;
    // The Hangul syllable before the bracket (3 bytes in UTF-8).
    if (!is_hangul_syllable(core::decode_utf8(text, b - 4).code_point)) return false;
    return !std::binary_search(ends.begin(), ends.end(), b - 1);
  };
  out.erase(
      std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), gloss_of_word),
      out.end());
}

namespace {

// The text of a gloss in brackets: Han characters only (`蔡奇`, `北京`), or a Latin name (an
// upper-case letter first; letters, digits, spaces, `.&'-`: `WFP`, `Leonardo Trasande`).
bool gloss_spelling(std::string_view g) {
  if (g.empty() || g.size() > 80) return false;
  const bool han = is_han(core::decode_utf8(g, 0).code_point);
  if (!han && !(g[0] >= 'A' && g[0] <= 'Z')) return false;
  for (std::size_t p = 0; p < g.size();) {
    const core::DecodedChar c = core::decode_utf8(g, p);
    const char32_t u = c.code_point;
    const Script sc = script_of(u);
    const bool latin = sc == Script::kLatin || sc == Script::kDigit || u == U'\u2019' ||
                       (u < 0x80 && std::string_view(" .&'-").find(static_cast<char>(u)) !=
                                        std::string_view::npos);
    if (han ? !is_han(u) : !latin) return false;
    p += c.length;
  }
  if (g.back() == ' ') return false;
  if (han) return true;
  // Every Latin word a capital or a digit first, but short links (`of`, `de`, `l’Automobile`):
  // `Thucydides trap` spells a phrase, not a name.
  for (std::size_t b = 0; b < g.size();) {
    std::size_t e = g.find(' ', b);
    if (e == std::string_view::npos) e = g.size();
    const std::string_view w = g.substr(b, e - b);
    const bool link = w.size() <= 3 || w.substr(0, 2) == "l'" || w.substr(0, 2) == "d'" ||
                      w.substr(0, 4) == "l\u2019" || w.substr(0, 4) == "d\u2019";
    if (!w.empty() && std::islower(static_cast<unsigned char>(w[0])) != 0 && !link) return false;
    b = e + 1;
  }
  return true;
}

}  // namespace

void add_glosses_of_names(std::string_view text, std::size_t first, std::vector<Candidate>& out) {
  const TakenBytes taken(out, first);
  const std::size_t end = out.size();
  for (std::size_t i = first; i < end; ++i) {
    const Candidate c = out[i];  // a copy: out grows below
    const std::size_t open = c.bytes.end_byte;
    if (c.script != Script::kHangul || open + 1 >= text.size() || text[open] != '(') continue;
    // A gloss is short: the search stops where gloss_spelling would refuse it anyway.
    const std::size_t close = text.substr(0, std::min(text.size(), open + 82)).find(')', open + 1);
    if (close == std::string_view::npos) continue;
    const core::ByteRange gloss{open + 1, close};
    if (!gloss_spelling(text.substr(gloss.begin_byte, gloss.size())) || !taken.free(gloss))
      continue;
    Candidate g = c;
    g.bytes = gloss;
    g.script =
        static_cast<unsigned char>(text[gloss.begin_byte]) < 0x80 ? Script::kLatin : Script::kOther;
    g.known = -1;
    g.tagged = false;
    out.push_back(g);
  }
}

namespace {

// Whether the Hangul word `w` is a particle alone (`가`, `의`, `에서는`, `이란`): after a host
// syllable with or without a final consonant, the split leaves only the host.
bool is_particle_word(std::string_view w) {
  for (const char* host : {"나", "낙"}) {
    const std::string probe = std::string(host) + std::string(w);
    if (analysis::split_korean_word(probe).stem_bytes == 3) return true;
  }
  return false;
}

// The Hangul word that starts at byte `at` (up to a space, a punctuation mark or another script).
std::string_view hangul_word_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    const core::DecodedChar c = core::decode_utf8(text, end);
    if (!is_hangul_syllable(c.code_point)) break;
    end += c.length;
  }
  return text.substr(at, end - at);
}

bool closes_quote_or_bracket(char32_t cp) {
  return cp == ')' || cp == '\'' || cp == '"' || cp == U'\u2019' || cp == U'\u201D' ||
         cp == U'\u300D' || cp == U'\u300F' || cp == U'\u300B' || cp == U'\u3009';
}

}  // namespace

// Whether the Hangul glued at byte `at` opens a form of 하다 or 되다 (`저지하는`, "blocking";
// `동원된`, "mobilized"): the word before it is then a verbal noun, never a name. Only forms
// whose first two syllables (or one, for the few that stand alone) are unambiguous: 하고
// ("and") and 한테 ("to") are particles that follow names; 할 only before a space (할머니).
bool korean_verb_follows(std::string_view text, std::size_t at) {
  static constexpr std::string_view kForms[] = {
      "하는", "하다", "한다", "했",   "하여", "해서", "하기", "하지", "하면",
      "하며", "하게", "하였", "하던", "할 ",  "된",   "될",   "되는", "됐",
      "되어", "돼",   "되기", "되지", "되면", "되며", "되었", "되던"};
  const std::string_view rest = text.substr(std::min(at, text.size()));
  // Every form opens with 하..했 (U+D558..U+D588) or 돼..될 (U+B3FC..U+B420): one test per
  // call rejects other words before the list is compared (this runs for every Hangul word).
  if (rest.size() < 3) return false;
  const char32_t first = core::decode_utf8(rest, 0).code_point;
  if (!(first >= U'\uD558' && first <= U'\uD588') && !(first >= U'\uB3FC' && first <= U'\uB420'))
    return false;
  for (std::string_view f : kForms)
    if (rest.substr(0, f.size()) == f) return true;
  return false;
}

int korean_listed_word(const Lexicon& lex, std::string_view text, const Word& w, std::size_t& len) {
  const std::string_view surface = word_text(text, w);
  len = surface.size();
  if (const int found = lex.find_korean(surface); found >= 0) return found;
  // A listed name of one syllable is a word alone (미 "US"), not the stem the particle stripper
  // cut from a longer word (미만 "under": 미 + 만).
  if (w.stem_bytes >= surface.size() || w.stem_bytes <= 3 ||
      korean_verb_follows(text, w.bytes.begin_byte + w.stem_bytes))
    return -1;
  len = w.stem_bytes;
  return lex.find_korean(surface.substr(0, len));
}

// The listed name a Hangul span cuts: the span starts inside a word that opens with a name the
// lexicon lists (2 syllables or more, the longest), and ends before that name does
// (`우크` of `우크라이나군은`, tagged PERSON three times in one corpus document).
void korean_whole_listed_name(const Lexicon& lex, std::string_view text, TaggedSpan& span) {
  const std::size_t b = span.bytes.begin_byte, e = span.bytes.end_byte;
  if (b >= e || !is_hangul_syllable(core::decode_utf8(text, b).code_point)) return;
  std::size_t start = b;  // the word's first syllable (3 bytes each)
  while (start >= 3 && is_hangul_syllable(core::decode_utf8(text, start - 3).code_point))
    start -= 3;
  const std::string_view word = hangul_word_at(text, start);
  if (e > start + word.size()) return;  // the span leaves the word
  for (std::size_t len = std::min<std::size_t>(word.size(), 24); len >= 6; len -= 3) {
    const int found = lex.find_korean(word.substr(0, len));
    if (found < 0) continue;
    if (e < start + len) span = {{start, start + len}, lex.entity(found).type, span.confidence};
    return;
  }
}

// A Hangul span of a foreign name that ends one syllable short of its word's stem, before a
// syllable that spells a final consonant of the original (vowel ㅡ, no final: 즈 드 스 트 크,
// `로드리게즈는` read `로드리게`, `타운젠드가` read `타운젠`) followed by a particle or nothing:
// the name takes that syllable. Korean morphemes rarely end so (`미국행`, `라오스전` do not).
void korean_span_to_stem(std::string_view text, TaggedSpan& span) {
  const std::size_t e = span.bytes.end_byte;
  if (e < 3 || e + 3 > text.size() ||
      !is_hangul_syllable(core::decode_utf8(text, e - 3).code_point))
    return;
  const char32_t next = core::decode_utf8(text, e).code_point;
  if (!is_hangul_syllable(next)) return;
  const unsigned index = next - 0xAC00;
  if ((index % 588) / 28 != 18 || index % 28 != 0) return;  // vowel ㅡ, no final consonant
  const std::string_view rest = hangul_word_at(text, e + 3);
  if ((!rest.empty() && !is_particle_word(rest)) || is_particle_word(hangul_word_at(text, e)))
    return;  // `미국으로`: 으 opens the particle
  span.bytes.end_byte = e + 3;
}

// A name the lexicon adds in Latin (the tagger left it) glued to a Hangul word that is not its
// particle or a title after it (`US오픈`, the US Open; `US텔사`) is a part of another word: in
// the Korean training files a
// Latin word glued so is untagged 622 times, inside a longer span 572 and a span of its own 208
// (most of them before 씨, 군, 측: a person, kept here).
// A particle glued to a closing bracket or quote (`수구초심(首丘初心)이란 말`, `'고생' 이란`)
// is the particle of the quoted word, not a name it spells (`이란`, Iran).
void drop_glued_word_parts(const Lexicon& lex, std::string_view text, std::size_t first,
                           std::vector<Candidate>& out) {
  const auto glued_part = [&](const Candidate& c) {
    const std::size_t b = c.bytes.begin_byte, e = c.bytes.end_byte;
    if (c.script == Script::kLatin) {
      // One letter glued after a Hangul syllable (`국어A`, `수학B`) labels that word: in the
      // Korean training files such a letter is a span of its own once in 49.
      if (b >= 3 && c.bytes.size() == 1 &&
          is_hangul_syllable(core::decode_utf8(text, b - 3).code_point))
        return true;
      // A person glued to a noun (`A군`, `A병사`: anonymized) stays; so do a span ending in
      // Hangul (`GS칼텍스에선`: its own word) and the tagger's spans (`NBC방송`: read in context).
      if (c.type == EntityType::kPerson || e == 0 || (text[e - 1] & 0x80) != 0 ||
          c.by_type[0] + c.by_type[1] + c.by_type[2] > 0)
        return false;
      const std::string_view next = hangul_word_at(text, e);
      if (next.empty() || lex.is_korean_title_after(next)) return false;
      // A particle or the copula opening the rest (`NATO이기`, `CGV의나와서`) is grammar.
      for (std::size_t len = 3; len <= next.size() && len <= 9; len += 3)
        if (is_particle_word(next.substr(0, len))) return false;
      const analysis::KoreanStem stem = analysis::split_korean_word(next);
      return !lex.is_korean_title_after(next.substr(0, stem.stem_bytes));
    }
    if (c.script != Script::kHangul) return false;
    std::size_t before = b;
    if (before > 0 && text[before - 1] == ' ') --before;
    if (before == 0) return false;
    std::size_t start = before - 1;  // the code point that ends right before
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const char32_t mark = core::decode_utf8(text, start).code_point;
    // A straight quote closes when it is glued to the word before it (`'고생' 이란`), and opens
    // after a space (`'이란'`, the country quoted).
    if ((mark == '\'' || mark == '"') && (start == 0 || text[start - 1] == ' ')) return false;
    return closes_quote_or_bracket(mark) && hangul_word_at(text, b).size() == c.bytes.size() &&
           is_particle_word(text.substr(b, c.bytes.size()));
  };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), glued_part),
            out.end());
}

}  // namespace loupe::entities
