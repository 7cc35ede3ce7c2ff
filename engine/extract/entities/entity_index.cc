#include "extract/entities/entity_index.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/utf8.h"
#include "extract/entities/cross_script.h"
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
  // Romanized surname (PERSON) or whole name (LOC): of the surface, of its stem, and the other
  // spellings of Latin names (spelling_variants); romanized given names of a PERSON full name.
  std::vector<std::string> romans, first_romans;
};

// A romanized word with the spellings other scripts may give it.
void add_romans(NameKeyer& keyer, std::string_view word, Script script, std::vector<std::string>& out) {
  out.push_back(keyer.romanize(word, false));
  if (script == Script::kCyrillic) out.push_back(keyer.romanize(word, true));
  if (script == Script::kLatin)
    for (std::string& v : spelling_variants(out.back())) out.push_back(std::move(v));
}

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

ForeignNames EntityIndex::foreign_names(const std::vector<std::vector<Candidate>>& found, const Display& display) {
  ForeignNames out;
  for (std::size_t d = 0; d < found.size(); ++d)
    for (const Candidate& c : found[d]) {
      if (c.weak || c.type != EntityType::kPerson || c.script == Script::kHangul) continue;
      const std::vector<std::string> words = split_words(display(d, c));
      if (words.size() < 2) continue;
      ForeignName n;
      add_romans(*keyer_, words.front(), c.script, n.first);
      add_romans(*keyer_, words.back(), c.script, n.last);
      for (const std::string& r : n.first) n.first_skeletons.push_back(skeleton(r));
      std::set<std::string> skeletons;
      for (const std::string& r : n.last) if (!r.empty()) skeletons.insert(skeleton(r));
      for (const std::string& sk : skeletons) out[sk].push_back(n);
    }
  return out;
}

