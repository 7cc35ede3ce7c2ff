#include "extract/entities/entity_index.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/utf8.h"
#include "extract/entities/entity_cooccurrence.h"
#include "extract/entities/entity_linking.h"
#include "extract/entities/entity_tagger.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/tagger_word_table.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {
namespace {

// Cyrillic surfaces in an oblique case score lower: the canonical name is the nominative one.
int nominative_score(const std::string& s) {
  static constexpr std::string_view kOblique[] = {"ым", "им",  "ом", "ем",  "ому", "ого", "ой",
                                                  "ей", "ою",  "ею", "ові", "еві", "ів",  "ам",
                                                  "ах", "ами", "у",  "ю",   "е",   "і",   "ы"};
  for (std::string_view e : kOblique)
    if (s.size() > e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return 0;
  return 1;
}

// A mention's type is the one its context gives, an entity's is canonical (the ACE and
// OntoNotes practice: a country is one thing; in a sentence it can act as an organization). A
// place the tagger typed ORG in its sentence (`España` signing, `Francia` scoring a goal: ORG
// in CoNLL-2002) keeps ORG; its entity stays the place for the facet, the `entity:` filter and
// the list. Only that way: a person, or an organization typed LOC (`Kremlin`), in a sentence
// of its own is the tagger's error that the entity's evidence corrects (every mention keeping
// the tagger's type lowered en PERSON precision, uk and factRuEval: entities/README.md).
// A Korean subject (`미국은 ... 밝혔다`, "the US announced") that the lexicon lists as a country
// is the state acting: ORG, as KMOU and KMOU EXOBRAIN mark 303 of 311 and 163 of 174 such spans
// in their training files (KLUE 29 of 61, KLP-2016 1 of 63), and as CoNLL-2002 marks `España`
// signing. A city stays a place (KMOU: 14 of 15 LOC). So is a country as a side of a game
// (`폴란드를 3-1로 꺾고`: an object, comitative or genitive particle or a comma, in a sentence
// with a score or a sports word; the training files where that fires: ORG in KMOU EXOBRAIN 112
// of 122, KMOU 30 of 33, KLUE 9 of 14, KLP-2016 0 of 4).
// (country_roles.cc sets `acting`.)
EntityType mention_type(const Candidate& c, EntityType entity) {
  if (c.acting) return EntityType::kOrg;
  return c.tagged && c.type == EntityType::kOrg && entity == EntityType::kLoc ? c.type : entity;
}

}  // namespace

ForeignNames EntityIndex::foreign_names(const std::vector<std::vector<Candidate>>& found,
                                        const Display& display) {
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
      for (const std::string& r : n.last)
        if (!r.empty()) skeletons.insert(skeleton(r));
      for (const std::string& sk : skeletons) out[sk].push_back(n);
    }
  return out;
}

void EntityIndex::split_korean_pairs(std::vector<std::vector<Candidate>>& found,
                                     const Display& display, const ForeignNames& foreign) {
  // "우샤코프 푸틴 대통령" (or "유리 우샤코프 푸틴"): one name to the tagger or the title, but the
  // corpus knows 푸틴 as a person on its own and with another given name, seen more often
  // (블라디미르 푸틴) or in another script (Vladimir Putin): the word before is not its given
  // name, so the last word is another person.
  std::set<std::string> alone;
  std::map<std::string, std::map<std::string, std::size_t>>
      givens;  // surname -> given name -> count
  for (std::size_t d = 0; d < found.size(); ++d)
    for (const Candidate& c : found[d]) {
      if (c.weak || c.type != EntityType::kPerson || c.script != Script::kHangul) continue;
      const std::vector<std::string> words = split_words(display(d, c));
      if (words.size() == 1) alone.insert(words[0]);
      if (words.size() == 2) ++givens[words[1]][words[0]];
    }
  auto other_given = [&](const std::string& given, const std::string& surname) {
    const auto& seen = givens[surname];
    const std::size_t given_n = seen.count(given) ? seen.at(given) : 0;
    for (const auto& [g, n] : seen)
      if (g != given && n > given_n) return true;  // a better attested given name
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
      const std::vector<std::string> words = split_words(display(d, c));
      const std::size_t n = words.size();
      if (n < 2 || n > 3 || !alone.count(words[n - 1]) || !other_given(words[n - 2], words[n - 1]))
        continue;
      // The last word apart; the words before it stay one name (유리 우샤코프).
      const std::string_view surface =
          std::string_view(docs_[d].text).substr(c.bytes.begin_byte, c.bytes.size());
      const std::size_t last = surface.find_last_of(" \t\r\n");
      const std::size_t first_end = surface.find_last_not_of(" \t\r\n", last);
      Candidate second = c;
      c.bytes.end_byte = c.bytes.begin_byte + static_cast<std::uint32_t>(first_end + 1);
      c.confidence = 0.6f;
      second.bytes.begin_byte += static_cast<std::uint32_t>(last + 1);
      split.push_back(second);
    }
    if (split.empty()) continue;
    found[d].insert(found[d].end(), split.begin(), split.end());
    resolve_overlaps(found[d]);
  }
}

