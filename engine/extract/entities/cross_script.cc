#include "extract/entities/cross_script.h"

#include <set>

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
      // Latin spellings of one name agree (Valence is not Valencia); Cyrillic ones may differ
      // by a vowel (Пребстинг, Прёбстинг).
      const std::size_t slack = s == Script::kLatin ? 0 : 1;
      for (const auto& [sb, rb] : b)
        if (sb == s) in_b = true, same = same || romanized_distance(ra, rb) <= slack;
    }
    if (in_a && in_b && !same) return true;
  }
  return false;
}

// A Cyrillic given name in an oblique case romanizes from its stem: "Ану" -> "an" = "ana".
bool stem_of(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 2 && longer.size() - shorter.size() <= 2 &&
         longer.compare(0, shorter.size(), shorter) == 0;
}

std::size_t edit_distance(const std::string& x, const std::string& y) {
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

// Given names agree when they are one spelling (name_distance), a stem of it, or, written in
// two scripts, one consonant class apart: transcriptions of given names drift more than
// surnames (Michael = Майкл = Михаэль, Henry = Генри), while different names stay further
// apart (Carlos / Ana, Jiwoo / Minjun).
bool firsts_agree(const Spellings& a, const Spellings& b) {
  for (const auto& [sa, ra] : a)
    for (const auto& [sb, rb] : b) {
      if (name_distance(ra, rb) != kNoMatch || stem_of(ra, rb)) return true;
      const std::string ka = skeleton(ra), kb = skeleton(rb);
      if (sa != sb && !ka.empty() && !kb.empty() && edit_distance(ka, kb) <= 1) return true;
    }
  return false;
}

struct Edge {
  std::size_t cost, a, b;
};

// Drops the edges of a cluster without given names (a lone surname) whose closest partners
// are different people: which one it names is unknown.
void drop_ambiguous(std::vector<Edge>& edges, std::map<std::size_t, ClusterSpellings>& clusters) {
  std::map<std::size_t, std::vector<std::pair<std::size_t, std::size_t>>> partners;  // (cost, c)
  for (const Edge& e : edges)
    partners[e.a].push_back({e.cost, e.b}), partners[e.b].push_back({e.cost, e.a});
  std::set<std::size_t> ambiguous;
  for (auto& [c, list] : partners) {
    if (!clusters[c].firsts.empty()) continue;
    std::sort(list.begin(), list.end());
    std::size_t closest = 1;
    while (closest < list.size() && list[closest].first == list[0].first) ++closest;
    for (std::size_t x = 0; x < closest && !ambiguous.count(c); ++x)
      for (std::size_t y = x + 1; y < closest; ++y) {
        const ClusterSpellings &p = clusters[list[x].second], &q = clusters[list[y].second];
        if (firsts_disagree(p.firsts, q.firsts) || conflict(p.names, q.names)) {
          ambiguous.insert(c);
          break;
        }
      }
  }
  edges.erase(
      std::remove_if(edges.begin(), edges.end(),
                     [&](const Edge& e) { return ambiguous.count(e.a) || ambiguous.count(e.b); }),
      edges.end());
}

}  // namespace

bool firsts_disagree(const Spellings& a, const Spellings& b) {
  return !a.empty() && !b.empty() && !firsts_agree(a, b);
}

void link_across_scripts(std::map<std::size_t, ClusterSpellings> clusters, UnionFind& uf,
                         bool people) {
  // Only clusters sharing a skeleton are compared.
  std::map<std::string, std::vector<std::pair<std::size_t, const std::pair<Script, std::string>*>>>
      by_skeleton;
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
  std::vector<Edge> edges;
  for (const auto& [ab, cost] : best) edges.push_back({cost, ab.first, ab.second});
  if (people) drop_ambiguous(edges, clusters);  // places: the closest wins
  std::stable_sort(edges.begin(), edges.end(),
                   [](const Edge& x, const Edge& y) { return x.cost < y.cost; });
  for (const Edge& e : edges) {
    const std::size_t a = uf.find(e.a), b = uf.find(e.b);
    if (a == b || conflict(clusters[a].names, clusters[b].names)) continue;
    if (firsts_disagree(clusters[a].firsts, clusters[b].firsts)) continue;
    if (!uf.unite(a, b)) continue;
    ClusterSpellings merged = clusters[a];
    add_unique(merged.names, clusters[b].names);
    add_unique(merged.firsts, clusters[b].firsts);
    clusters[uf.find(a)] = std::move(merged);
  }
}

}  // namespace loupe::entities
