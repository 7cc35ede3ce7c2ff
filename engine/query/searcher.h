// Searcher: runs a parsed query over a SearchIndex and collects the top passages.
// Evaluation is term-at-a-time over sorted passage lists: a word is the best-weighted of its
// alternatives (query/term_expander.h), a phrase needs its terms at consecutive positions,
// AND intersects and adds scores, OR unites and adds, NOT subtracts, lang:/doc: keep passages
// by their language or document name/id (doc:NAME* = name prefix), entity:/date: by what
// SearchOptions::filter_passages answers. Scores are BM25
// (query/bm25.h). A word that analyzes to nothing (punctuation, a stop word) constrains nothing.
// Hits are passages, best first, at most per_doc from one document (0 = no limit); facets
// count every matching passage by language and by document.
// E.g. Searcher s(idx, analyzer); s.search(parse_query("라브로프 -협상").root, {}).hits[0].passage.
#pragma once
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "index/search_index.h"
#include "query/block_max.h"
#include "query/bm25.h"
#include "query/query_node.h"
#include "query/term_expander.h"

namespace loupe::query {

struct SearchOptions {
  std::size_t limit = 10;
  std::size_t offset = 0;
  std::size_t per_doc = 3;
  std::size_t max_expansions = 128;  // terms one prefix or fuzzy word may expand to
  // The live passages (ascending) an entity: or date: node keeps: they come from extraction,
  // which the caller owns (engine/search/search_annotations.h). Unset: such filters match nothing.
  std::function<std::vector<std::uint32_t>(const QueryNode&)> filter_passages;
  bool keep_passages = false;  // fill SearchResult::passages, for facets the caller counts
  bool facets = true;  // false: lang_facet and doc_facet stay empty (total_docs is still counted)
};

struct Hit {
  std::uint32_t passage;
  double score;
};

struct SearchResult {
  std::size_t total = 0;       // matching passages
  std::size_t total_docs = 0;  // documents they belong to
  std::vector<Hit> hits;
  std::vector<index::TermId> matched_terms;  // sorted: what snippets highlight
  std::vector<std::pair<core::Language, std::uint32_t>> lang_facet;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> doc_facet;  // (doc, passages), by doc
  std::vector<std::uint32_t> passages;  // every match, ascending (only with keep_passages)
};

class Searcher {
 public:
  // `memo` (may be null): query words' analyses kept across queries (query/term_expander.h).
  Searcher(const index::SearchIndex& idx, QueryAnalyzer analyze, Bm25Params params = {},
           QueryMemo* memo = nullptr)
      : idx_(idx), analyze_(std::move(analyze)), params_(params), memo_(memo) {}
  SearchResult search(const QueryNode& root, const SearchOptions& options) const;
  // The best passage of each of the best `limit` documents: exactly search()'s hits under
  // {limit, per_doc 1} (same passages, scores, order), without totals or facets. A single
  // word (any readings, prefix, fuzzy) or a single phrase stops early (query/top_docs.cc);
  // anything else, and a phrase whose lists are of like length, runs search().
  // `options.filter_passages` is used as search() uses it.
  std::vector<Hit> top_docs(const QueryNode& root, std::size_t limit, const SearchOptions& options,
                            BlockMaxCache& cache) const;
  // True if `term` (an analyzed token's term) is one of `matched` or contains one as a
  // compound suffix: the test the snippeter uses to highlight.
  bool highlights(std::string_view term, const std::vector<index::TermId>& matched) const;

 private:
  const index::SearchIndex& idx_;
  QueryAnalyzer analyze_;
  Bm25Params params_;
  QueryMemo* memo_;
};

}  // namespace loupe::query
