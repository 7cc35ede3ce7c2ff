#include "extract/entities/entity_linking.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"
#include "extract/entities/org_names.h"

namespace loupe::entities {

std::string display_of(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
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

void add_romans(NameKeyer& keyer, std::string_view word, Script script,
                std::vector<std::string>& out) {
  out.push_back(keyer.romanize(word, false));
  if (script == Script::kCyrillic) out.push_back(keyer.romanize(word, true));
  if (script == Script::kLatin)
    for (std::string& v : spelling_variants(out.back())) out.push_back(std::move(v));
}

namespace {

// lexicon/korean_surnames.txt: Hangul surname -> its Latin spellings; the keys of its Latin and
// Cyrillic spellings.
struct KoreanSurnames {
  std::unordered_map<std::string, std::vector<std::string>> latin_of;
  std::unordered_set<std::string> keys;
  explicit KoreanSurnames(NameKeyer& keyer) {
    const std::string_view text = lexicon_file("korean_surnames.txt");
    for (std::size_t p = 0; p < text.size();) {
      std::size_t end = text.find('\n', p);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view line = text.substr(p, end - p);
      p = end + 1;
      const std::size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      auto& latin_of_this = latin_of[std::string(line.substr(0, tab))];
      std::string rest(line.substr(tab + 1));
      std::replace(rest.begin(), rest.end(), '|', ' ');
      for (const std::string& s : split_words(rest)) {
        // Cyrillic spellings as written: a stem would take "Ану" (Ana, accusative) for "Ан".
        const bool latin = script_of(core::decode_utf8(s, 0).code_point) == Script::kLatin;
        keys.insert(latin ? keyer.word_key(s) : s);
        if (latin) latin_of_this.push_back(keyer.word_key(s));
      }
    }
  }
};

const KoreanSurnames& korean_surnames(NameKeyer& keyer) {
  static const KoreanSurnames surnames(keyer);  // keys are deterministic: any keyer will do
  return surnames;
}

// The first syllable of 김지우 when it is a Korean surname (three syllables), else "".
std::string_view hangul_surname(const LinkRecord& r, NameKeyer& keyer) {
  if (r.cand.script != Script::kHangul || r.words.size() != 1 || code_point_count(r.words[0]) != 3)
    return {};
  const std::string_view first = std::string_view(r.words[0]).substr(0, 3);
  return korean_surnames(keyer).latin_of.count(std::string(first)) ? first : std::string_view();
}

// Ким Джиу, Kim Ji-woo, Kim Jiwoo: a Korean surname, then the given name (in Latin script,
// one word, or a hyphenated one: Lee Harvey Oswald keeps his surname last).
bool surname_first(const LinkRecord& r, NameKeyer& keyer) {
  if (r.words.size() < 2 || r.words.size() > 3) return false;
  const auto& keys = korean_surnames(keyer).keys;
  if (!keys.count(r.cand.script == Script::kLatin ? keyer.word_key(r.words[0]) : r.words[0]))
    return false;
  return r.cand.script != Script::kLatin || r.words.size() == 2 ||
         r.words.back().find('-') != std::string::npos;
}

void person_keys(LinkRecord& r, NameKeyer& keyer) {
  const Script script = r.cand.script;
  if (std::string_view surname = hangul_surname(r, keyer); !surname.empty()) {
    r.full_name = true;
    r.last_key = std::string(surname);
    r.first_key = r.words[0].substr(surname.size());
    r.romans = korean_surnames(keyer).latin_of.at(r.last_key);
    r.first_romans.push_back(keyer.romanize(r.first_key));
    return;
  }
  r.full_name = r.words.size() > 1;
  const bool reversed = surname_first(r, keyer);
  const std::string& surname = reversed ? r.words.front() : r.words.back();
  std::string given = reversed ? r.words[1] : r.words.front();
  if (reversed && r.words.size() == 3) given += r.words[2];  // Ким Джи У
  r.last_key = keyer.word_key(surname);
  r.first_key = keyer.word_key(given);
  add_romans(keyer, surname, script, r.romans);
  if (r.full_name) add_romans(keyer, given, script, r.first_romans);
}

}  // namespace

LinkRecord make_link_record(std::uint32_t doc, std::string_view text, const Candidate& c,
                            NameKeyer& keyer) {
  LinkRecord r;
  r.doc = doc;
  r.cand = c;
  r.display = display_of(text.substr(c.bytes.begin_byte, c.bytes.size()));
  r.words = split_words(r.display);
  if (r.words.empty()) return r;
  r.key = keyer.lookup_key(r.display);
  r.first_key = keyer.word_key(r.words.front());
  r.last_key = keyer.word_key(r.words.back());
  if (c.type == EntityType::kPerson) {
    person_keys(r, keyer);
  } else if (c.type == EntityType::kLoc && c.known < 0) {
    std::string joined;  // places are compared whole: "New Haven" = "newhaven"
    for (const std::string& w : r.words) joined += keyer.romanize(w, false);
    r.romans.push_back(joined);
    if (c.script == Script::kCyrillic && r.words.size() == 1)
      r.romans.push_back(keyer.romanize(r.words[0], true));
    if (c.script == Script::kLatin)
      for (std::string& v : spelling_variants(joined)) r.romans.push_back(std::move(v));
  }
  return r;
}

namespace {

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
          if (!f.empty()) firsts_[i].emplace_back(recs[i].cand.script, f);
    }
    uf_.may_unite = [this](std::size_t a, std::size_t b) {
      if (known_[a] >= 0 && known_[b] >= 0 && known_[a] != known_[b]) return false;
      return !firsts_disagree(firsts_[a], firsts_[b]);
    };
    uf_.merged = [this](std::size_t root, std::size_t absorbed) {
      if (known_[root] < 0) known_[root] = known_[absorbed];
      firsts_[root].insert(firsts_[root].end(), firsts_[absorbed].begin(), firsts_[absorbed].end());
    };
  }

