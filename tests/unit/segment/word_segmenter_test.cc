#include "segment/word_segmenter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using loupe::segment::WordKind;
using loupe::segment::WordSegmenter;

namespace {

std::vector<std::string> words(std::string_view text) {
  auto seg = WordSegmenter::create();
  REQUIRE(seg.ok());
  std::vector<std::string> out;
  for (const auto& s : seg.value()->segment(text)) {
    out.emplace_back(text.substr(s.bytes.begin_byte, s.bytes.size()));
  }
  return out;
}

}  // namespace

TEST_CASE("WordSegmenter drops spaces and punctuation", "[segment]") {
  CHECK(words("Hello, world!") == std::vector<std::string>{"Hello", "world"});
  CHECK(words("") == std::vector<std::string>{});
  CHECK(words(" \n\t.,;") == std::vector<std::string>{});
}

TEST_CASE("WordSegmenter splits Korean on spaces and keeps particles (ICU alone)", "[segment]") {
  CHECK(words("라브로프 외무장관은 지난 4월") ==
        std::vector<std::string>{"라브로프", "외무장관은", "지난", "4", "월"});
}

TEST_CASE("WordSegmenter handles Cyrillic, Spanish and apostrophes", "[segment]") {
  CHECK(words("Лавров встретился с Хаассом.") ==
        std::vector<std::string>{"Лавров", "встретился", "с", "Хаассом"});
  CHECK(words("Ucrania y Rusia negocian") ==
        std::vector<std::string>{"Ucrania", "y", "Rusia", "negocian"});
  CHECK(words("Україна обʼєднується, don't") ==
        std::vector<std::string>{"Україна", "обʼєднується", "don't"});
}

TEST_CASE("WordSegmenter reports the kind of each span", "[segment]") {
  auto seg = WordSegmenter::create();
  REQUIRE(seg.ok());
  const auto spans = seg.value()->segment("2023 word 東京");
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].kind == WordKind::kNumber);
  CHECK(spans[1].kind == WordKind::kLetter);
  CHECK(spans[2].kind == WordKind::kIdeographic);
}

TEST_CASE("WordSegmenter survives invalid UTF-8 and NUL bytes", "[segment]") {
  const std::string text(
      "ab\xFF\xFE"
      "cd\0ef\xE2\x82",
      10);
  CHECK(words(text) == std::vector<std::string>{"ab", "cd", "ef"});
}
