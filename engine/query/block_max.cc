#include "query/block_max.h"

#include <algorithm>

namespace loupe::query {
namespace {

// Adds an entry's (tf, length) to the pairs no other entry of the same field dominates (tf >=
// and length <=): a small array, no sorting (building blocks is a cold query's cost).
void add_point(BlockMaxCache::Point pt, BlockMaxCache::Point* frontier, std::size_t& n) {
  for (std::size_t i = 0; i < n; ++i) {
    const BlockMaxCache::Point& q = frontier[i];
    if (q.field == pt.field && q.tf >= pt.tf && q.length <= pt.length) return;  // dominated
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const BlockMaxCache::Point& q = frontier[i];
    if (!(q.field == pt.field && pt.tf >= q.tf && pt.length <= q.length)) frontier[kept++] = q;
  }
  frontier[kept++] = pt;
  n = kept;
}

// More than kMaxPoints pairs collapse into one per field (max tf, min length), which still
// dominates them all, only less tightly.
void store_points(const BlockMaxCache::Point* frontier, std::size_t n, BlockMaxCache::Block& b) {
  if (n <= BlockMaxCache::kMaxPoints) {
    std::copy(frontier, frontier + n, b.points);
    b.point_count = static_cast<std::uint32_t>(n);
    return;
  }
  b.point_count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    BlockMaxCache::Point* m = std::find_if(b.points, b.points + b.point_count, [&](const auto& p) {
      return p.field == frontier[i].field;
    });
    if (m == b.points + b.point_count)
      *m = frontier[i], ++b.point_count;  // at most kFieldCount (2)
    m->tf = std::max(m->tf, frontier[i].tf);
    m->length = std::min(m->length, frontier[i].length);
  }
}

}  // namespace

void BlockMaxCache::begin_query(const index::SearchIndex& idx, const Bm25& bm25) {
  if (version_ != idx.layout_version() || index_ != &idx || block_count_ > kMaxBlocks) {
    terms_.clear(), block_count_ = 0, version_ = idx.layout_version(), index_ = &idx;
  }
  if (!(bm25.tf_statistics() == stats_)) stats_ = bm25.tf_statistics(), ++generation_;
}

const BlockMaxCache::TermBlocks& BlockMaxCache::term(const index::SearchIndex& idx,
                                                     index::TermId term, const Bm25& bm25) {
  return bounded_blocks(idx, term, bm25);
}

BlockMaxCache::TermBlocks& BlockMaxCache::bounded_blocks(const index::SearchIndex& idx,
                                                         index::TermId term, const Bm25& bm25) {
  TermBlocks& t = term_blocks(idx, term);
  if (t.bounds_for == generation_) return t;
  t.tf_bound.resize(t.blocks.size());
  for (std::size_t i = 0; i < t.blocks.size(); ++i) {
    const Block& b = t.blocks[i];
    double bound = 0;
    bool huge_tf = false;
    for (std::uint32_t k = 0; k < b.point_count; ++k) {
      bound = std::max(bound, bm25.tf_part(b.points[k].tf, b.points[k].length, b.points[k].field));
      huge_tf |= b.points[k].tf > (1u << 20);
    }
    t.tf_bound[i] = huge_tf ? bound * (1 + 1e-9) : bound;
  }
  t.order.resize(t.blocks.size());
  for (std::uint32_t i = 0; i < t.order.size(); ++i) t.order[i] = i;
  // Stable: equal bounds stay in passage order.
  std::stable_sort(t.order.begin(), t.order.end(), [&t](std::uint32_t a, std::uint32_t b) {
    return t.tf_bound[a] > t.tf_bound[b];
  });
  t.bounds_for = generation_;
  return t;
}

// The champions are a top-128 query over the term's own blocks: blocks are read best bound
// first until the 128th best so far beats every block left (a block whose bound equals it may
// still hold an equal entry with a lower passage, so it is read too). A long list of a common
// word is mostly skipped: rebuilding after each added document stays cheap.
const BlockMaxCache::TermBlocks& BlockMaxCache::champions(const index::SearchIndex& idx,
                                                          index::TermId term, const Bm25& bm25) {
  TermBlocks& t = bounded_blocks(idx, term, bm25);
  if (t.champions_for == generation_) return t;
  const auto better = [](const Champion& a, const Champion& b) {
    return a.tf_part != b.tf_part ? a.tf_part > b.tf_part : a.passage < b.passage;
  };
  std::vector<Champion>& best = t.champions;  // a heap whose top is the worst kept
  block_count_ -= (best.size() + 7) / 8;      // the last generation's, counted below when made
  best.clear();
  std::size_t read = 0, entries = 0;
  for (const Block& block : t.blocks) entries += block.entries;
  for (std::uint32_t b : t.order) {
    if (best.size() == kChampions && t.tf_bound[b] < best.front().tf_part)
      break;  // and every later block
    const Block& block = t.blocks[b];
    index::PostingCursor c = block.start;
    for (std::uint32_t i = 0; i < block.entries && c.next(); ++i, ++read) {
      const index::PassageInfo& p = idx.passages()[c.passage()];  // in range: checked at load
      const Champion e{c.passage(), bm25.tf_part(c.tf(), p.length, p.field)};
      if (best.size() < kChampions) {
        best.push_back(e), std::push_heap(best.begin(), best.end(), better);
      } else if (better(e, best.front())) {
        std::pop_heap(best.begin(), best.end(), better),
            best.back() = e, std::push_heap(best.begin(), best.end(), better);
      }
    }
  }
  std::sort_heap(best.begin(), best.end(), better);  // best first
  t.champions_complete = read == entries && read <= kChampions;
  block_count_ += (best.size() + 7) / 8;  // ~a block's bytes per 8 champions, for the cache's bound
  t.champions_for = generation_;
  return t;
}

BlockMaxCache::TermBlocks& BlockMaxCache::term_blocks(const index::SearchIndex& idx,
                                                      index::TermId term) {
  const std::vector<std::uint8_t>& list = idx.postings(term);
  TermBlocks& t = terms_[term];  // a node: references to other terms' blocks stay valid
  if (t.data == list.data() && t.size == list.size() && (t.size == 0 || !t.blocks.empty()))
    return t;
  block_count_ -= t.blocks.size();
  t.data = list.data(), t.size = list.size(), t.blocks.clear(), t.bounds_for = 0,
  t.champions_for = 0;
  index::PostingCursor c(list, false);
  for (;;) {
    const index::PostingCursor start = c;
    Point frontier[kBlockSize];
    std::size_t n = 0;
    std::uint32_t entries = 0, first = 0;
    while (entries < kBlockSize && c.next()) {
      if (entries++ == 0) first = c.passage();
      // passage < passages().size(): checked when the index was built or loaded
      const index::PassageInfo& p = idx.passages()[c.passage()];
      add_point({c.tf(), p.length, p.field}, frontier, n);
    }
    if (entries == 0) break;
    Block b{start, first, entries, 0, {}};
    store_points(frontier, n, b);
    t.blocks.push_back(b);
    if (entries < kBlockSize) break;
  }
  block_count_ += t.blocks.size();
  return t;
}

}  // namespace loupe::query
