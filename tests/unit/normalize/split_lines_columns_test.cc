// split_lines (running_header.cc) counts a line's code points and display columns with fast
// paths (8 ASCII bytes at a time, two-byte characters without decoding): on random lines of
// ASCII, two-, three- and four-byte characters, wide ones and invalid bytes, the counts must be
// those of decoding every character (core::decode_utf8, East Asian wide = 2 columns). Fails if
// a fast path takes a lone lead byte (C2 before a space) or a cut sequence as a character.
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "core/utf8.h"
#include "normalize/text_lines.h"

namespace {

bool wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}

}  // namespace

TEST_CASE("split_lines: code points and columns as decoding every character", "[normalize]") {
  const char* pieces[] = {"a",
                          "Putin ",
                          " ",
                          "\t",
                          "\n",
                          "abcdefghij",
                          "й",
                          "é",
                          "\xC2",
                          "\xDF",
                          "\xC2\x80",
                          "\xC3(",
                          "한",
                          "국어",
                          "\xED",
                          "\xEA\xB0",
                          "\xF0\x9F\x98\x80",
                          "中",
                          "ｱ",
                          "Ａ",
                          "\x80",
                          "\xE0\x80\x80",
                          "\xED\xA0\x80",
                          "ᄀ",
                          "-",
                          "12",
                          "\xC2 "};
  std::mt19937 rng(16);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::size_t n = 1 + rng() % 40;
    for (std::size_t k = 0; k < n; ++k) text += pieces[pick(rng)];
    INFO(text);
    for (const auto& l : loupe::normalize::split_lines(text)) {
      std::uint32_t code_points = 0, columns = 0;
      for (std::size_t i = l.trim_begin; i < l.trim_end;) {
        const auto c = loupe::core::decode_utf8(text, i);
        ++code_points;
        columns += wide(c.code_point) ? 2 : 1;
        i += c.length;
      }
      CHECK(l.code_points == code_points);
      CHECK(l.columns == columns);
    }
  }
}
