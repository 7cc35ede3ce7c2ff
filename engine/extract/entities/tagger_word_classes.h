// WordClasses: a class number for each frequent word of a language, learned by the trainer
// (tools/ner-train/word_classes.cc) from the unlabelled text of its training files: words that
// stand among the same neighbours share a class (k-means over left and right neighbour
// counts), so a word seen a few times in training borrows what the tagger learnt of its class
// ("Valladolid" with "Zaragoza"). Derived numbers only: a word is stored as the top 32 bits of
// its key's hash (TaggerFeatures::TokenInfo::key), never as text.
// Each class value holds a fine class (low 10 bits) and a coarse one (high 6 bits).
// E.g. classes.find(info.key) -> 0x0C2A for a known word, -1 for a word not listed.
#pragma once
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace loupe::entities {

class WordClasses {
 public:
  static constexpr int kFineBits = 10;
  static std::uint32_t short_key(std::uint64_t key_hash) {
    return static_cast<std::uint32_t>(key_hash >> 32);
  }
  // Entries in any order; sorted here (the last of two equal keys is dropped).
  explicit WordClasses(std::vector<std::pair<std::uint32_t, std::uint16_t>> entries = {})
      : entries_(std::move(entries)) {
    std::sort(entries_.begin(), entries_.end());
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   entries_.end());
  }
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  const std::vector<std::pair<std::uint32_t, std::uint16_t>>& entries() const { return entries_; }
  // The class value of the word whose key hashes to `key_hash`, or -1.
  int find(std::uint64_t key_hash) const {
    const std::uint32_t k = short_key(key_hash);
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), k,
                                     [](const auto& e, std::uint32_t v) { return e.first < v; });
    return it != entries_.end() && it->first == k ? it->second : -1;
  }

 private:
  std::vector<std::pair<std::uint32_t, std::uint16_t>> entries_;  // sorted by key
};

}  // namespace loupe::entities
