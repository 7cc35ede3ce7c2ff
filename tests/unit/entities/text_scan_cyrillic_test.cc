// The word scanner's Cyrillic fast path (text_scan.cc, is_basic_cyrillic): U+0400..U+045F are
// answered without ICU, so ICU must agree on them, and words mixing them with other Cyrillic
// letters (ґ, U+0491) stay whole. Sentences written for this test.
#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/text_scan.h"

using loupe::entities::scan_text;
using loupe::entities::word_text;

TEST_CASE("U+0400..U+045F are letters, upper case below U+0430, as ICU says", "[entities]") {
  for (UChar32 cp = 0x0400; cp <= 0x045F; ++cp) {
    INFO(std::hex << cp);
    CHECK(u_isalpha(cp));
    CHECK(static_cast<bool>(u_isupper(cp)) == (cp < 0x0430));
    CHECK(static_cast<bool>(u_islower(cp)) == (cp >= 0x0430));  // the scanner's is_lower
  }
  for (UChar32 cp = 0xAC00; cp <= 0xD7A3; ++cp) {  // Hangul syllables: neither case
    INFO(std::hex << cp);
    CHECK(!u_islower(cp));
    CHECK(!u_isupper(cp));
  }
}

// The scanner's is_lower and is_whitespace answer ASCII without ICU.
TEST_CASE("ASCII lower case and white space as ICU says", "[entities]") {
  for (UChar32 cp = 0; cp < 0x80; ++cp) {
    INFO(std::hex << cp);
    CHECK(static_cast<bool>(u_islower(cp)) == (cp >= 'a' && cp <= 'z'));
    CHECK(static_cast<bool>(u_isWhitespace(cp)) ==
          (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F)));
  }
}

// A sentence ends at a period only before a word that can start one (not lower case), and a
// gap of ASCII white space other than spaces keeps a line's end: both through the fast paths.
TEST_CASE("Sentences and paragraphs through the scanner's case and space answers", "[entities]") {
  const std::string text = "Он ушёл. вот и всё. Мы тут. 서울에 왔다. Ёж\t\v\n\x1C\nЯ. ж";
  const auto scanned = scan_text(text);
  std::vector<std::uint32_t> sentences, paragraphs;
  for (const auto& w : scanned.words) {
    sentences.push_back(w.sentence);
    paragraphs.push_back(w.paragraph);
  }
  // Он ушёл. вот и всё (lower case: the same sentence) | Мы тут | 서울에 왔다 | Ёж | blank line
  // (\x1C is white space: the two newlines make one) | Я. ж (lower case again)
  CHECK(sentences == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 4, 4});
  CHECK(paragraphs == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1});
}

TEST_CASE("Cyrillic words: letters, capitals and code points counted", "[entities]") {
  const std::string text = "Мы видели ЦСКА и ЄС, а Ґрунтґ нет. ЇЖАКҐ";
  const auto scanned = scan_text(text);
  std::vector<std::string> words;
  for (const auto& w : scanned.words) words.emplace_back(word_text(text, w));
  REQUIRE(words == std::vector<std::string>{"Мы", "видели", "ЦСКА", "и", "ЄС", "а", "Ґрунтґ", "нет",
                                            "ЇЖАКҐ"});
  const auto& w = scanned.words;
  CHECK(w[1].code_points == 6);
  CHECK(!w[1].upper_initial);
  CHECK(!w[1].all_upper);
  CHECK(w[2].all_upper);
  CHECK(w[2].upper_initial);
  CHECK(w[4].all_upper);  // Є is U+0404
  CHECK(w[6].code_points == 6);
  CHECK(w[6].upper_initial);
  CHECK(!w[6].all_upper);
  CHECK(w[8].all_upper);  // Ґ (U+0490) through ICU, the others through the fast path
  CHECK(w[8].code_points == 5);
}
