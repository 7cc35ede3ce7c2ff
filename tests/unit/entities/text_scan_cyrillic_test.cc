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
  }
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
