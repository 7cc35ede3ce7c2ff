#include "segment/paragraph_segmenter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using loupe::segment::segment_paragraphs;

namespace {

std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& r : segment_paragraphs(text)) {
    REQUIRE(r.end_byte <= text.size());
    out.emplace_back(text.substr(r.begin_byte, r.size()));
  }
  return out;
}

}  // namespace

TEST_CASE("segment_paragraphs splits on blank lines and trims", "[segment]") {
  CHECK(paragraphs("One.\n\nTwo.") == std::vector<std::string>{"One.", "Two."});
  CHECK(paragraphs("  One.\n\nTwo\nlines.\n\n\n") ==
        std::vector<std::string>{"One.", "Two\nlines."});
  auto r = segment_paragraphs("  One.\n\nTwo\nlines.\n\n\n");
  REQUIRE(r.size() == 2);
  CHECK(r[0].begin_byte == 2);
  CHECK(r[0].end_byte == 6);
  CHECK(r[1].begin_byte == 8);
  CHECK(r[1].end_byte == 18);
}

TEST_CASE("segment_paragraphs keeps a single newline inside a paragraph", "[segment]") {
  CHECK(paragraphs("미국과 러시아는\n협상했다.") ==
        std::vector<std::string>{"미국과 러시아는\n협상했다."});
}

TEST_CASE("segment_paragraphs accepts blank lines holding spaces (raw text)", "[segment]") {
  CHECK(paragraphs("Первый.\n \t\nДругий.\n\n\n\n  \n\nTercero.") ==
        std::vector<std::string>{"Первый.", "Другий.", "Tercero."});
}

TEST_CASE("segment_paragraphs on empty and blank input", "[segment]") {
  CHECK(paragraphs("").empty());
  CHECK(paragraphs("\n\n\n").empty());
  CHECK(paragraphs(" \xC2\xA0\xE3\x80\x80 ").empty());  // NBSP and ideographic space trim too
  CHECK(paragraphs("\xE3\x80\x80가\xC2\xA0") == std::vector<std::string>{"가"});
}
