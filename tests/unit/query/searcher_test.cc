#include "query/searcher.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "index/search_index.h"
#include "query/query_parser.h"
#include "support/analyzed_text_builder.h"

using namespace loupe;
using query::Searcher;

namespace {

struct Fixture {
  index::SearchIndex idx;
  Fixture() {
    add("ru", "ru.txt", "Сергей Лавров встретился с послом\nПереговоры о мире продолжаются");
    add("ko", "ko.txt",
        "라브로프가 외교관계위원회를 방문했다\n위원회 회의는 길었다\n라브로프와 장관");
    add("en", "en.txt",
        "The quick brown fox jumps\nA slow brown dog sleeps all day long in the sun\nnegotiations "
        "resumed");
    add("es", "es.txt", "Las negociaciones de paz\nnegociación difícil");
  }
  void add(const char* id, const char* name, const char* text) {
    REQUIRE(idx.add_document({id, name, test::build_text(text), {}}).ok());
  }
  query::SearchResult run(const char* q, query::SearchOptions opt = {}) {
    const query::ParseResult p = query::parse_query(q);
    INFO(q << " " << p.error.message);
    REQUIRE(p.ok());
    return Searcher(idx, test::analyze_word).search(p.root, opt);
  }
  // "doc#paragraph" of every hit, in rank order.
  std::vector<std::string> hits(const char* q, query::SearchOptions opt = {}) {
    std::vector<std::string> out;
    for (const query::Hit& h : run(q, opt).hits) {
      const index::PassageInfo& p = idx.passages()[h.passage];
      out.push_back(idx.docs()[p.doc].id + "#" + std::to_string(p.paragraph));
    }
    return out;
  }
  std::vector<std::string> set(const char* q) {
    std::vector<std::string> out = hits(q);
    std::sort(out.begin(), out.end());
    return out;
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE_METHOD(Fixture, "a term finds its passages, case folded by analysis") {
  CHECK(hits("brown") == V{"en#0", "en#1"});  // the shorter passage ranks first (BM25 b)
  CHECK(hits("BROWN") == V{"en#0", "en#1"});
  CHECK(hits("nothing").empty());
  CHECK(run("brown").total == 2);
}

TEST_CASE_METHOD(Fixture, "Korean: particles and compounds") {
  CHECK(set("라브로프") == V{"ko#0", "ko#2"});
  CHECK(set("라브로프가") == V{"ko#0", "ko#2"});  // the query is analyzed like documents
  // 위원회 alone ranks above the compound that contains it.
  CHECK(hits("위원회") == V{"ko#1", "ko#0"});
}

TEST_CASE_METHOD(Fixture, "phrases need adjacent words in order") {
  CHECK(hits("\"quick brown\"") == V{"en#0"});
  CHECK(hits("\"brown quick\"").empty());
  CHECK(hits("\"brown dog\"") == V{"en#1"});
  CHECK(hits("\"Сергей Лавров\"") == V{"ru#0"});
}

TEST_CASE_METHOD(Fixture, "prefix, fuzzy (Latin, Cyrillic, Hangul jamo)") {
  CHECK(set("negoci*") == V{"es#0", "es#1"});
  CHECK(hits("negotiation~") == V{"en#2"});
  CHECK(hits("negotiation").empty());
  CHECK(hits("Лавраф~2") == V{"ru#0"});
  CHECK(hits("Лавраф~").empty());
  CHECK(set("라브로브~") == V{"ko#0", "ko#2"});  // 브 vs 프: one jamo apart
  CHECK(hits("라브로브").empty());
  CHECK(query::bounded_edit_distance(U"kitten", U"sitting", 3) == 3);
  CHECK(query::bounded_edit_distance(U"kitten", U"sitting", 1) == 2);
}

TEST_CASE_METHOD(Fixture, "exclusion, OR and grouping") {
  CHECK(hits("brown -dog") == V{"en#0"});
  CHECK(hits("fox OR dog") == V{"en#0", "en#1"});
  CHECK(hits("brown (fox OR sun) -quick") == V{"en#1"});
  CHECK(hits("(fox OR 라브로프) -와").size() == 3);  // a term matching nothing excludes nothing
}

TEST_CASE_METHOD(Fixture, "lang: and doc: filters, facets") {
  CHECK(set("negoci* lang:en") == V{"es#0", "es#1"});  // the builder calls Spanish "en"
  CHECK(hits("negoci* lang:ko").empty());
  CHECK(hits("brown doc:en.txt") == V{"en#0", "en#1"});
  CHECK(hits("brown doc:ru.txt").empty());
  CHECK(hits("brown doc:e*").size() == 2);
  CHECK(hits("lang:ru").size() == 2);
  const query::SearchResult r = run("brown OR 라브로프 OR negoci*");
  CHECK(r.total == 6);
  CHECK(r.total_docs == 3);
  REQUIRE(r.lang_facet.size() == 2);  // the builder calls Spanish "en"
  CHECK(r.lang_facet[0] == std::make_pair(core::Language::kKo, 2u));
  CHECK(r.lang_facet[1] == std::make_pair(core::Language::kEn, 4u));
}

TEST_CASE_METHOD(Fixture, "top-k: limit, offset, per-document cap") {
  query::SearchOptions opt;
  opt.per_doc = 1;
  CHECK(hits("brown OR 라브로프", opt).size() == 2);
  opt.per_doc = 0;
  opt.limit = 2;
  CHECK(hits("brown OR 라브로프", opt).size() == 2);
  opt.offset = 3;
  CHECK(hits("brown OR 라브로프", opt).size() == 1);
}

TEST_CASE_METHOD(Fixture, "removed documents vanish from results at once") {
  REQUIRE(idx.remove_document("en"));
  CHECK(hits("brown").empty());
  add("en", "en.txt", "brown bread");
  CHECK(hits("brown") == V{"en#0"});
}

TEST_CASE("BM25: rarer terms and more occurrences score higher, titles get a boost") {
  index::SearchIndex idx;
  REQUIRE(idx.add_document({"a", "a", test::build_text("apple apple banana cherry"), {}}).ok());
  REQUIRE(idx.add_document({"b", "b", test::build_text("apple banana cherry date"), {}}).ok());
  REQUIRE(idx.add_document(
                 {"c", "c", test::build_text("cherry date elder fig"), test::build_text("Apple")})
              .ok());
  Searcher s(idx, test::analyze_word);
  const auto r = s.search(query::parse_query("apple").root, {});
  REQUIRE(r.hits.size() == 3);
  CHECK(idx.passages()[r.hits[0].passage].field == index::Field::kTitle);  // short title + boost
  CHECK(idx.docs()[idx.passages()[r.hits[1].passage].doc].id == "a");      // tf 2 beats tf 1
  CHECK(r.hits[1].score > r.hits[2].score);
  query::Bm25 bm25(idx, {});
  CHECK(bm25.idf(1) > bm25.idf(3));
  CHECK(bm25.idf(4) > 0);
  CHECK(bm25.tf_part(2, 4, index::Field::kBody) > bm25.tf_part(1, 4, index::Field::kBody));
  CHECK(bm25.tf_part(1, 2, index::Field::kBody) > bm25.tf_part(1, 8, index::Field::kBody));
}

TEST_CASE("a prefix longer than the stem of the words it starts still finds them") {
  index::SearchIndex idx;
  // Stems as an English stemmer gives them: allocate, allocation -> "alloc".
  analysis::AnalyzedText t = test::build_text("allocate allocation all");
  t.tokens[0].term = t.tokens[1].term = "alloc";
  REQUIRE(idx.add_document({"a", "a", t, {}}).ok());
  Searcher s(idx, test::analyze_word);
  CHECK(s.search(query::parse_query("allocat*").root, {}).total == 1);
  CHECK(s.search(query::parse_query("allocati*").root, {}).total == 1);
  CHECK(s.search(query::parse_query("allocatio*").root, {}).total ==
        0);  // 4 characters past the stem
  const auto r = s.search(query::parse_query("allocat*").root, {});
  CHECK(std::find(r.matched_terms.begin(), r.matched_terms.end(), idx.terms().find("all")) ==
        r.matched_terms.end());
}

TEST_CASE_METHOD(Fixture, "entity: and date: keep the passages the caller's resolver gives") {
  query::SearchOptions o;
  o.limit = 100;
  o.per_doc = 0;
  std::vector<std::string> asked;
  o.filter_passages = [&asked](const query::QueryNode& n) {
    asked.push_back(n.text);
    if (n.kind == query::QueryNode::Kind::kEntity)
      return std::vector<std::uint32_t>{0, 2, 4};  // ru#0 ko#0 ko#2
    return std::vector<std::uint32_t>{1, 3, 6};    // ru#1 ko#1 en#1
  };
  const auto sorted = [&](const char* q) {
    std::vector<std::string> out = hits(q, o);
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(sorted("entity:Lavrov") == V{"ko#0", "ko#2", "ru#0"});
  CHECK(asked == std::vector<std::string>{"Lavrov"});
  CHECK(sorted("entity:Lavrov lang:ko") == V{"ko#0", "ko#2"});
  CHECK(sorted("라브로프 -entity:x") == V{});
  CHECK(sorted("brown date:2022") == V{"en#1"});
  CHECK(sorted("brown -date:2022") == V{"en#0"});
  CHECK(sorted("entity:x OR date:2022") == V{"en#1", "ko#0", "ko#1", "ko#2", "ru#0", "ru#1"});
  CHECK(sorted("(entity:x OR date:2022) doc:ko.txt") == V{"ko#0", "ko#1", "ko#2"});
  // Filters keep, terms rank: the score of a hit is its terms' alone.
  const query::SearchResult plain = run("brown", o), kept = run("brown date:2022", o);
  REQUIRE(kept.hits.size() == 1);
  for (const query::Hit& h : plain.hits) {
    if (h.passage == 6) CHECK(h.score == kept.hits[0].score);
  }
  // keep_passages hands every match to the caller's facets, ascending.
  o.keep_passages = true;
  CHECK(run("entity:x OR date:2022", o).passages == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 6});
  // No resolver: such filters match nothing (never everything).
  CHECK(hits("brown date:2022").empty());
  CHECK(hits("brown -date:2022").size() == 2);
}

TEST_CASE("Korean: a word finds the compounds it heads, below itself") {
  index::SearchIndex idx;
  const auto add = [&](const char* id, const char* text) {
    REQUIRE(idx.add_document({id, std::string(id) + ".txt", test::build_text(text), {}}).ok());
  };
  add("team", "미국 협상팀이 도착했다");        // 협상 + 팀: a compound it heads
  add("power", "북한의 대미 협상력을 높인다");  // 협상 + 력
  add("plain", "협상은 길었다");                // the word itself
  add("inside", "미국협상팀은 떠났다");         // inside a compound, then heading its tail
  add("far", "협상가능성이라는 말");            // 3+ syllables after it: another word
  add("short", "협은 한 글자");                 // one syllable: no head matching
  const auto docs = [&](const char* q) {
    const query::ParseResult p = query::parse_query(q);
    REQUIRE(p.ok());
    std::vector<std::string> out;
    for (const query::Hit& h : Searcher(idx, test::analyze_word).search(p.root, {}).hits) {
      out.push_back(idx.docs()[idx.passages()[h.passage].doc].id);
    }
    return out;
  };
  const std::vector<std::string> got = docs("협상");
  REQUIRE(got.size() == 4);
  CHECK(got[0] == "plain");  // the whole word ranks first
  CHECK(std::find(got.begin(), got.end(), "team") != got.end());
  CHECK(std::find(got.begin(), got.end(), "power") != got.end());
  CHECK(std::find(got.begin(), got.end(), "inside") != got.end());
  CHECK(std::find(got.begin(), got.end(), "far") == got.end());
  for (const std::string& d : docs("협")) CHECK(d == "short");  // one syllable heads nothing
  // A phrase's edges are loose the same way: its last word may head a compound ("미국 협상"
  // finds "미국 협상팀이"), its first may end one ("협상팀 떠났다" finds "미국협상팀은 떠났다");
  // inner words stay whole, and so does the word order.
  CHECK(docs("\"미국 협상\"") == std::vector<std::string>{"team"});
  CHECK(docs("\"협상팀 떠났다\"") == std::vector<std::string>{"inside"});
  CHECK(docs("\"협상 미국\"").empty());
}

TEST_CASE_METHOD(Fixture,
                 "doc: and lang: keep exactly the live passages a scan would, after updates") {
  // An update appends the document's passages at the end of the index: doc: ranges are sorted.
  REQUIRE(idx.remove_document("en"));
  add("en", "en.txt", "brown bears\nbrown rivers");
  add("en2", "en2.txt", "brown leaves");
  REQUIRE(idx.remove_document("es"));
  for (const char* q :
       {"doc:en.txt", "doc:e*", "doc:ko", "doc:es.txt", "lang:en", "lang:ko", "lang:ru"}) {
    const query::ParseResult p = query::parse_query(q);
    REQUIRE(p.ok());
    const std::string want_text = p.root.text;
    query::SearchOptions o;
    o.keep_passages = true;
    const std::vector<std::uint32_t> got =
        Searcher(idx, test::analyze_word).search(p.root, o).passages;
    std::vector<std::uint32_t> want;
    for (std::uint32_t i = 0; i < idx.passages().size(); ++i) {
      const index::PassageInfo& pi = idx.passages()[i];
      const index::DocInfo& d = idx.docs()[pi.doc];
      if (!d.alive) continue;
      const bool keep = p.root.kind == query::QueryNode::Kind::kLang
                            ? core::language_code(pi.lang) == want_text
                        : want_text.back() == '*'
                            ? d.name.rfind(want_text.substr(0, want_text.size() - 1), 0) == 0
                            : d.name == want_text || d.id == want_text;
      if (keep) want.push_back(i);
    }
    INFO(q);
    CHECK(got == want);
  }
  CHECK(set("brown doc:e*") == V{"en#0", "en#1", "en2#0"});
  CHECK(set("brown lang:en doc:en2*") == V{"en2#0"});  // the filters test what "brown" matched
  CHECK(set("brown lang:ko").empty());
  CHECK(set("(brown OR 라브로프) doc:ko") == V{"ko#0", "ko#2"});
}
