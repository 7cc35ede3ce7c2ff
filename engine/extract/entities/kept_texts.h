// KeptTexts: what was computed from a text, kept by the text's bytes for the next time the same
// text comes (the app asks for the entities of the same documents again on every change of
// its library). Bounded: at most `max_bytes` of text; the least recently used go first. A text
// is found by its hash, then compared byte for byte: two texts never share an entry.
// E.g. KeptTexts<int> kept(1 << 20); kept.put("abc", 3); *kept.find("abc") -> 3.
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
  // Keeps `value` for `text` (replacing what was kept for it); a text over the bound is not kept.
  void put(std::string_view text, V value) {
    const std::uint64_t h = string_map_hash(text);
    for (Kept& k : kept_)
      if (k.hash == h && same_bytes(k.text, text)) {
        k.value = std::move(value), k.used = ++clock_;
        return;
      }
    if (text.size() > max_bytes_) return;
    kept_.push_back({std::string(text), h, ++clock_, std::move(value)});
    bytes_ += text.size();
    while (bytes_ > max_bytes_) {
      auto oldest = std::min_element(kept_.begin(), kept_.end(),
                                     [](const Kept& a, const Kept& b) { return a.used < b.used; });
      bytes_ -= oldest->text.size();
      std::swap(*oldest, kept_.back());
      kept_.pop_back();
    }
  }
  std::size_t size() const { return kept_.size(); }

 private:
  struct Kept {
    std::string text;
    std::uint64_t hash = 0, used = 0;
    V value;
  };
  std::vector<Kept> kept_;
  std::size_t bytes_ = 0, max_bytes_;
  std::uint64_t clock_ = 0;
};

}  // namespace loupe::entities
