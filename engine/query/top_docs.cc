// Searcher::top_docs: exact top-k documents with early termination, for a single query word.
// The word's score in a passage is the best of its alternatives' (readings x expansions, as
// Searcher::search's word() takes the max), so every alternative's posting list can be read
// on its own, in any order: blocks (query/block_max.h) are taken best bound first, each
// document keeps its best passage, and a block is skipped when no entry of it can enter the
// top k nor change the best passage of a document in it: its bound is below the k-th best
// score K so far, or equal to it while the block starts after K's passage (ties go to the
// lower passage). Once the best remaining bound is below K, the rest is skipped too. The
// ranking (score desc, then passage asc; one passage per document) is search()'s, and each
// score is computed by the same expression, so the hits are equal to the last bit.
// The bound is that same expression on the block's bounding (tf, length) pairs: it is never
// below an entry's score, also in floating point, because every operation in Bm25::tf_part
// rounds monotonically and a tf step of 1 raises tf_part by a relative 0.3 / tf^2 at least,
// far above the few ulps of rounding for tf <= 2^20; a larger tf widens the bound instead.
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
  cache.begin_query(idx_);
  std::vector<Source> sources;
  for (const std::vector<std::string>& reading : readings) {
    for (const WeightedTerm& alt : expander.expand(reading[0], n->prefix, n->fuzzy)) {
      const double idf = bm25.idf(idx_.df(alt.term)) * alt.weight;
      for (const BlockMaxCache::Block& b : cache.blocks(idx_, alt.term)) {
        double bound = 0;
        bool huge_tf = false;
        for (std::uint32_t i = 0; i < b.point_count; ++i) {
          bound = std::max(bound, idf * bm25.tf_part(b.points[i].tf, b.points[i].length, b.points[i].field));
          huge_tf |= b.points[i].tf > (1u << 20);
        }
        sources.push_back({&b, idf, huge_tf ? bound * (1 + 1e-9) : bound});
      }
    }
  }
  std::sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) {
    return a.bound != b.bound ? a.bound > b.bound : a.block->first_passage < b.block->first_passage;
  });

  // Each document's best passage so far, in `seen`; doc_slot finds it (stamped per query).
  if (cache.doc_stamp.size() < idx_.docs().size()) {
    cache.doc_stamp.resize(idx_.docs().size(), 0), cache.doc_slot.resize(idx_.docs().size(), 0);
  }
  if (++cache.stamp == 0) std::fill(cache.doc_stamp.begin(), cache.doc_stamp.end(), 0), cache.stamp = 1;
  std::vector<Candidate> seen, scratch;
  Candidate kth{0, 0, -HUGE_VAL};  // the k-th best so far: the final k-th is at least as good
  bool kth_fresh = true;           // kth is the k-th of `seen` as it is now
  const bool any_dead = idx_.dead_passages() > 0;
  const auto beaten = [&kth](const Source& s) {  // no entry of s can be better than kth
    return s.bound < kth.score || (s.bound == kth.score && s.block->first_passage > kth.passage);
  };
  for (const Source& s : sources) {
    if (limit == 0 || s.bound < kth.score) break;  // sorted by bound: so is every later block
    if (beaten(s)) continue;
    if (seen.size() >= limit && !kth_fresh) {  // raise the k-th best before deciding
      scratch = seen;
      std::nth_element(scratch.begin(), scratch.begin() + (limit - 1), scratch.end(), better);
      kth = scratch[limit - 1], kth_fresh = true;
      if (s.bound < kth.score) break;
      if (beaten(s)) continue;
    }
    kth_fresh = false;
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
