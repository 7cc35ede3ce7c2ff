// TermDict: the term dictionary. Terms live in one byte arena (no per-term allocation); an
// open-addressing table of term ids finds a term's id in O(1) while indexing, and a sorted
// permutation, rebuilt lazily after additions, serves prefix ranges and saving in term order.
// E.g. TermDict d; d.intern("лавров") == 0; d.find("лавров") == 0; d.find("x") == kNoTerm.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loupe::index {

using TermId = std::uint32_t;
inline constexpr TermId kNoTerm = 0xFFFFFFFFu;

class TermDict {
 public:
  TermId intern(std::string_view term);  // the existing id, or a new one
  TermId find(std::string_view term) const;
  std::string_view term(TermId id) const {
    return std::string_view(arena_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  std::size_t size() const { return offsets_.size() - 1; }
  std::size_t arena_bytes() const { return arena_.size(); }

  // Term ids in byte order of their terms (valid until the next intern of a new term).
  const std::vector<TermId>& sorted() const;
  // The [first, last) range of sorted() whose terms start with `prefix`.
  std::pair<std::size_t, std::size_t> prefix_range(std::string_view prefix) const;

 private:
  static std::uint64_t hash(std::string_view s);
  void grow();
  std::string arena_;
  std::vector<std::uint32_t> offsets_{0};  // term i is arena_[offsets_[i], offsets_[i+1])
  std::vector<TermId> table_;              // open addressing, kNoTerm = empty slot
  mutable std::vector<TermId> sorted_;     // covers ids [0, sorted_.size())
};

}  // namespace loupe::index