  UnionFind run() {
    same_entry_or_key();
    case_forms();
    surnames();
    organizations();
    across_scripts();
    uf_.may_unite = nullptr;  // they point into this Linker
    uf_.merged = nullptr;
    return std::move(uf_);
  }

 private:
  // A one-word PERSON outside the gazetteer: a surname, resolved by surnames().
  bool lone_person(std::size_t i) const {
    const LinkRecord& r = recs_[i];
    return r.cand.type == EntityType::kPerson && !r.full_name && r.cand.known < 0;
  }
  void same_entry_or_key();
  void case_forms();
  void surnames();
  void organizations();
  void across_scripts();

  const std::vector<LinkRecord>& recs_;
  const Lexicon& lexicon_;
  NameKeyer& keyer_;
  UnionFind uf_;
  std::vector<int> known_;         // by root: the gazetteer entry of the group, or -1
  std::vector<Spellings> firsts_;  // by root: romanized given names of the group's full names
  std::vector<std::size_t> lone_;  // lone persons that no weak-type rule claimed
};

// Same gazetteer entry; same key and type. A weak mention (a lone capital without a cue) joins
// the type of the strong mentions of its key, the most numerous; lone persons wait for
// surnames().
void Linker::same_entry_or_key() {
  std::unordered_map<int, std::size_t> by_known;
  std::map<std::pair<Script, std::string>, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    if (recs_[i].cand.known >= 0) {
      auto [it, fresh] = by_known.emplace(recs_[i].cand.known, i);
      if (!fresh) uf_.unite(it->second, i);
    }
    by_key[{recs_[i].cand.script, recs_[i].key}].push_back(i);
  }
  for (const auto& [key, group] : by_key) {
    std::map<EntityType, std::size_t> first_of, count;  // strong, not lone persons
    for (std::size_t i : group) {
      if (recs_[i].cand.weak || lone_person(i)) continue;
      first_of.emplace(recs_[i].cand.type, i);
      ++count[recs_[i].cand.type];
      uf_.unite(first_of[recs_[i].cand.type], i);
    }
    auto top = std::max_element(count.begin(), count.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; });
    std::size_t weak_first = recs_.size();  // weak guesses with no strong mention: one group
    for (std::size_t i : group) {
      const bool weak = recs_[i].cand.weak;
      if (weak && top != count.end()) {
        uf_.unite(first_of[top->first], i);
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

// A lone surname joins a full name only when exactly one fits: introduced before it in its
// document, else the only one of its document, else of the corpus. Lone surnames that no full
// name fits are one person by key (Zelensky, never given a first name); ambiguous ones stay
// alone.
void Linker::surnames() {
  // The people of each surname key: one entry per group of full names (a member, and where
  // each document first names them). Only lone surnames join groups here, so a member stays a
  // valid handle; the cost is lone surnames times namesakes, never times mentions.
  struct Person {
    std::size_t member;
    std::map<std::uint32_t, std::size_t> first_in_doc;  // doc -> first byte
  };
  std::map<std::size_t, std::size_t> named;  // a person's member -> how often it is named in full
  std::map<std::pair<Script, std::string>, std::map<std::size_t, Person>> people;  // by root
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    const LinkRecord& r = recs_[i];
    if (r.cand.type != EntityType::kPerson || !r.full_name) continue;
    Person& p =
        people[{r.cand.script, r.last_key}].try_emplace(uf_.find(i), Person{i, {}}).first->second;
    auto [it, fresh] = p.first_in_doc.emplace(r.doc, r.cand.bytes.begin_byte);
    if (!fresh) it->second = std::min(it->second, r.cand.bytes.begin_byte);
    ++named[p.member];
  }
  // The same people by romanized surname, for a lone surname no person of its script fits
  // (Путина in a text that names Vladimir Putin only in Latin and Hangul).
  std::map<std::string, std::set<std::size_t>> by_roman;
  for (const auto& [key, of_key] : people)
    for (const auto& [root, p] : of_key)
      for (const std::string& roman : recs_[p.member].romans) by_roman[roman].insert(p.member);
  std::map<std::tuple<Script, std::string, bool>, std::size_t> unfitted;
  for (std::size_t i : lone_) {
    const LinkRecord& r = recs_[i];
    std::set<std::size_t> before, in_doc, anywhere;  // members of the people that fit
    auto add = [&](const std::string& key) {
      auto found = people.find({r.cand.script, key});
      if (found == people.end()) return;
      for (const auto& [root, p] : found->second) {
        anywhere.insert(p.member);
        auto in = p.first_in_doc.find(r.doc);
        if (in == p.first_in_doc.end()) continue;
        in_doc.insert(p.member);
        if (in->second < r.cand.bytes.begin_byte) before.insert(p.member);
      }
    };
    add(r.key);
    if (r.cand.script == Script::kCyrillic)
      for (const std::string& k : keyer_.case_form_keys(r.words[0]))
        if (k != r.key) add(k);
    std::set<std::size_t> elsewhere;  // people of other scripts with this surname
    if (anywhere.empty()) {
      std::vector<std::string> romans = r.romans;
      if (r.cand.script == Script::kCyrillic)
        for (const std::string& k : keyer_.case_form_keys(r.words[0]))
          romans.push_back(keyer_.romanize(k));
      for (const std::string& roman : romans)
        if (auto found = by_roman.find(roman); found != by_roman.end())
          for (std::size_t m : found->second)
            if (recs_[m].cand.script != r.cand.script) elsewhere.insert(m);
    }
    const std::set<std::size_t>& fit = !before.empty()     ? before
                                       : !in_doc.empty()   ? in_doc
                                       : !anywhere.empty() ? anywhere
                                                           : elsewhere;
    // Several fit: the one the corpus names in full at least twice as often as any other
    // (a tagger that joins neighbouring names makes rare false namesakes: 유리 우샤코프 푸틴).
    std::size_t best = recs_.size(), best_n = 0, second_n = 0;
    for (std::size_t m : fit) {
      const std::size_t n = named[m];
      if (n > best_n)
        second_n = best_n, best_n = n, best = m;
      else
        second_n = std::max(second_n, n);
    }
    if (fit.size() == 1 || (fit.size() > 1 && best_n >= 2 * second_n)) {
      uf_.unite(fit.size() == 1 ? *fit.begin() : best, i);
    } else {
      // No person fits, or several do: the same lone surname is still one group (twenty
      // singletons of 푸틴 help nobody), apart from every full name.
      auto [it, fresh] = unfitted.emplace(std::make_tuple(r.cand.script, r.key, fit.empty()), i);
      if (!fresh) uf_.unite(it->second, i);
    }
  }
}

// Organizations outside the gazetteer whose names translate each other (org_names.h).
void Linker::organizations() {
  static const OrgNames org_names(keyer_);
  std::map<std::vector<int>, std::vector<std::pair<std::size_t, OrgKey>>> by_concepts;
  std::set<std::pair<std::size_t, std::string>> seen;  // (root, display)
  for (std::size_t i = 0; i < recs_.size(); ++i) {
    if (recs_[i].cand.type != EntityType::kOrg || recs_[i].cand.known >= 0) continue;
    if (!seen.emplace(uf_.find(i), recs_[i].display).second) continue;
    OrgKey key = org_names.key(recs_[i].display, lexicon_, keyer_);
    if (key.concepts.empty() || key.proper.empty()) continue;
    by_concepts[key.concepts].emplace_back(i, std::move(key));
  }
  for (const auto& [concepts, names] : by_concepts)
    for (std::size_t x = 0; x < names.size(); ++x)
      for (std::size_t y = x + 1; y < names.size(); ++y)
        if (same_org(names[x].second, names[y].second)) uf_.unite(names[x].first, names[y].first);
}

// Across scripts: PERSON clusters whose surnames romanize alike, LOC clusters whose names do
// (places the lexicon does not list: Busan = Пусан).
void Linker::across_scripts() {
  for (EntityType type : {EntityType::kPerson, EntityType::kLoc}) {
    std::map<std::size_t, ClusterSpellings> clusters;
    for (std::size_t i = 0; i < recs_.size(); ++i) {
      const LinkRecord& r = recs_[i];
      if (r.cand.type != type || r.cand.known >= 0) continue;
      ClusterSpellings& c = clusters[uf_.find(i)];
      auto add = [&](Spellings& to, const std::vector<std::string>& romans) {
        for (const std::string& x : romans)
          if (!x.empty() &&
              std::find(to.begin(), to.end(), std::make_pair(r.cand.script, x)) == to.end())
            to.emplace_back(r.cand.script, x);
      };
      add(c.names, r.romans);
      if (r.full_name) add(c.firsts, r.first_romans);
    }
    link_across_scripts(std::move(clusters), uf_, type == EntityType::kPerson);
  }
}

}  // namespace

UnionFind link_records(const std::vector<LinkRecord>& recs, const Lexicon& lexicon,
                       NameKeyer& keyer) {
  return Linker(recs, lexicon, keyer).run();
}

}  // namespace loupe::entities
