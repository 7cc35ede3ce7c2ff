// Leaves of the grammar's chart: what a token is before any rule applies (a number in figures,
// a Hangul numeral or a Roman numeral, a punctuation mark, or only its lexicon meanings), and
// which tokens can be part of a date at all (windows of the chart are runs of them).
// E.g. "XIX" -> a number 19 (digits -1: Roman); "–" -> a punctuation leaf.
#pragma once
#include <string_view>
#include <vector>

#include "extract/dates/date_lexer.h"
#include "extract/dates/time_value.h"

namespace loupe::dates {

// Whether `norm` is one of the alternatives "a|b|c" (no allocation, no search per call).
bool punct_matches(std::string_view alts, std::string_view norm);

// The leaf a token gives besides its lexicon hits: kNum (num, digits: how many figures, 0 for
// a word, -1 for a Roman numeral), kPunct, or kLex when none.
ItemType token_leaf(const Tok& t, double& num, int& digits);

// A word with no temporal meaning: no lexicon hit but a traded contract ("3 contracts" is a
// quantity as "3 sites" is).
bool plain_word(const Tok& t);

// The item codes (one bit per item kind, 8 + lexicon class) of the leaves of toks[b, e),
// without building them.
unsigned long long leaf_codes(const std::vector<Tok>& toks, int b, int e);

}  // namespace loupe::dates
