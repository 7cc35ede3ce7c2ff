// The linking's evidence rules on given mentions (EntityIndex::set_given_mentions, no tagger):
// each case marks its mentions as the grouping gold does ([[surface|TYPE|gold id]]) and checks
// which ones share an entity. Sentences written for these tests.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/entity_linking.h"
#include "extract/entities/link_record.h"
#include "extract/entities/name_match.h"
#include "support/grouping_gold.h"

using loupe::entities::EntityIndex;
using loupe::entities::EntityType;

namespace {

// The system entity of each gold mention, by its surface ("Toledo", then "Toledo#2" for the
// second mention of that surface).
std::map<std::string, std::uint32_t> link(const std::vector<std::string>& marked_docs) {
  EntityIndex index;
  std::vector<loupe::test::GoldDocument> docs;
  for (std::size_t i = 0; i < marked_docs.size(); ++i) {
    std::string error;
    auto doc = loupe::test::parse_grouping_gold(std::to_string(i), marked_docs[i], &error);
    INFO(error);
    REQUIRE(doc);
    const std::uint32_t id = index.add_document(doc->name, doc->text);
    std::vector<loupe::entities::GivenMention> given;
    for (const auto& m : doc->mentions)
      given.push_back({{m.begin, m.end},
                       m.type == "PER"   ? EntityType::kPerson
                       : m.type == "ORG" ? EntityType::kOrg
                                         : EntityType::kLoc});
    index.set_given_mentions(id, std::move(given));
    docs.push_back(std::move(*doc));
  }
  std::map<std::string, std::uint32_t> out;
  for (const auto& m : index.mentions()) {
    std::string key(index.surface(m));
    for (int n = 2; out.count(key); ++n)
      key = std::string(index.surface(m)) + "#" + std::to_string(n);
    out.emplace(key, m.entity);
  }
  return out;
}

}  // namespace

TEST_CASE("Putin and Biden share a consonant skeleton, not a name") {
  using loupe::entities::kNoMatch;
  using loupe::entities::name_distance;
  CHECK(name_distance("putin", "biden") == kNoMatch);    // PuTiN / PiTeN
  CHECK(name_distance("putin", "baideun") == kNoMatch);  // 바이든
  CHECK(name_distance("biden", "baideun") != kNoMatch);  // one vowel apart
  CHECK(name_distance("mcfaul", "makfol") != kNoMatch);  // Макфол: one vowel place differs
  CHECK(name_distance("kahneman", "kaneomeon") != kNoMatch);  // 카너먼
  const auto e = link({"[[Biden|PER|biden]] met [[Vladimir Putin|PER|putin]].",
                       "[[바이든|PER|biden]] 대통령과 [[푸틴|PER|putin]] 대통령"});
  CHECK(e.at("푸틴") == e.at("Vladimir Putin"));
  CHECK(e.at("바이든") == e.at("Biden"));
  CHECK(e.at("바이든") != e.at("푸틴"));
}

TEST_CASE("A lone name no person carries joins the place of its name") {
  // The same script and key (Валенсией typed PERSON), or another script's place whose
  // romanized name is the same (Busan typed PERSON, 부산 and Пусан places).
  const auto e = link({"She lives in [[Busan|PER|busan]] and [[Valencia|LOC|valencia]].",
                       "[[부산|LOC|busan]]에서 왔다.",
                       "Из [[Пусана|LOC|busan]] в [[Валенсии|LOC|valencia]] и с "
                       "[[Валенсией|PER|valencia]]."});
  CHECK(e.at("Busan") == e.at("부산"));
  CHECK(e.at("Пусана") == e.at("부산"));
  CHECK(e.at("Валенсией") == e.at("Валенсии"));
  CHECK(e.at("Busan") != e.at("Valencia"));
}

TEST_CASE("Cyrillic names in -ия / -ія meet across their cases and the two languages") {
  // The Ukrainian instrumental typed PERSON, no person of that name: the Russian place.
  const auto e = link({"Он вернулся из [[Валенсии|LOC|valencia]].",
                       "Вона поїхала за [[Валенсією|PER|valencia]].", "[[Мария|PER|maria]]."});
  CHECK(e.at("Валенсією") == e.at("Валенсии"));
  CHECK(e.at("Мария") != e.at("Валенсии"));
}

