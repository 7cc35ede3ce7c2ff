#include "extract/entities/entity_index.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/utf8.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {
namespace {

// A mention being linked, with the keys linking compares.
struct Rec {
  std::uint32_t doc = 0;
  Candidate cand;
  std::string display;             // the surface with line breaks as spaces
  std::vector<std::string> words;  // display split on spaces
  std::string key;                 // lookup key of the whole name
  std::string first_key, last_key;
  std::vector<std::string> romans;  // romanized surname (PERSON): of the surface and of its stem
};

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

std::string display_of(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') { space = true; continue; }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t p = 0;
  while (p <= s.size()) {
    std::size_t e = s.find(' ', p);
    if (e == std::string::npos) e = s.size();
    if (e > p) out.push_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

// Cyrillic surfaces in an oblique case score lower: the canonical name is the nominative one.
int nominative_score(const std::string& s) {
  static constexpr std::string_view kOblique[] = {"ым", "им", "ом", "ем", "ому", "ого", "ой", "ей", "ою", "ею",
                                                  "ові", "еві", "ів", "ам", "ах", "ами", "у", "ю", "е", "і", "ы"};
  for (std::string_view e : kOblique)
    if (s.size() > e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return 0;
  return 1;
}

}  // namespace

namespace {
const Lexicon& shared_lexicon() {
  static NameKeyer keyer;  // keys are deterministic: any keyer computes the same ones
  static const Lexicon lexicon(keyer);
  return lexicon;
}
// Keys are deterministic, so a keyer reused across calls gives the same results; reusing it
// saves cloning four transliterators per call and recomputing every word's keys (a third of
// the extraction time on a repeated call). thread_local: the memos are not thread-safe.
NameKeyer& shared_keyer() {
  thread_local NameKeyer keyer;
  return keyer;
}
}  // namespace

EntityIndex::EntityIndex() : keyer_(&shared_keyer()), lexicon_(&shared_lexicon()) {}
EntityIndex::~EntityIndex() = default;

std::uint32_t EntityIndex::add_document(std::string name, std::string utf8) {
  docs_.push_back({std::move(name), std::move(utf8)});
  built_ = false;
  return static_cast<std::uint32_t>(docs_.size() - 1);
}

const std::vector<Mention>& EntityIndex::mentions() {
  build();
  return mentions_;
}

const std::vector<Entity>& EntityIndex::entities() {
  build();
  return entities_;
}

void EntityIndex::build() {
  if (built_) return;
  built_ = true;
  mentions_.clear();
  entities_.clear();
  keyer_->trim_memos();
  std::vector<ScannedText> scans;
  CaseStats stats;
  for (const Doc& d : docs_) {
    scans.push_back(scan_text(d.text));
    stats.add(d.text, scans.back(), *keyer_);
  }
  MentionFinder finder(*lexicon_, *keyer_, stats);

  // Pass 1: cues. Their names are then looked for everywhere (pass 2).
  KnownNames known;
  std::vector<std::vector<Candidate>> found(docs_.size());
  for (std::size_t d = 0; d < docs_.size(); ++d) {
    found[d] = finder.find(docs_[d].text, scans[d]);
    for (const Candidate& c : found[d]) {
      if (c.weak) continue;
      const std::string s = display_of(std::string_view(docs_[d].text).substr(c.bytes.begin_byte, c.bytes.size()));
      const std::vector<std::string> words = split_words(s);
      if (words.empty()) continue;
      if (c.type == EntityType::kPerson) {
        const std::string r = keyer_->romanize(words.back());
        if (std::string sk = skeleton(r); sk.size() >= 3) known.person_romans[sk].push_back(r);
      }
      if (c.script == Script::kHangul) {
        known.korean.emplace(s, c.type);
        if (c.type == EntityType::kPerson && words.size() > 1 && code_point_count(words.back()) >= 2)
          known.korean.emplace(words.back(), c.type);
      } else if (c.type == EntityType::kPerson || words.size() == 1) {
        known.keyed.emplace(keyer_->word_key(words.back()), c.type);
      }
    }
  }
  std::vector<Rec> recs;
  for (std::size_t d = 0; d < docs_.size(); ++d) {
    finder.add_known(docs_[d].text, scans[d], known, found[d]);
    for (const Candidate& c : found[d]) {
      Rec r;
      r.doc = static_cast<std::uint32_t>(d);
      r.cand = c;
      r.display = display_of(std::string_view(docs_[d].text).substr(c.bytes.begin_byte, c.bytes.size()));
      r.words = split_words(r.display);
      if (r.words.empty()) continue;
      r.key = keyer_->lookup_key(r.display);
      r.first_key = keyer_->word_key(r.words.front());
      r.last_key = keyer_->word_key(r.words.back());
      if (c.type == EntityType::kPerson) {
        r.romans.push_back(keyer_->romanize(r.words.back(), false));
        if (c.script == Script::kCyrillic) r.romans.push_back(keyer_->romanize(r.words.back(), true));
      }
      recs.push_back(std::move(r));
    }
  }

  // Linking.
  UnionFind uf(recs.size());
  std::unordered_map<int, std::size_t> by_known;
  std::map<std::pair<Script, std::string>, std::size_t> by_key;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const Rec& r = recs[i];
    if (r.cand.known >= 0) {
      auto [it, fresh] = by_known.emplace(r.cand.known, i);
      if (!fresh) uf.unite(it->second, i);
    }
    auto [it, fresh] = by_key.emplace(std::make_pair(r.cand.script, r.key), i);
    if (!fresh) uf.unite(it->second, i);
  }
  // Surnames: "Lavrov" joins "Sergey Lavrov"; two full names with different first names stay apart.
  std::map<std::pair<Script, std::string>, std::vector<std::size_t>> by_surname;
  for (std::size_t i = 0; i < recs.size(); ++i)
    if (recs[i].cand.type == EntityType::kPerson && recs[i].cand.known < 0)
      by_surname[{recs[i].cand.script, recs[i].last_key}].push_back(i);
  for (const auto& [k, group] : by_surname) {
    std::map<std::string, std::size_t> firsts;  // first-name key -> a member
    std::map<std::string, std::size_t> counts;
    for (std::size_t i : group)
      if (recs[i].words.size() > 1) firsts.emplace(recs[i].first_key, i), ++counts[recs[i].first_key];
    for (std::size_t i : group)
      if (recs[i].words.size() > 1) uf.unite(firsts[recs[i].first_key], i);
    std::size_t anchor = group.front();
    if (!counts.empty()) {
      auto best = std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; });
      anchor = firsts[best->first];
    }
    for (std::size_t i : group)
      if (recs[i].words.size() == 1) uf.unite(anchor, i);
  }
  // Across scripts: PERSON clusters whose surnames romanize alike (skeleton equal, spelling
  // close). Korean spellings of one name vary (쿱찬, 쿠프찬), Latin and Cyrillic ones do not:
  // two clusters with different Latin (or Cyrillic) surnames are different people.
  using Romans = std::vector<std::pair<Script, std::string>>;
  std::map<std::size_t, Romans> romans;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    if (recs[i].cand.type != EntityType::kPerson) continue;
    Romans& r = romans[uf.find(i)];
    for (const std::string& x : recs[i].romans)
      if (!x.empty() && std::find(r.begin(), r.end(), std::make_pair(recs[i].cand.script, x)) == r.end())
        r.emplace_back(recs[i].cand.script, x);
  }
  auto close = [](const std::string& a, const std::string& b) {
    if (skeleton(a).empty() || skeleton(a) != skeleton(b)) return std::size_t(-1);
    const std::size_t dist = romanized_distance(a, b);
    if (skeleton(a).size() < 2 && dist > 0) return std::size_t(-1);  // one consonant: spellings must agree
    return dist * 2 <= std::max<std::size_t>(2, std::min(a.size(), b.size())) ? dist : std::size_t(-1);
  };
  auto conflict = [&](const Romans& a, const Romans& b) {
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
  };
  struct Edge { std::size_t cost, a, b; };
  std::vector<Edge> edges;
  // Only clusters sharing a skeleton are compared.
  std::map<std::string, std::vector<std::pair<std::size_t, std::pair<Script, std::string>>>> by_skeleton;
  for (const auto& [root, list] : romans)
    for (const auto& sr : list) by_skeleton[skeleton(sr.second)].push_back({root, sr});
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> best;
  for (const auto& [sk, list] : by_skeleton) {
    if (sk.empty()) continue;
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) {
        const auto& [ra, a] = list[x];
        const auto& [rb, b] = list[y];
        // Within Latin or Cyrillic a different spelling is a different name; Korean spellings vary.
        if (ra == rb || (a.first == b.first && a.first != Script::kHangul)) continue;
        const std::size_t cost = close(a.second, b.second);
        if (cost == std::size_t(-1)) continue;
        auto key = std::minmax(ra, rb);
        auto [it, fresh] = best.emplace(key, cost);
        if (!fresh) it->second = std::min(it->second, cost);
      }
  }
  for (const auto& [ab, cost] : best) edges.push_back({cost, ab.first, ab.second});
  std::stable_sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.cost < y.cost; });
  for (const Edge& e : edges) {
    const std::size_t a = uf.find(e.a), b = uf.find(e.b);
    if (a == b || conflict(romans[a], romans[b])) continue;
    uf.unite(a, b);
    Romans merged = romans[a];
    merged.insert(merged.end(), romans[b].begin(), romans[b].end());
    romans[uf.find(a)] = std::move(merged);
  }

  // Entities, numbered by first mention.
  std::map<std::size_t, std::uint32_t> entity_of_root;
  std::vector<std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    auto [it, fresh] = entity_of_root.emplace(uf.find(i), static_cast<std::uint32_t>(members.size()));
    if (fresh) members.emplace_back();
    members[it->second].push_back(i);
  }
  for (std::uint32_t id = 0; id < members.size(); ++id) {
    Entity e;
    e.id = id;
    float votes[3] = {0, 0, 0};
    int known = -1;
    std::map<std::string, std::size_t> surface_count;
    std::set<std::uint32_t> docs;
    for (std::size_t i : members[id]) {
      const Rec& r = recs[i];
      if (r.cand.known >= 0) known = r.cand.known;
      votes[static_cast<int>(r.cand.type)] += r.cand.weak ? 0.1f : r.cand.confidence;
      ++surface_count[r.display];
      docs.insert(r.doc);
    }
    e.type = static_cast<EntityType>(std::max_element(votes, votes + 3) - votes);
    if (known >= 0) e.type = lexicon_->entity(known).type;
    std::vector<std::pair<std::string, std::size_t>> surfaces(surface_count.begin(), surface_count.end());
    std::stable_sort(surfaces.begin(), surfaces.end(), [](auto& a, auto& b) { return a.second > b.second; });
    for (auto& [s, n] : surfaces) e.aliases.push_back(s);
    // Canonical: the lexicon's name; else a Latin spelling (the fullest for people), else a
    // nominative Cyrillic one, else the most frequent.
    auto rank = [&](const std::string& s, std::size_t n) {
      const Script sc = script_of(core::decode_utf8(s, 0).code_point);
      const int script_rank = sc == Script::kLatin ? 3 : sc == Script::kCyrillic ? 2 : 1;
      const std::size_t words = std::count(s.begin(), s.end(), ' ') + 1;
      return std::make_tuple(script_rank, e.type == EntityType::kPerson ? words : 0, nominative_score(s), n);
    };
    e.canonical = surfaces.front().first;
    for (auto& [s, n] : surfaces) if (rank(s, n) > rank(e.canonical, surface_count[e.canonical])) e.canonical = s;
    if (known >= 0) e.canonical = lexicon_->entity(known).canonical;
    e.mention_count = static_cast<std::uint32_t>(members[id].size());
    e.documents.assign(docs.begin(), docs.end());
    entities_.push_back(std::move(e));
    for (std::size_t i : members[id])
      mentions_.push_back({recs[i].doc, recs[i].cand.bytes, entities_.back().type, id, recs[i].cand.confidence});
  }
  std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
    return a.doc != b.doc ? a.doc < b.doc : a.bytes.begin_byte < b.bytes.begin_byte;
  });

  // Co-occurrence within a sentence and within a paragraph: the distinct entities of each
  // sentence (paragraph), then every ordered pair of them, counted after one sort (flat vectors:
  // a map of pairs cost more than the linking).
  struct Place { std::uint64_t where; std::uint32_t id; };
  std::vector<Place> in_sentence, in_paragraph;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const Rec& r = recs[i];
    const std::uint32_t id = entity_of_root.at(uf.find(i));
    in_sentence.push_back({(std::uint64_t(r.doc) << 32) | r.cand.sentence, id});
    in_paragraph.push_back({(std::uint64_t(r.doc) << 32) | r.cand.paragraph, id});
  }
  struct Pair { std::uint32_t a, b; bool sentence; };
  std::vector<Pair> pairs;
  auto collect = [&](std::vector<Place>& places, bool sentence) {
    std::sort(places.begin(), places.end(), [](const Place& x, const Place& y) {
      return std::tie(x.where, x.id) < std::tie(y.where, y.id);
    });
    places.erase(std::unique(places.begin(), places.end(),
                             [](const Place& x, const Place& y) { return x.where == y.where && x.id == y.id; }),
                 places.end());
    for (std::size_t g = 0; g < places.size();) {
      std::size_t end = g;
      while (end < places.size() && places[end].where == places[g].where) ++end;
      for (std::size_t x = g; x < end; ++x)
        for (std::size_t y = g; y < end; ++y)
          if (x != y) pairs.push_back({places[x].id, places[y].id, sentence});
      g = end;
    }
  };
  collect(in_sentence, true);
  collect(in_paragraph, false);
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
  for (std::size_t p = 0; p < pairs.size();) {
    CoOccurrence c{pairs[p].b, 0, 0};
    const std::uint32_t a = pairs[p].a;
    for (; p < pairs.size() && pairs[p].a == a && pairs[p].b == c.entity; ++p)
      ++(pairs[p].sentence ? c.sentences : c.paragraphs);
    entities_[a].cooccurs.push_back(c);
  }
  for (Entity& e : entities_) {
    std::stable_sort(e.cooccurs.begin(), e.cooccurs.end(), [](const CoOccurrence& a, const CoOccurrence& b) {
      return std::tie(a.sentences, a.paragraphs) > std::tie(b.sentences, b.paragraphs);
    });
    if (e.cooccurs.size() > 20) e.cooccurs.resize(20);
  }
}

}  // namespace loupe::entities
