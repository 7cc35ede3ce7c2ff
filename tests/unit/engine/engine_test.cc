#include "engine.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "support/utf16_reference.h"

namespace {

std::unique_ptr<loupe::Engine> make_engine() {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  return std::move(engine.value());
}

// Every token's byte range holds its surface, and its UTF-16 range is the same span.
void check_offsets(const std::string& text, const std::vector<loupe::Token>& tokens) {
  for (const auto& t : tokens) {
    INFO("token " << t.surface);
    CHECK(text.substr(t.bytes.begin_byte, t.bytes.size()) == t.surface);
    CHECK(t.u16.begin_u16 == loupe::test::utf16_length_of_prefix(text, t.bytes.begin_byte));
    CHECK(t.u16.end_u16 == loupe::test::utf16_length_of_prefix(text, t.bytes.end_byte));
  }
}

}  // namespace

TEST_CASE("Engine tokens carry byte and UTF-16 offsets of their text", "[engine]") {
  auto engine = make_engine();
  const std::string text = "😀 Путин와 세르게이 라브로프 met in 2023 — café NFD: cafe\u0301 \uFDFA.";
  const auto tokens = engine->tokenize(text);
  REQUIRE(tokens.size() >= 9);
  check_offsets(text, tokens);
  CHECK(tokens[0].surface == "Путин");  // ICU breaks where the script changes
  CHECK(tokens[0].u16.begin_u16 == 3);  // after the surrogate pair and a space
  CHECK(tokens[0].u16.end_u16 == 8);
  CHECK(tokens[1].surface == "와");
}

TEST_CASE("Engine tokenize_json returns the versioned envelope", "[engine]") {
  auto engine = make_engine();
  const auto j = nlohmann::json::parse(engine->tokenize_json("가 b"));
  CHECK(j["v"] == 1);
  CHECK(j["ok"] == true);
  REQUIRE(j["tokens"].size() == 2);
  CHECK(j["tokens"][1] == nlohmann::json{{"surface", "b"},
                                         {"kind", "letter"},
                                         {"begin_byte", 4},
                                         {"end_byte", 5},
                                         {"begin_u16", 2},
                                         {"end_u16", 3}});
}

TEST_CASE("Engine error envelope names the code and message", "[engine]") {
  const auto j = nlohmann::json::parse(loupe::error_json(
      loupe::core::Status(loupe::core::StatusCode::kInvalidArgument, "no such file")));
  CHECK(j["ok"] == false);
  CHECK(j["error"]["code"] == "invalid_argument");
  CHECK(j["error"]["message"] == "no such file");
}

TEST_CASE("Engine keeps offsets right on a 50 MB single line", "[engine][large]") {
  auto engine = make_engine();
  std::string text;
  const std::string unit = "한국어 русский English ";  // 33 bytes, 20 UTF-16 units
  while (text.size() < 50u * 1024 * 1024) text += unit;
  const auto tokens = engine->tokenize(text);
  REQUIRE(tokens.size() == text.size() / unit.size() * 3);
  const auto& last = tokens.back();
  CHECK(last.surface == "English");
  CHECK(text.substr(last.bytes.begin_byte, last.bytes.size()) == "English");
  CHECK(last.u16.end_u16 == (text.size() / unit.size()) * 20 - 1);
}