TEST_CASE("A surname that a person carries stays with the person, not the place") {
  const auto e =
      link({"[[Marta Toledo|PER|marta]] was born in [[Toledo|LOC|toledo]]. "
            "[[Toledo|PER|marta]] left."});
  CHECK(e.at("Toledo#2") == e.at("Marta Toledo"));
  CHECK(e.at("Toledo") != e.at("Marta Toledo"));
}

TEST_CASE("Of two namesakes, a surname joins the one named in full before it in its paragraph") {
  const auto e =
      link({"[[Jorge Molina|PER|jorge]] teaches in Lyon.\n\n"
            "His cousin [[Lucía Molina|PER|lucia]] writes about chess. "
            "[[Molina|PER|lucia]] won a prize.\n\n"
            "[[Molina|PER|unknown]] said nothing."});
  CHECK(e.at("Molina") == e.at("Lucía Molina"));
  CHECK(e.at("Molina") != e.at("Jorge Molina"));
  // Both introduced before it, neither in its paragraph: ambiguous, alone.
  CHECK(e.at("Molina#2") != e.at("Lucía Molina"));
  CHECK(e.at("Molina#2") != e.at("Jorge Molina"));
}

TEST_CASE("Cyrillic places a vowel apart stay apart; Russian and Ukrainian spellings meet") {
  const auto e = link({"[[Valencia|LOC|valencia]] and [[Valence|LOC|valence]].",
                       "У [[Валенсії|LOC|valencia]] і у [[Валансі|LOC|valence]].",
                       "В [[Фастове|LOC|fastiv]].", "У [[Фастові|LOC|fastiv]]."});
  CHECK(e.at("Валенсії") == e.at("Valencia"));
  CHECK(e.at("Валансі") == e.at("Valence"));
  CHECK(e.at("Валансі") != e.at("Valencia"));
  CHECK(e.at("Фастове") == e.at("Фастові"));
}

TEST_CASE("An acronym in brackets after an organization's name is that organization") {
  const auto e = link({"The [[Korea Maritime Institute|ORG|kmi]] ([[KMI|ORG|kmi]]) wrote it.",
                       "Lo escribió el [[Instituto Marítimo de Corea|ORG|kmi]] ([[KMI|ORG|kmi]]).",
                       "[[한국해양수산개발원|ORG|kmi]]([[KMI|ORG|kmi]])의 분석.",
                       "The [[Odesa Port Authority|ORG|port]] and [[KMI|ORG|kmi]] met."});
  CHECK(e.at("Korea Maritime Institute") == e.at("KMI"));
  CHECK(e.at("Instituto Marítimo de Corea") == e.at("KMI"));
  CHECK(e.at("한국해양수산개발원") == e.at("KMI"));
  CHECK(e.at("Odesa Port Authority") != e.at("KMI"));  // "and", not a bracket
}

TEST_CASE("A Han or Latin spelling in brackets glued to a Korean name is that name") {
  const auto e = link(
      {"[[차이치|PER|cai]]([[蔡奇|PER|cai]]) [[베이징|LOC|bj]]([[北京|LOC|bj]]) 시장과 "
       "[[잉융|PER|ying]]([[應勇|PER|ying]]) 시장이 [[유엔식량계획|ORG|wfp]]([[WFP|ORG|wfp]])을 "
       "찾았다. [[리창|PER|li]] ([[李强|PER|li]]) 서기는 오지 않았다."});
  CHECK(e.at("蔡奇") == e.at("차이치"));
  CHECK(e.at("北京") == e.at("베이징"));
  CHECK(e.at("應勇") == e.at("잉융"));
  CHECK(e.at("WFP") == e.at("유엔식량계획"));
  // Han names do not link by romanized keys: two people, a city, none shared.
  CHECK(e.at("蔡奇") != e.at("應勇"));
  CHECK(e.at("蔡奇") != e.at("北京"));
  CHECK(e.at("李强") != e.at("리창"));  // a space before the bracket: not glued
}

