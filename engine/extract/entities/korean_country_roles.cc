// The role a listed country plays in a Korean sentence, read from what is glued after it and
// from the sentence: the subject of a clause (`미국은 ... 발표했다`) or a side of a game
// (`폴란드를 3-1로 꺾고`) is the state or its team acting, ORG as a mention (entity_index.cc).
#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/utf8.h"
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

// Whether the sentence around byte `at` (up to 300 bytes each way, to its ends) reports a
// game: a score (`3-1`, `96-71`) or a word only sports news uses.
bool sports_sentence(std::string_view text, std::size_t at) {
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
  const std::string_view s = text.substr(b, e > b ? e - b : 0);
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
      std::size_t q = p;
      while (digit(q)) ++q;
      if (q - p <= 3 && (s.substr(q, 3) == "\uAC15" ||  // 강
                         ((s.substr(q, 1) == "-" || s.substr(q, 1) == ":") && digit(q + 1))))
        return true;
      p = q - 1;
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

}  // namespace loupe::entities
