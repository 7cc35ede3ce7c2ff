#include "extract/entities/cross_script.h"

#include "extract/entities/name_key.h"

namespace loupe::entities {
namespace {

void add_unique(Spellings& to, const Spellings& from) {
  for (const auto& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

// Two clusters with different Latin (or Cyrillic) names are different people or places.
bool conflict(const Spellings& a, const Spellings& b) {
  for (Script s : {Script::kLatin, Script::kCyrillic}) {
    bool in_a = false, in_b = false, same = false;
    for (const auto& [sa, ra] : a) {
      if (sa != s) continue;
      in_a = true;
      for (const auto& [sb, rb] : b) if (sb == s) in_b = true, same = same || romanized_distance(ra, rb) <= 1;
    }
    if (in_a && in_b && !same) return true;
  }
  return false;
}

bool firsts_agree(const Spellings& a, const Spellings& b) {
  for (const auto& [sa, ra] : a)
    for (const auto& [sb, rb] : b)
      if (name_distance(ra, rb) != kNoMatch) return true;
  return false;
}

}  // namespace

void link_across_scripts(std::map<std::size_t, ClusterSpellings> clusters, UnionFind& uf) {
  // Only clusters sharing a skeleton are compared.
  std::map<std::string, std::vector<std::pair<std::size_t, const std::pair<Script, std::string>*>>> by_skeleton;
  for (const auto& [root, c] : clusters)
    for (const auto& sr : c.names) by_skeleton[skeleton(sr.second)].push_back({root, &sr});
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> best;
  for (const auto& [sk, list] : by_skeleton) {
    if (sk.empty()) continue;
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) {
        const auto& [ra, a] = list[x];
        const auto& [rb, b] = list[y];
        // Within Latin or Cyrillic a different spelling is a different name; Korean spellings vary.
        if (ra == rb || (a->first == b->first && a->first != Script::kHangul)) continue;
        const std::size_t cost = name_distance(a->second, b->second);
        if (cost == kNoMatch) continue;
        if (sk.size() < 2 && !firsts_agree(clusters[ra].firsts, clusters[rb].firsts)) continue;
        auto [it, fresh] = best.emplace(std::minmax(ra, rb), cost);
        if (!fresh) it->second = std::min(it->second, cost);
      }
  }
  struct Edge { std::size_t cost, a, b; };
  std::vector<Edge> edges;
  for (const auto& [ab, cost] : best) edges.push_back({cost, ab.first, ab.second});
  std::stable_sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.cost < y.cost; });
  for (const Edge& e : edges) {
    const std::size_t a = uf.find(e.a), b = uf.find(e.b);
    if (a == b || conflict(clusters[a].names, clusters[b].names)) continue;
    uf.unite(a, b);
    ClusterSpellings merged = clusters[a];
    add_unique(merged.names, clusters[b].names);
    add_unique(merged.firsts, clusters[b].firsts);
    clusters[uf.find(a)] = std::move(merged);
  }
}

}  // namespace loupe::entities