TEST_CASE("A Korean name written with and without its space is one name") {
  const auto e =
      link({"[[유엔 안보리|ORG|unsc]]가 모였다. [[유엔안보리|ORG|unsc]]는 결의했다. "
            "[[월스트리트 저널|ORG|wsj]]과 [[월스트리트저널|ORG|wsj]]이 썼다. "
            "[[유엔|ORG|un]]도 왔다."});
  CHECK(e.at("유엔 안보리") == e.at("유엔안보리"));
  CHECK(e.at("월스트리트 저널") == e.at("월스트리트저널"));
  CHECK(e.at("유엔") != e.at("유엔안보리"));
}

TEST_CASE("A lone name typed a place joins the person other scripts name by it") {
  // The corpus's case: Zelensky's, Зеленского and 젤렌스키 made one person by the passes before;
  // `de Zelensky` typed LOC by the Spanish tagger, a group of its own.
  using loupe::entities::LinkRecord;
  using loupe::entities::Script;
  auto rec = [](Script script, const std::string& key, EntityType type, int known = -1) {
    LinkRecord r;
    r.cand.script = script, r.cand.type = type, r.cand.known = known;
    r.key = key, r.words = {key};
    return r;
  };
  const std::vector<LinkRecord> recs = {
      rec(Script::kLatin, "zelensky", EntityType::kPerson),    // 0: the person, three
      rec(Script::kCyrillic, "зеленск", EntityType::kPerson),  // 1: scripts
      rec(Script::kHangul, "젤렌스키", EntityType::kPerson),   // 2
      rec(Script::kLatin, "zelensky", EntityType::kLoc),       // 3: `de Zelensky`
      rec(Script::kLatin, "toledo", EntityType::kPerson),      // 4: a person in one script
      rec(Script::kLatin, "toledo", EntityType::kPerson),      // 5
      rec(Script::kLatin, "toledo", EntityType::kPerson),      // 6
      rec(Script::kLatin, "toledo", EntityType::kLoc),         // 7: the city
      rec(Script::kLatin, "zelensky", EntityType::kLoc, 5),    // 8: a gazetteer entry
  };
  loupe::entities::UnionFind groups(recs.size());
  groups.unite(0, 1), groups.unite(0, 2), groups.unite(4, 5), groups.unite(4, 6);
  loupe::entities::people_across_languages(recs, groups);
  CHECK(groups.find(3) == groups.find(0));
  CHECK(groups.find(7) != groups.find(4));  // named in one script only
  CHECK(groups.find(8) != groups.find(0));  // the gazetteer's
  // Three person mentions at least: with two, the Spanish place stays apart.
  loupe::entities::UnionFind two(4);
  two.unite(0, 1);
  loupe::entities::people_across_languages({recs[0], recs[1], recs[3], recs[4]}, two);
  CHECK(two.find(2) != two.find(0));
}

TEST_CASE("Korean given names of one surname must be one name: 김정은 is not 김여정") {
  using loupe::entities::kNoMatch;
  using loupe::entities::name_distance;
  CHECK(name_distance("jeongeun", "yeojeong") == kNoMatch);  // SeNeN / iSeN: 3 edits of 4
  CHECK(name_distance("jung", "hasan") == kNoMatch);         // 중 / 하산
  const auto e = link({"[[김정은|PER|kju]] 위원장과 [[김여정|PER|kyj]] 부부장이 왔다.",
                       "[[Kim Jong-un|PER|kju]] arrived."});
  CHECK(e.at("김정은") != e.at("김여정"));
  CHECK(e.at("김정은") == e.at("Kim Jong-un"));  // ㅓ and ㅡ as o and u: jeongeun = jongun
}

TEST_CASE("A common word before a surname is no given name") {
  // "линия" is written in lower case in the text: "Линия Киссинджера" (typed PERSON, as a
  // tagger does) names no second Kissinger, so the lone "Киссинджера" after it has one fit.
  const auto e =
      link({"Статья [[Генри Киссинджер|PER|hk]] о войне. Эта линия спорна, и "
            "линию поддержали. «[[Линия Киссинджера|PER|hk]]» — так её назвали. "
            "Критики [[Киссинджера|PER|hk]] не согласны."});
  CHECK(e.at("Киссинджера") == e.at("Генри Киссинджер"));
}

