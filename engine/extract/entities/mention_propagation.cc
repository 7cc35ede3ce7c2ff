// The document-wide passes of MentionFinder (mention_finder.h): every further occurrence of a
// name found once (propagate) and the choice among overlapping candidates (resolve_overlaps).
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "analysis/korean_particles.h"
#include "core/utf8.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {
namespace {

// The bytes of the stem of the Hangul word `w` without a closing quote mark that the particle
// stripper left on it (`‘김경희’라는` -> 김경희).
std::size_t stem_bytes(std::string_view surface, const Word& w) {
  static constexpr std::string_view kQuotes[] = {"'", "\"", "\u2019", "\u201D"};
  std::string_view stem = surface.substr(0, w.stem_bytes);
  for (std::string_view q : kQuotes)
    if (stem.size() > q.size() && stem.ends_with(q)) stem.remove_suffix(q.size());
  return stem.size();
}

// Glued to a number, a Hangul word is its counter or unit (24일: 일 is also Japan).
bool glued_to_number(std::string_view text, const Word& w) {
  const char before = w.bytes.begin_byte > 0 ? text[w.bytes.begin_byte - 1] : ' ';
  return before >= '0' && before <= '9';
}

// The known Korean name (an entry of `korean`, a KnownNames::korean) that the Hangul word `w`
// spells, whole or without its particle (its length in `len`), or null.
template <class Map>
auto* korean_known(Map& korean, std::string_view text, const Word& w, std::size_t& len) {
  decltype(&korean.begin()->second) none = nullptr;
  if (glued_to_number(text, w)) return none;
  const std::string_view surface = word_text(text, w);
  len = surface.size();
  auto it = korean.find(surface);
  if (it == korean.end()) {
    len = stem_bytes(surface, w);
    if (korean_verb_follows(text, w.bytes.begin_byte + len)) return none;  // `동원된`: a verb
    it = korean.find(surface.substr(0, len));
  }
  return it == korean.end() ? none : &it->second;
}

// A team named after its coach (`본프레레호`, "the Bonfrere team"): the coach's name and 호.
// The Korean sets tag the coach's name alone as a person, or the whole as an organization,
// never the whole as a person. Where the document names the coach as a person, the name (a
// known name of at least two syllables before 호) is the mention; else null.
const KnownNames::Korean* coach_of_team(const KnownNames& known, std::string_view name) {
  constexpr std::string_view kTeam = "\uD638";                                 // 호
  if (name.size() < std::size_t{9} || !name.ends_with(kTeam)) return nullptr;  // 3 syllables
  const auto it = known.korean.find(name.substr(0, name.size() - kTeam.size()));
  return it == known.korean.end() || it->second.type != EntityType::kPerson ? nullptr : &it->second;
}

}  // namespace

void KnownNames::add_korean(const std::string& surface, EntityType type, float confidence) {
  auto [it, fresh] = korean.try_emplace(surface);
  if (fresh) it->second.type = type;  // the first mention's type, as before
  it->second.confidence = std::max(it->second.confidence, confidence);
  ++it->second.found;
}

// The share of a known Korean name's occurrences that the first pass read as the name, under
// which the word is not taken for a name: the tagger read it in each context, most often as a
// common word (정부 "government" tagged ORG once in twenty).
constexpr float kKoreanNameShare = 0.5f;

void MentionFinder::propagate(std::string_view text, const ScannedText& scan,
                              const KnownNames& known, std::vector<Candidate>& out,
                              const std::vector<KoreanHit>* hits) {
  // The first pass's Korean mentions of a word it read as a name in fewer than half of its
  // occurrences go: the corpus reads that word as a common noun (서방 "the West" tagged in 11
  // of its 24 occurrences in our corpus, 인민 "the people" in 1 of 15). Not a mention tied to a
  // lexicon entry (`한` of `한·러`, which its mark ties to Korea, however often 한 is "one"):
  // for the other listed names the dev files and the corpus read the same either way.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Candidate& c) {
                             if (c.script != Script::kHangul || c.known >= 0) return false;
                             const auto it =
                                 known.korean.find(text.substr(c.bytes.begin_byte, c.bytes.size()));
                             return it != known.korean.end() &&
                                    it->second.share() < kKoreanNameShare;
                           }),
            out.end());
  for (Candidate& c : out)
    if (c.script == Script::kHangul && c.type == EntityType::kPerson &&
        coach_of_team(known, text.substr(c.bytes.begin_byte, c.bytes.size())))
      c.bytes.end_byte -= 3;
  std::size_t h = 0;  // the next of `hits`, by word
  for (std::size_t i = 0; i < scan.words.size(); ++i) {
    const Word& w = scan.words[i];
    if (w.script != Script::kHangul) continue;
    KoreanHit hit{static_cast<std::uint32_t>(i), 0, nullptr};
    if (!hits) {
      std::size_t len = 0;
      hit.name = korean_known(known.korean, text, w, len);
      hit.len = static_cast<std::uint32_t>(len);
    } else if (h < hits->size() && (*hits)[h].word == i) {
      hit = (*hits)[h++];
    }
    propagate_korean(text, scan, known, i, hit, out);
  }
  confirm_weak(text, known, out);
}

