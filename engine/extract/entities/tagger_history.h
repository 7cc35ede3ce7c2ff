// TaggerHistory: what the tagger has already said about a capitalized word earlier in the same
// document (Ratinov & Roth 2009, "prediction history"): the labels the decoder gave the word's
// previous occurrences become features of its next ones, so a document's later mentions lean
// on the type its clearer mentions got (`Cuper` after `Héctor Cuper`; a team named after its
// city). Sequences are decoded in order, so no second pass: record() after each sequence. The
// trainer does the same with the labels its current weights decode (tools/ner-train).
// E.g. after "Héctor Cuper dijo ..." labels Cuper PERSON, a later "Cuper" gets
// feature(kHistory, PERSON) and feature(kHistorySeen, {PERSON}).
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "extract/entities/tagger_feature_hash.h"
#include "extract/entities/tagger_flat_map.h"

namespace loupe::entities {

class TaggerHistory {
 public:
  void clear() { votes_.clear(); }
  // Labels (0 O, 1 + 4 * type + place) decoded for tokens with `keys` (0: not a capitalized
  // Latin or Cyrillic word; not recorded).
  void record(const std::uint64_t* keys, const std::uint8_t* labels, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      if (!keys[i]) continue;
      std::uint16_t& v = votes_[keys[i]][labels[i] ? 1 + (labels[i] - 1) / 4 : 0];
      if (v < 65535) ++v;
    }
  }
  // The history features of a token with `key` (none when 0 or not seen before).
  void features(std::uint64_t key, std::vector<std::uint64_t>& out) const {
    if (!key) return;
    const Votes* v = votes_.find(key);
    if (!v) return;
    int best = 0;
    std::uint64_t seen = 0;
    for (int k = 0; k < 4; ++k) {
      if ((*v)[k]) seen |= 1u << k;
      if ((*v)[k] > (*v)[best]) best = k;
    }
    out.push_back(tagger_hash::feature(tagger_hash::kHistory, static_cast<std::uint64_t>(best)));
    out.push_back(tagger_hash::feature(tagger_hash::kHistorySeen, seen));
  }

 private:
  using Votes = std::array<std::uint16_t, 4>;  // O, PERSON, ORG, LOC
  FlatMap64<Votes> votes_;
};

}  // namespace loupe::entities
