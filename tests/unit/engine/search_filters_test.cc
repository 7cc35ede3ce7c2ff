// entity: and date: filters, the entity and year facets and the title field, through the
// facade over multilingual documents written for these tests.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "engine.h"
#include "support/utf16_reference.h"

using nlohmann::json;

namespace {

const char* kKo =
    "2022년 11월 15일 푸틴 대통령은 모스크바에서 연설했다.\n\n"
    "나토 정상회의는 2023년 7월에 열렸다.\n\n"
    "그 뒤로 날씨가 좋았다.";
const char* kEn =
    "Vladimir Putin met NATO officials in March 2023.\n\n"
    "The talks on grain exports lasted until 2021.\n\n"
    "Nothing else happened.";
const char* kRu =
    "Переговоры с Путиным прошли в 2022 году.\n\n"
    "НАТО расширяется на восток.";

std::unique_ptr<loupe::Engine> corpus() {
  auto made = loupe::Engine::create();
  REQUIRE(made.ok());
  auto e = std::move(made.value());
  REQUIRE(e->add_document("ko", "ko.txt", kKo).ok());
  REQUIRE(e->add_document("en", "en.txt", kEn).ok());
  REQUIRE(e->add_document("ru", "ru.txt", kRu).ok());
  return e;
}

json search(loupe::Engine& e, const std::string& q,
            const std::string& options = "{\"limit\":100}") {
  const json r = json::parse(e.search_json(q, options));
  INFO(q << " -> " << r.dump());
  REQUIRE(r["ok"] == true);
  return r;
}

// "doc:passage" of every hit, sorted.
std::set<std::string> hits(loupe::Engine& e, const std::string& q) {
  std::set<std::string> out;
  const json r = search(e, q);
  for (const json& h : r["hits"])
    out.insert(h["doc"].get<std::string>() + ":" + std::to_string(h["passage"].get<int>()));
  return out;
}

using S = std::set<std::string>;

}  // namespace

TEST_CASE("entity: finds the passages mentioning the entity, in every script",
          "[engine][filters]") {
  auto e = corpus();
  const S putin{"en:0", "ko:0", "ru:0"};
  CHECK(hits(*e, "entity:Putin") == putin);
  CHECK(hits(*e, "entity:푸틴") == putin);
  CHECK(hits(*e, "entity:Путин") == putin);  // the nominative, though the text says Путиным
  CHECK(hits(*e, "entity:\"Vladimir Putin\"") == putin);
  CHECK(hits(*e, "entity:putin") == putin);
  const S nato{"en:0", "ko:1", "ru:1"};
  CHECK(hits(*e, "entity:NATO") == nato);
  CHECK(hits(*e, "entity:나토") == nato);
  CHECK(hits(*e, "entity:НАТО") == nato);
  CHECK(hits(*e, "entity:Lavrov").empty());  // no such entity: nothing, not an error
}

TEST_CASE("date: keeps passages whose dates overlap the range", "[engine][filters]") {
  auto e = corpus();
  CHECK(hits(*e, "date:2022") == S{"ko:0", "ru:0"});
  // "в 2022 году" is all of 2022: it overlaps any part of it.
  CHECK(hits(*e, "date:2022-11") == S{"ko:0", "ru:0"});
  CHECK(hits(*e, "date:2022-11-15") == S{"ko:0", "ru:0"});
  CHECK(hits(*e, "date:2022-11-16") == S{"ru:0"});
  CHECK(hits(*e, "date:2022-11..2023-07") == S{"en:0", "ko:0", "ko:1", "ru:0"});
  CHECK(hits(*e, "date:2023-01..2023-02").empty());
  CHECK(hits(*e, "date:..2021") == S{"en:1"});
  CHECK(hits(*e, "date:2023..") == S{"en:0", "ko:1"});
  CHECK(hits(*e, "date:2023-04..2023-06").empty());  // between March and July
}

