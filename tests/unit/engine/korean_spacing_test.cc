// Korean spacing (query/korean_spacing.cc): a phrase typed with a space also finds the words
// written together, a word typed whole also finds it written as two words, each below the
// spacing typed; words that merely occur apart in a passage do not match; search_top_docs
// ranks them as search_json does. Sentences of our own.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "engine.h"
#include "support/make_engine.h"

using nlohmann::json;

namespace {

std::unique_ptr<loupe::Engine> spacing_engine() {
  auto e = loupe::test::make_engine();
  const std::vector<std::pair<std::string, std::string>> docs = {
      {"apart", "두 나라는 비밀 협상을 석 달 동안 이어 갔다.\n"},
      {"together", "두 나라는 비밀협상을 석 달 동안 이어 갔다.\n"},
      {"scattered", "비밀은 끝내 지켜졌고 긴 협상은 다음 해에 끝났다.\n"},
      {"minister", "국방부장관은 국회에서 예산을 설명했다.\n"},
      {"minister-apart", "국방부 장관이 국회에 출석했다.\n"},
      {"three", "국가비밀협상의 기록이 공개되었다.\n"},
      {"result-apart", "비밀 협상 결과는 발표되지 않았다.\n"},
  };
  for (const auto& [id, text] : docs) REQUIRE(e->add_document(id, id + ".txt", text).ok());
  // Other passages, so that no word is in most of the index (idf stays positive and varied).
  for (int i = 0; i < 8; ++i) {
    REQUIRE(e->add_document("filler" + std::to_string(i), "f.txt",
                            "오늘은 날씨가 맑았다. 시장에서 사과를 샀다.\n")
                .ok());
  }
  return e;
}

// The documents hit (one passage each), best first; search_top_docs (the early-ending path)
// gives the same documents in the same order.
std::vector<std::pair<std::string, double>> ranked(loupe::Engine& e, const std::string& q) {
  const json r = json::parse(e.search_json(q, R"({"per_doc":1,"limit":20})"));
  INFO(q << " -> " << r.dump());
  REQUIRE(r["ok"] == true);
  std::vector<std::pair<std::string, double>> out;
  for (const json& h : r["hits"]) out.emplace_back(h["doc"], h["score"]);
  const loupe::TopDocs top = e.search_top_docs(q, 20);
  REQUIRE(top.status.ok());
  REQUIRE(top.docs.size() == out.size());
  for (std::size_t i = 0; i < out.size(); ++i) CHECK(std::string(top.docs[i].id) == out[i].first);
  return out;
}

// The documents hit, sorted by id.
std::set<std::string> docs_of(loupe::Engine& e, const std::string& q) {
  std::set<std::string> out;
  for (const auto& [doc, score] : ranked(e, q)) out.insert(doc);
  return out;
}

double score_of(loupe::Engine& e, const std::string& q, const std::string& doc) {
  for (const auto& [d, score] : ranked(e, q)) {
    if (d == doc) return score;
  }
  return 0;
}

using S = std::set<std::string>;

}  // namespace

TEST_CASE("a Korean phrase typed with a space finds the words written together", "[engine]") {
  auto e = spacing_engine();
  // The words far apart ("scattered") are not the phrase.
  CHECK(docs_of(*e, "\"비밀 협상\"") == S{"apart", "result-apart", "together"});
  CHECK(docs_of(*e, "\"국방부 장관\"") == S{"minister", "minister-apart"});
  // Three words: all together (국가비밀협상).
  CHECK(docs_of(*e, "\"국가 비밀 협상\"") == S{"three"});
  // The words' order still counts.
  CHECK(docs_of(*e, "\"협상 비밀\"").empty());
  // The spacing typed ranks first: "apart" and "together" differ only in the space (the
  // passage one word longer costs less than spacing_weight).
  CHECK(score_of(*e, "\"비밀 협상\"", "apart") > score_of(*e, "\"비밀 협상\"", "together"));
}

TEST_CASE("a Korean word typed whole finds it written as two words", "[engine]") {
  auto e = spacing_engine();
  // "three" holds 비밀협상 as a compound's suffix (국가비밀협상): found as before.
  CHECK(docs_of(*e, "비밀협상") == S{"together", "apart", "result-apart", "three"});
  CHECK(docs_of(*e, "\"비밀협상\"") == S{"together", "apart", "result-apart"});
  CHECK(docs_of(*e, "국방부장관") == S{"minister", "minister-apart"});
  CHECK(score_of(*e, "비밀협상", "together") > score_of(*e, "비밀협상", "apart"));
  // Inside a phrase too: the whole word before another.
  CHECK(docs_of(*e, "\"비밀협상 결과\"") == S{"result-apart"});
  // A prefix is not split: 비밀협* finds the words that start so, not "apart".
  CHECK(docs_of(*e, "비밀협*") == S{"together", "three"});
}

TEST_CASE("a respaced match highlights what it matched", "[engine]") {
  auto e = spacing_engine();
  const json r = json::parse(e->search_json("\"비밀 협상\"", R"({"per_doc":1,"limit":20})"));
  REQUIRE(r["ok"] == true);
  bool together_seen = false;
  for (const json& h : r["hits"]) {
    if (h["doc"] != "together") continue;
    together_seen = true;
    INFO(h.dump());
    // The compound written together is highlighted, at its bytes in the text.
    const std::string text = "두 나라는 비밀협상을 석 달 동안 이어 갔다.\n";
    REQUIRE(h["highlights"].size() == 1);
    const std::size_t b = h["highlights"][0]["begin_byte"];
    CHECK(text.substr(b, 12) == "비밀협상");
  }
  CHECK(together_seen);
}
