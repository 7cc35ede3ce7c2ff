// End-to-end search over the real documents (read from $LOUPE_CORPUS_DIR, never copied here):
// Korean particles and compounds, Russian and Spanish inflections, phrases taken from the
// documents at run time, offsets that slice the text, and a save/load round trip.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "engine.h"
#include "support/corpus.h"

using nlohmann::json;

namespace {

struct Corpus {
  std::unique_ptr<loupe::Engine> engine;
  std::map<std::string, std::string> texts;  // id -> text
  Corpus() {
    auto e = loupe::Engine::create();
    REQUIRE(e.ok());
    engine = std::move(e.value());
    for (const auto& path : loupe::test::corpus_files()) {
      const std::string id = path.stem().string();
      texts[id] = loupe::test::read_bytes(path);
      REQUIRE(engine->add_document(id, path.filename().string(), texts[id]).ok());
    }
  }
  json all(const std::string& q) {
    const json r = json::parse(engine->search_json(q, "{\"limit\":1000,\"per_doc\":0}"));
    INFO(q << ": " << r.dump().substr(0, 300));
    REQUIRE(r["ok"] == true);
    return r;
  }
  // The highlighted surfaces of every hit, checked to lie inside their passage.
  std::set<std::string> surfaces(const json& r) {
    std::set<std::string> out;
    for (const json& h : r["hits"]) {
      const std::string& text = texts.at(h["doc"].get<std::string>());
      const std::size_t pb = h["begin_byte"], pe = h["end_byte"];
      REQUIRE(pe <= text.size());
      for (const json& m : h["highlights"]) {
        const std::size_t b = m["begin_byte"], e = m["end_byte"];
        CHECK(pb <= b);
        CHECK(e <= pe);
        out.insert(text.substr(b, e - b));
      }
    }
    return out;
  }
};

}  // namespace

TEST_CASE("Korean: a name with its particles, a compound's head", "[corpus]") {
  Corpus c;
  const json r = c.all("라브로프");
  const std::set<std::string> s = c.surfaces(r);
  const auto starts = [&s](const std::string& prefix) {
    return std::any_of(s.begin(), s.end(),
                       [&](const std::string& x) { return x.rfind(prefix, 0) == 0; });
  };
  CHECK(starts("라브로프가"));
  CHECK(starts("라브로프와"));  // 라브로프와의: two particles
  CHECK(s.count("라브로프") == 1);
  CHECK(r["facets"]["lang"]["ko"] == r["total"]);
  CHECK(c.surfaces(c.all("위원회")).count("외교관계위원회") == 1);
  // The same hits whether the query carries a particle or not.
  CHECK(c.all("라브로프가")["total"] == r["total"]);
}

TEST_CASE("a name broken across lines is found once normalization joins it", "[corpus]") {
  // The normalizer rejoins "라브\n로프"; the hit's passage and its highlight both map back to
  // the input bytes, line break included.
  Corpus c;
  bool passage = false, highlight = false;
  const json r = c.all("라브로프");  // kept alive: the loop below must not walk a temporary
  for (const json& h : r["hits"]) {
    const std::string& text = c.texts.at(h["doc"].get<std::string>());
    const std::size_t b = h["begin_byte"], e = h["end_byte"];
    passage |= text.substr(b, e - b).find("라브\n로프") != std::string::npos;
    for (const json& m : h["highlights"]) {
      const std::size_t mb = m["begin_byte"], me = m["end_byte"];
      highlight |= text.substr(mb, me - mb).rfind("라브\n로프", 0) == 0;
    }
  }
  CHECK(passage);
  CHECK(highlight);
}

TEST_CASE("Russian and Spanish inflections meet at the stem", "[corpus]") {
  Corpus c;
  const std::set<std::string> ru = c.surfaces(c.all("переговоры"));
  CHECK(ru.size() >= 2);  // several case forms of the word
  const std::set<std::string> es = c.surfaces(c.all("negociación"));
  CHECK(es.count("negociaciones") == 1);
  CHECK(c.all("negociación lang:es")["total"] == c.all("negociación")["facets"]["lang"]["es"]);
}

TEST_CASE("phrases taken from the documents find their passage", "[corpus]") {
  Corpus c;
  for (const char* word : {"라브로프", "negociaciones", "Lavrov"}) {
    const json r = c.all(word);
    REQUIRE(r["total"] > 0);
    const json& h = r["hits"][0];
    // The highlighted word and the word after it, read from the document at run time.
    const std::string& text = c.texts.at(h["doc"].get<std::string>());
    const std::size_t b = h["highlights"][0]["begin_byte"];
    const std::size_t space = text.find(' ', b);
    const std::size_t next_end = text.find_first_of(" ,.\n", space + 1);
    REQUIRE(next_end != std::string::npos);
    const std::string first = text.substr(b, space - b),
                      second = text.substr(space + 1, next_end - space - 1);
    INFO(first << " " << second);
    const json p = c.all("\"" + first + " " + second + "\"");
    bool has = false;
    for (const json& ph : p["hits"]) has |= ph["doc"] == h["doc"] && ph["passage"] == h["passage"];
    CHECK(has);
    CHECK(p["total"] <= r["total"]);
  }
}

TEST_CASE("saving and loading the corpus index gives the same answers", "[corpus]") {
  Corpus c;
  const std::vector<std::uint8_t> saved = c.engine->save_index();
  auto e = loupe::Engine::create();
  REQUIRE(e.ok());
  REQUIRE(e.value()->load_index(std::string(saved.begin(), saved.end())).ok());
  for (const char* q :
       {"라브로프", "위원회 OR 장관", "переговор*", "\"negociaciones secretas\"", "Lavrov~"}) {
    INFO(q);
    CHECK(json::parse(e.value()->search_json(q, "{}")) ==
          json::parse(c.engine->search_json(q, "{}")));
  }
}

TEST_CASE("Corpus: search_top_docs ranks the bench's queries as search_json with per_doc 1",
          "[corpus]") {
  if (loupe::test::corpus_files().empty()) return;
  Corpus c;
  // bench/search/queries.mjs' small set, plus forms that take the exhaustive path.
  for (const char* q : {"라브로프",
                        "라브로프가",
                        "외무장관",
                        "우크라이나",
                        "대통령",
                        "협상",
                        "위원회",
                        "장관",
                        "переговоры",
                        "Украина",
                        "дипломаты",
                        "встреча",
                        "negociación",
                        "secretas",
                        "diplomático",
                        "guerra",
                        "\"negociaciones secretas\"",
                        "\"secret negotiations\"",
                        "\"foreign minister\"",
                        "\"외교관계위원회\"",
                        "negoti*",
                        "дипломат*",
                        "외교*",
                        "украин*",
                        "Лавров~",
                        "라브로프 -협상"}) {
    for (const std::size_t limit : {std::size_t{3}, std::size_t{10}, std::size_t{1000}}) {
      const json full = json::parse(c.engine->search_json(
          q, "{\"per_doc\":1,\"snippet_bytes\":0,\"facets\":false,\"limit\":" +
                 std::to_string(limit) + "}"));
      const json top = json::parse(c.engine->search_top_docs_json(q, limit));
      INFO(q << " limit " << limit);
      REQUIRE(top["ok"] == true);
      REQUIRE(top["docs"].size() == full["hits"].size());
      for (std::size_t i = 0; i < top["docs"].size(); ++i) {
        CHECK(top["docs"][i] == full["hits"][i]["doc"]);
        CHECK(top["scores"][i] == full["hits"][i]["score"]);
      }
    }
  }
}
