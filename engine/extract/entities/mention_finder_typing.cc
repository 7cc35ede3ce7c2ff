// How a run of capitalized words is typed once its known names and common words are peeled
// off: an organization, a person after a title cue, a place, an acronym (MentionFinder's last
// step; the run's boundaries are decided in mention_finder.cc).
#include <string>

#include "extract/entities/mention_finder.h"

namespace loupe::entities {
namespace {

// Endings of the lower-case complement of a Cyrillic organization head word
// ("иностранных дел", "по международным отношениям", "закордонних справ").
bool is_cyrillic_complement(std::string_view lower) {
  static constexpr std::string_view kEndings[] = {
      "ых", "их", "ой", "ей", "ого", "его", "ому",  "ему",  "ым",   "им",  "ям",    "ам", "ов",
      "ев", "ий", "ия", "ии", "ій",  "ів",  "ості", "ости", "ства", "дел", "справ", "ої"};
  if (lower == "по" || lower == "при" || lower == "з" || lower == "у") return true;
  for (std::string_view e : kEndings)
    if (lower.size() >= e.size() && lower.substr(lower.size() - e.size()) == e) return true;
  return false;
}

}  // namespace

bool is_locative_preposition(std::string_view key) {
  static constexpr std::string_view kLocative[] = {"in",     "at", "near",  "from",  "into",
                                                   "across", "en", "desde", "hacia", "в",
                                                   "во",     "из", "под",   "у",     "під"};
  for (std::string_view l : kLocative)
    if (key == l) return true;
  return false;
}

// Cyrillic organizations take their lower-case complement: "Министерство иностранных дел".
void MentionFinder::cyrillic_organization(Run& r) {
  const auto& words = r.scan->words;
  const Word& first = r.word(r.first);
  std::size_t best_end = words[r.words.back()].bytes.end_byte, extra = 0;
  for (std::size_t k = r.words.back() + 1; k < words.size() && extra < 4; ++k, ++extra) {
    const Word& w = words[k];
    if (w.break_before || w.sentence != first.sentence || w.script != Script::kCyrillic ||
        w.upper_initial)
      break;
    std::string lower = keyer_.word_key(word_text(r.text, w));
    std::string folded(word_text(r.text, w));
    if (!is_cyrillic_complement(folded)) break;
    if (lower != "по" && lower != "при" && lower != "з" && lower != "у")
      best_end = w.bytes.end_byte;
  }
  r.out->push_back({{first.bytes.begin_byte, best_end},
                    EntityType::kOrg,
                    0.8f,
                    first.script,
                    -1,
                    false,
                    first.sentence,
                    first.paragraph});
}

// The type of words [from, to) from what they hold: an organization word, a title cue, a place
// word, capitals; words the corpus writes in lower case split the run; else a person.
void MentionFinder::classify_words(Run& r, bool org) {
  bool acronym = true, place = false, any_common = false;
  for (std::size_t k = r.from; k < r.to; ++k) {
    acronym = acronym && r.word(k).all_upper;
    place = place || lex_.is_loc_word(r.keys[k]);
    any_common = any_common || (!r.word(k).all_upper && common_in_run(r, k));
  }
  if (org) return r.emit(r.from, r.to, EntityType::kOrg, 0.8f, -1, false);
  if (r.cue) return r.emit(r.from, r.to, EntityType::kPerson, 0.9f, -1, false);
  if (place) return r.emit(r.from, r.to, EntityType::kLoc, 0.7f, -1, false);
  if (acronym) return r.emit(r.from, r.to, EntityType::kOrg, 0.7f, -1, false);
  const std::size_t count = r.to - r.from;
  if (any_common) {
    // "Secret Negotiations", "Lenin's Theory": words the corpus writes in lower case are not
    // part of a name; what remains is classified on its own.
    if (count == 1) return;
    std::size_t start = r.from;
    for (std::size_t k = r.from; k <= r.to; ++k) {
      if (k == r.to || (!r.word(k).all_upper && common_in_run(r, k))) {
        if (k > start)
          classify_run(r.text, *r.scan, {r.words.begin() + start, r.words.begin() + k}, false,
                       *r.out);
        start = k + 1;
      }
    }
    return;
  }
  const Word& first = r.word(r.first);
  // In a title ("Capital Export", "Once Again") a capitalized pair is a name only if the
  // corpus names it elsewhere: weak, confirmed or dropped in the second pass.
  if (count >= 2 && count <= 4)
    return r.emit(r.from, r.to, EntityType::kPerson, first.title_clause ? 0.3f : 0.6f, -1,
                  first.title_clause);
  if (count != 1 || lex_.is_demonym(r.keys[r.from])) return;  // "Americans", "Turkish"
  // A lone capitalized word: a place after a locative preposition, else perhaps a person.
  bool locative = false;
  if (r.words[r.from] > 0 && !first.break_before) {
    locative = is_locative_preposition(key(r.text, *r.scan, r.words[r.from] - 1));
  }
  r.emit(r.from, r.to, locative ? EntityType::kLoc : EntityType::kPerson,
         first.sentence_start || first.title_clause ? 0.3f : 0.4f, -1, true);
}

}  // namespace loupe::entities
