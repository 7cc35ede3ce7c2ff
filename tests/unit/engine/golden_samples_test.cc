// Golden files over our own sample texts (tests/golden/samples/inputs/, written for these
// tests: no corpus text), so a bare clone runs golden tests too. Through the facade, as the app
// sees it: each input's paragraphs (language, terms) and dates (reference 2023-06-01) in
// tests/golden/samples/<name>.expected.txt, the entities of all inputs linked together in
// entities.expected.txt; every surface is checked against the input's bytes at its offsets.
// Read the files by eye when they change. UPDATE_GOLDEN=1 rewrites them instead of comparing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/corpus.h"
#include "support/make_engine.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kSamples = fs::path(LOUPE_SOURCE_DIR) / "tests" / "golden" / "samples";

std::vector<fs::path> inputs() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kSamples / "inputs")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string line(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// The bytes at a reply item's begin_byte/end_byte.
std::string slice(const std::string& input, const json& item) {
  const std::size_t b = item["begin_byte"], e = item["end_byte"];
  REQUIRE(b <= e);
  REQUIRE(e <= input.size());
  return input.substr(b, e - b);
}

// One line per paragraph: its language and its terms.
std::string analysis_lines(const json& reply) {
  std::vector<std::string> terms(reply["paragraphs"].size());
  for (const json& t : reply["tokens"]) {
    const std::size_t b = t["begin_byte"];
    for (std::size_t p = 0; p < terms.size(); ++p) {
      const json& para = reply["paragraphs"][p];
      if (b >= para["begin_byte"].get<std::size_t>() && b < para["end_byte"].get<std::size_t>()) {
        terms[p] += (terms[p].empty() ? "" : " ") + t["term"].get<std::string>();
      }
    }
  }
  std::string out;
  for (std::size_t p = 0; p < terms.size(); ++p) {
    out += reply["paragraphs"][p]["lang"].get<std::string>() + ": " + terms[p] + "\n";
  }
  return out;
}

// One line per date, its surface checked against the input bytes.
std::string date_lines(const std::string& input, const json& reply) {
  std::string out = "reference " + line(reply["reference"]["date"]) + "\n";
  for (const json& d : reply["dates"]) {
    CHECK(slice(input, d) == d["surface"].get<std::string>());
    out += line({d["surface"], d["kind"], d["value"], d["mod"], d["begin_u16"], d["end_u16"]});
    out += "\n";
  }
  return out;
}

void compare_or_update(const fs::path& path, const std::string& got) {
  if (std::getenv("UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << got;
    return;
  }
  INFO(path.string());
  CHECK(got == loupe::test::read_bytes(path));
}

}  // namespace

TEST_CASE("own sample texts match their golden analysis and dates", "[engine][golden]") {
  auto engine = loupe::test::make_engine();
  const std::vector<fs::path> files = inputs();
  REQUIRE(files.size() >= 5);
  for (const fs::path& path : files) {
    const std::string input = loupe::test::read_bytes(path);
    const json analysis = json::parse(engine->analyze_json(input));
    const json dates = json::parse(engine->dates_json(input, "2023-06-01"));
    REQUIRE(analysis["ok"] == true);
    REQUIRE(dates["ok"] == true);
    const std::string got =
        "# analysis\n" + analysis_lines(analysis) + "# dates\n" + date_lines(input, dates);
    compare_or_update(kSamples / (path.filename().string() + ".expected.txt"), got);
  }
}

TEST_CASE("own sample texts match their golden entities, linked across them", "[engine][golden]") {
  auto engine = loupe::test::make_engine();
  std::vector<std::pair<std::string, std::string>> docs;
  for (const fs::path& path : inputs()) {
    docs.emplace_back(path.filename().string(), loupe::test::read_bytes(path));
  }
  const json reply = json::parse(engine->entities_json(docs));
  REQUIRE(reply["ok"] == true);
  std::string got = "# entities\n";
  for (const json& e : reply["entities"]) {
    got += line({e["id"], e["type"], e["canonical"], e["aliases"], e["mention_count"]}) + "\n";
  }
  got += "# mentions\n";
  for (const json& m : reply["mentions"]) {
    const auto doc = std::find_if(docs.begin(), docs.end(), [&](const auto& d) {
      return d.first == m["doc"].get<std::string>();
    });
    REQUIRE(doc != docs.end());
    CHECK(slice(doc->second, m) == m["surface"].get<std::string>());
    got += line({m["doc"], m["surface"], m["type"], m["entity"]}) + "\n";
  }
  compare_or_update(kSamples / "entities.expected.txt", got);
}
