#include "extract/entities/entity_linking.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>

#include "extract/entities/org_names.h"
#include "extract/entities/surname_people.h"

namespace loupe::entities {

namespace {

// The confidence one mention of a cluster needs for the cluster to link across scripts: the
// span more likely right than wrong (confidences are calibrated probabilities, see
// TaggerModel::span_confidences). Any value from 0.3 to 1.01 gives the same grouping gold and
// corpus entities (loupe_bench_grouping, corpus golden): only loose spellings read it.
constexpr float kCrossScriptConfidence = 0.5f;

// The passes of link_records over one set of records, every union through the guard.
class Linker {
 public:
  Linker(const std::vector<LinkRecord>& recs, const Lexicon& lexicon, NameKeyer& keyer)
      : recs_(recs),
        lexicon_(lexicon),
        keyer_(keyer),
        uf_(recs.size()),
        known_(recs.size()),
        firsts_(recs.size()) {
    for (std::size_t i = 0; i < recs.size(); ++i) {
      known_[i] = recs[i].cand.known;
      if (recs[i].full_name)
        for (const std::string& f : recs[i].first_romans)
          if (!f.empty()) firsts_[i].emplace_back(recs[i].first_script, f);
    }
    uf_.may_unite = [this](std::size_t a, std::size_t b) {
      if (known_[a] >= 0 && known_[b] >= 0 && known_[a] != known_[b]) return false;
      return !firsts_disagree(firsts_[a], firsts_[b]);
    };
    hangul_surname_ = hangul_surnames_typed_otherwise(recs);
    uf_.merged = [this](std::size_t root, std::size_t absorbed) {
      if (known_[root] < 0) known_[root] = known_[absorbed];
      firsts_[root].insert(firsts_[root].end(), firsts_[absorbed].begin(), firsts_[absorbed].end());
    };
  }

  UnionFind run() {
    same_entry_or_key();
    acronyms();
    case_forms();
    surnames();
    organizations();
    across_scripts();
    lone_places();
    people_across_languages(recs_, uf_);
    uf_.may_unite = nullptr;  // they point into this Linker
    uf_.merged = nullptr;
    return std::move(uf_);
  }

 private:
  // A one-word PERSON outside the gazetteer: a surname, resolved by surnames().
  bool lone_person(std::size_t i) const {
    const LinkRecord& r = recs_[i];
    return (r.cand.type == EntityType::kPerson && !r.full_name && r.cand.known < 0) ||
           hangul_surname_[i];
  }
  void same_entry_or_key();
  void full_name_majority(const LinkRecord& r, const std::array<std::size_t, 3>& first_of,
                          const std::array<std::size_t, 3>& count);
  void acronyms();
  void case_forms();
  void surnames();
  SurnamePeople people_by_surname();
  std::set<std::size_t> fitting_people(std::size_t i, const SurnamePeople& people);
  bool join_non_person(std::size_t i);
  void organizations();
  void across_scripts();
  // A PERSON span ending in a title (아베 총리: the tagger took the title in): its last word
  // is no surname to compare across scripts.
  bool title_as_surname(const LinkRecord& r) const {
    if (r.cand.type != EntityType::kPerson || r.words.size() < 2) return false;
    return r.cand.script == Script::kHangul ? lexicon_.is_korean_title_after(r.words.back())
                                            : lexicon_.is_title_key(r.last_key);
  }
  void lone_places();

