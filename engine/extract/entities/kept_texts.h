// KeptTexts: what was computed from a text, kept by the text's bytes for the next time the same
// text comes (the app asks for the entities of the same documents again on every change of
// its library). Bounded: at most `max_bytes` of text and of what the caller counts of its value
// (put()'s `value_bytes`); the least recently used go first. A text
// is found by its hash, then compared byte for byte: two texts never share an entry.
// E.g. KeptTexts<int> kept(1 << 20); kept.put("abc", 3, 4); *kept.find("abc") -> 3.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/entities/string_flat_map.h"

namespace loupe::entities {

template <typename V>
class KeptTexts {
 public:
  explicit KeptTexts(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // The value kept for `text`, or null; valid until the next put().
  V* find(std::string_view text) {
    const std::uint64_t h = string_map_hash(text);
    for (Kept& k : kept_)
      if (k.hash == h && same_bytes(k.text, text)) {
        k.used = ++clock_;
        return &k.value;
      }
    return nullptr;
  }
  // Keeps `value` (about `value_bytes` in memory) for `text`, replacing what was kept for it; one
  // over the bound alone is not kept.
  void put(std::string_view text, V value, std::size_t value_bytes) {
    const std::uint64_t h = string_map_hash(text);
    const std::size_t bytes = text.size() + value_bytes;
    for (auto k = kept_.begin(); k != kept_.end(); ++k)
      if (k->hash == h && same_bytes(k->text, text)) {
        bytes_ -= k->bytes;
        kept_.erase(k);
        break;
      }
    if (bytes > max_bytes_) return;
    kept_.push_back({std::string(text), h, ++clock_, bytes, std::move(value)});
    bytes_ += bytes;
    while (bytes_ > max_bytes_) {
      auto oldest = std::min_element(kept_.begin(), kept_.end(),
                                     [](const Kept& a, const Kept& b) { return a.used < b.used; });
      bytes_ -= oldest->bytes;
      std::swap(*oldest, kept_.back());
      kept_.pop_back();
    }
  }
  std::size_t size() const { return kept_.size(); }

 private:
  struct Kept {
    std::string text;
    std::uint64_t hash = 0, used = 0;
    std::size_t bytes = 0;  // the text's and the value's
    V value;
  };
  std::vector<Kept> kept_;
  std::size_t bytes_ = 0, max_bytes_;
  std::uint64_t clock_ = 0;
};

}  // namespace loupe::entities
