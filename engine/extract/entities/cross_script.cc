#include "extract/entities/cross_script.h"

#include <set>

#include "extract/entities/name_key.h"

namespace loupe::entities {
namespace {

void add_unique(Spellings& to, const Spellings& from) {
  for (const auto& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

// Two spellings of a place in Cyrillic that one place may take: the same up to е/и/і/ы/є
// (Russian and Ukrainian write them differently: Мадрид, Мадрід), one such vowel more, or the
// Ukrainian і of a last syllable for о/е (Фастов, Фастів). Other vowels make another place:
// Валансі (Valence) is not Валенсії (Valencia).
bool cyrillic_place_variant(const std::string& a, const std::string& b) {
  auto fold = [](std::string c) {
    for (char& k : c)
      if (k == 'e' || k == 'y') k = 'i';
    return c;
  };
  const std::string x = fold(a), y = fold(b);
  if (x == y) return true;
  const std::string& longer = x.size() > y.size() ? x : y;
  const std::string& shorter = x.size() > y.size() ? y : x;
  if (longer.size() == shorter.size() + 1) {
    for (std::size_t p = 0; p < longer.size(); ++p)
      if (longer[p] == 'i' && longer.substr(0, p) + longer.substr(p + 1) == shorter) return true;
    return false;
  }
  if (x.size() != y.size()) return false;
  std::size_t diff = x.size();
  for (std::size_t p = 0; p < x.size(); ++p)
    if (x[p] != y[p]) {
      if (diff != x.size()) return false;
      diff = p;
    }
  const bool alternation = (x[diff] == 'o' && y[diff] == 'i') || (x[diff] == 'i' && y[diff] == 'o');
  return alternation && x.find_first_of("aiou", diff + 1) == std::string::npos &&
         y.find_first_of("aiou", diff + 1) == std::string::npos;
}

// Two clusters with different Latin (or Cyrillic) names are different people or places.
bool conflict(const Spellings& a, const Spellings& b, bool people) {
  for (Script s : {Script::kLatin, Script::kCyrillic}) {
    bool in_a = false, in_b = false, same = false;
    for (const auto& [sa, ra] : a) {
      if (sa != s) continue;
      in_a = true;
      for (const auto& [sb, rb] : b) {
        if (sb != s) continue;
        in_b = true;
        // Latin spellings of one name agree (Valence is not Valencia); Cyrillic ones of a
        // person may differ by a vowel (Пребстинг, Прёбстинг), of a place less.
        if (s == Script::kLatin)
          same = same || romanized_distance(ra, rb) == 0;
        else if (people)
          same = same || romanized_distance(ra, rb) <= 1;
        else
          same = same || cyrillic_place_variant(vowel_classes(ra), vowel_classes(rb));
      }
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

// The farthest spellings (name_distance) a cluster that is not confidently a name links across.
constexpr std::size_t kUnsureCost = 1;

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
        if (firsts_disagree(p.firsts, q.firsts) || conflict(p.names, q.names, true)) {
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

// One Hangul syllable (강, 김): too little sound to say which foreign name it writes.
bool one_hangul_syllable(const std::pair<Script, std::string>& s) {
  if (s.first != Script::kHangul) return false;
  int groups = 0;
  bool in_vowels = false;
  for (char c : s.second) {
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    groups += vowel && !in_vowels;
    in_vowels = vowel;
  }
  return groups == 1;
}

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
        if (cost > kUnsureCost && !(clusters[ra].confident && clusters[rb].confident) &&
            !firsts_agree(clusters[ra].firsts, clusters[rb].firsts))
          continue;
        if ((sk.size() < 2 || (people && (one_hangul_syllable(*a) || one_hangul_syllable(*b)))) &&
            !firsts_agree(clusters[ra].firsts, clusters[rb].firsts))
          continue;
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
    if (a == b || conflict(clusters[a].names, clusters[b].names, people)) continue;
    if (firsts_disagree(clusters[a].firsts, clusters[b].firsts)) continue;
    if (!uf.unite(a, b)) continue;
    ClusterSpellings merged = clusters[a];
    add_unique(merged.names, clusters[b].names);
    add_unique(merged.firsts, clusters[b].firsts);
    clusters[uf.find(a)] = std::move(merged);
  }
}

}  // namespace loupe::entities
