// BlockMaxCache: per posting list, blocks of kBlockSize entries, each with a cursor that starts
// at its first entry and the (tf, passage length) pairs that bound its BM25 scores, for exact
// early termination of top-k (query/top_docs.cc: a block whose bound is below the k-th best
// score so far is skipped without decoding). Built from PostingCursor only (a block's start
// is a copy of a cursor, never a byte offset: the encoding is index/postings.h's business),
// on a term's first use, and kept until the index changes (layout_version(), or the list's
// bytes moving or growing); not part of the saved format. The bound holds for every BM25
// statistic (N, average lengths): a block keeps, per field, the (tf, length) pairs no other
// entry beats in both (a higher tf and a shorter passage score higher under any statistics).
// E.g. BlockMaxCache c; for (const auto& b : c.blocks(idx, t)) bound(b) >= score of each entry.
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "index/postings.h"
#include "index/search_index.h"

namespace loupe::query {

class BlockMaxCache {
 public:
  static constexpr std::uint32_t kBlockSize = 16;  // 16: 10-30% fewer instructions than 32 or 64 on the bench
  static constexpr std::size_t kMaxPoints = 4;  // bounding pairs kept per block
  struct Point {
    std::uint32_t tf;
    std::uint32_t length;
    index::Field field;
  };
  struct Block {
    index::PostingCursor start;  // next() gives the block's first entry
    std::uint32_t first_passage;  // the first entry's passage (the others are greater)
    std::uint32_t entries;
    std::uint32_t point_count;
    Point points[kMaxPoints];  // every entry's (tf, length) is beaten or equalled by one of them
  };
  // Called once per query, before blocks(): drops what the index's changes made stale, or
  // everything if the cache is full (never during a query: its blocks are in use).
  void begin_query(const index::SearchIndex& idx);
  // The term's blocks, valid until the next begin_query().
  const std::vector<Block>& blocks(const index::SearchIndex& idx, index::TermId term);

  // Scratch for the top-k collector, by document, reused across queries (no clearing: stamps).
  std::vector<std::uint32_t> doc_stamp, doc_slot;
  std::uint32_t stamp = 0;

 private:
  struct TermBlocks {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::vector<Block> blocks;
  };
  // Bounded: cleared by the next query once past kMaxBlocks (~120 bytes each, 8 MB).
  static constexpr std::size_t kMaxBlocks = std::size_t{1} << 16;
  std::size_t block_count_ = 0;
  std::uint64_t version_ = ~0ull;
  const index::SearchIndex* index_ = nullptr;
  std::unordered_map<index::TermId, TermBlocks> terms_;
};

}  // namespace loupe::query
