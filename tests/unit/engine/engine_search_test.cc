#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "engine.h"
#include "support/make_engine.h"
#include "support/utf16_reference.h"

using nlohmann::json;

namespace {

using loupe::test::make_engine;

const char* kKorean = "오늘 라브로프가 도착했다.\n\n라브로프와 외교관계위원회 위원들이 만났다.";
const char* kRussian = "Министр Лавров прилетел в Нью-Йорк.\n\nПереговоры продолжались весь день.";

json search(loupe::Engine& e, const std::string& q, const std::string& options = "{}") {
  const json r = json::parse(e.search_json(q, options));
  INFO(q << " -> " << r.dump());
  REQUIRE(r["v"] == 1);
  return r;
}

}  // namespace

TEST_CASE("documents are searchable by stem, with snippets whose offsets slice the text",
          "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("ko", "korean.txt", kKorean).ok());
  REQUIRE(e->add_document("ru", "russian.txt", kRussian).ok());
  const json r = search(*e, "라브로프");
  REQUIRE(r["ok"] == true);
  CHECK(r["total"] == 2);
  CHECK(r["facets"]["lang"]["ko"] == 2);
  CHECK(r["facets"]["doc"]["ko"] == 2);
  const std::string text = kKorean;
  for (const json& h : r["hits"]) {
    CHECK(h["doc"] == "ko");
    CHECK(h["name"] == "korean.txt");
    const std::size_t b = h["begin_byte"], end = h["end_byte"];
    CHECK(h["begin_u16"] == loupe::test::utf16_length_of_prefix(text, b));
    CHECK(h["end_u16"] == loupe::test::utf16_length_of_prefix(text, end));
    REQUIRE(h["highlights"].size() == 1);
    const json& m = h["highlights"][0];
    const std::size_t mb = m["begin_byte"], me = m["end_byte"];
    CHECK(text.substr(mb, 12) == "라브로프");  // the surface, particle included
    CHECK(m["begin_u16"] == loupe::test::utf16_length_of_prefix(text, mb));
    CHECK(m["end_u16"] == loupe::test::utf16_length_of_prefix(text, me));
    CHECK(h["snippet"].get<std::string>().find("라브로프") != std::string::npos);
  }
  CHECK(search(*e, "위원회")["total"] == 1);  // inside the compound
  CHECK(search(*e, "переговор*")["total"] == 1);
  CHECK(search(*e, "\"Нью-Йорк\"")["total"] == 1);
  CHECK(search(*e, "Лавров lang:ko")["total"] == 0);
  CHECK(search(*e, "라브로프 doc:ko", "{\"limit\":1}")["hits"].size() == 1);
}

TEST_CASE("malformed queries and options are error envelopes with positions", "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("ru", "russian.txt", kRussian).ok());
  json r = search(*e, "Лавров \"open");
  CHECK(r["ok"] == false);
  CHECK(r["error"]["code"] == "invalid_argument");
  CHECK(r["error"]["begin_byte"] == 13);
  CHECK(r["error"]["begin_u16"] == 7);
  r = search(*e, "Лавров", "not json");
  CHECK(r["ok"] == false);
  r = search(*e, "Лавров", "{\"limit\":\"ten\"}");  // a wrong type falls back to the default
  CHECK(r["ok"] == true);
  r = search(*e, "Лавров date:2022-13");
  CHECK(r["ok"] == false);
  CHECK(r["error"]["begin_byte"] == 23);
  CHECK(r["error"]["begin_u16"] == 17);
  CHECK(search(*e, "Лавров", "{\"facets\":\"entity\"}")["ok"] == false);
  CHECK(
      search(*e, "Лавров", "{\"facets\":[\"people\"]}")["error"]["message"].get<std::string>().find(
          "unknown facet") != std::string::npos);
}

