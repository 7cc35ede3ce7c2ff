#include "query/block_max.h"

#include <algorithm>

namespace loupe::query {
namespace {

// The entries' (tf, length) pairs that no other entry of the same field dominates (tf >= and
// length <=); more than kMaxPoints collapse into one pair per field (max tf, min length),
// which still dominates them all, only less tightly.
void bound_block(std::vector<BlockMaxCache::Point>& pts, BlockMaxCache::Block& b) {
  std::sort(pts.begin(), pts.end(), [](const auto& x, const auto& y) {
    if (x.field != y.field) return x.field < y.field;
    return x.tf != y.tf ? x.tf > y.tf : x.length < y.length;
  });
  std::vector<BlockMaxCache::Point> frontier;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    const bool new_field = i == 0 || pts[i].field != pts[i - 1].field;
    if (new_field || pts[i].length < frontier.back().length) frontier.push_back(pts[i]);
  }
  if (frontier.size() > BlockMaxCache::kMaxPoints) {
    std::vector<BlockMaxCache::Point> merged;
    for (const auto& p : frontier) {
      if (merged.empty() || merged.back().field != p.field) merged.push_back(p);
      merged.back().tf = std::max(merged.back().tf, p.tf);
      merged.back().length = std::min(merged.back().length, p.length);
    }
    frontier = merged;  // at most kFieldCount (2) <= kMaxPoints
  }
  b.point_count = static_cast<std::uint32_t>(frontier.size());
  std::copy(frontier.begin(), frontier.end(), b.points);
}

}  // namespace

void BlockMaxCache::begin_query(const index::SearchIndex& idx) {
  if (version_ != idx.layout_version() || index_ != &idx || block_count_ > kMaxBlocks) {
    terms_.clear(), block_count_ = 0, version_ = idx.layout_version(), index_ = &idx;
  }
}

const std::vector<BlockMaxCache::Block>& BlockMaxCache::blocks(const index::SearchIndex& idx, index::TermId term) {
  const std::vector<std::uint8_t>& list = idx.postings(term);
  TermBlocks& t = terms_[term];  // a node: references to other terms' blocks stay valid
  if (t.data == list.data() && t.size == list.size() && (t.size == 0 || !t.blocks.empty())) return t.blocks;
  block_count_ -= t.blocks.size();
  t.data = list.data(), t.size = list.size(), t.blocks.clear();
  index::PostingCursor c(list, false);
  std::vector<Point> pts;
  for (;;) {
    const index::PostingCursor start = c;
    pts.clear();
    std::uint32_t first = 0;
    while (pts.size() < kBlockSize && c.next()) {
      if (pts.empty()) first = c.passage();
      // passage < passages().size(): checked when the index was built or loaded
      const index::PassageInfo& p = idx.passages()[c.passage()];
      pts.push_back({c.tf(), p.length, p.field});
    }
    if (pts.empty()) break;
    Block b{start, first, static_cast<std::uint32_t>(pts.size()), 0, {}};
    bound_block(pts, b);
    t.blocks.push_back(b);
    if (pts.size() < kBlockSize) break;
  }
  block_count_ += t.blocks.size();
  return t.blocks;
}

}  // namespace loupe::query