namespace {
// A lone Hangul name before 에서 is a place (korean_place_by_particle) only where the document
// also names a person of that surname in full (톨레도에서 태어나, beside 마르타 톨레도): there the
// particle tells the place from the person. Elsewhere the tagger's person stands (`갈레노스에서
// 보는 것처럼`, "as seen in Galen": on held-out training documents the rule made only such errors).
void places_by_particle(const std::vector<std::string_view>& texts, std::vector<LinkRecord>& recs,
                        NameKeyer& keyer) {
  std::set<std::pair<std::uint32_t, std::string>> surnames;  // (doc, key of the last word)
  for (const LinkRecord& r : recs)
    if (r.cand.type == EntityType::kPerson && r.cand.script == Script::kHangul && r.full_name)
      surnames.emplace(r.doc, r.last_key);
  if (surnames.empty()) return;
  for (LinkRecord& r : recs) {
    if (!korean_place_by_particle(texts[r.doc], r) || !surnames.count({r.doc, r.last_key}))
      continue;
    Candidate c = r.cand;
    c.type = EntityType::kLoc;
    r = make_link_record(r.doc, texts[r.doc], c, keyer);
  }
}

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

void release_kept_memory() {
  release_scanned_texts();
  release_tagged_texts();
  TaggerWordTable::release_all();
}

EntityIndex::EntityIndex() : keyer_(&shared_keyer()), lexicon_(&shared_lexicon()) {}
EntityIndex::~EntityIndex() = default;

std::uint32_t EntityIndex::add_document(std::string name, std::string utf8) {
  docs_.push_back({std::move(name), std::move(utf8), {}});
  built_ = false;
  return static_cast<std::uint32_t>(docs_.size() - 1);
}

void EntityIndex::set_given_mentions(std::uint32_t doc, std::vector<GivenMention> mentions) {
  docs_.at(doc).given = std::move(mentions);
  use_given_ = true;
  built_ = false;
}

std::vector<std::vector<Candidate>> EntityIndex::given_candidates(
    const std::vector<ScannedText>& scans) {
  std::vector<std::vector<Candidate>> found(docs_.size());
  for (std::size_t d = 0; d < docs_.size(); ++d) {
    const std::string_view text = docs_[d].text;
    for (const GivenMention& g : docs_[d].given) {
      if (g.bytes.end_byte > text.size() || g.bytes.begin_byte >= g.bytes.end_byte) continue;
      Candidate c;
      c.bytes = g.bytes;
      c.type = g.type;
      c.confidence = 0.9f;
      const std::string_view surface = text.substr(g.bytes.begin_byte, g.bytes.size());
      c.script = script_of(core::decode_utf8(surface, 0).code_point);
      c.known = c.script == Script::kHangul ? lexicon_->find_korean(surface)
                                            : lexicon_->find_name(keyer_->lookup_key(surface));
      if (c.known >= 0 && lexicon_->entity(c.known).type != c.type) c.known = -1;
      // The sentence and paragraph of the word the mention starts in (co-occurrence).
      const auto& words = scans[d].words;
      auto w =
          std::upper_bound(words.begin(), words.end(), g.bytes.begin_byte,
                           [](std::uint32_t b, const Word& x) { return b < x.bytes.begin_byte; });
      if (w != words.begin())
        c.sentence = std::prev(w)->sentence, c.paragraph = std::prev(w)->paragraph;
      found[d].push_back(c);
    }
    std::sort(found[d].begin(), found[d].end(), [](const Candidate& a, const Candidate& b) {
      return a.bytes.begin_byte < b.bytes.begin_byte;
    });
  }
  return found;
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
  std::vector<std::vector<Candidate>> found =
      use_given_ ? given_candidates(scans) : find_candidates(scans, stats);
  for (std::size_t d = 0; d < docs_.size(); ++d)  // every pass's mentions, given ones too
    country_roles(docs_[d].text, *lexicon_, found[d]);
  std::vector<LinkRecord> recs;
  std::vector<std::string_view> texts;
  for (std::size_t d = 0; d < docs_.size(); ++d) {
    texts.push_back(docs_[d].text);
    for (const Candidate& c : found[d]) {
      LinkRecord r = make_link_record(static_cast<std::uint32_t>(d), docs_[d].text, c, *keyer_);
      if (!r.words.empty()) recs.push_back(std::move(r));
    }
  }
  if (!use_given_) places_by_particle(texts, recs, *keyer_);
  drop_common_word_given_names(recs, stats, *keyer_);
  UnionFind groups = link_records(recs, *lexicon_, *keyer_);
  const std::vector<bool> kept =
      confident_groups(recs, groups, scans, use_given_ ? 0.0f : min_confidence_);
  const std::vector<std::uint32_t> entity_of = make_entities(recs, groups, kept);
  count_cooccurrences(recs, entity_of, entities_);
  std::vector<bool> listed(entities_.size());  // entities the lexicon lists
  for (std::size_t i = 0; i < recs.size(); ++i)
    if (recs[i].cand.known >= 0 && entity_of[i] != kNoEntity) listed[entity_of[i]] = true;
  for (std::size_t i = 0; i < mentions_.size();) {  // mentions_ in document order
    std::size_t j = i;
    while (j < mentions_.size() && mentions_[j].doc == mentions_[i].doc) ++j;
    list_mention_types(docs_[mentions_[i].doc].text, entities_, listed, mentions_.data() + i,
                       mentions_.data() + j);
    i = j;
  }
}

std::vector<std::vector<Candidate>> EntityIndex::find_candidates(
    const std::vector<ScannedText>& scans, const CaseStats& stats) {
  MentionFinder finder(*lexicon_, *keyer_, stats);
  // Pass 1: cues. Their names are then looked for everywhere (pass 2).
  std::vector<std::vector<Candidate>> found(docs_.size());
  for (std::size_t d = 0; d < docs_.size(); ++d) found[d] = finder.find(docs_[d].text, scans[d]);
  auto display = [&](std::size_t d, const Candidate& c) {
    return display_of(std::string_view(docs_[d].text).substr(c.bytes.begin_byte, c.bytes.size()));
  };
  const ForeignNames foreign = foreign_names(found, display);
  split_korean_pairs(found, display, foreign);
  for (std::size_t d = 0; d < docs_.size(); ++d)
    finder.add_transliterated(docs_[d].text, scans[d], foreign, found[d]);
  KnownNames known = known_names(found, display);
  std::vector<std::vector<KoreanHit>> hits(docs_.size());  // each Hangul word looked up once
  for (std::size_t d = 0; d < docs_.size(); ++d)
    hits[d] = finder.count_korean(docs_[d].text, scans[d], found[d], known);
  for (std::size_t d = 0; d < docs_.size(); ++d)
    finder.add_known(docs_[d].text, scans[d], known, found[d], &hits[d]);
  return found;
}

// The names pass 1 found, for pass 2: Korean surfaces, keys of Latin/Cyrillic words,
// romanized surnames.
KnownNames EntityIndex::known_names(const std::vector<std::vector<Candidate>>& found,
                                    const Display& display) {
  KnownNames known;
  for (std::size_t d = 0; d < found.size(); ++d)
    for (const Candidate& c : found[d]) {
      if (c.weak) continue;
      const std::string s = display(d, c);
      const std::vector<std::string> words = split_words(s);
      if (words.empty()) continue;
      // A country named by its context (`중` of `한·중`) says nothing of the word (중 "among").
      if (c.script == Script::kHangul && c.known >= 0 && lexicon_->find_korean(s) < 0) continue;
      if (c.type == EntityType::kPerson) {
        const std::string r = keyer_->romanize(words.back());
        if (std::string sk = skeleton(r); sk.size() >= 3) known.person_romans[sk].push_back(r);
      }
      if (c.script == Script::kHangul) {
        known.add_korean(s, c.type, c.confidence);
        if (c.type == EntityType::kPerson && words.size() > 1 &&
            code_point_count(words.back()) >= 2)
          known.add_korean(words.back(), c.type, c.confidence);
      } else if (c.type == EntityType::kPerson || words.size() == 1) {
        known.keyed.emplace(keyer_->word_key(words.back()), c.type);
      }
    }
  return known;
}

// Entities, numbered by first mention; mentions_ in document and offset order. Returns the
// entity of each record (kNoEntity where not kept).
std::vector<std::uint32_t> EntityIndex::make_entities(const std::vector<LinkRecord>& recs,
                                                      UnionFind& groups,
                                                      const std::vector<bool>& kept) {
  std::map<std::size_t, std::uint32_t> entity_of_root;
  std::vector<std::vector<std::size_t>> members;
  std::vector<std::uint32_t> entity_of(recs.size(), kNoEntity);
  for (std::size_t i = 0; i < recs.size(); ++i) {
    if (!kept[i]) continue;  // a group below the confidence reported (confident_groups)
    const auto next = static_cast<std::uint32_t>(members.size());
    auto [it, fresh] = entity_of_root.emplace(groups.find(i), next);
    if (fresh) members.emplace_back();
    members[it->second].push_back(i);
    entity_of[i] = it->second;
  }
  for (std::uint32_t id = 0; id < members.size(); ++id) {
    entities_.push_back(make_entity(id, recs, members[id]));
    for (std::size_t i : members[id]) {
      const Candidate& c = recs[i].cand;
      mentions_.push_back(
          {recs[i].doc, c.bytes, mention_type(c, entities_.back().type), id, c.confidence});
    }
  }
  std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
    return a.doc != b.doc ? a.doc < b.doc : a.bytes.begin_byte < b.bytes.begin_byte;
  });
  return entity_of;
}