  const std::vector<LinkRecord>& recs_;
  const Lexicon& lexicon_;
  NameKeyer& keyer_;
  UnionFind uf_;
  std::vector<int> known_;            // by root: the gazetteer entry of the group, or -1
  std::vector<Spellings> firsts_;     // by root: romanized given names of the group's full names
  std::vector<bool> hangul_surname_;  // hangul_surnames_typed_otherwise()
  std::vector<std::size_t> lone_;     // lone persons that no weak-type rule claimed
  // (script, key) -> a strong mention of the most numerous type other than PERSON
  std::map<std::pair<Script, std::string>, std::size_t> non_person_of_key_;
  std::vector<std::size_t> unplaced_;  // lone persons that no person fits (lone_places())
};

// Same gazetteer entry; same key and type. A weak mention (a lone capital without a cue) joins
// the type of the strong mentions of its key, the most numerous; lone persons wait for
// surnames().
void Linker::same_entry_or_key() {
  std::unordered_map<int, std::size_t> by_known;
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    if (recs_[i].cand.known < 0) continue;
    auto [it, fresh] = by_known.emplace(recs_[i].cand.known, i);
    if (!fresh) uf_.unite(it->second, i);
  }
  // The records grouped by (script, key), groups in that order and each in record order: what
  // a map of the keys to their records gives, without copying every key into it.
  std::vector<std::size_t> order(recs_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto key_less = [&](std::size_t a, std::size_t b) {
    const LinkRecord &x = recs_[a], &y = recs_[b];
    if (x.cand.script != y.cand.script) return x.cand.script < y.cand.script;
    return x.key < y.key;
  };
  std::stable_sort(order.begin(), order.end(), key_less);
  constexpr std::size_t kTypes = 3;  // EntityType: kPerson, kOrg, kLoc
  static_assert(static_cast<std::size_t>(EntityType::kLoc) + 1 == kTypes);
  for (std::size_t g = 0; g < order.size();) {
    std::size_t g_end = g + 1;
    while (g_end < order.size() && !key_less(order[g], order[g_end])) ++g_end;
    const std::span<const std::size_t> group(order.data() + g, g_end - g);
    g = g_end;
    // Per type, in type order: its first strong mention (not a lone person) and their count.
    std::array<std::size_t, kTypes> first_of{}, count{};
    for (std::size_t i : group) {
      if (recs_[i].cand.weak || lone_person(i)) continue;
      const auto t = static_cast<std::size_t>(recs_[i].cand.type);
      if (count[t]++ == 0) first_of[t] = i;
      uf_.unite(first_of[t], i);
    }
    full_name_majority(recs_[group[0]], first_of, count);
    std::size_t top = kTypes;  // the first type of the largest count, kTypes if none
    for (std::size_t t = 0; t < kTypes; ++t)
      if (count[t] > 0 && (top == kTypes || count[t] > count[top])) top = t;
    std::size_t non_person = 0;
    for (std::size_t t = 0; t < kTypes; ++t)
      if (count[t] > 0 && static_cast<EntityType>(t) != EntityType::kPerson &&
          count[t] > non_person)
        non_person = count[t],
        non_person_of_key_[{recs_[group[0]].cand.script, recs_[group[0]].key}] = first_of[t];
    std::size_t weak_first = recs_.size();  // weak guesses with no strong mention: one group
    for (std::size_t i : group) {
      const bool weak = recs_[i].cand.weak;
      if (weak && top != kTypes) {
        uf_.unite(first_of[top], i);
        continue;
      }
      if (weak) {
        if (weak_first == recs_.size()) weak_first = i;
        uf_.unite(weak_first, i);
      }
      if (lone_person(i)) lone_.push_back(i);
    }
  }
  std::sort(lone_.begin(), lone_.end());
}

// A name of two words or more (not Hangul) typed one way three times or more, and three times
// as often as any other way, is that where the tagger typed it otherwise (`Michael Pröbsting:`
// opening a footnote, ORG once, PERSON 14 times; `Moscow Times` PERSON once, ORG 14 times).
void Linker::full_name_majority(const LinkRecord& r, const std::array<std::size_t, 3>& first_of,
                                const std::array<std::size_t, 3>& count) {
  if (r.words.size() < 2 || r.cand.script == Script::kHangul) return;
  for (std::size_t m = 0; m < 3; ++m) {
    const auto others = [&](std::size_t t) { return t == m ? 0 : count[t]; };
    if (count[m] < 3 || count[m] < 3 * std::max({others(0), others(1), others(2)})) continue;
    for (std::size_t t = 0; t < 3; ++t)
      if (others(t) > 0 && recs_[first_of[t]].cand.known < 0) uf_.unite(first_of[m], first_of[t]);
  }
}

// An organization's acronym in brackets right after its name: "Korea Maritime Institute (KMI)",
// "Instituto Marítimo de Corea (KMI)", "한국해양수산개발원(KMI)". The acronym's key then links
// the names across languages.
// A spelling in brackets glued to a Korean name (`훙레이(洪磊)`) is that name's entity too.
void Linker::acronyms() {
  std::map<std::tuple<std::uint32_t, std::uint32_t, EntityType>, std::size_t> ending_at;
  for (std::size_t i = 0; i < recs_.size(); ++i)  // (doc, byte, type)
    ending_at.emplace(
        std::make_tuple(recs_[i].doc, recs_[i].cand.bytes.end_byte, recs_[i].cand.type), i);
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    const LinkRecord& r = recs_[i];
    if (r.bracket_gap_begin == LinkRecord::kNotBracketed) continue;
    const auto it = ending_at.find({r.doc, r.bracket_gap_begin, r.cand.type});
    if (it != ending_at.end()) uf_.unite(it->second, i);
  }
}

// Cyrillic case forms whose stems differ from the nominative's: "Пусан" (stem "пуса") and
// "Пусане" (stem "пусан"). Same type only.
void Linker::case_forms() {
  std::map<std::tuple<Script, EntityType, std::string>, std::size_t> by_key;
  for (std::size_t i = 0; i < recs_.size(); ++i)
    if (!lone_person(i) && !recs_[i].cand.weak)
      by_key.emplace(std::make_tuple(recs_[i].cand.script, recs_[i].cand.type, recs_[i].key), i);
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    const LinkRecord& r = recs_[i];
    if (r.cand.script != Script::kCyrillic || r.cand.known >= 0 || lone_person(i) || r.cand.weak)
      continue;
    const std::size_t space = r.key.rfind(' ');
    const std::string prefix = space == std::string::npos ? "" : r.key.substr(0, space + 1);
    for (const std::string& k : keyer_.case_form_keys(r.words.back()))
      if (auto it = by_key.find({Script::kCyrillic, r.cand.type, prefix + k}); it != by_key.end())
        uf_.unite(it->second, i);
  }
}

