// Grouping of mentions into entities, measured on the grouping gold (documents we wrote in
// five languages about the same people, places and organizations, with traps: two people
// sharing a surname, a city and a club of one name, Valencia and Valence, Cyrillic case forms,
// Korean particles, a Korean name written in three scripts). The gold mentions are linked as
// given (EntityIndex::set_given_mentions), so the figure is the linking's alone.
// bench/entities/grouping_bench.cc prints the same figures and the finder's side.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "extract/entities/entity_index.h"
#include "extract/entities/lexicon.h"
#include "support/corpus.h"
#include "support/grouping_gold.h"

using loupe::entities::EntityIndex;
using loupe::entities::EntityType;
using loupe::test::GoldDocument;

namespace {

// tests/golden/entities/grouping, found from the source dir or by walking up from the
// working directory (CTest runs in the build tree, inside the clone).
std::filesystem::path gold_dir() {
  const std::filesystem::path rel = "tests/golden/entities/grouping";
  if (const char* src = std::getenv("LOUPE_SOURCE_DIR")) return std::filesystem::path(src) / rel;
  for (auto p = std::filesystem::current_path(); !p.empty(); p = p.parent_path()) {
    if (std::filesystem::is_directory(p / rel)) return p / rel;
    if (p == p.parent_path()) break;
  }
  return rel;
}

std::vector<GoldDocument> load_gold() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(gold_dir()))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<GoldDocument> docs;
  for (const auto& f : files) {
    std::string error;
    auto doc =
        loupe::test::parse_grouping_gold(f.stem().string(), loupe::test::read_bytes(f), &error);
    INFO(error);
    REQUIRE(doc);
    docs.push_back(std::move(*doc));
  }
  return docs;
}

EntityType type_of(const std::string& t) {
  return t == "PER" ? EntityType::kPerson : t == "ORG" ? EntityType::kOrg : EntityType::kLoc;
}

// The system's entity of every gold mention, in gold order.
std::vector<std::uint32_t> link_gold(EntityIndex& index, const std::vector<GoldDocument>& docs) {
  for (const GoldDocument& d : docs) {
    const std::uint32_t id = index.add_document(d.name, d.text);
    std::vector<loupe::entities::GivenMention> given;
    for (const auto& m : d.mentions) given.push_back({{m.begin, m.end}, type_of(m.type)});
    index.set_given_mentions(id, std::move(given));
  }
  std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, std::uint32_t> entity_at;
  for (const auto& m : index.mentions())
    entity_at[{m.doc, m.bytes.begin_byte, m.bytes.end_byte}] = m.entity;
  std::vector<std::uint32_t> out;
  for (std::uint32_t d = 0; d < docs.size(); ++d)
    for (const auto& m : docs[d].mentions) {
      auto it = entity_at.find({d, m.begin, m.end});
      INFO(docs[d].name << " " << d << ":" << m.begin);
      REQUIRE(it != entity_at.end());  // every given mention comes back, at its bytes
      out.push_back(it->second);
    }
  return out;
}

}  // namespace

TEST_CASE("Gold mentions group into their entities: B-cubed F1 >= 0.95", "[grouping]") {
  const std::vector<GoldDocument> docs = load_gold();
  REQUIRE(docs.size() >= 11);
  EntityIndex index;
  const std::vector<std::uint32_t> system = link_gold(index, docs);
  std::vector<std::string> gold;
  // System entity -> the gazetteer places (lexicon entries of type LOC) its mentions name.
  std::map<std::uint32_t, std::set<int>> places_of;
  loupe::entities::NameKeyer keyer;
  const loupe::entities::Lexicon lexicon(keyer);
  std::size_t k = 0, gazetteer_mentions = 0;
  for (const GoldDocument& d : docs)
    for (const auto& m : d.mentions) {
      gold.push_back(m.entity);
      const std::string surface = d.text.substr(m.begin, m.end - m.begin);
      int known = lexicon.find_korean(surface);
      if (known < 0) known = lexicon.find_name(keyer.lookup_key(surface));
      if (known >= 0 && lexicon.entity(known).type == EntityType::kLoc)
        places_of[system[k]].insert(known), ++gazetteer_mentions;
      ++k;
    }
  REQUIRE(gazetteer_mentions >= 50);  // the check below has places to hold apart
  REQUIRE(gold.size() >= 200);
  const auto s = loupe::test::score_grouping(gold, system);
  INFO("B-cubed P " << s.b3_precision << " R " << s.b3_recall << " F1 " << s.b3_f1
                    << "; pairwise P " << s.pair_precision << " R " << s.pair_recall);
  CHECK(s.b3_f1 >= 0.95);
  CHECK(s.pair_precision >= 0.95);
  REQUIRE(places_of.size() >= 8);
  for (const auto& [entity, places] : places_of) {
    INFO("entity " << index.entities()[entity].canonical);
    CHECK(places.size() == 1);  // never two gazetteer places in one entity
  }
}

TEST_CASE("Grouping traps: namesakes, a club and its city, an organization and its city",
          "[grouping]") {
  const std::vector<GoldDocument> docs = load_gold();
  EntityIndex index;
  const std::vector<std::uint32_t> system = link_gold(index, docs);
  // The system entities of each gold id.
  std::map<std::string, std::set<std::uint32_t>> entities_of;
  std::size_t k = 0;
  for (const GoldDocument& d : docs)
    for (const auto& m : d.mentions) entities_of[m.entity].insert(system[k++]);
  auto apart = [&](const std::string& a, const std::string& b) {
    INFO(a << " vs " << b);
    for (std::uint32_t e : entities_of.at(a)) CHECK(entities_of.at(b).count(e) == 0);
  };
  apart("carlos_romero", "ana_romero");
  apart("kim_jiwoo", "kim_minjun");
  apart("valencia", "valencia_cf");
  apart("seville", "sevilla_fc");
  apart("valence", "valencia");  // Валансі (Valence, locative) is a vowel from Валенсії
  apart("kharkiv", "kherson");
  apart("univ_valencia", "valencia");
  apart("mykola_shevchenko", "iryna_shevchenko");
  apart("marta_toledo", "toledo");  // Толедо the engineer and Толедо the city
  apart("odesa_academy", "odesa");
  // One entity across five languages and three scripts (an acronym in brackets links the
  // Korea Maritime Institute's names; 박서연 = Park Seo-yeon = Пак Со Ён = Пак Со Йон).
  for (const char* id :
       {"univ_valencia", "kharkiv", "valencia", "olena_kovalenko", "busan", "valence", "kmi",
        "park_seoyeon", "mykola_shevchenko", "ulsan", "odesa_academy", "toledo"}) {
    INFO(id);
    CHECK(entities_of.at(id).size() == 1);
  }
}
