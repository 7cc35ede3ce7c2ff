#include "segment/sentence_segmenter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using loupe::segment::SentenceSegmenter;

namespace {

std::vector<std::string> sentences(std::string_view text) {
  auto seg = SentenceSegmenter::create();
  REQUIRE(seg.ok());
  std::vector<std::string> out;
  for (const auto& r : seg.value()->segment(text)) {
    REQUIRE(r.end_byte <= text.size());
    out.emplace_back(text.substr(r.begin_byte, r.size()));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("SentenceSegmenter splits English and keeps U.S. and initials inside", "[segment]") {
  CHECK(sentences("The talks began in April. The U.S. President was told. J. Smith agreed!") ==
        V{"The talks began in April.", "The U.S. President was told.", "J. Smith agreed!"});
  CHECK(sentences("Is it over? No.") == V{"Is it over?", "No."});
  CHECK(sentences("It grew 2.28 percent. Then it fell.") ==
        V{"It grew 2.28 percent.", "Then it fell."});
}

TEST_CASE("SentenceSegmenter keeps Spanish EE. UU. inside a sentence", "[segment]") {
  CHECK(sentences("Los negociadores de EE. UU. hablaron con Rusia. Nada cambió.") ==
        V{"Los negociadores de EE. UU. hablaron con Rusia.", "Nada cambió."});
  // "UU." before a capital is taken as a sentence end (documented trade-off).
  CHECK(sentences("Rusia habló con EE. UU. El acuerdo llegó.") ==
        V{"Rusia habló con EE. UU.", "El acuerdo llegó."});
  CHECK(sentences("¿Habrá paz? Según la Sra. López, sí.") ==
        V{"¿Habrá paz?", "Según la Sra. López, sí."});
}

TEST_CASE("SentenceSegmenter splits Russian and Ukrainian, keeping abbreviations", "[segment]") {
  CHECK(sentences("Встреча прошла в 2023 г. В Нью-Йорке. Лавров молчал.") ==
        V{"Встреча прошла в 2023 г. В Нью-Йорке.", "Лавров молчал."});
  CHECK(sentences("Переговори тривають. Україна чекає.") ==
        V{"Переговори тривають.", "Україна чекає."});
}

TEST_CASE("SentenceSegmenter splits Korean after 다. with or without a space", "[segment]") {
  CHECK(sentences("미국과 러시아가 협상했다. 라브로프가 왔다.") ==
        V{"미국과 러시아가 협상했다.", "라브로프가 왔다."});
  CHECK(sentences("협상은 아니다.그러나 회담은 열렸다.") ==
        V{"협상은 아니다.", "그러나 회담은 열렸다."});
  CHECK(sentences("\"대화지 협상이 아니다.\" 하스는 말했다.") ==
        V{"\"대화지 협상이 아니다.\"", "하스는 말했다."});
}

TEST_CASE("SentenceSegmenter works on a sub-range and on empty input", "[segment]") {
  auto seg = SentenceSegmenter::create();
  REQUIRE(seg.ok());
  std::string text = "xx One. Two. yy";
  auto r = seg.value()->segment(text, {3, 12});
  REQUIRE(r.size() == 2);
  CHECK(r[0].begin_byte == 3);
  CHECK(r[0].end_byte == 7);
  CHECK(r[1].begin_byte == 8);
  CHECK(r[1].end_byte == 12);
  CHECK(seg.value()->segment("").empty());
  CHECK(seg.value()->segment(text, {20, 30}).empty());
  CHECK(sentences("   \n  ").empty());
}

TEST_CASE("is_non_terminal_abbreviation", "[segment]") {
  using loupe::segment::is_non_terminal_abbreviation;
  CHECK(is_non_terminal_abbreviation("U.S."));
  CHECK(is_non_terminal_abbreviation("EE."));
  CHECK(is_non_terminal_abbreviation("Ж."));
  CHECK_FALSE(is_non_terminal_abbreviation("April."));
  CHECK_FALSE(is_non_terminal_abbreviation("다."));
  CHECK_FALSE(is_non_terminal_abbreviation("."));
}
