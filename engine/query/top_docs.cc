// Searcher::top_docs: exact top-k documents with early termination, for a single query word
// or a single phrase. The query's score in a passage is the best of its alternatives' (a
// word: readings x expansions, as Searcher::search's word() takes the max; a phrase: its
// variants, united by max too), so every alternative can be read on its own, in any order.
// A term alternative reads its posting list; a sequence (a phrase, a word of several terms)
// reads the list of its rarest term (every passage holding the phrase is in it) and looks
// the others up in their lists, skipping by the blocks' first passages. Blocks (query/
// block_max.h) are taken best bound first, each document keeps its best passage, and a block
// is skipped when no entry of it can enter the top k nor change the best passage of a
// document in it: its bound is below the k-th best score K so far, or equal to it while the
// block starts after K's passage (ties go to the lower passage). Once the best remaining bound
// is below K, the rest is skipped too. The ranking (score desc, then passage asc; one passage
// per document) is search()'s, and each score is computed by the same expression
// (query/phrase_match.h for sequences), so the hits are equal to the last bit.
// A block's bound is that same expression with the block's tf_bound for tf_part: tf_bound is
// never below an entry's tf_part, also in floating point, because every operation in
// Bm25::tf_part rounds monotonically and a tf step of 1 raises tf_part by a relative 0.3 /
// tf^2 at least, far above the few ulps of rounding for tf <= 2^20 (a larger tf widens the
// bound instead); a phrase's tf is at most its rarest term's; and multiplying by a positive
// idf and adding in a fixed order are monotone too, and so is the final product by a
// phrase variant's weight.
#include <algorithm>
#include <cmath>
#include <optional>

#include "query/phrase_match.h"
#include "query/searcher.h"
#include "query/top_collector.h"

namespace loupe::query {
namespace {

using Blocks = BlockMaxCache::TermBlocks;
// A lead entry's lookups in the other lists cost about this many merge steps (callgrind).
constexpr std::size_t kLookupCost = 5;

// Finds passages of one posting list in ascending runs: forward inside a block, by binary
// search over the blocks' first passages across them (the blocks are the list's skip list).
class ListSeeker {
 public:
  explicit ListSeeker(const Blocks& t) : t_(&t), cursor_(t.blocks.front().start) {}
  // True if the list holds `passage`; then cursor() is on it. Ascending calls inside a block
  // continue from where the last one stopped.
  bool seek(std::uint32_t passage) {
    const std::vector<BlockMaxCache::Block>& bs = t_->blocks;
    const bool forward = started_ && passage >= last_ &&
                         (block_ + 1 == bs.size() || passage < bs[block_ + 1].first_passage);
    if (!forward) {
      const auto it = std::upper_bound(
          bs.begin(), bs.end(), passage,
          [](std::uint32_t p, const BlockMaxCache::Block& b) { return p < b.first_passage; });
      if (it == bs.begin()) return false;
      block_ = static_cast<std::size_t>(it - bs.begin()) - 1;
      cursor_ = it[-1].start, left_ = it[-1].entries, on_ = false, started_ = true;
    }
    last_ = passage;
    while (!on_ || cursor_.passage() < passage) {
      if (left_ == 0 || !cursor_.next()) return false;
      --left_, on_ = true;
    }
    return cursor_.passage() == passage;
  }
  const index::PostingCursor& cursor() const { return cursor_; }

