// A site reader must answer as the in-memory searcher over the same documents: the expected
// answer of a query (every hit, no per-document cap) and the comparison, shared by the reader's
// and the merge's tests.
#pragma once
#include <catch2/catch.hpp>
#include <string_view>

#include "index/search_index.h"
#include "query/query_parser.h"
#include "query/searcher.h"

namespace loupe::test {

struct InMemoryAnswer {
  query::ParseResult parsed;
  query::SearchOptions options;
  query::SearchResult result;
};

inline InMemoryAnswer in_memory_answer(const index::SearchIndex& idx,
                                       const query::QueryAnalyzer& analyze, std::string_view q) {
  InMemoryAnswer a;
  a.parsed = query::parse_query(q);
  REQUIRE(a.parsed.ok());
  a.options.limit = 20, a.options.per_doc = 0;
  a.result = query::Searcher(idx, analyze).search(a.parsed.root, a.options);
  return a;
}

// The same hits in the same order with the same scores, exactly: the same statistics.
inline void check_same_hits(const query::SearchResult& got, const query::SearchResult& want) {
  CHECK(got.total == want.total);
  REQUIRE(got.hits.size() == want.hits.size());
  for (std::size_t i = 0; i < want.hits.size(); ++i) {
    CHECK(got.hits[i].passage == want.hits[i].passage);
    CHECK(got.hits[i].score == want.hits[i].score);
  }
}

}  // namespace loupe::test