// Type: the lexicon's, else a confidence-weighted vote. Canonical: the lexicon's name; else a
// Latin spelling (the fullest for people), else a nominative Cyrillic one, else the most
// frequent.
Entity EntityIndex::make_entity(std::uint32_t id, const std::vector<LinkRecord>& recs,
                                const std::vector<std::size_t>& members) const {
  Entity e;
  e.id = id;
  float votes[3] = {0, 0, 0};
  int known = -1;
  std::map<std::string, std::size_t> surface_count;
  std::set<std::uint32_t> docs;
  for (std::size_t i : members) {
    const LinkRecord& r = recs[i];
    if (r.cand.known >= 0) known = r.cand.known;
    // A lone capital's PERSON guess has no cue; its LOC type came from a locative preposition.
    votes[static_cast<int>(r.cand.type)] += !r.cand.weak                      ? r.cand.confidence
                                            : r.cand.type == EntityType::kLoc ? 0.3f
                                                                              : 0.1f;
    ++surface_count[r.display];
    docs.insert(r.doc);
  }
  e.type = static_cast<EntityType>(std::max_element(votes, votes + 3) - votes);
  if (known >= 0) e.type = lexicon_->entity(known).type;
  std::vector<std::pair<std::string, std::size_t>> surfaces(surface_count.begin(),
                                                            surface_count.end());
  std::stable_sort(surfaces.begin(), surfaces.end(),
                   [](auto& a, auto& b) { return a.second > b.second; });
  for (auto& [s, n] : surfaces) e.aliases.push_back(s);
  auto rank = [&](const std::string& s, std::size_t n) {
    const Script sc = script_of(core::decode_utf8(s, 0).code_point);
    // Hangul before other scripts: a Han gloss (以夷制夷) is no reader's name for 이이제이.
    const int script_rank = sc == Script::kLatin      ? 3
                            : sc == Script::kCyrillic ? 2
                            : sc == Script::kHangul   ? 1
                                                      : 0;
    const std::size_t words = std::count(s.begin(), s.end(), ' ') + 1;
    return std::make_tuple(script_rank, e.type == EntityType::kPerson ? words : 0,
                           nominative_score(s), n);
  };
  e.canonical = surfaces.front().first;
  for (auto& [s, n] : surfaces)
    if (rank(s, n) > rank(e.canonical, surface_count[e.canonical])) e.canonical = s;
  if (known >= 0) e.canonical = lexicon_->entity(known).canonical;
  e.mention_count = static_cast<std::uint32_t>(members.size());
  e.documents.assign(docs.begin(), docs.end());
  return e;
}

}  // namespace loupe::entities
