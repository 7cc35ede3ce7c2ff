// The product on our own written sentences (bench/entities/sentences.json), per language:
// surface + type F1 of at least 90 (issue 16's target), with every miss and false positive
// printed when a language falls short. Korean does not reach it yet (84.5 on its 65 sentences,
// 25 of them added on 2026-12-06 to cover what the product missed: two-word foreign names cut
// in two, unknown organizations, countries typed ORG): its floor is 84.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <utility>

#include "support/entity_sentences.h"

namespace {

std::filesystem::path sentences_file() {
  const std::filesystem::path rel = "bench/entities/sentences.json";
  if (const char* src = std::getenv("LOUPE_SOURCE_DIR")) return std::filesystem::path(src) / rel;
  for (auto p = std::filesystem::current_path(); !p.empty(); p = p.parent_path()) {
    if (std::filesystem::is_regular_file(p / rel)) return p / rel;
    if (p == p.parent_path()) break;
  }
  return rel;
}

}  // namespace

TEST_CASE("entity sentences: F1 >= 90 in every language", "[entities][sentences]") {
  const auto all = loupe::test::load_sentences(sentences_file().string());
  for (const auto& [lang, floor] :
       {std::pair{"en", 90.0}, {"es", 90.0}, {"ru", 90.0}, {"uk", 90.0}, {"ko", 90.0}}) {
    const auto it = all.find(lang);
    REQUIRE(it != all.end());
    CHECK(it->second.size() >= 10);  // sentences per language
    const loupe::test::SentenceScore s = loupe::test::score_sentences(it->second);
    std::string errors;
    for (const std::string& e : s.errors) errors += e + "\n";
    INFO(lang << ": P " << s.precision(3) << " R " << s.recall(3) << "\n" << errors);
    CHECK(s.f1(3) >= floor);
    for (int t = 0; t < 3; ++t) CHECK(s.tp[t] + s.fn[t] >= 3);  // every type is present
  }
}
