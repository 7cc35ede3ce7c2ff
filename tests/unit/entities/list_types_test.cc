// A list of names gives its members the type most of them have (list_types.cc): a country the
// tagger read as a team among places, a player read as a town among players. Sentences and
// types written for this test; the mentions are set by hand so the rule alone is tested.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/entity_index.h"

using loupe::entities::EntityType;
using loupe::entities::Mention;

namespace {

constexpr EntityType P = EntityType::kPerson, O = EntityType::kOrg, L = EntityType::kLoc;

// One mention per name of `names` (each found in `text` after the one before), typed `types`,
// each its own entity of that type, listed by the lexicon where `listed[i]`; returns the types
// after list_mention_types.
std::vector<EntityType> after_lists(const std::string& text, std::vector<std::string_view> names,
                                    std::vector<EntityType> types, std::vector<bool> listed = {}) {
  listed.resize(names.size());
  std::vector<Mention> mentions;
  std::vector<loupe::entities::Entity> entities;
  std::size_t from = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::size_t at = text.find(names[i], from);
    REQUIRE(at != std::string::npos);
    Mention m;
    m.bytes = {at, at + names[i].size()};
    m.type = types[i];
    m.entity = static_cast<std::uint32_t>(i);
    mentions.push_back(m);
    loupe::entities::Entity e;
    e.id = m.entity;
    e.type = types[i];
    entities.push_back(e);
    from = at + names[i].size();
  }
  loupe::entities::list_mention_types(text, entities, listed, mentions.data(),
                                      mentions.data() + mentions.size());
  std::vector<EntityType> out;
  for (const Mention& m : mentions) out.push_back(m.type);
  return out;
}

}  // namespace

TEST_CASE("List types: a list's members take the type most of them have", "[entities]") {
  const std::string es = "Llegaron delegaciones de Chile, Perú, Bolivia, Uruguay y Paraguay.";
  CHECK(after_lists(es, {"Chile", "Perú", "Bolivia", "Uruguay", "Paraguay"}, {L, O, L, L, O}) ==
        std::vector<EntityType>{L, L, L, L, L});
  const std::string en = "The team: Abbot, Norris, Kettering, Dunmore and Fallow.";
  CHECK(after_lists(en, {"Abbot", "Norris", "Kettering", "Dunmore", "Fallow"}, {P, P, L, P, L}) ==
        std::vector<EntityType>{P, P, P, P, P});
  const std::string ru = "Дожди прошли в Тверской, Курской и Брянской областях.";
  CHECK(after_lists(ru, {"Тверской", "Курской", "Брянской"}, {L, P, L}) ==
        std::vector<EntityType>{L, P, L});  // two of three: no list decides
  CHECK(after_lists("Тверь, Курск, Брянск и Орёл.", {"Тверь", "Курск", "Брянск", "Орёл"},
                    {L, P, L, L}) == std::vector<EntityType>{L, L, L, L});
}

TEST_CASE("List types: only names joined as a list, not Hangul", "[entities]") {
  // A clause ends at the comma: two people after a place are no list of three.
  const std::string es = "Hablaron de Oriente Medio, Aznar y Chirac acordaron una cumbre.";
  CHECK(after_lists(es, {"Oriente Medio", "Aznar", "Chirac"}, {L, P, P}) ==
        std::vector<EntityType>{L, P, P});
  // Words between names break the list.
  const std::string en = "Abbot met Norris, Kettering saw Dunmore and Fallow.";
  CHECK(after_lists(en, {"Abbot", "Norris", "Kettering", "Dunmore", "Fallow"}, {P, P, L, P, P}) ==
        std::vector<EntityType>{P, P, L, P, P});
  // A name the lexicon lists with another type keeps it (a union among countries).
  const std::string union_ = "Talks between Brazil, India, Mercosur and Kenya.";
  CHECK(after_lists(union_, {"Brazil", "India", "Mercosur", "Kenya"}, {L, L, O, L},
                    {false, false, true, false}) == std::vector<EntityType>{L, L, O, L});
  CHECK(after_lists(union_, {"Brazil", "India", "Mercosur", "Kenya"}, {L, L, O, L}) ==
        std::vector<EntityType>{L, L, L, L});
  // Korean lists mix bands and singers: the tagger's types stay.
  const std::string ko = "공연에는 해바라기, 김가람, 이나래, 박보라가 출연한다.";
  CHECK(after_lists(ko, {"해바라기", "김가람", "이나래", "박보라"}, {O, P, P, P}) ==
        std::vector<EntityType>{O, P, P, P});
}
