// A mention's type is the one its context gives, an entity's is canonical: a country the
// Spanish tagger reads as an organization in its sentence (a national team winning, `la
// selección de`) keeps ORG as a mention, while the entity, a place the lexicon lists, stays
// LOC, and so does its mention in a sentence about the land; a country as a Korean clause's
// subject (`미국은`) is ORG the same way. Sentences written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/entity_models.h"
#include "extract/entities/mention_finder.h"

using loupe::entities::EntityIndex;
using loupe::entities::EntityType;

TEST_CASE("Mention type: a country acting as an agent is ORG, its entity a place",
          "[entities][tagger]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kEs)) {
    WARN("no Spanish model: skipped");
    return;
  }
  const std::string text =
      "Francia ganó a Italia por dos goles a uno en el estadio de Marsella. La selección de "
      "Francia jugará la final el domingo en París.\n\n"
      "Los aficionados viajarán desde el sur de Francia en tren.\n";
  EntityIndex index;
  index.add_document("t", text);
  std::vector<const loupe::entities::Mention*> francia;
  for (const auto& m : index.mentions())
    if (index.surface(m) == "Francia") francia.push_back(&m);
  REQUIRE(francia.size() == 3);
  CHECK(francia[0]->bytes.begin_byte == 0);
  CHECK(text.substr(francia[1]->bytes.begin_byte, 7) == "Francia");
  // One entity, the country, typed as the lexicon lists it.
  CHECK(francia[0]->entity == francia[1]->entity);
  CHECK(francia[0]->entity == francia[2]->entity);
  const auto& entity = index.entities().at(francia[0]->entity);
  CHECK(entity.type == EntityType::kLoc);
  CHECK(entity.canonical == "France");
  // The team that wins and plays the final: ORG; the land the fans travel from: LOC.
  CHECK(francia[0]->type == EntityType::kOrg);
  CHECK(francia[1]->type == EntityType::kOrg);
  CHECK(francia[2]->type == EntityType::kLoc);
}

TEST_CASE("Mention type: a country as a Korean clause's subject is ORG, its entity a place",
          "[entities][tagger]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kKo)) {
    WARN("no Korean model: skipped");
    return;
  }
  const std::string text =
      "미국은 어제 새로운 제재를 발표했다. 미국에 사는 교민들은 걱정했다.\n\n"
      "서울은 오늘 맑았다.";
  EntityIndex index;
  index.add_document("t", text);
  std::vector<const loupe::entities::Mention*> us, seoul;
  for (const auto& m : index.mentions()) {
    if (index.surface(m) == "미국") us.push_back(&m);
    if (index.surface(m) == "서울") seoul.push_back(&m);
  }
  REQUIRE(us.size() == 2);
  REQUIRE(seoul.size() == 1);
  CHECK(us[0]->type == EntityType::kOrg);  // 미국은 ... 발표했다: the state acts
  CHECK(us[1]->type == EntityType::kLoc);  // 미국에 사는: where they live
  CHECK(us[0]->entity == us[1]->entity);
  CHECK(index.entities().at(us[0]->entity).type == EntityType::kLoc);
  CHECK(seoul[0]->type == EntityType::kLoc);  // a city stays a place
}

TEST_CASE("Mention type: a country as a side of a Korean game is ORG, its entity a place",
          "[entities][tagger]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kKo)) {
    WARN("no Korean model: skipped");
    return;
  }
  const std::string text =
      "대표팀은 어제 폴란드를 3-1로 꺾고 4강에 올랐다. 선수들은 폴란드의 수도를 구경했다.\n\n"
      "그는 독일과 협정을 맺었다.";
  EntityIndex index;
  index.add_document("t", text);
  std::vector<const loupe::entities::Mention*> poland, germany;
  for (const auto& m : index.mentions()) {
    if (index.surface(m) == "폴란드") poland.push_back(&m);
    if (index.surface(m) == "독일") germany.push_back(&m);
  }
  REQUIRE(poland.size() == 2);
  REQUIRE(germany.size() == 1);
  CHECK(poland[0]->type == EntityType::kOrg);  // 폴란드를 3-1로 꺾고: the team
  CHECK(poland[1]->type == EntityType::kLoc);  // 폴란드의 수도: the land (no game in that sentence)
  CHECK(poland[0]->entity == poland[1]->entity);
  CHECK(index.entities().at(poland[0]->entity).type == EntityType::kLoc);
  CHECK(germany[0]->type == EntityType::kLoc);  // no game: a treaty partner stays a place
  using loupe::entities::korean_team_follows;
  const std::string s = "한국은 이란을 96-71로 이겼다. 이란을 방문했다. 이란과 2:0. 이란의 1.5배.";
  auto at = [&](std::size_t from) { return s.find("이란", from); };
  CHECK(korean_team_follows(s, at(0), at(0) + 6));                        // a score
  CHECK_FALSE(korean_team_follows(s, at(at(0) + 1), at(at(0) + 1) + 6));  // no game
  const std::size_t third = at(s.find("방문"));
  CHECK(korean_team_follows(s, third, third + 6));  // 2:0
  const std::size_t fourth = at(third + 1);
  CHECK_FALSE(korean_team_follows(s, fourth, fourth + 6));  // 1.5: a decimal, no score
}

TEST_CASE("Mention type: a country in a Spanish sentence with a score is ORG, its entity a place",
          "[entities][tagger]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kEs)) {
    WARN("no Spanish model: skipped");
    return;
  }
  const std::string text =
      "En la Copa de tenis, Alemania venció a Suecia por 6-4 y 7-6, y el alemán Tommy Haas (GER) "
      "ganó su partido en Italia por 7-5. Después los jugadores viajaron a Suecia de vacaciones "
      "con sus familias.\n\n"
      "In the tennis cup on Tuesday, Germany beat Sweden 6-4 and 7-6 before a large crowd in the "
      "city, and the players thanked their fans.\n";
  EntityIndex index;
  index.add_document("t", text);
  auto type_of = [&](const std::string& surface, std::size_t from) {
    for (const auto& m : index.mentions())
      if (index.surface(m) == surface && m.bytes.begin_byte >= from) return m.type;
    FAIL("no mention of " << surface);
    return EntityType::kPerson;
  };
  CHECK(type_of("Alemania", 0) == EntityType::kOrg);  // the teams of a score
  CHECK(type_of("Suecia", 0) == EntityType::kOrg);
  CHECK(type_of("Italia", 0) == EntityType::kLoc);                      // en Italia: the venue
  CHECK(type_of("Suecia", text.find("viajaron")) == EntityType::kLoc);  // no score there
  CHECK(type_of("Germany", 0) == EntityType::kLoc);  // CoNLL-2003 marks national teams LOC
  for (const auto& m : index.mentions())
    if (index.surface(m) == "GER") CHECK(m.type == EntityType::kLoc);  // a code, not the team
  for (const auto& m : index.mentions())
    if (index.surface(m) == "Alemania")
      CHECK(index.entities().at(m.entity).type == EntityType::kLoc);
  using loupe::entities::score_sentence;
  CHECK(score_sentence("ganó por 7-5 y 6-2", 0));
  CHECK(score_sentence("el marcador final fue 96-71", 0));
  CHECK_FALSE(score_sentence("marcó un tiempo de 31:82 en la final", 0));  // a time
  CHECK_FALSE(score_sentence("la temporada 1998-99 fue buena", 0));
  CHECK_FALSE(score_sentence("subió un 1.5-2 por ciento. Ganó 3-1", 0));  // another sentence
}
