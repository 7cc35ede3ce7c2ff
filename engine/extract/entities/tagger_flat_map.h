// FlatMap64: a map from 64-bit hashes to values, open addressing over one array of slots and
// the values in insertion order. TaggerFeatures keeps a document's word contexts in it: a node
// map allocated each entry and chased a pointer per lookup (most of document()'s time in wasm).
// clear() keeps the memory for the next document.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

namespace loupe::entities {

template <class V>
class FlatMap64 {
 public:
  V& operator[](std::uint64_t key) {
    if ((values_.size() + 1) * 2 > slots_.size()) grow();
    std::size_t s = place(key);
    if (!slots_[s].value) {
      values_.emplace_back();
      slots_[s] = {key, static_cast<std::uint32_t>(values_.size())};
    }
    return values_[slots_[s].value - 1];
  }
  V* find(std::uint64_t key) {
    const std::uint32_t v = slots_.empty() ? 0 : slots_[place(key)].value;
    return v ? &values_[v - 1] : nullptr;
  }
  const V* find(std::uint64_t key) const {
    const std::uint32_t v = slots_.empty() ? 0 : slots_[place(key)].value;
    return v ? &values_[v - 1] : nullptr;
  }
  void clear() {
    std::fill(slots_.begin(), slots_.end(), Slot{});
    values_.clear();
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;  // index in values_ + 1; 0: empty
  };
  // The slot holding `key`, or the empty slot where it would go.
  std::size_t place(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = (key * 0x9E3779B97F4A7C15ull) >> 20 & mask;
    while (slots_[s].value && slots_[s].key != key) s = (s + 1) & mask;
    return s;
  }
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(256, slots_.size() * 2));
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.value) slots_[place(s.key)] = s;
  }
  std::vector<Slot> slots_;
  std::vector<V> values_;
};

}  // namespace loupe::entities
