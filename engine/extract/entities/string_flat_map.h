// StringFlatMap: a map from strings to small values for the lexicon's and keyer's lookups, which
// run several times per word of every document. Open addressing over one array of slots that
// carry half of each key's hash, keys end to end in one string: a lookup that misses usually
// reads one slot, a hit one slot, one entry and its bytes (std::unordered_map reads a bucket, a
// node and, past the small-string buffer, a heap string: three scattered loads in wasm).
// Insertion never moves a value's bytes in the key arena; values live in a vector (grows: hold
// no reference across an insertion). Not ordered; for_each() visits entries in insertion order.
// E.g. m.emplace("seoul", 3); m.find("seoul") -> pointer to 3; m.count("busan") -> 0.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loupe::entities {

// 64-bit hash of bytes, 8 at a time (the key's bytes are read once).
inline std::uint64_t string_map_hash(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = 0x2545F4914F6CDD1Dull ^ (s.size() * kMul);
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (i < s.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * kMul;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 32);
}

// Equal bytes, compared 8 at a time (wasm's memcmp compares one at a time).
inline bool same_bytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  for (; i + 8 <= a.size(); i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return false;
  }
  for (; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

template <typename V>
class StringFlatMap {
 public:
  V* find(std::string_view key) {
    const std::uint32_t e = locate(key, string_map_hash(key)).first;
    return e ? &entries_[e - 1].value : nullptr;
  }
  const V* find(std::string_view key) const { return const_cast<StringFlatMap*>(this)->find(key); }
  std::size_t count(std::string_view key) const { return find(key) ? 1 : 0; }
  // Adds key -> value unless the key is there; the value kept, and whether it was added.
  std::pair<V*, bool> emplace(std::string_view key, V value) {
    const std::uint64_t h = string_map_hash(key);
    auto [e, slot] = locate(key, h);
    if (e) return {&entries_[e - 1].value, false};
    if ((entries_.size() + 1) * 2 > slots_.size()) {
      grow();
      slot = locate(key, h).second;
    }
    entries_.push_back({static_cast<std::uint32_t>(bytes_.size()),
                        static_cast<std::uint32_t>(key.size()), h, std::move(value)});
    bytes_.append(key);
    slots_[slot] = {static_cast<std::uint32_t>(entries_.size()), static_cast<std::uint32_t>(h)};
    return {&entries_.back().value, true};
  }
  bool insert(std::string_view key) { return emplace(key, V{}).second; }  // sets
  V& operator[](std::string_view key) { return *emplace(key, V{}).first; }
  template <typename F>
  void for_each(F f) const {  // f(key, value), in insertion order
    for (const Entry& e : entries_) f(std::string_view(bytes_).substr(e.begin, e.size), e.value);
  }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() { entries_ = {}, slots_ = {}, bytes_ = {}; }

 private:
  struct Entry {
    std::uint32_t begin, size;
    std::uint64_t hash;
    V value;
  };
  struct Slot {
    std::uint32_t entry = 0;  // entry + 1, 0: empty
    std::uint32_t check = 0;  // the low half of the key's hash
  };
  // The entry + 1 of `key` (0: absent) and the slot it is in, or the empty slot it would take.
  std::pair<std::uint32_t, std::size_t> locate(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return {0, 0};
    const std::size_t mask = slots_.size() - 1;
    const auto check = static_cast<std::uint32_t>(h);
    for (std::size_t slot = (h >> 32) & mask;; slot = (slot + 1) & mask) {
      const Slot& s = slots_[slot];
      if (!s.entry) return {0, slot};
      if (s.check != check) continue;
      const Entry& e = entries_[s.entry - 1];
      if (e.hash == h && same_bytes(std::string_view(bytes_).substr(e.begin, e.size), key))
        return {s.entry, slot};
    }
  }
  void grow() {
    slots_.assign(std::max<std::size_t>(16, slots_.size() * 2), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = 0; k < entries_.size(); ++k) {
      std::size_t slot = (entries_[k].hash >> 32) & mask;
      while (slots_[slot].entry) slot = (slot + 1) & mask;
      slots_[slot] = {static_cast<std::uint32_t>(k + 1),
                      static_cast<std::uint32_t>(entries_[k].hash)};
    }
  }
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string bytes_;        // the keys, end to end
};

}  // namespace loupe::entities