 private:
  const Blocks* t_;
  index::PostingCursor cursor_;
  std::size_t block_ = 0;
  std::uint32_t left_ = 0;  // entries of block_ not read yet
  std::uint32_t last_ = 0;  // the last passage sought (in block_, since started_)
  bool on_ = false;         // cursor_ is on an entry of block_
  bool started_ = false;
};

// One way a passage can score: a term (term_idf = idf * weight) or a term sequence (idfs =
// each term's idf, in order), read through its lead list's blocks in bound order.
struct Alternative {
  const Blocks* lead = nullptr;
  const TermSequence* seq = nullptr;  // null: a term
  LanguageSet langs = kAnyLanguage;   // the passages it may match
  double weight = 1.0;                // a sequence's (PhraseVariant::weight)
  std::size_t lead_term = 0;          // in seq
  double term_idf = 0;
  std::vector<double> idfs;
  std::vector<ListSeeker> seekers;  // by term of seq (the lead's unused)
  std::uint32_t next = 0;           // lead->order[next]: the next block to take
  double head = 0;                  // that block's bound
  const BlockMaxCache::Block& block() const { return lead->blocks[lead->order[next]]; }
  void bound_head() {
    const double tf_bound = lead->tf_bound[lead->order[next]];
    if (!seq) {
      head = term_idf * tf_bound;
      return;
    }
    head = 0;
    for (double idf : idfs) head += idf * tf_bound;  // phrase_score's expression
    head *= weight;
  }
};

// Sequences cost a lookup in the other lists per entry of the lead: where those lists are
// not much longer than it, merging every list (search()) costs less than that, early end or
// not (measured: "데비안 패키지", "standard input"). Only the cost differs, never the hits.
bool merge_is_cheaper(const index::SearchIndex& idx, const std::vector<PhraseVariant>& seqs) {
  std::size_t merge_cost = 0, lookup_cost = 0;
  for (const PhraseVariant& pv : seqs) {
    std::size_t lead = SIZE_MAX;
    for (const auto& [t, rel] : pv.seq) {
      const index::TermId id = idx.terms().find(t);
      const std::size_t df = id == index::kNoTerm ? 0 : idx.df(id);
      merge_cost += df, lead = std::min(lead, df);
    }
    lookup_cost += lead * kLookupCost;
  }
  return merge_cost < lookup_cost;
}

// The alternatives that can match: terms with postings, sequences whose every term has some.
std::vector<Alternative> alternatives(const index::SearchIndex& idx, const Bm25& bm25,
                                      BlockMaxCache& cache, const std::vector<WeightedTerm>& terms,
                                      const std::vector<PhraseVariant>& seqs) {
  std::vector<Alternative> alts;
  for (const WeightedTerm& t : terms) {
    Alternative a;
    a.lead = &cache.term(idx, t.term, bm25);
    a.term_idf = weighted_idf(idx, bm25, t);  // as search()'s term()
    a.langs = t.langs;
    if (!a.lead->blocks.empty()) alts.push_back(std::move(a));
  }
  for (const PhraseVariant& pv : seqs) {
    const TermSequence& seq = pv.seq;
    Alternative a;
    a.seq = &seq;
    a.langs = pv.langs;
    a.weight = pv.weight;
    std::vector<index::TermId> ids;
    for (std::size_t i = 0; i < seq.size() && ids.size() == i; ++i) {
      const index::TermId id = idx.terms().find(seq[i].first);
      if (id == index::kNoTerm || idx.df(id) == 0) break;  // no passage holds the phrase
      const Blocks& t = cache.term(idx, id, bm25);
      if (t.blocks.empty()) break;
      a.seekers.emplace_back(t);
      ids.push_back(id);
      if (idx.df(id) < idx.df(ids[a.lead_term])) a.lead_term = i;
    }
    if (ids.size() != seq.size()) continue;
    variant_idfs(idx, bm25, pv, ids, a.idfs);  // as search()'s phrase_terms
    a.lead = &cache.term(idx, ids[a.lead_term], bm25);
    alts.push_back(std::move(a));
  }
  return alts;
}

// A single word's top k from its alternatives' champion lists: entries taken best score first
// across the lists (idf x weight x tf_part, as search()'s term() scores them; ties: lower
// passage), each offered to the collector, until the best left is below the k-th. Every entry
// not in a list scores at most its list's last, so this is exact, unless a list that is not
// complete runs out while its last score could still enter the top k: then nullopt, and the
// blocks decide.
std::optional<std::vector<Hit>> champion_top_docs(const index::SearchIndex& idx, const Bm25& bm25,
                                                  BlockMaxCache& cache,
                                                  const std::vector<WeightedTerm>& terms,
                                                  std::size_t limit) {
  struct Head {
    const BlockMaxCache::Champion* at;
    const BlockMaxCache::Champion* end;
    double idf;    // weighted_idf
    double score;  // of *at, or the last entry's once past the end of an incomplete list
    LanguageSet langs;
    bool complete;
  };
  std::vector<Head> heads;
  heads.reserve(terms.size());
  for (const WeightedTerm& t : terms) {
    if (idx.df(t.term) == 0) continue;
    const BlockMaxCache::TermBlocks& tb = cache.champions(idx, t.term, bm25);
    if (tb.champions.empty()) continue;
    const double idf = weighted_idf(idx, bm25, t);
    heads.push_back({tb.champions.data(), tb.champions.data() + tb.champions.size(), idf,
                     idf * tb.champions.front().tf_part, t.langs, tb.champions_complete});
  }
  const auto below = [](const Head& a, const Head& b) {
    return a.score != b.score
               ? a.score < b.score
               : (a.at == a.end ? ~0u : a.at->passage) > (b.at == b.end ? ~0u : b.at->passage);
  };
  std::make_heap(heads.begin(), heads.end(), below);
  TopCollector top(cache, idx.docs().size(), limit);
  const bool any_dead = idx.dead_passages() > 0;
  while (!heads.empty() && limit > 0) {
    top.raise();
    Head& h = heads.front();
    if (h.score < top.kth().score) break;    // so is every entry left, in every list
    if (h.at == h.end) return std::nullopt;  // an incomplete list ran out: its rest is unknown
    const std::uint32_t passage = h.at->passage;
    const double score = h.score;
    const LanguageSet langs = h.langs;
    std::pop_heap(heads.begin(), heads.end(), below);
    Head& popped = heads.back();
    if (++popped.at != popped.end) popped.score = popped.idf * popped.at->tf_part;
    if (popped.at == popped.end && popped.complete)
      heads.pop_back();
    else
      std::push_heap(heads.begin(), heads.end(), below);
    if (any_dead && !idx.passage_alive(passage)) continue;
    const index::PassageInfo& p = idx.passages()[passage];
    if (langs != kAnyLanguage && !in_languages(langs, p.lang)) continue;
    top.offer({p.doc, passage, score});
  }
  return top.hits();
}

// Scores one block of alternative a's lead list into top: a single term by BM25, a phrase
// after seeking its other terms to the same passage and counting where they stand in order.
void score_block(const index::SearchIndex& idx, const Bm25& bm25, Alternative& a,
                 const BlockMaxCache::Block& block, TopCollector& top,
                 std::vector<std::vector<std::uint32_t>>& positions) {
  const bool any_dead = idx.dead_passages() > 0;
  index::PostingCursor c = block.start;
  for (std::uint32_t i = 0; i < block.entries && c.next(); ++i) {
    if (any_dead && !idx.passage_alive(c.passage())) continue;
    const index::PassageInfo& p = idx.passages()[c.passage()];  // in range: checked at load
    if (a.langs != kAnyLanguage && !in_languages(a.langs, p.lang)) continue;
    if (!a.seq) {
      top.offer({p.doc, c.passage(), a.term_idf * bm25.tf_part(c.tf(), p.length, p.field)});
      continue;
    }
    bool all = true;
    std::uint32_t min_tf = c.tf();
    for (std::size_t j = 0; j < a.seekers.size() && all; ++j) {
      all = j == a.lead_term || a.seekers[j].seek(c.passage());
      if (all && j != a.lead_term) min_tf = std::min(min_tf, a.seekers[j].cursor().tf());
    }
    // The phrase occurs at most min_tf times here: if even that scores below kth, its
    // positions need no decoding (offer() would drop it).
    if (!all ||
        better(top.kth(), {p.doc, c.passage(), phrase_score(bm25, a.idfs, min_tf, p, a.weight)}))
      continue;
    positions.resize(a.seekers.size());
    for (std::size_t j = 0; j < a.seekers.size() && all; ++j) {
      all = (j == a.lead_term ? c : a.seekers[j].cursor()).read_positions(positions[j]);
    }
    const std::uint32_t tf = all ? phrase_frequency(*a.seq, positions) : 0;
    if (tf > 0) top.offer({p.doc, c.passage(), phrase_score(bm25, a.idfs, tf, p, a.weight)});
  }
}

// Block-max traversal: the blocks of every alternative, best bound first, until the next
// bound cannot beat the k-th best hit.
std::vector<Hit> block_max_top_docs(const index::SearchIndex& idx, const Bm25& bm25,
                                    BlockMaxCache& cache, std::vector<Alternative>& alts,
                                    std::size_t limit) {
  // The alternatives by their next block's bound, best first (ties: lower passage).
  const auto below = [&alts](std::uint32_t x, std::uint32_t y) {
    const Alternative &a = alts[x], &b = alts[y];
    return a.head != b.head ? a.head < b.head : a.block().first_passage > b.block().first_passage;
  };
  std::vector<std::uint32_t>& heap = cache.heap;
  heap.clear();
  for (std::uint32_t i = 0; i < alts.size(); ++i) alts[i].bound_head(), heap.push_back(i);
  std::make_heap(heap.begin(), heap.end(), below);

  TopCollector top(cache, idx.docs().size(), limit);
  while (!heap.empty()) {
    Alternative& a = alts[heap.front()];
    const double bound = a.head;
    const BlockMaxCache::Block& block = a.block();
    if (limit == 0 || bound < top.kth().score) break;  // by bound: so is every later block
    std::pop_heap(heap.begin(), heap.end(), below);
    if (++a.next < a.lead->order.size())
      a.bound_head(), std::push_heap(heap.begin(), heap.end(), below);
    else
      heap.pop_back();
    if (top.beaten(bound, block.first_passage)) continue;
    if (top.raise()) {  // the k-th best rose: decide again
      if (bound < top.kth().score) break;
      if (top.beaten(bound, block.first_passage)) continue;
    }
    score_block(idx, bm25, a, block, top, cache.positions);
  }
  return top.hits();
}

// A lone word or phrase under single-child AND/OR nodes.
const QueryNode& unwrap(const QueryNode& root) {
  const QueryNode* n = &root;
  while ((n->kind == QueryNode::Kind::kAnd || n->kind == QueryNode::Kind::kOr) &&
         n->children.size() == 1)
    n = &n->children[0];
  return *n;
}

// A word's readings: one-term readings expanded into weighted terms (and, a plain word, its
// Korean spacing variants), several-term readings (as search()'s word(): the terms adjacent,
// no expansion) into phrase variants.
void word_readings(const TermExpander& expander, const QueryNode& n,
                   std::vector<WeightedTerm>& terms, std::vector<PhraseVariant>& seqs) {
  for (const Reading& r : expander.analyze(n.text)) {
    if (r.terms.size() == 1) {
      for (const WeightedTerm& alt : expander.expand(r.terms[0], n.prefix, n.fuzzy, r.langs))
        terms.push_back(alt);
      if (n.prefix || n.fuzzy) continue;
      for (PhraseVariant& pv : expander.word_spacing_variants(r)) seqs.push_back(std::move(pv));
    } else {
      seqs.emplace_back().langs = r.langs;
      for (std::uint32_t i = 0; i < r.terms.size(); ++i)
        seqs.back().seq.emplace_back(r.terms[i], i);
    }
  }
}

}  // namespace

std::vector<Hit> Searcher::top_docs(const QueryNode& root, std::size_t limit,
                                    const SearchOptions& options, BlockMaxCache& cache) const {
  const QueryNode& n = unwrap(root);
  const TermExpander expander(idx_, analyze_, params_, options.max_expansions, memo_);
  std::vector<WeightedTerm> terms;
  std::vector<PhraseVariant> seqs;
  if (n.kind == QueryNode::Kind::kTerm)
    word_readings(expander, n, terms, seqs);
  else if (n.kind == QueryNode::Kind::kPhrase)
    seqs = expander.phrase_variants(n.text);
  if ((n.kind != QueryNode::Kind::kTerm && n.kind != QueryNode::Kind::kPhrase) ||
      merge_is_cheaper(idx_, seqs)) {
    // several words, filters: the exhaustive evaluation
    SearchOptions o = options;
    o.limit = limit, o.offset = 0, o.per_doc = 1, o.facets = false, o.keep_passages = false;
    return search(root, o).hits;
  }
  const Bm25 bm25(idx_, params_);
  cache.begin_query(idx_, bm25);
  if (seqs.empty()) {
    if (auto hits = champion_top_docs(idx_, bm25, cache, terms, limit)) return *std::move(hits);
  }
  std::vector<Alternative> alts = alternatives(idx_, bm25, cache, terms, seqs);
  return block_max_top_docs(idx_, bm25, cache, alts, limit);
}

}  // namespace loupe::query