// The people of each surname key: one entry per group of full names (a member, and where
// each document first names them). Only lone surnames join groups in surnames(), so a member
// stays a valid handle; the cost is lone surnames times namesakes, never times mentions.
SurnamePeople Linker::people_by_surname() {
  SurnamePeople people;
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    const LinkRecord& r = recs_[i];
    if (r.cand.type != EntityType::kPerson || !r.full_name) continue;
    SurnamePeople::Person& p = people.of_key[{r.cand.script, r.last_key}]
                                   .try_emplace(uf_.find(i), SurnamePeople::Person{i, {}, {}})
                                   .first->second;
    auto [it, fresh] = p.first_in_doc.emplace(r.doc, r.cand.bytes.begin_byte);
    if (!fresh) it->second = std::min(it->second, r.cand.bytes.begin_byte);
    auto [in, first] = p.first_in_paragraph.emplace(std::make_pair(r.doc, r.cand.paragraph),
                                                    r.cand.bytes.begin_byte);
    if (!first) in->second = std::min(in->second, r.cand.bytes.begin_byte);
    ++people.named[p.member];
  }
  for (const auto& [key, of_key] : people.of_key)
    for (const auto& [root, p] : of_key)
      for (const std::string& roman : recs_[p.member].romans)
        people.by_roman[roman].insert(p.member);
  return people;
}

