// Engine::entities_json: the envelope parses, mentions slice their surface in bytes and in
// UTF-16 (astral characters before them), entities list their documents by name.
#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>

#include "engine.h"
#include "extract/entities/entity_models.h"
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

// A mention carries the type its context gives, its entity the entity's (entity_index.h): the
// Spanish model reads a national team's country as ORG; the country stays a place.
TEST_CASE("entities_json: a mention's type is its context's, its entity's is one",
          "[engine][entities]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kEs)) {
    WARN("no Spanish model: skipped");
    return;
  }
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  const auto j = nlohmann::json::parse(engine.value()->entities_json(
      {{"es",
        "Francia ganó a Italia por dos goles a uno en el estadio de Marsella. La selección de "
        "Francia jugará la final el domingo en París.\n\nLos aficionados viajarán desde el sur "
        "de Francia en tren.\n"}}));
  std::vector<std::string> types;
  for (const auto& m : j["mentions"])
    if (m["surface"] == "Francia") {
      types.push_back(m["type"]);
      CHECK(j["entities"][m["entity"].get<int>()]["type"] == "LOC");
    }
  CHECK(types == std::vector<std::string>{"ORG", "ORG", "LOC"});
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

namespace {

// Both envelopes with each mention's surface taken out (index_entities_json gives the
// normalized text's), and the surfaces apart.
std::pair<nlohmann::json, std::vector<std::string>> without_surfaces(nlohmann::json j) {
  std::vector<std::string> surfaces;
  for (auto& m : j["mentions"]) surfaces.push_back(m["surface"]), m.erase("surface");
  return {j, surfaces};
}

}  // namespace

TEST_CASE("index_entities_json: the indexed documents' entities, as entities_json gives them",
          "[engine][entities]") {
  auto made = loupe::Engine::create();
  REQUIRE(made.ok());
  loupe::Engine& e = *made.value();
  // A PDF-like line break inside a name (normalization re-joins it), CRLF, astral characters
  // before names, a document removed and one replaced: the index's linking must be the same
  // as linking the live documents' texts directly, offsets included.
  const std::vector<std::pair<std::string, std::string>> live = {
      {"ko", "😀 푸틴 대통령은 나토를 비판했다.\n\n라브로프 외무장관도 같은 날 발언했다."},
      {"en", "President Vladimir Pu-\ntin criticized NATO.\r\n\r\nLavrov met Blinken in Geneva."},
      {"ru", "🇺🇦 Путин и Лавров приехали в Женеву."},
  };
  REQUIRE(e.add_document("gone", "gone.txt", "Angela Merkel visited Paris.").ok());
  REQUIRE(e.add_document("ru", "ru.txt", "Старый текст без имён.").ok());
  for (const auto& [id, text] : live) REQUIRE(e.add_document(id, id + ".txt", text).ok());
  REQUIRE(e.remove_document("gone"));
  // The live order of the index: ru was replaced, so it comes last.
  const std::vector<std::pair<std::string, std::string>> in_order = {live[0], live[1], live[2]};
  const auto indexed = nlohmann::json::parse(e.index_entities_json());
  const auto direct = nlohmann::json::parse(e.entities_json(in_order));
  REQUIRE(indexed["ok"] == true);
  REQUIRE(indexed["mentions"].size() >= 6);
  const auto [a, a_surfaces] = without_surfaces(indexed);
  const auto [b, b_surfaces] = without_surfaces(direct);
  CHECK(a == b);
  // Surfaces: the normalized name ("Putin" whole) where the source broke it, else the same.
  REQUIRE(a_surfaces.size() == b_surfaces.size());
  bool saw_rejoined = false;
  for (std::size_t i = 0; i < a_surfaces.size(); ++i) {
    if (b_surfaces[i] == "Vladimir Pu-\ntin") {
      saw_rejoined = true;
      CHECK(a_surfaces[i] == "Vladimir Putin");
    } else {
      CHECK(a_surfaces[i] == b_surfaces[i]);
    }
  }
  CHECK(saw_rejoined);
  // Shared with the entity: filter: asking the filter first gives the same envelope.
  const auto r = nlohmann::json::parse(e.search_json("entity:Lavrov", "{}"));
  CHECK(r["total"].get<int>() ==
        2);  // 라브로프 and Лавров (sentence-initial "Lavrov" alone is no mention)
  CHECK(nlohmann::json::parse(e.index_entities_json()) == indexed);
  // A change of the documents is seen.
  REQUIRE(e.remove_document("ko"));
  const auto after = nlohmann::json::parse(e.index_entities_json());
  for (const auto& m : after["mentions"]) CHECK(m["doc"] != "ko");
}

TEST_CASE("entities_json asked again: kept documents answer as fresh ones", "[engine][entities]") {
  // The engine keeps the last call's prepared documents by their bytes: a repeated, reordered,
  // changed or doubled document must answer exactly as an engine that never saw it (NFD and
  // invalid bytes: the kept offset maps are the document's own).
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  auto fresh = [](const std::vector<std::pair<std::string, std::string>>& docs) {
    auto e = loupe::Engine::create();
    REQUIRE(e.ok());
    return e.value()->entities_json(docs);
  };
  const std::string nfd = "Jose\xcc\x81 Marti\xcc\x81 visited Madrid. \xff Putin met Lavrov.";
  const std::vector<std::pair<std::string, std::string>> first = {
      {"a", nfd}, {"b", "Президент Путин прилетел в Москву."}};
  const std::string once = engine.value()->entities_json(first);
  CHECK(once == fresh(first));
  CHECK(engine.value()->entities_json(first) == once);
  const std::vector<std::pair<std::string, std::string>> changed = {
      {"b", "Президент Путин прилетел в Киев."}, {"a", nfd}, {"c", nfd}};
  const std::string other = engine.value()->entities_json(changed);
  CHECK(other == fresh(changed));
  CHECK(other != once);
  CHECK(engine.value()->entities_json(first) == once);
}

TEST_CASE("entities_json: the minimum confidence takes 0 to 1 only", "[engine][entities]") {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  CHECK(engine.value()->set_entity_min_confidence(0).ok());
  CHECK(engine.value()->set_entity_min_confidence(1).ok());
  for (float bad : {-0.5f, 1.5f, std::numeric_limits<float>::quiet_NaN(),
                    std::numeric_limits<float>::infinity()}) {
    const loupe::core::Status s = engine.value()->set_entity_min_confidence(bad);
    CHECK(s.code() == loupe::core::StatusCode::kInvalidArgument);
  }
}
