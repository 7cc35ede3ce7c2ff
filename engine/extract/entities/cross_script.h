// Cross-script linking: clusters of mentions (union-find roots) whose romanized names are one
// name written in two scripts. Input: for each cluster, the romanized surnames (people) or
// whole names (places) of its mentions, by script, and the romanized given names of its full
// names. Clusters sharing a consonant skeleton are compared, closest first.
// Korean spellings of one name vary (쿱찬, 쿠프찬), Latin and Cyrillic ones do not: two
// clusters with different Latin (or Cyrillic) names stay apart. A name of one consonant class
// (Haass = 하스, Jiwoo = Джиу) links only when the given names agree too; two clusters whose
// given names are both known must agree; a cluster without a given name (a lone surname)
// links only when the clusters it could join are one person (Kim: Kim Ji-woo or Kim Min-jun?).
// A cluster no mention of which is confidently a name links only on a close spelling (one
// edit) or agreeing given names.
// E.g. {0: [(Latin, "kissinger"), (Latin, "kissinjer")]}, {7: [(Cyrillic, "kissindzher")]}
//      -> unite(0, 7).
#pragma once
#include <algorithm>
#include <cstddef>
#include <functional>
#include <map>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/text_scan.h"

namespace loupe::entities {

// Union-find over mentions, with a guard: `may_unite` is asked before two roots merge (false
// keeps them apart) and `merged` is told after, so that the guard's state follows its roots.
struct UnionFind {
  std::vector<std::size_t> parent;
  std::function<bool(std::size_t, std::size_t)> may_unite;
  std::function<void(std::size_t root, std::size_t absorbed)> merged;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  // True when a and b are in one group afterwards.
  bool unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a == b) return true;
    if (may_unite && !may_unite(a, b)) return false;
    const std::size_t root = std::min(a, b), absorbed = std::max(a, b);
    parent[absorbed] = root;  // the earliest mention stays root
    if (merged) merged(root, absorbed);
    return true;
  }
};

using Spellings = std::vector<std::pair<Script, std::string>>;

struct ClusterSpellings {
  Spellings names;   // surnames (PERSON) or whole names (LOC), romanized
  Spellings firsts;  // given names of the cluster's full names, romanized
  // One of its mentions is confidently a name. A cluster without one links across scripts
  // only on close spellings (one edit of name_distance) or given names that agree: a common
  // noun the tagger barely took for a name sounds like a name only loosely (Chapter, Запада).
  bool confident = true;
};

// Unites the clusters (keys: roots in `uf`) that are one name across scripts. `people`: the
// names are surnames, and a cluster without given names links only when one person fits.
void link_across_scripts(std::map<std::size_t, ClusterSpellings> clusters, UnionFind& uf,
                         bool people);

// True when both have given names and none of one agrees with one of the other.
bool firsts_disagree(const Spellings& a, const Spellings& b);

}  // namespace loupe::entities
