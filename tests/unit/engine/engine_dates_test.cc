// Engine::dates_json: the envelope parses, offsets slice the surface in bytes and UTF-16,
// errors come back as the error envelope, odd bytes stay valid JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine.h"
#include "support/utf16_reference.h"

namespace {

nlohmann::json dates(std::string_view text, std::string_view ref) {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  return nlohmann::json::parse(engine.value()->dates_json(text, ref));
}

}  // namespace

TEST_CASE("dates_json envelope with offsets in bytes and UTF-16", "[engine][dates]") {
  const std::string text = "😀 \"Kyiv\", 31 July 2023.\n지난 4월 — три дні тому.";
  const auto j = dates(text, "");
  CHECK(j["v"] == 1);
  CHECK(j["ok"] == true);
  CHECK(j["reference"]["source"] == "document");
  CHECK(j["reference"]["date"] == "2023-07-31");
  REQUIRE(j["dates"].size() == 3);
  for (const auto& d : j["dates"]) {
    const std::size_t b = d["begin_byte"], e = d["end_byte"];
    CHECK(text.substr(b, e - b) == d["surface"].get<std::string>());
    CHECK(d["begin_u16"] == loupe::test::utf16_length_of_prefix(text, b));
    CHECK(d["end_u16"] == loupe::test::utf16_length_of_prefix(text, e));
  }
  CHECK(j["dates"][1]["value"] == "2023-04");
  CHECK(j["dates"][2]["value"] == "2023-07-28");
  CHECK(j["dates"][2]["uses_reference"] == true);
}

TEST_CASE("dates_json reports a bad reference as an error envelope", "[engine][dates]") {
  const auto j = dates("31 July 2023", "2023-02-30");
  CHECK(j["ok"] == false);
  CHECK(j["error"]["code"] == "invalid_argument");
}

TEST_CASE("dates_json stays valid JSON around invalid UTF-8 and control bytes", "[engine][dates]") {
  const std::string text = "\x01\"\\ 2022\xff년 11월 15일\x80 \xe2\x82";
  const auto j = dates(text, "2023-07-31");
  CHECK(j["ok"] == true);
  REQUIRE(j["dates"].size() == 1);
  CHECK(j["dates"][0]["surface"] == "11월 15일");
}
