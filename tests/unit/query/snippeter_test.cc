#include "query/snippeter.h"

#include <catch2/catch.hpp>

#include "support/analyzed_text_builder.h"

using namespace loupe;

TEST_CASE("short passages are whole, with every match marked") {
  const analysis::AnalyzedText t = test::build_text("라브로프가 말했다, 라브로프와 함께");
  const query::Snippet s = query::make_snippet(
      t, 100, [](std::string_view term) { return term == "라브로프"; }, 200);
  CHECK(s.bytes == core::ByteRange{100, 100 + t.text.size()});
  REQUIRE(s.highlights.size() == 2);
  CHECK(t.text.substr(s.highlights[0].begin_byte - 100, s.highlights[0].size()) == "라브로프가");
  CHECK(t.text.substr(s.highlights[1].begin_byte - 100, s.highlights[1].size()) == "라브로프와");
}

TEST_CASE("long passages are cut around the densest matches, at character boundaries") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "слово ";
  text += "цель и ещё цель ";
  for (int i = 0; i < 40; ++i) text += "слово ";
  const analysis::AnalyzedText t = test::build_text(text);
  const query::Snippet s = query::make_snippet(
      t, 0, [](std::string_view term) { return term == "цель"; }, 80);
  CHECK(s.bytes.size() <= 80 + 4);
  REQUIRE(s.highlights.size() == 2);
  CHECK(s.bytes.begin_byte <= s.highlights[0].begin_byte);
  CHECK(s.highlights[1].end_byte <= s.bytes.end_byte);
  CHECK((static_cast<unsigned char>(text[s.bytes.begin_byte]) & 0xC0) != 0x80);
  CHECK((s.bytes.end_byte == text.size() ||
         (static_cast<unsigned char>(text[s.bytes.end_byte]) & 0xC0) != 0x80));
}

TEST_CASE("no match gives the passage start") {
  const analysis::AnalyzedText t = test::build_text(std::string(500, 'a'));
  const query::Snippet s = query::make_snippet(
      t, 0, [](std::string_view) { return false; }, 100);
  CHECK(s.bytes.begin_byte == 0);
  CHECK(s.bytes.size() == 100);
  CHECK(s.highlights.empty());
}
