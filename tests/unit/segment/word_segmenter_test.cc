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

TEST_CASE("WordSegmenter::segment_pieces gives the spans of the whole text", "[segment]") {
  auto seg = WordSegmenter::create();
  REQUIRE(seg.ok());
  // Cuts land after line feeds and between a space and an ASCII letter or digit: next to
  // numbers, URLs, e-mail, Hangul, kana, combining marks, CRLF and runs of spaces.
  const std::string bits[] = {"Lavrov met Haass ",
                              "2021 ",
                              "in  New\r\nYork. ",
                              "라브로프가 4월 ",
                              "https://example.org/a?b=1 ",
                              "x@example.org ",
                              "東京で会った ",
                              "e\xCC\x81t\xC3\xA9 ",
                              "Нью-Йорк 3.5 ",
                              "\n"};
  std::string text;
  for (int i = 0; text.size() < 40000; ++i) text += bits[(i * 7) % 10];
  const auto whole = seg.value()->segment(text);
  std::vector<loupe::segment::WordSpan> pieces;
  int calls = 0;
  seg.value()->segment_pieces(text, 1000, [&](const std::vector<loupe::segment::WordSpan>& s) {
    pieces.insert(pieces.end(), s.begin(), s.end());
    ++calls;
  });
  CHECK(calls > 20);
  REQUIRE(pieces.size() == whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i) {
    CHECK(pieces[i].bytes == whole[i].bytes);
    CHECK(pieces[i].kind == whole[i].kind);
  }
  CHECK(loupe::segment::piece_end("ab cd", 1) == 3);
  CHECK(loupe::segment::piece_end("ab\ncd", 0) == 3);
  CHECK(loupe::segment::piece_end("가 나", 0) == 7);  // no ASCII letter after the space
}
