// The leaves of the chart (grammar_leaves.h): what a token is before any rule applies.
#include "extract/dates/grammar_leaves.h"

#include <algorithm>

#include "extract/dates/grammar.h"

namespace loupe::dates {
namespace {

// A Roman numeral of Latin or Cyrillic letters ("XIX", "ХХ"): 1..39, else 0.
int roman_value(std::string_view w) {
  int total = 0, prev = 0;
  for (std::size_t i = w.size(); i > 0;) {
    int v = 0;
    const unsigned char c = static_cast<unsigned char>(w[i - 1]);
    if (c == 'i')
      v = 1, i -= 1;
    else if (c == 'v')
      v = 5, i -= 1;
    else if (c == 'x')
      v = 10, i -= 1;
    else if (i >= 2 && c == 0x85 && static_cast<unsigned char>(w[i - 2]) == 0xD1)
      v = 10, i -= 2;  // Cyrillic ha, D1 85
    else if (i >= 2 && c == 0x96 && static_cast<unsigned char>(w[i - 2]) == 0xD1)
      v = 1, i -= 2;  // Ukrainian i, D1 96
    else
      return 0;
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total <= 39 ? total : 0;
}

}  // namespace

bool punct_matches(std::string_view alts, std::string_view norm) {
  // A non-empty mark is searched for (string_view::find skips to its first byte) and must fill
  // a whole alternative; walking every alternative cost ~200 instructions per call.
  if (!norm.empty()) {
    if (norm.find('|') != std::string_view::npos) return false;  // alternatives hold none
    for (std::size_t at = alts.find(norm); at != std::string_view::npos;
         at = alts.find(norm, at + 1)) {
      const std::size_t end = at + norm.size();
      if ((at == 0 || alts[at - 1] == '|') && (end == alts.size() || alts[end] == '|')) return true;
    }
    return false;
  }
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= alts.size(); ++i) {
    if (i < alts.size() && alts[i] != '|') continue;
    if (i - begin == norm.size() && alts.compare(begin, norm.size(), norm) == 0) return true;
    begin = i + 1;
  }
  return false;
}

// The leaf a token gives besides its lexicon hits: a number (figures, a Korean word that is
// also a numeral such as "일", a Roman numeral) or a punctuation mark; kLex when none.
ItemType token_leaf(const Tok& t, double& num, int& digits) {
  if (t.type == TokenType::kNumber || (t.hangul && t.number >= 0)) {
    num = static_cast<double>(t.number);
    digits = t.type == TokenType::kNumber && !t.hangul ? t.digits : 0;
    return ItemType::kNum;
  }
  if (t.type == TokenType::kWord && !t.hangul && t.norm.size() <= 12) {
    if (const int r = roman_value(t.norm); r > 0 && t.norm != "i" && t.norm != "v") {
      num = r, digits = -1;  // -1: Roman
      return ItemType::kNum;
    }
    return ItemType::kLex;
  }
  return t.type == TokenType::kPunct ? ItemType::kPunct : ItemType::kLex;
}

unsigned long long leaf_codes(const std::vector<Tok>& toks, int b, int e) {
  unsigned long long codes = 0;
  for (int i = b; i < e; ++i) {
    double num = 0;
    int digits = 0;
    const ItemType leaf = token_leaf(toks[i], num, digits);
    if (leaf != ItemType::kLex) codes |= 1ull << static_cast<int>(leaf);
    for (const LexHit& h : toks[i].hits) {
      if (i + h.tokens <= e) codes |= 1ull << (8 + static_cast<int>(h.entry->cls));
    }
  }
  return codes;
}

bool plain_word(const Tok& t) {
  if (t.type != TokenType::kWord || t.hangul) return false;
  for (const LexHit& h : t.hits) {
    if (h.entry->cls != Lx::kContract && h.entry->cls != Lx::kYearNoun) return false;
  }
  return true;
}

bool Grammar::temporal_token(const Tok& t) {
  if (t.type == TokenType::kNumber) return true;
  if (t.type == TokenType::kWord && t.hits.empty()) {
    // Most words: no lexicon hit, and a last byte no Roman numeral ends with (roman_value).
    const unsigned char last = t.norm.empty() ? 0 : static_cast<unsigned char>(t.norm.back());
    if (last != 'i' && last != 'v' && last != 'x' && last != 0x85 && last != 0x96) return false;
  }
  if (t.type == TokenType::kPunct && t.hits.empty()) {
    if (t.norm.size() == 1)
      return std::string_view("-~/.:,'\"").find(t.norm[0]) != std::string_view::npos;
    // and the ASCII ones above; "∼" (U+223C) is Korean news' range mark: "지난 8∼10월"
    static constexpr std::string_view kJoin = "–|—|〜|～|∼|’|º|°|ª|·";
    return punct_matches(kJoin, t.norm);
  }
  if (t.type == TokenType::kWord && !t.hits.empty() && plain_word(t)) return false;  // "cotton"
  return !t.hits.empty() || (t.type == TokenType::kWord && roman_value(t.norm) > 0);
}

}  // namespace loupe::dates
