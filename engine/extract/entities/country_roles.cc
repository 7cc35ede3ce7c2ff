// The role a listed country plays in its sentence. Korean: read from what is glued after it
// and from the sentence: the subject of a clause (`미국은 ... 발표했다`) or a side of a game
// (`폴란드를 3-1로 꺾고`). Spanish: a country in a sentence with a score (`Alemania, 2 - Estados
// Unidos, 1 ... por 7-5 y 6-2`). The state or its team acting: ORG as a mention, its entity the
// country (entity_index.cc).
#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/entity_models.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {

bool korean_subject_follows(std::string_view text, std::size_t at) {
  const std::string_view rest = text.substr(std::min(at, text.size()));
  if (rest.size() < 3) return false;
  const char32_t p = core::decode_utf8(rest, 0).code_point;
  if (p != U'\uC740' && p != U'\uB294' && p != U'\uC774' && p != U'\uAC00') return false;
  // The word ends there (이다 "is", 가까이 "near" go on in Hangul).
  return rest.size() == 3 || !is_hangul_syllable(core::decode_utf8(rest, 3).code_point);
}

namespace {

// The sentence around byte `at`, up to 300 bytes each way: to a line break or a sentence's
// mark (a period before a digit is a number's).
std::string_view sentence_around(std::string_view text, std::size_t at) {
  std::size_t b = at > 300 ? at - 300 : 0, e = std::min(text.size(), at + 300);
  for (std::size_t p = at; p > b; --p)
    if (text[p - 1] == '\n' || text[p - 1] == '.' || text[p - 1] == '?' || text[p - 1] == '!') {
      b = p;
      break;
    }
  for (std::size_t p = at; p < e; ++p)
    if (text[p] == '\n' || text[p] == '?' || text[p] == '!' ||
        (text[p] == '.' &&
         (p + 1 == text.size() || !std::isdigit(static_cast<unsigned char>(text[p + 1]))))) {
      e = p;
      break;
    }
  while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  return text.substr(b, e > b ? e - b : 0);
}

// Digits (3 at most), one of `marks`, a digit: a score (`3-1`, `96-71`, `2:0`); a round
// (`4강`) when `round` is set. `p` is at the first digit; `digit` tests a byte.
template <typename Digit>
bool score_at(std::string_view s, std::size_t p, Digit digit, std::string_view marks, bool round) {
  std::size_t q = p;
  while (digit(q)) ++q;
  return q - p <= 3 && ((round && s.substr(q, 3) == "\uAC15") ||  // 강
                        (q < s.size() && marks.find(s[q]) != marks.npos && digit(q + 1)));
}

// Whether the sentence around byte `at` reports a game: a score (`3-1`, `96-71`), a round
// (`4강`) or a word only Korean sports news uses.
bool sports_sentence(std::string_view text, std::size_t at) {
  const std::string_view s = sentence_around(text, at);
  static constexpr std::string_view kWords[] = {"대표팀", "꺾",     "격파",     "결승",
                                                "예선",   "선수권", "올림픽",   "월드컵",
                                                "세트",   "쿼터",   "월드리그", "강호"};
  const auto digit = [&](std::size_t p) {
    return p < s.size() && std::isdigit(static_cast<unsigned char>(s[p])) != 0;
  };
  // One pass: a score (digits, '-' or ':', digits; `3-1`, `2:0`), a round (`4강`), a word.
  for (std::size_t p = 0; p < s.size(); ++p) {
    const auto c = static_cast<unsigned char>(s[p]);
    if (digit(p) && (p == 0 || (!digit(p - 1) && s[p - 1] != '.'))) {
      if (score_at(s, p, digit, "-:", true)) return true;
      while (digit(p + 1)) ++p;
    } else if (c >= 0xEA && c <= 0xEC && p + 3 <= s.size()) {  // a Hangul syllable
      // The first syllable's last two bytes first (its lead byte is one of three), then the word.
      for (std::string_view w : kWords)
        if (s[p + 1] == w[1] && s[p + 2] == w[2] && s.substr(p, w.size()) == w) return true;
      p += 2;
    }
  }
  return false;
}

}  // namespace

bool korean_team_follows(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view rest = text.substr(std::min(end, text.size()));
  bool marked = !rest.empty() && rest[0] == ',';
  for (std::string_view p : {"\uC744", "\uB97C", "\uACFC", "\uC640", "\uC640\uC758", "\uB3C4",
                             "\uC758"})  // 을 를 과 와 와의 도 의
    if (rest.substr(0, p.size()) == p &&
        (rest.size() == p.size() ||
         !is_hangul_syllable(core::decode_utf8(rest, p.size()).code_point)))
      marked = true;
  return marked && sports_sentence(text, begin);
}

bool score_sentence(std::string_view text, std::size_t at) {
  const std::string_view s = sentence_around(text, at);
  const auto digit = [&](std::size_t p) {
    return p < s.size() && std::isdigit(static_cast<unsigned char>(s[p])) != 0;
  };
  for (std::size_t p = 0; p < s.size(); ++p)
    if (digit(p) && (p == 0 || (!digit(p - 1) && s[p - 1] != '.'))) {
      if (score_at(s, p, digit, "-", false)) return true;  // `31:82` a time, `10:45` an hour
      while (digit(p + 1)) ++p;
    }
  return false;
}

namespace {

// A country written as a word (`Alemania`, not the athletes' code `GER` or `USA`), not after
// `en` (`el récord conseguido en Mónaco`: the venue).
bool team_name(std::string_view text, core::ByteRange bytes) {
  const std::string_view name = text.substr(bytes.begin_byte, bytes.size());
  if (std::none_of(name.begin(), name.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
    return false;
  const std::string_view before = text.substr(0, bytes.begin_byte);
  return !(before.ends_with(" en ") || before.ends_with("\nen ") || before == "en " ||
           before.ends_with(" En ") || before.ends_with("\nEn ") || before == "En ");
}

}  // namespace

// Spanish: CoNLL-2002's training file marks a country so placed ORG 8 times of 9 (`Suecia
// venció a Eslovaquia por 2-1`), elsewhere 350 of 1,098; its athletes' codes (`(GER)`) LOC 21
// times, ORG 13: countries written as words only. CoNLL-2003 marks national teams LOC (every
// country on its training file's score lines), so English keeps them places. Korean: the
// subject and the side of a game (entity_index.cc `mention_type` has the training files'
// counts).
void country_roles(std::string_view text, const Lexicon& lex, std::vector<Candidate>& out) {
  std::vector<ParagraphLanguage> paragraphs;  // at the first Latin country (kept per text)
  for (Candidate& c : out) {
    if (!lex.is_country(c.known)) continue;
    if (c.script == Script::kHangul) {
      c.acting = korean_subject_follows(text, c.bytes.end_byte) ||
                 korean_team_follows(text, c.bytes.begin_byte, c.bytes.end_byte);
      continue;
    }
    if (c.script != Script::kLatin || !team_name(text, c.bytes)) continue;
    if (paragraphs.empty()) paragraphs = paragraph_languages(text);
    const auto in = std::upper_bound(
        paragraphs.begin(), paragraphs.end(), c.bytes.begin_byte,
        [](std::size_t byte, const ParagraphLanguage& p) { return byte < p.end_byte; });
    c.acting = in != paragraphs.end() && in->lang == core::Language::kEs &&
               score_sentence(text, c.bytes.begin_byte);
  }
}

}  // namespace loupe::entities