TEST_CASE("a Hangul query word finds both ways the index read it", "[engine]") {
  // The particle splitter reads 정상회의 as 정상회 + 의 unless the document shows the whole word
  // with a particle (정상회의는): the two documents index different terms for the same word.
  auto e = make_engine();
  const std::string with_particle = "두 정상회의는 열렸다. 정상회의 뒤 회견이 있었다.";
  const std::string bare = "정상회의 준비가 시작됐다.";
  REQUIRE(e->add_document("a", "a.txt", with_particle).ok());
  REQUIRE(e->add_document("b", "b.txt", bare).ok());
  for (const char* q : {"정상회의", "정상회의는", "\"정상회의 준비가\""}) {
    const json r = search(*e, q);
    REQUIRE(r["ok"] == true);
    std::set<std::string> docs;
    for (const json& h : r["hits"]) {
      docs.insert(h["doc"].get<std::string>());
      const std::string& text = h["doc"] == "a" ? with_particle : bare;
      REQUIRE_FALSE(h["highlights"].empty());
      for (const json& hl : h["highlights"]) {  // each highlight is the word as written
        const std::size_t b = hl["begin_byte"], end = hl["end_byte"];
        const std::string word = text.substr(b, end - b);
        CHECK((word.rfind("정상회의", 0) == 0 || word == "준비가"));
      }
    }
    INFO(q);
    CHECK(docs == (std::string(q).find("준비") != std::string::npos
                       ? std::set<std::string>{"b"}
                       : std::set<std::string>{"a", "b"}));
  }
}

TEST_CASE("facets:false drops the facets member; remembered options follow each call's string",
          "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("ko", "korean.txt", kKorean).ok());
  const json with = search(*e, "라브로프");
  const json without = search(*e, "라브로프", R"({"facets":false})");
  REQUIRE(with["ok"] == true);
  REQUIRE(without["ok"] == true);
  CHECK(with.contains("facets"));
  CHECK_FALSE(without.contains("facets"));
  CHECK(without["total"] == with["total"]);
  CHECK(without["total_docs"] == with["total_docs"]);
  CHECK(without["hits"] == with["hits"]);
  // A rejected options string leaves the remembered ones as they were, and the next call's
  // string (the default again) is parsed anew.
  CHECK(search(*e, "라브로프", R"({"facets":["people"],"limit":1})")["ok"] == false);
  CHECK(search(*e, "라브로프", R"({"facets":false})") == without);
  CHECK(search(*e, "라브로프") == with);
  CHECK(search(*e, "라브로프", R"({"facets":[]})")["facets"] == json::object());
}

TEST_CASE("update, removal, save and load keep stable ids", "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("ko", "korean.txt", kKorean).ok());
  REQUIRE(e->add_document("ru", "russian.txt", kRussian).ok());
  REQUIRE(e->add_document("ru", "russian-2.txt", "Лавров уехал.").ok());
  CHECK(search(*e, "переговор*")["total"] == 0);
  CHECK(search(*e, "Лавров")["hits"][0]["name"] == "russian-2.txt");
  const std::vector<std::uint8_t> saved = e->save_index();
  auto f = make_engine();
  REQUIRE(f->load_index(std::string(saved.begin(), saved.end())).ok());
  CHECK(search(*f, "라브로프")["total"] == 2);
  CHECK(search(*f, "Лавров")["hits"][0]["doc"] == "ru");
  CHECK(f->remove_document("ko"));
  CHECK_FALSE(f->remove_document("ko"));
  CHECK(search(*f, "라브로프")["total"] == 0);
  // A failed load leaves the documents as they were.
  CHECK_FALSE(f->load_index("LOUPEIDX garbage").ok());
  CHECK(search(*f, "Лавров")["total"] == 1);
  const json stats = json::parse(f->index_stats_json());
  CHECK(stats["documents"] == 1);
}

TEST_CASE("a Russian name finds its declined forms, in a Russian-only index", "[engine]") {
  // Snowball reads Лавров's -ов and Сергей's -ей as endings (лавр, серг) but not Лаврова's
  // (лавров) or Сергея's (серге); with only Russian indexed, no other chain's reading bridges
  // them. Four one-sentence paragraphs with blank lines between stay four passages.
  auto e = make_engine();
  REQUIRE(e->add_document(
               "ru", "ru.txt",
               "Министр иностранных дел России Сергей Лавров прибыл в Нью-Йорк на переговоры.\n\n"
               "Встреча с Лавровым прошла в среду в здании постоянного представительства.\n\n"
               "Заявление Лаврова было опубликовано на сайте министерства вечером.\n\n"
               "Президент поручил Лаврову продолжить консультации с Сергеем Шойгу.\n")
              .ok());
  const auto passages = [&](const std::string& q) {
    std::set<int> out;
    const json r = search(*e, q, R"({"per_doc":10})");
    for (const json& h : r["hits"]) out.insert(h["passage"].get<int>());
    return out;
  };
  CHECK(passages("Лавров") == std::set<int>{0, 1, 2, 3});
  CHECK(passages("Лаврова") == std::set<int>{0, 1, 2, 3});
  CHECK(passages("Лавровым") == std::set<int>{0, 1, 2, 3});
  CHECK(passages("Сергей") == std::set<int>{0, 3});
  CHECK(passages("Сергея") == std::set<int>{0, 3});
  CHECK(passages("министр").count(0) == 1);
  CHECK(passages("мир").empty());  // a stem is not widened into other words (министр)
}

