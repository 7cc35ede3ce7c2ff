// Hangul helpers shared by indexing (compound suffixes) and querying (jamo-level fuzzy match).
//
// Compounds: Korean noun compounds are head-final (외교관계 + 위원회 = 외교관계위원회, 외무 +
// 장관), and written without spaces. We index, beside the whole stem, each of its proper suffixes
// of at least 2 syllables as a *marked* term (kCompoundMarker + suffix) at the same position, so a
// query for 위원회 or 장관 finds the compound, and the marked terms rank below whole-word matches
// (query/searcher.h weights them). Why suffixes and not character bigrams: bigrams of 위원회
// (위원, 원회) also match where those pairs occur apart (위원장 ... 원회), need a phrase check to
// be precise, and bloat every Hangul word; a dictionary decompounder needs data we do not have. The
// price: a modifier in the middle of a compound (관계 in 외교관계위원회) is not found; the front
// part is still reachable with a prefix query (외교*). E.g. compound_suffixes("외교관계위원회") ->
// {"교관계위원회", "관계위원회", "계위원회", "위원회", "원회"}.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace loupe::index {

// Marks compound-suffix terms in the dictionary: a control byte no analyzed term contains.
inline constexpr char kCompoundMarker = '\x01';
// Stems of this many syllables or more get suffix terms; suffixes keep at least kMinSuffix.
inline constexpr std::size_t kMinCompoundSyllables = 3;
inline constexpr std::size_t kMaxCompoundSyllables = 12;
inline constexpr std::size_t kMinSuffixSyllables = 2;

inline bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

// Whether `text` is nothing but precomposed Hangul syllables (3 UTF-8 bytes each), and not empty.
bool is_hangul_word(std::string_view text);

// The proper suffixes (in syllables) of an all-Hangul term, longest first; empty for other terms.
std::vector<std::string> compound_suffixes(std::string_view term);

// Code points of `text` with each precomposed syllable split into its 2 or 3 jamo
// (L, V, optional T; arithmetic decomposition from U+AC00), other characters unchanged.
// E.g. to_jamo("각") == {U+1100, U+1161, U+11A8}.
std::u32string to_jamo(std::string_view text);
// The same into a caller's buffer (cleared first): no allocation once it has grown.
void to_jamo(std::string_view text, std::u32string& out);

// The code points of valid UTF-8 (invalid bytes become U+FFFD).
std::u32string to_code_points(std::string_view text);

}  // namespace loupe::index
