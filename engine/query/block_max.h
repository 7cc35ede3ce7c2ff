// BlockMaxCache: per posting list, blocks of kBlockSize entries, each with a cursor that starts
// at its first entry and the (tf, passage length) pairs that bound its BM25 scores, for exact
// early termination of top-k (query/top_docs.cc: a block whose bound is below the k-th best
// score so far is skipped without decoding). Built from PostingCursor only (a block's start
// is a copy of a cursor, never a byte offset: the encoding is index/postings.h's business),
// on a term's first use, and kept until the index changes (layout_version(), or the list's
// bytes moving or growing); not part of the saved format. The bound holds for every BM25
// statistic (N, average lengths): a block keeps, per field, the (tf, length) pairs no other
// entry beats in both (a higher tf and a shorter passage score higher under any statistics).
// E.g. c.begin_query(idx, bm25); const auto& t = c.term(idx, id); idf * t.tf_bound[i] >= the
// score of each entry of t.blocks[i].
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "index/postings.h"
#include "index/search_index.h"
#include "query/bm25.h"

namespace loupe::query {

class BlockMaxCache {
 public:
  static constexpr std::uint32_t kBlockSize =
      16;  // 16: 10-30% fewer instructions than 32 or 64 on the bench
  static constexpr std::size_t kMaxPoints = 4;  // bounding pairs kept per block
  struct Point {
    std::uint32_t tf;
    std::uint32_t length;
    index::Field field;
  };
  struct Block {
    index::PostingCursor start;   // next() gives the block's first entry
    std::uint32_t first_passage;  // the first entry's passage (the others are greater)
    std::uint32_t entries;
    std::uint32_t point_count;
    Point points[kMaxPoints];  // every entry's (tf, length) is beaten or equalled by one of them
  };
  // A term's best entries by tf_part (its champion list, Manning et al. 7.1.3): a single word's
  // top k are read from them without touching the blocks, when the best entries suffice.
  struct Champion {
    std::uint32_t passage;
    double tf_part;  // Bm25::tf_part of the entry under the current statistics
  };
  static constexpr std::size_t kChampions = 128;
  // One posting list's blocks, in passage order, and what bounds them under the BM25
  // statistics of the current query (recomputed when those change: a removal changes N and
  // the average lengths without moving any list).
  struct TermBlocks {
    std::vector<Block> blocks;
    // The kChampions entries of highest tf_part (ties: lower passage first), in that order, and
    // whether they are the whole list; for the statistics generation champions_for.
    std::vector<Champion> champions;
    bool champions_complete = false;
    // By block: >= Bm25::tf_part of each entry (the largest of its points', widened by 1e-9
    // when a tf is above 2^20, where rounding could exceed it; see top_docs.cc).
    std::vector<double> tf_bound;
    // Blocks by tf_bound descending (ties: passage order), the order top-k takes them in: a
    // list's blocks ranked once per statistics instead of sorted on every query.
    std::vector<std::uint32_t> order;

   private:
    friend class BlockMaxCache;
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::uint64_t bounds_for = 0;  // the statistics generation tf_bound and order belong to
    std::uint64_t champions_for = 0;
  };
  // Called once per query, before term(): drops what the index's changes made stale, or
  // everything if the cache is full (never during a query: its blocks are in use), and notes
  // the query's BM25 statistics.
  void begin_query(const index::SearchIndex& idx, const Bm25& bm25);
  // The term's blocks and bounds, valid until the next begin_query().
  const TermBlocks& term(const index::SearchIndex& idx, index::TermId term, const Bm25& bm25);
  // The term's champion list (and blocks), valid until the next begin_query().
  const TermBlocks& champions(const index::SearchIndex& idx, index::TermId term, const Bm25& bm25);
  // Only the blocks (no bounds), e.g. for tests.
  const std::vector<Block>& blocks(const index::SearchIndex& idx, index::TermId t) {
    return term_blocks(idx, t).blocks;
  }

  // Scratch for the top-k collector (query/top_docs.cc), reused across queries so that a
  // query allocates nothing for it; by document, stamped per query instead of cleared.
  struct Candidate {
    std::uint32_t doc;
    std::uint32_t passage;
    double score;
  };
  std::vector<std::uint32_t> doc_stamp, doc_slot;
  std::uint32_t stamp = 0;
  std::vector<Candidate> seen;                        // each document's best passage so far
  std::vector<std::uint32_t> top, heap;               // slots of `seen`; alternatives
  std::vector<std::uint8_t> in_top;                   // by slot of `seen`
  std::vector<std::vector<std::uint32_t>> positions;  // a phrase's terms' positions

 private:
  TermBlocks& term_blocks(const index::SearchIndex& idx, index::TermId term);
  TermBlocks& bounded_blocks(const index::SearchIndex& idx, index::TermId term, const Bm25& bm25);
  // Bounded: cleared by the next query once past kMaxBlocks (~130 bytes each, 8.5 MB).
  static constexpr std::size_t kMaxBlocks = std::size_t{1} << 16;
  std::size_t block_count_ = 0;
  std::uint64_t version_ = ~0ull;
  const index::SearchIndex* index_ = nullptr;
  std::unordered_map<index::TermId, TermBlocks> terms_;
  // The statistics tf_bound was computed under: a query under others starts a new generation.
  Bm25::TfStatistics stats_{};
  std::uint64_t generation_ = 1;
};

}  // namespace loupe::query