std::vector<KoreanHit> MentionFinder::count_korean(std::string_view text, const ScannedText& scan,
                                                   const std::vector<Candidate>& candidates,
                                                   KnownNames& known) const {
  std::vector<KoreanHit> hits;
  if (known.korean.empty()) return hits;
  std::size_t len = 0, c = 0;
  for (std::size_t i = 0; i < scan.words.size(); ++i) {
    const Word& w = scan.words[i];
    if (w.script != Script::kHangul) continue;
    KnownNames::Korean* k = korean_known(known.korean, text, w, len);
    if (!k) continue;
    hits.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(len), k});
    while (c < candidates.size() && candidates[c].bytes.end_byte <= w.bytes.begin_byte) ++c;
    // Inside a first-pass mention (this name or a longer one: 유엔 of 유엔 안보리), the word was
    // read as a name.
    const bool read =
        c < candidates.size() && candidates[c].bytes.begin_byte < w.bytes.begin_byte + len;
    if (!read) ++k->unread;
  }
  return hits;
}

// A Hangul word (or its particle-stripped stem) that names a known name, or another Korean
// spelling of a known foreign surname. The mention carries its name's evidence: the best
// confidence of the first pass's mentions, times the share of the name's occurrences they are.
void MentionFinder::propagate_korean(std::string_view text, const ScannedText& scan,
                                     const KnownNames& known, std::size_t i, const KoreanHit& hit,
                                     std::vector<Candidate>& out) {
  const auto& words = scan.words;
  const Word& w = words[i];
  std::string_view surface = word_text(text, w);
  std::size_t len = hit.len;
  const KnownNames::Korean* k = hit.name;
  if (!k) {
    if (glued_to_number(text, w)) return;
    len = stem_bytes(surface, w);
    k = coach_of_team(known, surface.substr(0, len));
    if (k) len -= 3;  // the coach's name: read below as a known name
  }
  if (!k) {
    if (spells_known_surname(surface.substr(0, len), known))
      out.push_back({{w.bytes.begin_byte, w.bytes.begin_byte + len},
                     EntityType::kPerson,
                     0.6f,
                     w.script,
                     -1,
                     false,
                     w.sentence,
                     w.paragraph});
    return;
  }
  if (k->share() < kKoreanNameShare) return;
  // The second 전 of `전 전 청장` ("former"), spelling the surname 전 found in the first.
  if (korean_modifier_before_title(lex_, text, scan, i)) return;
  // A surname alone (one syllable) names someone only before a title or 씨 (`이 이사장`); elsewhere
  // the syllable is a word of its own: 이 "this", 김 "laver", 안 "not".
  if (k->type == EntityType::kPerson && len == 3 &&
      (len != surface.size() || !korean_title_follows(lex_, text, scan, i)))
    return;
  if (k->type == EntityType::kPerson)
    if (const KnownNames::Korean* coach = coach_of_team(known, surface.substr(0, len)))
      k = coach, len -= 3;
  std::size_t begin = w.bytes.begin_byte;
  // A known two-word name: take the first word too ("세르게이 라브로프").
  if (i > 0 && !w.break_before && words[i - 1].script == Script::kHangul &&
      words[i - 1].sentence == w.sentence) {
    std::string two(text.substr(words[i - 1].bytes.begin_byte,
                                w.bytes.begin_byte + len - words[i - 1].bytes.begin_byte));
    std::replace(two.begin(), two.end(), '\n', ' ');
    if (known.korean.count(two)) begin = words[i - 1].bytes.begin_byte;
  }
  // A name the lexicon lists keeps its entry, so it links to its other spellings (나토 = NATO).
  const int entry = lex_.find_korean(text.substr(begin, w.bytes.begin_byte + len - begin));
  out.push_back({{begin, w.bytes.begin_byte + len},
                 k->type,
                 k->confidence * k->share(),
                 w.script,
                 entry,
                 false,
                 w.sentence,
                 w.paragraph});
}

