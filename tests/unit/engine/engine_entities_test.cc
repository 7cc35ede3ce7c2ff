// Engine::entities_json: the envelope parses, mentions slice their surface in bytes and in
// UTF-16 (astral characters before them), entities list their documents by name.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine.h"
#include "support/utf16_reference.h"

TEST_CASE("entities_json envelope with offsets in bytes and UTF-16", "[engine][entities]") {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  const std::vector<std::pair<std::string, std::string>> docs = {
      {"ko", "😀👩‍👩‍👧 푸틴 대통령은 나토를 비판했다."},
      {"en", "🇺🇦 President Putin criticized NATO."},
  };
  const auto j = nlohmann::json::parse(engine.value()->entities_json(docs));
  CHECK(j["v"] == 1);
  CHECK(j["ok"] == true);
  REQUIRE(j["mentions"].size() == 4);
  for (const auto& m : j["mentions"]) {
    const std::string& text = m["doc"] == "ko" ? docs[0].second : docs[1].second;
    const std::size_t b = m["begin_byte"], e = m["end_byte"];
    CHECK(text.substr(b, e - b) == m["surface"].get<std::string>());
    CHECK(m["begin_u16"] == loupe::test::utf16_length_of_prefix(text, b));
    CHECK(m["end_u16"] == loupe::test::utf16_length_of_prefix(text, e));
  }
  // 푸틴 and Putin: one entity found in both documents.
  CHECK(j["mentions"][0]["entity"] == j["mentions"][2]["entity"]);
  const auto& putin = j["entities"][j["mentions"][0]["entity"].get<int>()];
  CHECK(putin["type"] == "PERSON");
  CHECK(putin["documents"] == nlohmann::json::array({"ko", "en"}));
}

TEST_CASE("entities_json on no documents and on invalid bytes", "[engine][entities]") {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  const auto empty = nlohmann::json::parse(engine.value()->entities_json({}));
  CHECK(empty["entities"].empty());
  CHECK(empty["mentions"].empty());
  const auto odd = nlohmann::json::parse(engine.value()->entities_json({{"x", "\xff Putin \xc3"}}));
  CHECK(odd["ok"] == true);
}
