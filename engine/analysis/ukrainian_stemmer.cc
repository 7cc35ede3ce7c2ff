#include "analysis/ukrainian_stemmer.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace loupe::analysis {
namespace {

constexpr std::size_t kMinStemChars = 3;
constexpr std::size_t kMinReflexiveStemChars = 4;

constexpr std::string_view kEndings[] = {
    // verbs (past, infinitive, present)
    // Past tense -ла/-ли/-ло only after a vowel (-ила, -ала ...): a bare -ла is as often a noun
    // ending (джерела, села) as a verb one.
    "ували",
    "увала",
    "ував",
    "ила",
    "ала",
    "іла",
    "яла",
    "ула",
    "ило",
    "ало",
    "іло",
    "яло",
    "уло",
    "или",
    "али",
    "іли",
    "яли",
    "ули",
    "ати",
    "ити",
    "іти",
    "яти",
    "ють",
    "ать",
    "ять",
    "уть",
    "ить",
    "іть",
    "ємо",
    "емо",
    "имо",
    "ете",
    "єте",
    "ите",
    "ти",
    "ть",
    // adjectives and pronoun-like declension
    "ього",
    "ьому",
    "ого",
    "ому",
    "ими",
    "іми",
    "ий",
    "ій",
    "ої",
    "их",
    "іх",
    "им",
    "ім",
    "ую",
    "юю",
    "ая",
    "яя",
    "еє",
    // nouns
    "ами",
    "ями",
    "ові",
    "еві",
    "єві",
    "ах",
    "ях",
    "ам",
    "ям",
    "ом",
    "ем",
    "єм",
    "ою",
    "ею",
    "єю",
    "ів",
    "їв",
    "ей",
    // one-letter endings
    "а",
    "я",
    "у",
    "ю",
    "і",
    "ї",
    "е",
    "є",
    "о",
    "и",
    "ь",
};

std::array<std::string_view, std::size(kEndings)> sorted_endings() {
  std::array<std::string_view, std::size(kEndings)> s{};
  std::copy(std::begin(kEndings), std::end(kEndings), s.begin());
  std::stable_sort(s.begin(), s.end(),
                   [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  return s;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Cyrillic letters (U+0400..U+04FF) are two bytes with lead byte D0..D3; an apostrophe
// (U+0027, U+2019, U+02BC) may appear inside Ukrainian words (м'ясо).
bool is_cyrillic_word(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0xD0 && b <= 0xD3 && i + 1 < s.size()) {
      i += 2;
    } else if (b == '\'') {
      i += 1;
    } else if (s.substr(i, 3) == "\xE2\x80\x99" || s.substr(i, 2) == "\xCA\xBC") {
      i += (b == 0xE2) ? 3 : 2;
    } else {
      return false;
    }
  }
  return true;
}

std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

void ukrainian_stem(std::string& term) {
  static const auto endings = sorted_endings();
  if (!is_cyrillic_word(term)) return;
  std::string_view w = term;
  for (std::string_view refl : {std::string_view("ся"), std::string_view("сь")}) {
    if (ends_with(w, refl) && count_chars(w) - 2 >= kMinReflexiveStemChars) {
      w.remove_suffix(refl.size());
      break;
    }
  }
  for (std::string_view e : endings) {
    if (ends_with(w, e) && count_chars(w) - count_chars(e) >= kMinStemChars) {
      w.remove_suffix(e.size());
      break;
    }
  }
  term.resize(w.size());
}

void UkrainianStemFilter::apply(const FilterContext&, std::vector<AnalyzedToken>& tokens) {
  constexpr std::uint32_t kSkip = kTokenNumber | kTokenUrl | kTokenEmail | kTokenHangul;
  for (AnalyzedToken& t : tokens) {
    if ((t.flags & kSkip) == 0) ukrainian_stem(t.term);
  }
}

}  // namespace loupe::analysis