// Another Korean spelling of a known romanized surname: 쿠프찬 for 쿱찬 / Kupchan.
bool MentionFinder::spells_known_surname(std::string_view stem, const KnownNames& known) {
  if (code_point_count(stem) < 3 || lex_.find_korean(stem) >= 0 || known.person_romans.empty())
    return false;
  if (!known.person_romans.count(hangul_skeleton(stem))) return false;  // cheap filter first
  const std::string r = keyer_.romanize(stem);
  const std::string sk = skeleton(r);
  if (sk.size() < 3) return false;
  const auto bucket = known.person_romans.find(sk);
  if (bucket == known.person_romans.end()) return false;
  bool match = false;
  for (const std::string& p : bucket->second) match = match || romanized_distance(p, r) <= 1;
  return match;
}

// Lone capitalized words: a known name's type replaces the guess; unconfirmed weak guesses
// that open a sentence or sit in a title go.
void MentionFinder::confirm_weak(std::string_view text, const KnownNames& known,
                                 std::vector<Candidate>& out) {
  for (Candidate& c : out) {
    if (!c.weak) continue;
    // A weak full name is confirmed by its surname ("By Michael Pröbsting" in a headline).
    std::string_view surface = text.substr(c.bytes.begin_byte, c.bytes.size());
    if (const std::size_t space = surface.find_last_of(" \n"); space != std::string_view::npos)
      surface.remove_prefix(space + 1);
    auto it = known.keyed.find(keyer_.word_key(surface));
    if (it != known.keyed.end()) c.type = it->second, c.confidence = 0.7f, c.weak = false;
  }
  // A lone capitalized word that opens a sentence, or a name guessed in a title, confirmed
  // nowhere is not a name.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const Candidate& c) { return c.weak && c.confidence < 0.35f; }),
            out.end());
}

void resolve_overlaps(std::vector<Candidate>& cs) {
  // Longer first, then known, then more confident, then earlier; sorting indices moves less.
  std::vector<std::uint32_t> order(cs.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (cs[a].bytes.size() != cs[b].bytes.size()) return cs[a].bytes.size() > cs[b].bytes.size();
    // The same span found twice (the tagger, then pass 2): the one linked to the lexicon.
    if ((cs[a].known >= 0) != (cs[b].known >= 0)) return cs[a].known >= 0;
    if (cs[a].confidence != cs[b].confidence) return cs[a].confidence > cs[b].confidence;
    return a < b;
  });
  // Bytes taken by kept spans, relative to the lowest begin (spans are short: checking their
  // bytes is cheaper than a tree of intervals).
  std::size_t lo = SIZE_MAX, hi = 0;
  for (const Candidate& c : cs)
    lo = std::min(lo, c.bytes.begin_byte), hi = std::max(hi, c.bytes.end_byte);
  std::vector<unsigned char> taken(cs.empty() ? 0 : hi - lo);
  std::vector<std::uint32_t> kept;
  for (std::uint32_t i : order) {
    const Candidate& c = cs[i];
    // Every kept span is at least as long as `c` (longer first): one that overlaps `c` holds
    // its first or its last byte, so those two bytes tell.
    if (c.bytes.end_byte > c.bytes.begin_byte) {
      if (taken[c.bytes.begin_byte - lo] || taken[c.bytes.end_byte - 1 - lo]) continue;
      std::fill(taken.begin() + static_cast<std::ptrdiff_t>(c.bytes.begin_byte - lo),
                taken.begin() + static_cast<std::ptrdiff_t>(c.bytes.end_byte - lo), 1);
    }
    kept.push_back(i);
  }
  // By offset; kept spans are disjoint, so begins differ.
  std::sort(kept.begin(), kept.end(), [&](std::uint32_t a, std::uint32_t b) {
    return cs[a].bytes.begin_byte < cs[b].bytes.begin_byte;
  });
  std::vector<Candidate> out;
  out.reserve(kept.size());
  for (std::uint32_t i : kept) out.push_back(cs[i]);
  cs = std::move(out);
}

}  // namespace loupe::entities
