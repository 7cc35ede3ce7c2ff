// JamoDict: the term dictionary as fuzzy matching wants it. Every whole-word term (compound
// suffix terms left out) in jamo code points (index/hangul.h: a Hangul syllable is 2-3 jamo, so
// one edit is one jamo), sorted, each with the code points it shares with the previous entry.
// within() walks it once with a Levenshtein row per code point and reuses the rows of that
// shared prefix, and skips every following entry under a prefix whose row already exceeds the
// distance: a bounded walk of the implicit trie instead of an edit distance per term.
// Built from a TermDict (SearchIndex::jamo_dict() builds it lazily and rebuilds it after the
// dictionary changes). Input and output are terms and term ids; no offsets.
// E.g. d.build(dict); d.within(to_jamo("signa"), 1, out) -> {(1, id of "signal"), ...}.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "index/term_dict.h"

namespace loupe::index {

class JamoDict {
 public:
  void build(const TermDict& dict);
  std::size_t size() const { return ids_.size(); }
  std::u32string_view term(std::size_t i) const {
    return std::u32string_view(arena_).substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  TermId id(std::size_t i) const { return ids_[i]; }
  std::uint32_t shared(std::size_t i) const { return shared_[i]; }  // with entry i - 1 (0 for 0)

  // Appends (distance, term id) for every entry at 1..max_distance edits from `want`
  // (the exact term, distance 0, is the caller's already), in dictionary order.
  void within(const std::u32string& want, int max_distance,
              std::vector<std::pair<int, TermId>>& out) const;

 private:
  std::u32string arena_;
  std::vector<std::uint32_t> offsets_{0};
  std::vector<TermId> ids_;
  std::vector<std::uint32_t> shared_;
};

}  // namespace loupe::index
