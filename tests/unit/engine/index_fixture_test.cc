// An index saved by an earlier build stays loadable and searchable: tests/fixtures/
// index-v3.loupe is format version 3 (storage/FORMAT.md), saved from our own sample texts
// (tests/fixtures/README.md says how). A format change must keep this test passing (read the
// old version) or say in FORMAT.md why old indexes are dropped, and add the new version's fixture.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "support/corpus.h"
#include "support/make_engine.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kRoot = fs::path(LOUPE_SOURCE_DIR);

std::string input_of(const std::string& id) {
  return loupe::test::read_bytes(kRoot / "tests" / "golden" / "samples" / "inputs" / id);
}

// Every highlight of every hit is `word` in the input, by its bytes.
void hits_point_at(const json& reply, const std::string& word, std::size_t min_hits) {
  REQUIRE(reply["ok"] == true);
  REQUIRE(reply["hits"].size() >= min_hits);
  for (const json& hit : reply["hits"]) {
    if (hit["field"] == "title") continue;  // a title's offsets are into the title
    const std::string input = input_of(hit["doc"]);
    for (const json& h : hit["highlights"]) {
      const std::size_t b = h["begin_byte"], e = h["end_byte"];
      REQUIRE(e <= input.size());
      CHECK(input.substr(b, e - b).rfind(word, 0) == 0);
    }
  }
}

}  // namespace

TEST_CASE("a version 3 index file loads and answers queries", "[engine][storage]") {
  const std::string bytes =
      loupe::test::read_bytes(kRoot / "tests" / "fixtures" / "index-v3.loupe");
  REQUIRE(bytes.size() > 28);
  CHECK(bytes.substr(0, 8) == "LOUPEIDX");
  CHECK(bytes[8] == 3);  // the format version this fixture pins
  auto engine = loupe::test::make_engine();
  REQUIRE(engine->load_index(bytes).ok());
  const json stats = json::parse(engine->index_stats_json());
  CHECK(stats["documents"] == 5);
  hits_point_at(json::parse(engine->search_json("Keller", "{}")), "Keller", 1);
  hits_point_at(json::parse(engine->search_json("도서관", "{}")), "도서관", 1);
  hits_point_at(json::parse(engine->search_json("Волкова", "{}")), "Волков", 1);
  const json dated = json::parse(engine->search_json("date:1987", "{}"));  // "с 1987 года"
  REQUIRE(dated["ok"] == true);
  REQUIRE(dated["hits"].size() == 1);
  CHECK(dated["hits"][0]["doc"] == "ru-stancia.txt");
}

TEST_CASE("a version 3 index saved without text loads with its sources", "[engine][storage]") {
  const std::string bytes =
      loupe::test::read_bytes(kRoot / "tests" / "fixtures" / "index-v3-no-text.loupe");
  auto engine = loupe::test::make_engine();
  REQUIRE(engine
              ->load_index(bytes,
                           [](std::string_view id) -> loupe::core::Result<std::string> {
                             return input_of(std::string(id));
                           })
              .ok());
  hits_point_at(json::parse(engine->search_json("Мельник", "{}")), "Мельник", 1);
}
