// Entities over the whole real corpus at once (so names link across documents): each
// mention's bytes are exactly its surface, mentions never overlap, the linking
// examples hold, and the output matches tests/golden/entities/ (read by eye when written):
// <stem>.expected.json lists each document's mentions, entities.expected.json the entities.
// UPDATE_GOLDEN=1 rewrites the golden files instead of comparing.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "extract/entities/entity_index.h"
#include "support/corpus.h"
#include "support/golden_file.h"

using loupe::entities::EntityIndex;

using loupe::test::compare_or_update;
using loupe::test::golden_line;

TEST_CASE("Corpus entities match their golden files and link across languages", "[corpus]") {
  const auto files = loupe::test::corpus_files();
  REQUIRE_FALSE(files.empty());
  EntityIndex index;
  for (const auto& path : files)
    index.add_document(path.stem().string(), loupe::test::read_bytes(path));
  const auto& mentions = index.mentions();
  const auto& entities = index.entities();
  const std::string golden_dir = loupe::test::golden_dir("entities");

  // The entity that holds most mentions of each surface: a linking check, not a typing one
  // (the English tagger types 4 of doc 002's "Putin" LOC: a typed-apart mention never links).
  std::map<std::string, std::map<long, int>> entities_of;
  std::vector<std::string> per_doc(files.size());
  std::size_t previous_end = 0;
  std::uint32_t previous_doc = 0;
  for (const auto& m : mentions) {
    const std::string_view text = index.document_text(m.doc);
    REQUIRE(m.bytes.end_byte <= text.size());
    REQUIRE(m.bytes.size() > 0);
    if (m.doc != previous_doc) previous_end = 0, previous_doc = m.doc;
    REQUIRE(m.bytes.begin_byte >= previous_end);  // in order, never overlapping
    previous_end = m.bytes.end_byte;
    const std::string surface(index.surface(m));
    CHECK(surface.find_first_of(" \n") != 0);
    CHECK(surface.back() != ' ');
    ++entities_of[surface][m.entity];
    nlohmann::ordered_json j = {{"surface", surface},
                                {"type", loupe::entities::entity_type_name(m.type)},
                                {"entity", entities[m.entity].canonical},
                                {"begin_byte", m.bytes.begin_byte},
                                {"end_byte", m.bytes.end_byte}};
    per_doc[m.doc] += (per_doc[m.doc].empty() ? "[\n " : ",\n ") + golden_line(j);
  }
  for (std::size_t d = 0; d < files.size(); ++d)
    compare_or_update(golden_dir + files[d].stem().string() + ".expected.json",
                      per_doc[d] + "\n]\n");

  std::string all = "[\n";
  for (const auto& e : entities) {
    std::vector<std::string> docs;
    for (auto d : e.documents) docs.push_back(index.document_name(d).substr(0, 3));
    nlohmann::ordered_json j = {{"id", e.id},
                                {"canonical", e.canonical},
                                {"type", loupe::entities::entity_type_name(e.type)},
                                {"mentions", e.mention_count},
                                {"documents", docs},
                                {"aliases", e.aliases}};
    all += (e.id ? ",\n " : " ") + golden_line(j);
  }
  compare_or_update(golden_dir + "entities.expected.json", all + "\n]\n");

  std::map<std::string, long> entity_of;
  for (const auto& [surface, counts] : entities_of)
    entity_of[surface] = std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) {
                           return a.second < b.second;
                         })->first;
  // The examples, found in the corpus: one entity per person or organization.
  auto same = [&](const std::string& a, const std::string& b) {
    INFO(a << " vs " << b);
    REQUIRE(entity_of.count(a));
    REQUIRE(entity_of.count(b));
    CHECK(entity_of[a] == entity_of[b]);
  };
  same("푸틴", "Putin");
  same("푸틴", "Путин");
  same("라브로프", "Sergey Lavrov");
  same("라브로프", "Сергей Лавров");
  same("나토", "NATO");
  same("나토", "OTAN");
  same("나토", "НАТО");
  same("찰스 쿱찬", "쿠프찬");
  same("찰스 쿱찬", "Charles Kupchan");
  CHECK(entity_of["푸틴"] != entity_of["라브로프"]);
}
