// Entities over the whole real corpus as users get them: Engine::entities_json, the facade the
// web app and the CLI call, which normalizes each document first (a name a PDF broke across
// lines comes whole). The output matches tests/golden/entities/facade/ (read by eye when
// written): <stem>.expected.json lists each document's mentions with their byte and UTF-16
// offsets into the source, entities.expected.json the entities; each mention's offsets are
// checked against the source's bytes and its UTF-16 length. (entities_corpus_test.cc holds the
// EntityIndex on the raw files.) UPDATE_GOLDEN=1 rewrites the golden files instead of comparing.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "engine.h"
#include "support/corpus.h"
#include "support/golden_file.h"
#include "support/utf16_reference.h"

using loupe::test::compare_or_update;
using loupe::test::golden_line;

TEST_CASE("Corpus entities through the facade match their golden files", "[corpus]") {
  const auto files = loupe::test::corpus_files();
  REQUIRE_FALSE(files.empty());
  loupe::Engine::NamedTexts docs;
  for (const auto& path : files)
    docs.emplace_back(path.stem().string(), loupe::test::read_bytes(path));
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  const auto reply = nlohmann::json::parse(engine.value()->entities_json(docs));
  REQUIRE(reply.at("ok") == true);
  const auto& entities = reply.at("entities");
  const std::string golden_dir = loupe::test::golden_dir("entities/facade");

  std::map<std::string, std::size_t> doc_index;
  for (std::size_t d = 0; d < docs.size(); ++d) doc_index[docs[d].first] = d;
  std::vector<std::string> per_doc(docs.size());
  for (const auto& m : reply.at("mentions")) {
    const std::size_t d = doc_index.at(m.at("doc").get<std::string>());
    const std::string& source = docs[d].second;
    const auto begin = m.at("begin_byte").get<std::size_t>();
    const auto end = m.at("end_byte").get<std::size_t>();
    REQUIRE(begin < end);
    REQUIRE(end <= source.size());
    CHECK(m.at("begin_u16") == loupe::test::utf16_length_of_prefix(source, begin));
    CHECK(m.at("end_u16") == loupe::test::utf16_length_of_prefix(source, end));
    const std::string surface = m.at("surface");
    CHECK(surface == source.substr(begin, end - begin));  // the source's bytes, line breaks kept
    nlohmann::ordered_json j = {
        {"surface", surface},
        {"type", m.at("type")},
        {"entity", entities.at(m.at("entity").get<std::size_t>())["canonical"]},
        {"begin_byte", begin},
        {"end_byte", end},
        {"begin_u16", m.at("begin_u16")},
        {"end_u16", m.at("end_u16")}};
    per_doc[d] += (per_doc[d].empty() ? "[\n " : ",\n ") + golden_line(j);
  }
  for (std::size_t d = 0; d < docs.size(); ++d)
    compare_or_update(golden_dir + docs[d].first + ".expected.json", per_doc[d] + "\n]\n");

  std::string all = "[\n";
  for (const auto& e : entities) {
    std::vector<std::string> in;
    for (const auto& d : e.at("documents")) in.push_back(d.get<std::string>().substr(0, 3));
    nlohmann::ordered_json j = {{"id", e.at("id")},     {"canonical", e.at("canonical")},
                                {"type", e.at("type")}, {"mentions", e.at("mention_count")},
                                {"documents", in},      {"aliases", e.at("aliases")}};
    all += (all.size() > 2 ? ",\n " : " ") + golden_line(j);
  }
  compare_or_update(golden_dir + "entities.expected.json", all + "\n]\n");
}
