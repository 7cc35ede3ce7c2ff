// UkrainianStemFilter: a light Ukrainian stemmer (Snowball has none). Suffix stripping on the
// case-folded term, in two steps:
//  1. reflexive -ся / -сь is removed when at least 4 characters remain (домовилися -> домовили);
//  2. the longest inflection ending from one list (noun, adjective and common verb endings:
//     -ами -ями -ові -ого -ому -ими -ах -ях -ою -ею -ів -ий -ій -их ... -а -я -у -ю -і -ї -е
//     -є -о -и -ь, and -ати -ити -ють -ила -али -ти -ть ...) is removed when at least
//     3 characters remain; if the longest match would leave less, shorter ones are tried.
// So Україна/України/Україні/Україну/Україною -> україн, переговори/переговорів/переговорах ->
// переговор, український/українського/українських -> українськ.
// Deliberately absent: -в/-ав/-ив (they would strip Київ, держав), bare -ла/-ли/-ло (джерела;
// past tense is caught as -ила/-али ...), -ов (Лавров), -ння (so рішення/рішенням agree on
// рішенн). Stem alternations (рік/року, Київ/Києва) are not undone.
// Only terms made of Cyrillic letters are touched; numbers, URLs, Latin and Hangul pass through.
#pragma once
#include <string>

#include "analysis/token_filter.h"

namespace loupe::analysis {

// Stems one folded UTF-8 term in place.
void ukrainian_stem(std::string& term);

class UkrainianStemFilter final : public TokenFilter {
 public:
  void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) override;
};

}  // namespace loupe::analysis