// The people lone surname i fits (their members): those introduced before it in its document
// (of several, the one named in full before it in its paragraph, when only one is: "Ana Romero
// covered the match. Romero..." after Carlos Romero two paragraphs up), else those of its
// document, else of the corpus, else of other scripts.
std::set<std::size_t> Linker::fitting_people(std::size_t i, const SurnamePeople& people) {
  const LinkRecord& r = recs_[i];
  std::set<std::size_t> before, in_paragraph, in_doc, anywhere;
  auto add = [&](const std::string& key) {
    auto found = people.of_key.find({r.cand.script, key});
    if (found == people.of_key.end()) return;
    for (const auto& [root, p] : found->second) {
      anywhere.insert(p.member);
      auto in = p.first_in_doc.find(r.doc);
      if (in == p.first_in_doc.end()) continue;
      in_doc.insert(p.member);
      if (in->second < r.cand.bytes.begin_byte) before.insert(p.member);
      auto here = p.first_in_paragraph.find({r.doc, r.cand.paragraph});
      if (here != p.first_in_paragraph.end() && here->second < r.cand.bytes.begin_byte)
        in_paragraph.insert(p.member);
    }
  };
  add(r.key);
  if (r.cand.script == Script::kCyrillic)
    for (const std::string& k : keyer_.case_form_keys(r.words[0]))
      if (k != r.key) add(k);
  if (before.size() > 1 && in_paragraph.size() == 1) return in_paragraph;
  if (!before.empty()) return before;
  if (!in_doc.empty()) return in_doc;
  if (!anywhere.empty()) return anywhere;
  std::set<std::size_t> elsewhere;  // people of other scripts with this romanized surname
  std::vector<std::string> romans = r.romans;
  if (r.cand.script == Script::kCyrillic)
    for (const std::string& k : keyer_.case_form_keys(r.words[0]))
      romans.push_back(keyer_.romanize(k));
  for (const std::string& roman : romans)
    if (auto found = people.by_roman.find(roman); found != people.by_roman.end())
      for (std::size_t m : found->second)
        if (recs_[m].cand.script != r.cand.script) elsewhere.insert(m);
  return elsewhere;
}

// A lone surname joins a full name only when exactly one fits: introduced before it in its
// document, else the only one of its document, else of the corpus. Lone surnames that no full
// name fits are one person by key (Zelensky, never given a first name); ambiguous ones stay
// alone.
void Linker::surnames() {
  const SurnamePeople people = people_by_surname();
  std::map<std::tuple<Script, std::string, bool>, std::size_t> unfitted;
  for (std::size_t i : lone_) {
    const std::set<std::size_t> fit = fitting_people(i, people);
    if (const std::size_t m = chosen_person(fit, people.named); m != kNoPerson) {
      uf_.unite(m, i);
    } else if (!(fit.empty() && join_non_person(i))) {
      // No person fits, or several do: the same lone surname is still one group (twenty
      // singletons of 푸틴 help nobody), apart from every full name.
      if (fit.empty()) unplaced_.push_back(i);
      const LinkRecord& r = recs_[i];
      auto [it, fresh] = unfitted.emplace(std::make_tuple(r.cand.script, r.key, fit.empty()), i);
      if (!fresh) uf_.unite(it->second, i);
    }
  }
}

// A lone name that no person fits, written elsewhere in its script as a place or an
// organization (Валенсией typed PERSON, Валенсии LOC): it is that name.
bool Linker::join_non_person(std::size_t i) {
  const LinkRecord& r = recs_[i];
  std::vector<std::string> keys = {r.key};
  if (r.cand.script == Script::kCyrillic)
    for (const std::string& k : keyer_.case_form_keys(r.words[0])) keys.push_back(k);
  for (const std::string& k : keys)
    if (auto it = non_person_of_key_.find({r.cand.script, k}); it != non_person_of_key_.end())
      return uf_.unite(it->second, i);
  return false;
}

