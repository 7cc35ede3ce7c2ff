// Cross-script linking: clusters of mentions (union-find roots) whose romanized names are one
// name written in two scripts. Input: for each cluster, the romanized surnames (people) or
// whole names (places) of its mentions, by script, and the romanized given names of its full
// names. Clusters sharing a consonant skeleton are compared, closest first.
// Korean spellings of one name vary (쿱찬, 쿠프찬), Latin and Cyrillic ones do not: two
// clusters with different Latin (or Cyrillic) names stay apart. A name of one consonant class
// (Haass = 하스, Jiwoo = Джиу) links only when the given names agree too.
// E.g. {0: [(Latin, "kissinger"), (Latin, "kissinjer")]}, {7: [(Cyrillic, "kissindzher")]}
//      -> unite(0, 7).
#pragma once
#include <algorithm>
#include <cstddef>
#include <map>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/text_scan.h"

namespace loupe::entities {

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the earliest mention stays root
  }
};

using Spellings = std::vector<std::pair<Script, std::string>>;

struct ClusterSpellings {
  Spellings names;   // surnames (PERSON) or whole names (LOC), romanized
  Spellings firsts;  // given names of the cluster's full names, romanized
};

// Unites the clusters (keys: roots in `uf`) that are one name across scripts.
void link_across_scripts(std::map<std::size_t, ClusterSpellings> clusters, UnionFind& uf);

}  // namespace loupe::entities