TEST_CASE("entity: and date: combine with terms, exclusion, OR, grouping, lang: and doc:",
          "[engine][filters]") {
  auto e = corpus();
  CHECK(hits(*e, "entity:Putin date:2023..") == S{"en:0"});
  CHECK(hits(*e, "entity:Putin -doc:en") == S{"ko:0", "ru:0"});
  CHECK(hits(*e, "entity:Putin lang:ru") == S{"ru:0"});
  CHECK(hits(*e, "entity:Putin -date:2022") == S{"en:0"});
  CHECK(hits(*e, "entity:Putin doc:ru") == S{"ru:0"});
  CHECK(hits(*e, "entity:NATO OR date:..2021") == S{"en:0", "en:1", "ko:1", "ru:1"});
  CHECK(hits(*e, "(entity:Putin OR entity:NATO) lang:ko") == S{"ko:0", "ko:1"});
  CHECK(hits(*e, "officials entity:NATO") == S{"en:0"});
  CHECK(hits(*e, "모스크바 date:2022") == S{"ko:0"});
  CHECK(hits(*e, "모스크바 date:2023").empty());
  CHECK(hits(*e, "переговоры -entity:Putin").empty());
  CHECK(hits(*e, "grain -date:2021").empty());
  CHECK(hits(*e, "grain date:2021") == S{"en:1"});
  // A term ranks; a filter only keeps: the scores are the term's.
  const json r = search(*e, "officials");
  const json f = search(*e, "officials entity:NATO");
  REQUIRE(f["hits"].size() == 1);
  CHECK(f["hits"][0]["score"] == r["hits"][0]["score"]);
}

TEST_CASE("filtered hits keep exact offsets and highlights", "[engine][filters]") {
  auto e = corpus();
  const std::map<std::string, std::string> texts{{"ko", kKo}, {"en", kEn}, {"ru", kRu}};
  const std::map<std::string, std::string> said{{"ko", "푸틴"}, {"en", "Putin"}, {"ru", "Путиным"}};
  const json r = search(*e, "entity:푸틴 OR Путин");
  REQUIRE(r["hits"].size() == 3);
  for (const json& h : r["hits"]) {
    const std::string& text = texts.at(h["doc"]);
    const std::size_t b = h["begin_byte"], end = h["end_byte"];
    CHECK(text.substr(b, end - b).find(said.at(h["doc"])) != std::string::npos);
    CHECK(h["begin_u16"] == loupe::test::utf16_length_of_prefix(text, b));
    CHECK(h["end_u16"] == loupe::test::utf16_length_of_prefix(text, end));
    for (const json& m : h["highlights"]) {  // the term's: Путиным in the Russian passage
      const std::size_t mb = m["begin_byte"], me = m["end_byte"];
      CHECK(h["doc"] == "ru");
      CHECK(text.substr(mb, me - mb) == "Путиным");
      CHECK(m["begin_u16"] == loupe::test::utf16_length_of_prefix(text, mb));
    }
  }
}

TEST_CASE("entity and year facets count hit passages, only when asked", "[engine][filters]") {
  auto e = corpus();
  const json plain = search(*e, "entity:NATO");
  CHECK(plain["facets"].contains("lang"));
  CHECK(plain["facets"].contains("doc"));
  CHECK_FALSE(plain["facets"].contains("entity"));
  CHECK_FALSE(plain["facets"].contains("year"));
  const json r = search(*e, "entity:NATO", R"({"facets":["entity","year"]})");
  CHECK_FALSE(r["facets"].contains("lang"));
  const json& ents = r["facets"]["entity"];
  REQUIRE(ents.size() >= 2);
  CHECK(ents[0]["canonical"] == "NATO");
  CHECK(ents[0]["type"] == "ORG");
  CHECK(ents[0]["count"] == 3);
  bool putin = false;
  for (const json& x : ents)
    putin |=
        x["canonical"].get<std::string>().find("Putin") != std::string::npos && x["count"] == 1;
  CHECK(putin);  // only en:0 of the NATO passages mentions him
  CHECK(r["facets"]["year"] == json::parse(R"({"2023":2})"));
  const json all = search(*e, "date:2021.. OR entity:Putin",
                          R"({"facets":["lang","doc","entity","year"],"facet_limit":1})");
  CHECK(all["facets"]["entity"].size() == 1);
  CHECK(all["facets"]["year"] == json::parse(R"({"2021":1,"2022":2,"2023":2})"));
  CHECK(all["facets"]["lang"]["ko"] == 2);
}

