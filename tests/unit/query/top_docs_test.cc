// Searcher::top_docs stops early (query/block_max.h) but must return exactly search()'s hits
// under {limit, per_doc 1}: the same passages, bit-identical scores, in the same order.
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "index/search_index.h"
#include "query/query_parser.h"
#include "query/searcher.h"
#include "support/analyzed_text_builder.h"

using namespace loupe;

namespace {

// Documents of random lines over a small vocabulary: long posting lists (many blocks), many
// equal scores (same tf and length), and documents with several matching passages.
std::string random_document(std::mt19937& rng) {
  static const char* const kWords[] = {"alpha", "alphabet", "beta",   "gamma",  "delta", "альфа",
                                       "бета",  "라브로프", "위원회", "filler", "more",  "words"};
  std::string text;
  for (int line = 0, lines = 1 + static_cast<int>(rng() % 6); line < lines; ++line) {
    if (line) text += '\n';
    for (int w = 0, words = 1 + static_cast<int>(rng() % 12); w < words; ++w) {
      if (w) text += ' ';
      // "rare" (1 word in 200): a phrase led by it looks the other words up (top_docs.cc),
      // one of common words merges them.
      text += rng() % 200 == 0 ? "rare" : kWords[rng() % std::size(kWords)];
    }
  }
  return text;
}

void check_same(const index::SearchIndex& idx, const char* q, std::size_t limit,
                query::BlockMaxCache& cache) {
  const query::ParseResult p = query::parse_query(q);
  REQUIRE(p.ok());
  const query::Searcher s(idx, test::analyze_word);
  query::SearchOptions o;
  o.limit = limit, o.per_doc = 1;
  const std::vector<query::Hit> want = s.search(p.root, o).hits;
  const std::vector<query::Hit> got = s.top_docs(p.root, limit, o, cache);
  INFO(q << " limit " << limit);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("rank " << i);
    CHECK(got[i].passage == want[i].passage);
    CHECK(got[i].score == want[i].score);  // bit for bit: the same expression
  }
}

const char* const kQueries[] = {"alpha",
                                "beta",
                                "альфа",
                                "라브로프",
                                "위원회",
                                "alph*",
                                "al*",
                                "gama~",
                                "бэта~",
                                "filler",
                                "nothing",
                                "\"alpha beta\"",
                                "alpha beta",
                                "alpha OR gamma",
                                "alpha -beta",
                                "(delta)",
                                "\"rare filler\"",
                                "\"filler rare\"",
                                "\"rare rare\"",
                                "\"alpha rare beta\"",
                                "\"rare\"",
                                "\"rare nothing\"",
                                "\"альфа rare\"",
                                "\"beta gamma alpha\""};

}  // namespace

TEST_CASE("top_docs equals search's per_doc 1 hits on random documents", "[query]") {
  std::mt19937 rng(20261203);
  index::SearchIndex idx;
  query::BlockMaxCache cache;
  for (int d = 0; d < 600; ++d) {
    REQUIRE(
        idx.add_document({"d" + std::to_string(d), "n", test::build_text(random_document(rng)), {}})
            .ok());
  }
  for (const char* q : kQueries) {
    for (const std::size_t limit :
         {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{10}, std::size_t{1000}}) {
      check_same(idx, q, limit, cache);
    }
  }
  SECTION("after removals (dead passages still in the lists) and additions (lists grow)") {
    for (int d = 0; d < 600; d += 7) REQUIRE(idx.remove_document("d" + std::to_string(d)));
    for (const char* q : kQueries) check_same(idx, q, 10, cache);
    for (int d = 600; d < 700; ++d) {
      REQUIRE(idx.add_document(
                     {"d" + std::to_string(d), "n", test::build_text(random_document(rng)), {}})
                  .ok());
    }
    for (const char* q : kQueries) check_same(idx, q, 10, cache);
    idx.compact();
    for (const char* q : kQueries) check_same(idx, q, 10, cache);
  }
}

TEST_CASE("block bounds are never below an entry's score, and blocks cover the list", "[query]") {
  std::mt19937 rng(7);
  index::SearchIndex idx;
  for (int d = 0; d < 300; ++d) {
    REQUIRE(
        idx.add_document({"d" + std::to_string(d), "n", test::build_text(random_document(rng)), {}})
            .ok());
  }
  query::BlockMaxCache cache;
  const index::TermId t = idx.terms().find("alpha");
  REQUIRE(t != index::kNoTerm);
  const query::Bm25 bm25(idx, {});
  std::size_t entries = 0;
  for (const auto& b : cache.blocks(idx, t)) {
    index::PostingCursor c = b.start;
    for (std::uint32_t i = 0; i < b.entries; ++i) {
      REQUIRE(c.next());
      const index::PassageInfo& p = idx.passages()[c.passage()];
      double bound = 0;
      for (std::uint32_t k = 0; k < b.point_count; ++k) {
        bound =
            std::max(bound, bm25.tf_part(b.points[k].tf, b.points[k].length, b.points[k].field));
      }
      CHECK(bm25.tf_part(c.tf(), p.length, p.field) <= bound);
      ++entries;
    }
  }
  CHECK(entries == idx.df(t));
  CHECK(cache.blocks(idx, t).size() ==
        (entries + query::BlockMaxCache::kBlockSize - 1) / query::BlockMaxCache::kBlockSize);
}

TEST_CASE("champion lists hold a word's best entries, and top_docs falls back when they run out",
          "[query]") {
  std::mt19937 rng(11);
  index::SearchIndex idx;
  for (int d = 0; d < 300; ++d) {
    REQUIRE(
        idx.add_document({"d" + std::to_string(d), "n", test::build_text(random_document(rng)), {}})
            .ok());
  }
  // One document holds the word's best passages many times over (short, repeated): its
  // passages fill the champion list, so ten documents need entries past it.
  std::string dominant;
  for (int p = 0; p < 300; ++p) dominant += "alpha alpha alpha\n\n";
  REQUIRE(idx.add_document({"dominant", "n", test::build_text(dominant), {}}).ok());
  query::BlockMaxCache cache;
  const query::Bm25 bm25(idx, {});
  cache.begin_query(idx, bm25);
  const index::TermId t = idx.terms().find("alpha");
  const auto& tb = cache.champions(idx, t, bm25);
  REQUIRE(tb.champions.size() == query::BlockMaxCache::kChampions);
  CHECK_FALSE(tb.champions_complete);
  // Brute force: every entry's tf_part, best first (ties: lower passage).
  std::vector<std::pair<double, std::uint32_t>> all;
  index::PostingCursor c(idx.postings(t), false);
  while (c.next()) {
    const index::PassageInfo& p = idx.passages()[c.passage()];
    all.emplace_back(-bm25.tf_part(c.tf(), p.length, p.field), c.passage());
  }
  std::sort(all.begin(), all.end());
  for (std::size_t i = 0; i < tb.champions.size(); ++i) {
    CHECK(tb.champions[i].passage == all[i].second);
    CHECK(tb.champions[i].tf_part == -all[i].first);
  }
  for (const std::size_t limit :
       {std::size_t{1}, std::size_t{2}, std::size_t{10}, std::size_t{50}}) {
    check_same(idx, "alpha", limit, cache);
    check_same(idx, "alph*", limit, cache);
  }
  const auto& beta = cache.champions(idx, idx.terms().find("rare"), bm25);
  CHECK(beta.champions_complete);  // a short list is whole
}
