// Engine::search_top_docs ranks exactly as search_json under {"per_doc":1}: same documents,
// same order, same scores; malformed queries are errors with their position; no offsets.
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine.h"
#include "support/make_engine.h"

using nlohmann::json;

namespace {

using loupe::test::make_engine;

std::string g6(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

// Documents in four languages, each word repeated at varied rates so lists span blocks.
void add_documents(loupe::Engine& e, int count) {
  const char* const lines[] = {
      "Министр Лавров прилетел в Нью-Йорк.", "Переговоры продолжались весь день.",
      "오늘 라브로프가 도착했다 😀.",         "라브로프와 외교관계위원회 위원들이 만났다.",
      "The negotiations resumed on Monday.", "Las negociaciones secretas siguieron.",
      "permissions of the file descriptor",  "socket permissions and signals",
      "The archive holds the old files.",    "Los archivos del sistema de archivos.",
      "데비안 패키지용 도구와 패키지 목록."};
  for (int d = 0; d < count; ++d) {
    std::string text = "# Title " + std::to_string(d % 13) + "\n\n";
    for (int p = 0; p < 1 + d % 5; ++p)
      text += std::string(lines[(d * 7 + p * 3) % 11]) + (p % 2 ? "\n\n" : " ");
    REQUIRE(
        e.add_document("doc" + std::to_string(d), "name" + std::to_string(d) + ".txt", text).ok());
  }
}

void check_agrees(loupe::Engine& e, const std::string& q, std::size_t limit) {
  const json full = json::parse(
      e.search_json(q, R"({"per_doc":1,"facets":false,"limit":)" + std::to_string(limit) + "}"));
  const loupe::TopDocs top = e.search_top_docs(q, limit);
  INFO(q << " limit " << limit << " -> " << full.dump().substr(0, 300));
  REQUIRE(full["ok"] == true);
  REQUIRE(top.status.ok());
  REQUIRE(top.docs.size() == full["hits"].size());
  const json ids = json::parse(e.search_top_docs_json(q, limit));
  REQUIRE(ids["ok"] == true);
  for (std::size_t i = 0; i < top.docs.size(); ++i) {
    const json& h = full["hits"][i];
    CHECK(std::string(top.docs[i].id) == h["doc"]);
    CHECK(g6(top.docs[i].score) == g6(h["score"].get<double>()));  // the envelope prints %.6g
    CHECK(ids["docs"][i] == h["doc"]);
    CHECK(ids["scores"][i] == h["score"]);
  }
  CHECK(ids.size() == 4);  // v, ok, docs, scores: no offsets, totals or facets
}

const char* const kQueries[] = {"Лавров",
                                "переговоры",
                                "라브로프",
                                "위원회",
                                "negotiation",
                                "negociaciones",
                                "permissions",
                                "negot*",
                                "перег*",
                                "라브*",
                                "sockt~",
                                "Нью-Йорк",
                                "\"file descriptor\"",
                                "socket permissions",
                                "permissions OR signals",
                                "permissions -socket",
                                "lang:ko 라브로프",
                                "doc:name1*",
                                "title",
                                "nothingmatches",
                                "the",
                                "archivo",
                                "archive",
                                "\"sistema de archivos\"",
                                "archiv*",
                                "\"외교관계위원회 위원\"",
                                "\"데비안 패키지\""};

}  // namespace

TEST_CASE("search_top_docs ranks every query as search_json with per_doc 1", "[engine]") {
  auto e = make_engine();
  add_documents(*e, 400);
  for (const char* q : kQueries) {
    for (const std::size_t limit : {std::size_t{1}, std::size_t{10}, std::size_t{500}})
      check_agrees(*e, q, limit);
  }
  SECTION("after removals, additions and a save/load round trip") {
    for (int d = 0; d < 400; d += 3) REQUIRE(e->remove_document("doc" + std::to_string(d)));
    for (const char* q : kQueries) check_agrees(*e, q, 10);
    add_documents(*e, 450);  // replaces doc0..doc399, adds doc400..doc449
    for (const char* q : kQueries) check_agrees(*e, q, 10);
    const std::vector<std::uint8_t> saved = e->save_index();
    auto loaded = make_engine();
    REQUIRE(loaded
                ->load_index(
                    std::string_view(reinterpret_cast<const char*>(saved.data()), saved.size()))
                .ok());
    for (const char* q : kQueries) check_agrees(*loaded, q, 10);
    REQUIRE(
        e->load_index(std::string_view(reinterpret_cast<const char*>(saved.data()), saved.size()))
            .ok());
    for (const char* q : kQueries) check_agrees(*e, q, 10);  // the same engine, its caches dropped
  }
}

TEST_CASE("search_top_docs: a malformed query is an error with its position", "[engine]") {
  auto e = make_engine();
  add_documents(*e, 5);
  for (const char* q : {"\"unclosed", "(a OR", "-alone", "date:2022-13", "lang:xx a"}) {
    const loupe::TopDocs top = e->search_top_docs(q, 10);
    INFO(q);
    CHECK(top.status.code() == loupe::core::StatusCode::kInvalidArgument);
    CHECK(top.docs.empty());
    const json env = json::parse(e->search_top_docs_json(q, 10));
    CHECK(env["ok"] == false);
    CHECK(env["error"]["code"] == "invalid_argument");
    const json full = json::parse(e->search_json(q, "{}"));
    CHECK(env == full);  // the same error envelope as search_json's, position included
  }
  const json bad = json::parse(e->search_top_docs_json("\"라브로프", 10));
  CHECK(bad["error"]["begin_byte"] == 0);
  CHECK(bad["error"]["message"].get<std::string>().find("byte") != std::string::npos);
  CHECK(json::parse(e->search_top_docs_json("라브로프", 0))["docs"].empty());
}

TEST_CASE("loading another index drops what queries remembered of the old one", "[engine]") {
  // Both indexes are at the same layout version after one addition or a load; their term ids
  // differ (a loaded dictionary is in byte order), so a remembered expansion would point at
  // another term or past the dictionary.
  auto other = make_engine();
  REQUIRE(other->add_document("b", "b.txt", "zebra apple").ok());
  const std::vector<std::uint8_t> saved = other->save_index();
  auto e = make_engine();
  REQUIRE(e->add_document("a", "a.txt", "mango zebra apple").ok());
  for (const char* q : {"apple", "zebra", "mango", "appl*", "\"zebra apple\""}) {
    REQUIRE(json::parse(e->search_top_docs_json(q, 10))["docs"].size() == 1);
  }
  REQUIRE(e->load_index(std::string_view(reinterpret_cast<const char*>(saved.data()), saved.size()))
              .ok());
  CHECK(json::parse(e->search_top_docs_json("apple", 10))["docs"] == json::array({"b"}));
  CHECK(json::parse(e->search_top_docs_json("appl*", 10))["docs"] == json::array({"b"}));
  CHECK(json::parse(e->search_top_docs_json("mango", 10))["docs"].empty());
  CHECK(json::parse(e->search_json("zebra", "{}"))["total"] == 1);
  CHECK(json::parse(e->search_top_docs_json("\"zebra apple\"", 10))["docs"] == json::array({"b"}));
}
