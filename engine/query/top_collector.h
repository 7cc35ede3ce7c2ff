// The top-k collector of Searcher::top_docs (query/top_docs.cc): each document's best passage,
// the k-th best so far, and the ranking (score desc, then passage asc) search() uses.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "query/block_max.h"
#include "query/searcher.h"

namespace loupe::query {

using Candidate = BlockMaxCache::Candidate;
inline bool better(const Candidate& a, const Candidate& b) {
  return a.score != b.score ? a.score > b.score : a.passage < b.passage;
}

// Each document's best passage so far (`seen`, found by doc_slot, stamped per query) and kth,
// the k-th best so far (the final k-th is at least as good). `top` holds the slots of every
// document whose best is not worse than kth, so the final top k is among them and raising kth
// selects among those few, not among every document seen.
class TopCollector {
 public:
  TopCollector(BlockMaxCache& cache, std::size_t docs, std::size_t limit)
      : c_(cache), seen_(cache.seen), top_(cache.top), in_top_(cache.in_top), limit_(limit) {
    if (c_.doc_stamp.size() < docs) c_.doc_stamp.resize(docs, 0), c_.doc_slot.resize(docs, 0);
    if (++c_.stamp == 0) std::fill(c_.doc_stamp.begin(), c_.doc_stamp.end(), 0), c_.stamp = 1;
    seen_.clear(), top_.clear(), in_top_.clear();
    stamp_ = c_.stamp, doc_stamp_ = c_.doc_stamp.data(), doc_slot_ = c_.doc_slot.data();
  }
  const Candidate& kth() const { return kth_; }
  // No entry of a block with this bound, starting at this passage, can be better than kth.
  bool beaten(double bound, std::uint32_t first_passage) const {
    return bound < kth_.score || (bound == kth_.score && first_passage > kth_.passage);
  }
  // An entry worse than kth can neither enter the top k nor change the best passage of a
  // document that will (that one is better than kth): dropped before any lookup.
  void offer(const Candidate& cand) {
    if (better(kth_, cand)) return;
    std::uint32_t slot = doc_slot_[cand.doc];  // cand.doc < docs: sized above
    if (doc_stamp_[cand.doc] != stamp_) {
      doc_stamp_[cand.doc] = stamp_,
      slot = doc_slot_[cand.doc] = static_cast<std::uint32_t>(seen_.size());
      seen_.push_back(cand), in_top_.push_back(0);
    } else if (better(cand, seen_[slot])) {
      seen_[slot] = cand;
    } else {
      return;
    }
    fresh_ = false;
    if (!in_top_[slot]) top_.push_back(slot), in_top_[slot] = 1;
  }
  // Makes kth the k-th of `top` if offers changed it since; true if it did.
  bool raise() {
    if (top_.size() < limit_ || fresh_) return false;
    std::nth_element(top_.begin(), top_.begin() + (limit_ - 1), top_.end(), by_slot());
    kth_ = seen_[top_[limit_ - 1]], fresh_ = true;
    for (std::size_t i = limit_; i < top_.size(); ++i) in_top_[top_[i]] = 0;  // worse than kth
    top_.resize(limit_);
    return true;
  }
  std::vector<Hit> hits() {
    const std::size_t k = std::min(limit_, top_.size());
    // The order is total (ties by passage): selecting then sorting the k gives partial_sort's.
    if (k < top_.size()) std::nth_element(top_.begin(), top_.begin() + k, top_.end(), by_slot());
    std::sort(top_.begin(), top_.begin() + k, by_slot());
    std::vector<Hit> hits;
    hits.reserve(k);
    for (std::size_t i = 0; i < k; ++i)
      hits.push_back({seen_[top_[i]].passage, seen_[top_[i]].score});
    return hits;
  }

 private:
  struct BySlot {
    const std::vector<Candidate>* seen;
    bool operator()(std::uint32_t a, std::uint32_t b) const {
      return better((*seen)[a], (*seen)[b]);
    }
  };
  BySlot by_slot() const { return {&seen_}; }
  BlockMaxCache& c_;
  std::vector<Candidate>& seen_;
  std::vector<std::uint32_t>& top_;
  std::vector<std::uint8_t>& in_top_;
  std::size_t limit_;
  std::uint32_t stamp_ = 0;
  std::uint32_t* doc_stamp_ = nullptr;
  std::uint32_t* doc_slot_ = nullptr;
  Candidate kth_{0, 0, -HUGE_VAL};
  bool fresh_ = true;  // kth_ is the k-th of top_ as it is now
};

}  // namespace loupe::query
