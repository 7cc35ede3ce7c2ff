// The short words the entity scan asks about on every short word (text_scan.cc): the function
// words a title-cased title keeps in lower case, and the abbreviations a period does not end a
// sentence after. Each at most 4 bytes, compared as one integer.
// E.g. is_abbreviation("Dr") -> true; is_title_function_word("del") -> true.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace loupe::entities {

// A word of at most 4 bytes as one number (its bytes and its size): the lists below are
// compared as integers, not with one memcmp per entry (these run on every short word).
constexpr std::uint64_t short_word_key(std::string_view w) {
  std::uint64_t key = static_cast<std::uint64_t>(w.size()) << 32;
  for (std::size_t i = 0; i < w.size(); ++i)
    key |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return key;
}

template <std::size_t N>
constexpr std::array<std::uint64_t, N> short_word_keys(const std::string_view (&words)[N]) {
  std::array<std::uint64_t, N> keys{};
  for (std::size_t i = 0; i < N; ++i) keys[i] = short_word_key(words[i]);
  return keys;
}

template <std::size_t N>
constexpr bool all_short(const std::string_view (&words)[N]) {
  for (const std::string_view w : words)
    if (w.size() > 4) return false;
  return true;
}

template <std::size_t N>
inline bool in_short_words(std::string_view w, const std::array<std::uint64_t, N>& keys) {
  if (w.size() > 4) return false;  // every listed word is at most 4 bytes
  const std::uint64_t key = short_word_key(w);
  for (const std::uint64_t k : keys)
    if (k == key) return true;
  return false;
}

// Words a title-cased title keeps in lower case (English, Spanish).
constexpr std::string_view kTitleFunctionWords[] =
    {
        "a",   "an",  "the",  "of",   "and", "or", "in", "on",  "at", "to",
        "for", "by",  "with", "from", "vs",  "as", "de", "del", "la", "el",
        "los", "las", "y",    "en",   "e",   "o",  "s"};  // "s": the possessive of "Russia’s"
static_assert(all_short(kTitleFunctionWords));
constexpr auto kTitleFunctionKeys = short_word_keys(kTitleFunctionWords);
inline bool is_title_function_word(std::string_view w) {
  return in_short_words(w, kTitleFunctionKeys);
}

// The longest, "Prof", "гг", "ст", is 4 bytes.
constexpr std::string_view kAbbreviations[] = {
    "Mr", "Mrs", "Ms",  "Dr", "St", "Gen", "Sen", "Gov", "Jr", "Sr", "Prof",
    "Lt", "Col", "Sra", "Sr", "vs", "etc", "No",  "г",   "гг", "т",  "ст"};
static_assert(all_short(kAbbreviations));
constexpr auto kAbbreviationKeys = short_word_keys(kAbbreviations);
inline bool is_abbreviation(std::string_view w) { return in_short_words(w, kAbbreviationKeys); }

}  // namespace loupe::entities
