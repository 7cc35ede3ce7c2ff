// Comparison of romanized names (the output of NameKeyer::romanize): consonant skeletons,
// distances, and the spellings other scripts give a Latin name. Pure functions on ASCII.
//  - skeleton: consonant classes: "putin" -> "PTN", "lavrov" -> "RPRP", "kupchan" -> "KPSN";
//  - name_distance: whether two romanized names may be one name written in two scripts.
// E.g. name_distance("lavrov", "lablop") == 0 (라브로프); name_distance("putin", "biden") ==
//      kNoMatch (same skeleton, every vowel different).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace loupe::entities {

// The same skeleton computed straight from Hangul jamo, without transliteration: a fast
// filter before romanize(). E.g. hangul_skeleton("쿠프찬") == "KPSN".
std::string hangul_skeleton(std::string_view word);
// Distance of two romanized names that may be one name in two scripts: same skeleton and
// spellings close (at most one edit per two letters, not every vowel different; none for
// one-consonant names), else kNoMatch.
inline constexpr std::size_t kNoMatch = static_cast<std::size_t>(-1);
std::size_t name_distance(std::string_view a, std::string_view b);
// Other spellings of a romanized Latin name the way other scripts hear it: soft g as j
// (kissinger -> kissinjer), r before a consonant or at the end dropped (richard -> richad),
// Spanish ll as y (sevilla -> seviya).
std::vector<std::string> spelling_variants(std::string_view romanized);
// Consonant skeleton of a romanized (ASCII lower-case) word.
std::string skeleton(std::string_view romanized);
// The skeleton with vowels kept (a vowel run as its first vowel, y as i): "putin" -> "PuTiN".
std::string vowel_classes(std::string_view romanized);
// Levenshtein distance of two byte strings.
std::size_t edit_distance(std::string_view x, std::string_view y);
// Edit distance between two romanized words after mapping consonants to their classes;
// vowels stay, so Putin and Biden (same skeleton) still differ.
std::size_t romanized_distance(std::string_view a, std::string_view b);

}  // namespace loupe::entities