void EntityIndex::split_korean_pairs(std::vector<std::vector<Candidate>>& found, const Display& display,
                                     const ForeignNames& foreign) {
  // "유리 우샤코프 푸틴 대통령": the title took two words, but the corpus knows 푸틴 as a
  // person on its own and with another given name, seen more often (블라디미르 푸틴) or in
  // another script (Vladimir Putin): the word before is not its given name, so the two are two
  // people.
  std::set<std::string> alone;
  std::map<std::string, std::map<std::string, std::size_t>> givens;  // surname -> given name -> count
  for (std::size_t d = 0; d < found.size(); ++d)
    for (const Candidate& c : found[d]) {
      if (c.weak || c.type != EntityType::kPerson || c.script != Script::kHangul) continue;
      const std::vector<std::string> words = split_words(display(d, c));
      if (words.size() == 1) alone.insert(words[0]);
      if (words.size() == 2) ++givens[words[1]][words[0]];
    }
  auto other_given = [&](const std::string& given, const std::string& surname) {
    const auto& seen = givens[surname];
    for (const auto& [g, n] : seen)
      if (g != given && n > seen.at(given)) return true;  // a better attested given name
    const std::string g = keyer_->romanize(given), s = keyer_->romanize(surname);
    auto bucket = foreign.find(skeleton(s));
    if (bucket == foreign.end()) return false;
    for (const ForeignName& n : bucket->second) {
      bool last = false, first = false;
      for (const std::string& l : n.last) last = last || name_distance(s, l) != kNoMatch;
      for (const std::string& f : n.first) first = first || name_distance(g, f) != kNoMatch;
      if (last && !first) return true;
    }
    return false;
  };
  for (std::size_t d = 0; d < found.size(); ++d) {
    std::vector<Candidate> split;
    for (Candidate& c : found[d]) {
      if (c.weak || c.type != EntityType::kPerson || c.script != Script::kHangul) continue;
      const std::string s = display(d, c);
      const std::vector<std::string> words = split_words(s);
      if (words.size() != 2 || !alone.count(words[1]) || !other_given(words[0], words[1])) continue;
      Candidate second = c;
      c.bytes.end_byte = c.bytes.begin_byte + words[0].size();
      c.confidence = 0.6f;
      second.bytes.begin_byte = second.bytes.end_byte - words[1].size();
      split.push_back(second);
    }
    if (split.empty()) continue;
    found[d].insert(found[d].end(), split.begin(), split.end());
    resolve_overlaps(found[d]);
  }
}

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
  std::vector<std::vector<Candidate>> found(docs_.size());
  for (std::size_t d = 0; d < docs_.size(); ++d) found[d] = finder.find(docs_[d].text, scans[d]);
  auto display = [&](std::size_t d, const Candidate& c) {
    return display_of(std::string_view(docs_[d].text).substr(c.bytes.begin_byte, c.bytes.size()));
  };
  const ForeignNames foreign = foreign_names(found, display);
  split_korean_pairs(found, display, foreign);
  for (std::size_t d = 0; d < docs_.size(); ++d) finder.add_transliterated(docs_[d].text, scans[d], foreign, found[d]);
  KnownNames known;
  for (std::size_t d = 0; d < docs_.size(); ++d) {
    for (const Candidate& c : found[d]) {
      if (c.weak) continue;
      const std::string s = display(d, c);
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
        add_romans(*keyer_, r.words.back(), c.script, r.romans);
        if (r.words.size() > 1) add_romans(*keyer_, r.words.front(), c.script, r.first_romans);
      } else if (c.type == EntityType::kLoc && c.known < 0) {
        std::string joined;  // places are compared whole: "New Haven" = "newhaven"
        for (const std::string& w : r.words) joined += keyer_->romanize(w, false);
        r.romans.push_back(joined);
        if (c.script == Script::kCyrillic && r.words.size() == 1) r.romans.push_back(keyer_->romanize(r.words[0], true));
        if (c.script == Script::kLatin)
          for (std::string& v : spelling_variants(joined)) r.romans.push_back(std::move(v));
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
  // Cyrillic case forms whose stems differ from the nominative's: "Пусан" (stem "пуса") and
  // "Пусане" (stem "пусан").
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const Rec& r = recs[i];
    if (r.cand.script != Script::kCyrillic || r.cand.known >= 0) continue;
    const std::size_t space = r.key.rfind(' ');
    const std::string prefix = space == std::string::npos ? "" : r.key.substr(0, space + 1);
    for (const std::string& k : keyer_->case_form_keys(r.words.back()))
      if (auto it = by_key.find({Script::kCyrillic, prefix + k}); it != by_key.end()) uf.unite(it->second, i);
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
  // Across scripts: PERSON clusters whose surnames romanize alike, LOC clusters whose names do
  // (places the lexicon does not list: Busan = Пусан).
  for (EntityType type : {EntityType::kPerson, EntityType::kLoc}) {
    std::map<std::size_t, ClusterSpellings> clusters;
    for (std::size_t i = 0; i < recs.size(); ++i) {
      if (recs[i].cand.type != type || recs[i].cand.known >= 0) continue;
      ClusterSpellings& c = clusters[uf.find(i)];
      auto add = [&](Spellings& to, const std::vector<std::string>& romans) {
        for (const std::string& x : romans)
          if (!x.empty() && std::find(to.begin(), to.end(), std::make_pair(recs[i].cand.script, x)) == to.end())
            to.emplace_back(recs[i].cand.script, x);
      };
      add(c.names, recs[i].romans);
      add(c.firsts, recs[i].first_romans);
    }
    link_across_scripts(std::move(clusters), uf);
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
      // A lone capital's PERSON guess has no cue; its LOC type came from a locative preposition.
      votes[static_cast<int>(r.cand.type)] += !r.cand.weak ? r.cand.confidence : r.cand.type == EntityType::kLoc ? 0.3f : 0.1f;
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
  // sentence (paragraph); then, for each entity, the others of its groups counted in a dense
  // array (a map or a sorted list of all pairs cost more than the linking: paragraphs of PDF
  // text hold dozens of entities).
  struct Place { std::uint64_t where; std::uint32_t id; };
  std::vector<Place> in_sentence, in_paragraph;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const Rec& r = recs[i];
    const std::uint32_t id = entity_of_root.at(uf.find(i));
    in_sentence.push_back({(std::uint64_t(r.doc) << 32) | r.cand.sentence, id});
    in_paragraph.push_back({(std::uint64_t(r.doc) << 32) | r.cand.paragraph, id});
  }
  const std::size_t n_entities = entities_.size();
  // Groups as runs of `places`; groups_of[a]: the runs holding entity a.
  struct Groups {
    std::vector<Place> places;
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::vector<std::vector<std::uint32_t>> of;
  };
  auto group = [&](std::vector<Place>& places) {
    Groups g;
    std::sort(places.begin(), places.end(), [](const Place& x, const Place& y) {
      return x.where != y.where ? x.where < y.where : x.id < y.id;
    });
    places.erase(std::unique(places.begin(), places.end(),
                             [](const Place& x, const Place& y) { return x.where == y.where && x.id == y.id; }),
                 places.end());
    g.of.resize(n_entities);
    for (std::size_t b = 0; b < places.size();) {
      std::size_t e = b;
      while (e < places.size() && places[e].where == places[b].where) ++e;
      for (std::size_t k = b; k < e; ++k) g.of[places[k].id].push_back(static_cast<std::uint32_t>(g.runs.size()));
      g.runs.emplace_back(b, e);
      b = e;
    }
    g.places = std::move(places);
    return g;
  };
  const Groups sentences = group(in_sentence), paragraphs = group(in_paragraph);
  std::vector<std::uint32_t> sent(n_entities), para(n_entities), touched;
  for (std::uint32_t a = 0; a < n_entities; ++a) {
    auto count = [&](const Groups& g, std::vector<std::uint32_t>& counter) {
      for (std::uint32_t run : g.of[a])
        for (std::size_t k = g.runs[run].first; k < g.runs[run].second; ++k) {
          const std::uint32_t b = g.places[k].id;
          if (b == a) continue;
          if (sent[b] == 0 && para[b] == 0) touched.push_back(b);
          ++counter[b];
        }
    };
    count(sentences, sent);
    count(paragraphs, para);
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t b : touched) entities_[a].cooccurs.push_back({b, sent[b], para[b]}), sent[b] = para[b] = 0;
    touched.clear();
  }
  for (Entity& e : entities_) {
    std::stable_sort(e.cooccurs.begin(), e.cooccurs.end(), [](const CoOccurrence& a, const CoOccurrence& b) {
      return std::tie(a.sentences, a.paragraphs) > std::tie(b.sentences, b.paragraphs);
    });
    if (e.cooccurs.size() > 20) e.cooccurs.resize(20);
  }
}

}  // namespace loupe::entities
