// The tagger's tokenizer (tagger_tokens.cc) answers ASCII letters and digits and Hangul
// syllables without decoding or ICU (word_end's byte test, an inline Hangul range): each code
// point between two letters must give the tokens ICU's classes give. Fails if the fast path
// takes a character the general one would not (`_`, a Hangul neighbour such as U+ABFF).
#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/tagger_tokens.h"

namespace {

using loupe::entities::tag_tokens;

std::string utf8(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

std::vector<std::string> token_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : tag_tokens(text).tokens)
    out.push_back(text.substr(t.bytes.begin_byte, t.bytes.size()));
  return out;
}

bool hangul(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
bool word_char(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  const int8_t type = u_charType(c);
  return u_isalpha(c) || u_isdigit(c) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}
bool space(char32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0xFEFF;
}
bool joiner(char32_t cp) {
  return cp == '-' || cp == '\'' || cp == U'\u2019' || cp == U'\u2010' || cp == '&';
}

// The tokens of "x" + cp + "y" and "1" + cp + "2", from ICU's classes.
void check(char32_t cp) {
  INFO(std::hex << static_cast<unsigned>(cp));
  const std::string c = utf8(cp);
  for (const auto& [a, b] : {std::pair<std::string, std::string>{"x", "y"}, {"1", "2"}}) {
    const bool digits = a == "1";
    std::vector<std::string> expected;
    if (hangul(cp))
      expected = {a, c, b};
    else if (space(cp))
      expected = {a, b};
    else if (word_char(cp) || joiner(cp) || (digits && (cp == '.' || cp == ',')))
      expected = {a + c + b};
    else
      expected = {a, c, b};
    CHECK(token_texts(a + c + b) == expected);
  }
}

}  // namespace

TEST_CASE("Tagger tokens: ASCII between letters and between digits, as ICU classes them",
          "[entities]") {
  for (char32_t cp = 1; cp < 0x80; ++cp) check(cp);
}

TEST_CASE("Tagger tokens: Hangul syllables and their neighbours, Cyrillic, marks, spaces",
          "[entities]") {
  for (const char32_t cp :
       {0xABFFu, 0xAC00u, 0xAC01u, 0xD7A3u, 0xD7A4u, 0xD7B0u, 0x3131u, 0x1100u, 0x0400u,
        0x045Fu, 0x0460u, 0x0491u, 0x00E9u, 0x0301u, 0x0903u, 0x00A0u, 0x3000u, 0x2009u,
        0x200Bu, 0x202Fu, 0xFEFFu, 0x2019u, 0x2010u, 0x00B7u, 0x4E00u, 0x0660u, 0x1F600u})
    check(cp);
}

TEST_CASE("Tagger tokens: Hangul words split into syllables next to Latin and digits",
          "[entities]") {
  CHECK(token_texts("NATO의 2024년 푸틴은") ==
        std::vector<std::string>{"NATO", "의", "2024", "년", "푸", "틴", "은"});
  const auto t = tag_tokens("U.S. 푸틴은");
  REQUIRE(t.tokens.size() == 4);
  CHECK(t.tokens[1].word.size() == 9);
  CHECK(t.tokens[3].last_syllable);
}