TEST_CASE("annotations follow updates, removals and a reload", "[engine][filters]") {
  auto e = corpus();
  REQUIRE(hits(*e, "entity:Putin").size() == 3);  // computed once here
  REQUIRE(e->add_document("en", "en.txt", "NATO officials met in March 2024.").ok());
  CHECK(hits(*e, "entity:Putin") == S{"ko:0", "ru:0"});
  CHECK(hits(*e, "date:2024") == S{"en:0"});
  CHECK(hits(*e, "date:2023..") == S{"en:0", "ko:1"});
  REQUIRE(e->remove_document("ru"));
  CHECK(hits(*e, "entity:Putin") == S{"ko:0"});
  CHECK(hits(*e, "date:2022") == S{"ko:0"});
  const std::vector<std::uint8_t> saved = e->save_index();
  auto other = loupe::Engine::create();
  REQUIRE(other.ok());
  REQUIRE(
      other.value()
          ->load_index(std::string_view(reinterpret_cast<const char*>(saved.data()), saved.size()))
          .ok());
  CHECK(hits(*other.value(), "entity:푸틴") == S{"ko:0"});
  CHECK(hits(*other.value(), "entity:NATO") == S{"en:0", "ko:1"});
  CHECK(hits(*other.value(), "date:2024-03") == S{"en:0"});
}

TEST_CASE("annotations stay right when removals compact the index", "[engine][filters]") {
  auto made = loupe::Engine::create();
  REQUIRE(made.ok());
  auto& e = *made.value();
  // Documents before the corpus: removing them renumbers every corpus passage.
  for (int i = 0; i < 8; ++i) {
    REQUIRE(e.add_document("x" + std::to_string(i), "x.txt",
                           "President Putin spoke in 2019.\n\nNATO met in 2018.")
                .ok());
  }
  REQUIRE(e.add_document("ko", "ko.txt", kKo).ok());
  REQUIRE(e.add_document("en", "en.txt", kEn).ok());
  REQUIRE(e.add_document("ru", "ru.txt", kRu).ok());
  CHECK(hits(e, "entity:Putin").size() == 11);  // annotations computed with the old numbering
  CHECK(hits(e, "date:2018").size() == 8);
  const json before = search(e, "entity:NATO");
  for (int i = 0; i < 8; ++i)
    REQUIRE(e.remove_document("x" + std::to_string(i)));  // compacts on the way
  CHECK(hits(e, "entity:Putin") == S{"en:0", "ko:0", "ru:0"});
  CHECK(hits(e, "date:2018").empty());
  CHECK(hits(e, "date:2023..") == S{"en:0", "ko:1"});
  const json after = search(e, "entity:NATO", R"({"facets":["entity"]})");
  CHECK(after["total"] == 3);
  CHECK(before["total"] == 11);
  CHECK(after["facets"]["entity"][0]["count"] == 3);
}

TEST_CASE("a title match outranks a body match", "[engine][title]") {
  auto made = loupe::Engine::create();
  REQUIRE(made.ok());
  auto& e = *made.value();
  REQUIRE(e.add_document("a", "notes/grain_report.txt", "Exports rose sharply this year.").ok());
  REQUIRE(e.add_document("b", "notes.txt", "The grain harvest was large and exports rose.").ok());
  REQUIRE(e.add_document("c", "summary.md", "# Урожай зерна\n\nЭкспорт вырос.").ok());
  json r = search(e, "grain");
  REQUIRE(r["hits"].size() == 2);
  CHECK(r["hits"][0]["doc"] == "a");
  CHECK(r["hits"][0]["field"] == "title");
  CHECK(r["hits"][0]["snippet"] == "grain report");
  CHECK(r["hits"][1]["doc"] == "b");
  CHECK(r["hits"][1]["field"] == "body");
  CHECK(r["hits"][0]["score"].get<double>() > r["hits"][1]["score"].get<double>());
  r = search(e, "зерна");  // a Markdown heading is the title, and stays in the body too
  REQUIRE(r["hits"].size() == 2);
  CHECK(r["hits"][0]["field"] == "title");
  CHECK(r["hits"][0]["snippet"] == "Урожай зерна");
  CHECK(r["hits"][1]["field"] == "body");
  CHECK(search(e, "summary")["total"] == 0);  // with a heading, the file name is not the title
  REQUIRE(e.add_document("d", "report_d74994d38762cac4.txt", "Nothing here.").ok());
  CHECK(search(e, "d74994d38762cac4")["total"] == 0);  // a hash is no title word
  CHECK(search(e, "report")["hits"][0]["snippet"] == "report");
}
