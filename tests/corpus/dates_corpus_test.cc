// Dates in every real document: each mention's bytes cut out exactly its surface, and the
// whole output matches tests/golden/dates/<stem>.expected.json (read by eye when written).
// UPDATE_GOLDEN=1 rewrites the golden files instead of comparing.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "extract/dates/date_extractor.h"
#include "support/corpus.h"

namespace {

// One mention per line, so a golden diff reads like a list of dates.
std::string golden_text(const std::string& text, const loupe::dates::DateExtraction& r) {
  nlohmann::ordered_json ref = {{"date", r.reference.date}, {"source", r.reference.source}};
  if (r.reference.source == "document") {
    ref["surface"] = text.substr(r.reference.bytes.begin_byte, r.reference.bytes.size());
  }
  std::string out = "{\"reference\": " + ref.dump() + ",\n \"dates\": [\n";
  for (std::size_t i = 0; i < r.mentions.size(); ++i) {
    const auto& m = r.mentions[i];
    nlohmann::ordered_json j = {{"surface", text.substr(m.bytes.begin_byte, m.bytes.size())},
                                {"kind", loupe::dates::date_kind_name(m.kind)},
                                {"as_written", m.as_written},
                                {"value", m.value},
                                {"grain", loupe::dates::grain_name(m.grain)},
                                {"mod", m.mod},
                                {"begin_byte", m.bytes.begin_byte},
                                {"end_byte", m.bytes.end_byte}};
    out += "  " + j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += i + 1 < r.mentions.size() ? ",\n" : "\n";
  }
  return out + " ]}\n";
}

}  // namespace

TEST_CASE("Corpus dates match their golden files", "[corpus]") {
  auto extractor = loupe::dates::DateExtractor::create();
  REQUIRE(extractor.ok());
  const auto files = loupe::test::corpus_files();
  REQUIRE_FALSE(files.empty());
  const char* src = std::getenv("LOUPE_SOURCE_DIR");
  const std::string golden_dir = std::string(src ? src : ".") + "/tests/golden/dates/";
  const bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  for (const auto& path : files) {
    const std::string text = loupe::test::read_bytes(path);
    auto r = extractor.value()->extract(text, "");
    REQUIRE(r.ok());
    INFO(path.filename().string() << ": " << r.value().mentions.size() << " dates");
    CHECK(r.value().mentions.size() >= 5);
    std::size_t previous_end = 0;
    for (const auto& m : r.value().mentions) {
      REQUIRE(m.bytes.begin_byte >= previous_end);  // in order, never overlapping
      REQUIRE(m.bytes.end_byte <= text.size());
      previous_end = m.bytes.end_byte;
    }
    const std::string got = golden_text(text, r.value());
    const std::string golden_path = golden_dir + path.stem().string() + ".expected.json";
    if (update) {
      std::ofstream(golden_path, std::ios::binary) << got;
      continue;
    }
    const std::string want = loupe::test::read_bytes(golden_path);
    CHECK(got == want);
  }
}