TEST_CASE("a query word matches a passage only as that passage's language reads it", "[engine]") {
  // Snowball gives Spanish "archivo" and English "archive" one stem (archiv): a Spanish reading
  // must not find the English word, while each language still finds its own forms.
  auto e = make_engine();
  REQUIRE(e->add_document("en", "en.txt",
                          "The archive holds every file the office kept from the old system.\n\n"
                          "Each archived record was moved to the new storage last year.\n")
              .ok());
  REQUIRE(e->add_document("es", "es.txt",
                          "Los archivos de la oficina se guardaron en el sistema nuevo.\n\n"
                          "Cada archivo tiene un nombre y una fecha de creación.\n")
              .ok());
  const auto docs = [&](const std::string& q) {
    std::set<std::string> out;
    const json r = search(*e, q, R"({"per_doc":10})");
    for (const json& h : r["hits"])
      out.insert(h["doc"].get<std::string>() + "#" + std::to_string(h["passage"].get<int>()));
    return out;
  };
  CHECK(docs("archivo") == std::set<std::string>{"es#0", "es#1"});
  CHECK(docs("archivos") == std::set<std::string>{"es#0", "es#1"});
  // English "archive" finds its own forms (and Spanish ones too: Spanish analysis also reads
  // the word as archiv, and the query word has no language to tell).
  CHECK(docs("archive").count("en#0") == 1);
  CHECK(docs("archive").count("en#1") == 1);
  CHECK(docs("\"archivo tiene\"") == std::set<std::string>{"es#1"});
  // A prefix names a spelling, not a word: it matches in every language.
  CHECK(docs("archiv*") == std::set<std::string>{"en#0", "en#1", "es#0", "es#1"});
  // Facets and totals follow the same matches.
  const json r = search(*e, "archivo");
  CHECK(r["total"] == 2);
  CHECK(r["facets"]["lang"].size() == 1);
  CHECK(r["facets"]["lang"]["es"] == 2);
  // Russian and Ukrainian share their stems: a Russian form finds the Ukrainian word.
  REQUIRE(e->add_document("uk", "uk.txt",
                          "Що пропонують США на своїх секретних переговорах із Росією?\n")
              .ok());
  CHECK(docs("переговоры").count("uk#0") == 1);
}

TEST_CASE("an exact Korean word or phrase ranks above its compound forms", "[engine]") {
  // "데비안 패키지" also matches "데비안 패키지용" (the last word heading a compound), but as a
  // compound match: below the phrase as written, even where the compound is the rarer term.
  auto e = make_engine();
  REQUIRE(e->add_document("exact", "exact.txt", "데비안 패키지 설치 방법을 설명합니다.\n").ok());
  REQUIRE(e->add_document("compound", "compound.txt", "데비안 패키지용 설치 방법을 설명합니다.\n")
              .ok());
  for (int i = 0; i < 6; ++i) {
    REQUIRE(e->add_document("other" + std::to_string(i), "o.txt",
                            "새 패키지를 받았습니다. 데비안 서버입니다.\n")
                .ok());
  }
  for (const std::string& q : {"\"데비안 패키지\""}) {
    const json r = search(*e, q, R"({"per_doc":1,"limit":3})");
    REQUIRE(r["hits"].size() == 2);
    CHECK(r["hits"][0]["doc"] == "exact");
    CHECK(r["hits"][1]["doc"] == "compound");
    const loupe::TopDocs top = e->search_top_docs(q, 3);
    REQUIRE(top.docs.size() == 2);
    CHECK(std::string(top.docs[0].id) == "exact");
  }  // The same for the word alone: 패키지용 is rarer than 패키지 but scores with 패키지's idf.
  const json r = search(*e, "패키지", R"({"per_doc":1,"limit":10})");
  REQUIRE(r["hits"].size() == 8);
  CHECK(r["hits"][7]["doc"] == "compound");
  const loupe::TopDocs top = e->search_top_docs("패키지", 10);
  REQUIRE(top.docs.size() == 8);
  CHECK(std::string(top.docs[7].id) == "compound");
}
