// Every token of every corpus document, through the whole pipeline, points at the right input
// bytes and UTF-16 span; and each document's analysis matches its reviewed golden summary in
// tests/golden/analysis/ (regenerate with UPDATE_GOLDEN=1 and review the diff by eye).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "support/corpus.h"
#include "support/pipeline_check.h"

namespace {

// The golden summary: structure and repairs, with only short fragments of the document (the
// words a repair joined, the spans it removed), never its running text.
nlohmann::json summarize(const loupe::document::PreparedDocument& doc) {
  using nlohmann::json;
  json paragraphs = json::array();
  std::vector<std::size_t> tokens_per_paragraph(doc.analyzed.paragraphs.size());
  std::size_t p = 0;
  for (const auto& t : doc.analyzed.tokens) {
    while (p + 1 < doc.analyzed.paragraphs.size() &&
           t.bytes.begin_byte >= doc.analyzed.paragraphs[p].bytes.end_byte)
      ++p;
    if (p < tokens_per_paragraph.size()) ++tokens_per_paragraph[p];
  }
  for (std::size_t i = 0; i < doc.analyzed.paragraphs.size(); ++i) {
    const auto& para = doc.analyzed.paragraphs[i];
    const auto in = doc.input_range(para.bytes);
    paragraphs.push_back({{"lang", loupe::core::language_code(para.lang)},
                          {"begin_byte", in.begin_byte},
                          {"end_byte", in.end_byte},
                          {"tokens", tokens_per_paragraph[i]}});
  }
  std::map<std::string, int> counts;
  json joins = json::array();
  for (const auto& r : doc.repairs) {
    const std::string kind = loupe::normalize::repair_kind_name(r.kind);
    ++counts[kind];
    if (kind != "hangul_join" && kind != "hyphen_join") continue;
    // The joined word: the tokens around the repair point, in source and normalized form.
    for (const auto& t : doc.analyzed.tokens) {
      if (!loupe::test::repair_touches(r, t.bytes)) continue;
      const auto src = doc.source_range(t.bytes);
      joins.push_back({{"kind", kind},
                       {"source", doc.source.substr(src.begin_byte, src.size())},
                       {"term", t.term}});
      break;
    }
  }
  json removed = json::array();
  for (const auto& r : doc.removed_source)
    removed.push_back(doc.source.substr(r.begin_byte, r.size()));
  return {{"encoding", doc.decode.encoding},
          {"paragraphs", paragraphs},
          {"repair_counts", counts},
          {"joins", joins},
          {"removed", removed},
          {"tokens", doc.analyzed.tokens.size()}};
}

}  // namespace

TEST_CASE("Pipeline offsets and golden summaries over the corpus", "[corpus]") {
  const char* src_dir = std::getenv("LOUPE_SOURCE_DIR");
  REQUIRE(src_dir != nullptr);
  const bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  for (const auto& path : loupe::test::corpus_files()) {
    const std::string input = loupe::test::read_bytes(path);
    auto doc = loupe::test::prepare(input);
    REQUIRE(doc.ok());
    const auto counts = loupe::test::check_pipeline_offsets(input, *doc.value());
    INFO(path.filename().string() << ": " << counts.tokens << " tokens, " << counts.repaired
                                  << " repaired");
    CHECK(counts.tokens > 100);
    const std::string golden = std::string(src_dir) + "/tests/golden/analysis/" +
                               path.stem().string().substr(0, 3) + ".expected.json";
    const nlohmann::json actual = summarize(*doc.value());
    if (update) {
      std::ofstream(golden) << actual.dump(1) << "\n";
      continue;
    }
    std::ifstream in(golden);
    REQUIRE(in.good());
    const nlohmann::json expected = nlohmann::json::parse(in);
    CHECK(actual.dump(1) == expected.dump(1));
  }
}
