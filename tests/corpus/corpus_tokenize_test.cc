// Every token of every real document points at exactly its own bytes and UTF-16 span.
#include <catch2/catch.hpp>

#include "engine.h"
#include "support/corpus.h"
#include "support/utf16_reference.h"

TEST_CASE("Corpus tokens point at the right bytes and UTF-16 offsets", "[corpus]") {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  const auto files = loupe::test::corpus_files();
  REQUIRE_FALSE(files.empty());
  for (const auto& path : files) {
    const std::string text = loupe::test::read_bytes(path);
    const auto tokens = engine.value()->tokenize(text);
    INFO(path.filename().string() << ": " << tokens.size() << " tokens");
    CHECK(tokens.size() > 100);
    for (const auto& t : tokens) {
      REQUIRE(text.compare(t.bytes.begin_byte, t.bytes.size(), t.surface) == 0);
      REQUIRE(t.u16.begin_u16 == loupe::test::utf16_length_of_prefix(text, t.bytes.begin_byte));
      REQUIRE(t.u16.end_u16 == loupe::test::utf16_length_of_prefix(text, t.bytes.end_byte));
    }
  }
}