// Organizations outside the gazetteer whose names translate each other (org_names.h). A name
// typed as a place joins an organization it translates (Academia Marítima de Odesa, LOC, and
// Odesa Maritime Academy): organization words and a proper part that pair up are the
// organization whatever the tagger's type; the entity's type vote then decides.
void Linker::organizations() {
  static const OrgNames org_names(keyer_);
  std::map<std::vector<int>, std::vector<std::pair<std::size_t, OrgKey>>> by_concepts;
  std::set<std::pair<std::size_t, std::string>> seen;  // (root, display)
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    const EntityType type = recs_[i].cand.type;
    if (type == EntityType::kPerson || recs_[i].cand.known >= 0) continue;
    if (!seen.emplace(uf_.find(i), recs_[i].display).second) continue;
    OrgKey key = org_names.key(recs_[i].display, lexicon_, keyer_);
    if (key.concepts.empty() || key.proper.empty()) continue;
    by_concepts[key.concepts].emplace_back(i, std::move(key));
  }
  for (const auto& [concepts, names] : by_concepts)
    for (std::size_t x = 0; x < names.size(); ++x)
      for (std::size_t y = x + 1; y < names.size(); ++y)
        if ((recs_[names[x].first].cand.type == EntityType::kOrg ||
             recs_[names[y].first].cand.type == EntityType::kOrg) &&
            same_org(names[x].second, names[y].second))
          uf_.unite(names[x].first, names[y].first);
}

// Across scripts: PERSON clusters whose surnames romanize alike, LOC clusters whose names do
// (places the lexicon does not list: Busan = Пусан). A PERSON cluster none of whose mentions
// is confidently a name links only on close spellings (ClusterSpellings::confident): a word the
// tagger barely took for a name (a common noun, a misspelled month) would otherwise join a real
// name of another script that merely sounds like it. Places need closer spellings already.
void Linker::across_scripts() {
  for (EntityType type : {EntityType::kPerson, EntityType::kLoc}) {
    std::map<std::size_t, ClusterSpellings> clusters;
    for (std::size_t i = 0; i < recs_.size(); ++i) {
      const LinkRecord& r = recs_[i];
      if (r.cand.type != type || r.cand.known >= 0 || title_as_surname(r)) continue;
      auto [at, fresh] = clusters.try_emplace(uf_.find(i));
      ClusterSpellings& c = at->second;
      if (fresh && type == EntityType::kPerson) c.confident = false;  // until a sure mention
      if (r.cand.confidence >= kCrossScriptConfidence) c.confident = true;
      auto add = [&](Spellings& to, const std::vector<std::string>& romans, Script script) {
        for (const std::string& x : romans)
          if (!x.empty() && std::find(to.begin(), to.end(), std::make_pair(script, x)) == to.end())
            to.emplace_back(script, x);
      };
      add(c.names, r.romans, r.cand.script);
      if (r.full_name) add(c.firsts, r.first_romans, r.first_script);
    }
    link_across_scripts(std::move(clusters), uf_, type == EntityType::kPerson);
  }
}

// A group of lone names that no person fits (no full name anywhere has their surname) whose
// romanized name is exactly that of one place in another script: Busan typed PERSON, 부산 and
// Пусан places. Groups holding a full name or a mention of another kind stay as they are.
void Linker::lone_places() {
  std::map<std::string, std::set<std::size_t>> places;  // romanized name -> roots
  std::set<std::size_t> mixed;                          // roots with other than lone persons
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    if (!lone_person(i)) mixed.insert(uf_.find(i));
    if (recs_[i].cand.type == EntityType::kLoc)
      for (const std::string& roman : recs_[i].romans) places[roman].insert(uf_.find(i));
  }
  std::map<std::size_t, std::set<std::size_t>> candidates;  // lone root -> place roots
  for (std::size_t i : unplaced_) {
    const std::size_t root = uf_.find(i);
    if (mixed.count(root)) continue;
    for (const std::string& roman : recs_[i].romans)
      if (auto it = places.find(roman); it != places.end())
        candidates[root].insert(it->second.begin(), it->second.end());
  }
  for (const auto& [root, place_roots] : candidates)
    if (place_roots.size() == 1) uf_.unite(*place_roots.begin(), root);
}

}  // namespace

UnionFind link_records(const std::vector<LinkRecord>& recs, const Lexicon& lexicon,
                       NameKeyer& keyer) {
  return Linker(recs, lexicon, keyer).run();
}

}  // namespace loupe::entities
