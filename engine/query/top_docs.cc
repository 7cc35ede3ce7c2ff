// Searcher::top_docs: exact top-k documents with early termination, for a single query word.
// The word's score in a passage is the best of its alternatives' (readings x expansions, as
// Searcher::search's word() takes the max), so every alternative's posting list can be read
// on its own, in any order: blocks (query/block_max.h) are taken best bound first, each
// document keeps its best passage, and once the next block's bound is below the k-th best
// document score so far, no entry left can enter the top k or change the best passage of a
// document in it (ties are broken by passage, so only a strictly lower bound stops). The
// ranking (score desc, then passage asc; one passage per document) is search()'s, and each
// score is computed by the same expression, so the hits are equal to the last bit.
#include <algorithm>
#include <cmath>

#include "query/searcher.h"

namespace loupe::query {
namespace {

struct Candidate {
  std::uint32_t doc;
  std::uint32_t passage;
  double score;
};
bool better(const Candidate& a, const Candidate& b) {
  return a.score != b.score ? a.score > b.score : a.passage < b.passage;
}

struct Source {
  const BlockMaxCache::Block* block;
  double idf;    // bm25.idf(df) * alternative weight, as search() computes it
  double bound;  // >= idf * tf_part of every entry of the block
};

}  // namespace

std::vector<Hit> Searcher::top_docs(const QueryNode& root, std::size_t limit, const SearchOptions& options,
                                    BlockMaxCache& cache) const {
  const QueryNode* n = &root;
  while ((n->kind == QueryNode::Kind::kAnd || n->kind == QueryNode::Kind::kOr) && n->children.size() == 1) n = &n->children[0];
  const TermExpander expander(idx_, analyze_, params_, options.max_expansions);
  std::vector<std::vector<std::string>> readings;
  if (n->kind == QueryNode::Kind::kTerm) readings = expander.analyze(n->text);
  const bool single = n->kind == QueryNode::Kind::kTerm &&
                      std::all_of(readings.begin(), readings.end(), [](const auto& r) { return r.size() == 1; });
  if (!single) {  // phrases, several words, filters: the exhaustive evaluation
    SearchOptions o = options;
    o.limit = limit, o.offset = 0, o.per_doc = 1, o.facets = false, o.keep_passages = false;
    return search(root, o).hits;
  }
  const Bm25 bm25(idx_, params_);
  std::vector<Source> sources;
  for (const std::vector<std::string>& reading : readings) {
    for (const WeightedTerm& alt : expander.expand(reading[0], n->prefix, n->fuzzy)) {
      const double idf = bm25.idf(idx_.df(alt.term)) * alt.weight;
      for (const BlockMaxCache::Block& b : cache.blocks(idx_, alt.term)) {
        double bound = 0;
        for (std::uint32_t i = 0; i < b.point_count; ++i) {
          bound = std::max(bound, idf * bm25.tf_part(b.points[i].tf, b.points[i].length, b.points[i].field));
        }
        // Rounding may break the formula's monotonicity by an ulp or so: widen the bound.
        sources.push_back({&b, idf, bound * (1 + 1e-9) + 1e-300});
      }
    }
  }
  std::sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) { return a.bound > b.bound; });

  // Each document's best passage so far, in `seen`; doc_slot finds it (stamped per query).
  if (cache.doc_stamp.size() < idx_.docs().size()) {
    cache.doc_stamp.resize(idx_.docs().size(), 0), cache.doc_slot.resize(idx_.docs().size(), 0);
  }
  if (++cache.stamp == 0) std::fill(cache.doc_stamp.begin(), cache.doc_stamp.end(), 0), cache.stamp = 1;
  std::vector<Candidate> seen;
  std::vector<double> scratch;
  double kth = -HUGE_VAL;  // a lower bound of the final k-th best document score
  const bool any_dead = idx_.dead_passages() > 0;
  for (const Source& s : sources) {
    if (limit == 0) break;
    if (s.bound < kth) break;
    if (seen.size() >= limit) {  // raise the k-th best before deciding (only when it matters)
      scratch.resize(seen.size());
      for (std::size_t i = 0; i < seen.size(); ++i) scratch[i] = seen[i].score;
      std::nth_element(scratch.begin(), scratch.begin() + (limit - 1), scratch.end(), std::greater<>());
      kth = scratch[limit - 1];
      if (s.bound < kth) break;
    }
    index::PostingCursor c = s.block->start;
    for (std::uint32_t i = 0; i < s.block->entries && c.next(); ++i) {
      if (any_dead && !idx_.passage_alive(c.passage())) continue;
      const index::PassageInfo& p = idx_.passages()[c.passage()];  // in range: checked at load
      const Candidate cand{p.doc, c.passage(), s.idf * bm25.tf_part(c.tf(), p.length, p.field)};
      if (cache.doc_stamp[p.doc] != cache.stamp) {
        cache.doc_stamp[p.doc] = cache.stamp, cache.doc_slot[p.doc] = static_cast<std::uint32_t>(seen.size());
        seen.push_back(cand);
      } else if (better(cand, seen[cache.doc_slot[p.doc]])) {
        seen[cache.doc_slot[p.doc]] = cand;
      }
    }
  }
  const std::size_t k = std::min(limit, seen.size());
  std::partial_sort(seen.begin(), seen.begin() + k, seen.end(), better);
  std::vector<Hit> hits;
  for (std::size_t i = 0; i < k; ++i) hits.push_back({seen[i].passage, seen[i].score});
  return hits;
}

}  // namespace loupe::query
