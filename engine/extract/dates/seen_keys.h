// SeenKeys: the rule applications the chart has tried in a window (64-bit keys), in a flat
// open-addressing table cleared in O(1) by a new generation; a std::unordered_set paid its
// whole bucket array on every window.
#pragma once
#include <algorithm>
#include <cstddef>
#include <vector>

namespace loupe::dates {

class SeenKeys {
 public:
  void clear() {
    if (++generation_ == 0) std::fill(stamps_.begin(), stamps_.end(), 0u), generation_ = 1;
    size_ = 0;
  }
  // True when the key was not there yet.
  bool insert(unsigned long long key) {
    if ((size_ + 1) * 2 > keys_.size()) grow();
    return place(key);
  }

 private:
  bool place(unsigned long long key) {
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t i = (key ^ (key >> 31)) & mask;; i = (i + 1) & mask) {
      if (stamps_[i] != generation_) {
        stamps_[i] = generation_, keys_[i] = key, ++size_;
        return true;
      }
      if (keys_[i] == key) return false;
    }
  }
  void grow() {
    std::vector<unsigned long long> old_keys;
    old_keys.reserve(size_);
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      if (stamps_[i] == generation_) old_keys.push_back(keys_[i]);
    }
    keys_.assign(std::max<std::size_t>(64, keys_.size() * 2), 0);
    stamps_.assign(keys_.size(), 0);
    generation_ = 1, size_ = 0;
    for (unsigned long long k : old_keys) place(k);
  }
  std::vector<unsigned long long> keys_;
  std::vector<unsigned> stamps_;
  unsigned generation_ = 1;
  std::size_t size_ = 0;
};

}  // namespace loupe::dates