TEST_CASE("One Hangul syllable is too little sound to link across scripts alone") {
  // 강 (a surname, or a river) romanizes to "gang", close to the "Again" of a title read as a
  // name; with the given names agreeing, a one-syllable surname still links (김정은 = Kim Jong-un).
  const auto e = link({"[[강|PER|kang]] 대표가 말했다. [[김정은|PER|kju]] 위원장도 왔다.",
                       "We heard [[Once Again|PER|title]] and met [[Kim Jong-un|PER|kju]]."});
  CHECK(e.at("강") != e.at("Once Again"));
  CHECK(e.at("김정은") == e.at("Kim Jong-un"));
}

TEST_CASE("A Hangul surname the tagger typed ORG joins the person named in full, if read as one") {
  // Records as the finder gives them: the full name by a rule (no per-type probabilities), the
  // lone surname by the tagger, typed ORG with PERSON a close second (or a distant one).
  using namespace loupe::entities;
  NameKeyer keyer;
  const Lexicon lexicon(keyer);
  const std::string text = "올레나 코발렌코와 만났다. 코발렌코는 웃었다.";
  const std::string full = "올레나 코발렌코";
  const auto lone_at = static_cast<std::uint32_t>(text.find("코발렌코는"));
  auto linked = [&](float person) {
    Candidate name;
    name.bytes = {0, static_cast<std::uint32_t>(full.size())};
    name.type = EntityType::kPerson, name.confidence = 0.7f, name.script = Script::kHangul;
    Candidate lone;
    lone.bytes = {lone_at, lone_at + static_cast<std::uint32_t>(std::string("코발렌코").size())};
    lone.type = EntityType::kOrg, lone.confidence = 0.33f, lone.script = Script::kHangul;
    lone.by_type[0] = person, lone.by_type[1] = 0.33f, lone.by_type[2] = 0.01f;
    std::vector<LinkRecord> recs = {make_link_record(0, text, name, keyer),
                                    make_link_record(0, text, lone, keyer)};
    REQUIRE(recs[0].full_name);
    UnionFind groups = link_records(recs, lexicon, keyer);
    return groups.find(0) == groups.find(1);
  };
  CHECK(linked(0.26f));
  CHECK_FALSE(linked(0.05f));  // the tagger barely read it as a person: an organization
}

TEST_CASE("A lone Hangul surname before the particle 에서 is a place, not the person") {
  using namespace loupe::entities;
  NameKeyer keyer;
  auto place = [&](const std::string& text, const std::string& name) {
    Candidate c;
    c.bytes = {0, static_cast<std::uint32_t>(name.size())};
    c.type = EntityType::kPerson, c.confidence = 0.7f, c.script = Script::kHangul;
    return korean_place_by_particle(text, make_link_record(0, text, c, keyer));
  };
  CHECK(place("톨레도에서 태어났다.", "톨레도"));
  CHECK_FALSE(place("톨레도에게서 들었다.", "톨레도"));  // from a person
  CHECK_FALSE(place("톨레도는 웃었다.", "톨레도"));
  CHECK_FALSE(place("마르타 톨레도에서 끝났다.", "마르타 톨레도"));  // a full name stays
}

TEST_CASE("A name of two words typed one way three times as often as otherwise is one entity") {
  const auto e =
      link({"[[Marta Ruiz|PER|ruiz]] wrote the report. [[Marta Ruiz|PER|ruiz]] and "
            "[[Marta Ruiz|PER|ruiz]] spoke twice. [[Marta Ruiz|ORG|ruiz]]: Ports, 2021.",
            "[[Harbor Times|ORG|ht]] printed it, [[Harbor Times|ORG|ht]] and "
            "[[Harbor Times|ORG|ht]] again; [[Harbor Times|PER|ht]] said so.",
            "[[Banco Norte|ORG|bn]] lent money. [[Banco Norte|ORG|bn]] and "
            "[[Banco Norte|PER|bn2]] were named."});
  CHECK(e.at("Marta Ruiz") == e.at("Marta Ruiz#4"));  // the ORG typing joins the person
  CHECK(e.at("Marta Ruiz") == e.at("Marta Ruiz#2"));
  CHECK(e.at("Harbor Times") == e.at("Harbor Times#4"));  // the PERSON typing joins the paper
  // Under three typings of one kind (two ORG, one PERSON) nothing joins across types.
  CHECK(e.at("Banco Norte") != e.at("Banco Norte#3"));
}
