// Leaves of the grammar that running prose makes no dates alone: nouns of the day's parts and
// seasons ("темрява ночі"), weekdays and months inside names ("The Sunday Times", "Theresa
// May"). The leaf rules (grammar_rules_dates.cc, grammar_rules_clock.cc) mark such a leaf
// partial: a longer expression can still use it ("this summer", "Sunday, 10 February"). Also
// nouns after an article ("la Mar", "de la mañana") and adverbs of seasons and the day's parts
// said as a habit (generic_adverb, asked by the mention finder).
#include <string_view>

#include "extract/dates/grammar_util.h"

namespace loupe::dates {

// A part of the day or a season as a noun ("ніч", "the summer", "лето"; lexicon e = 1) is a date
// alone only when it is all its paragraph says (a heading, a query); in running text it is a
// noun ("темрява ночі", "a late-night meeting", "менш спекотне літо") unless a longer expression
// holds it ("this summer", "лето 2021 года", "в ночь на 5 мая"). The adverbial forms ("летом",
// "вночі", "ввечері") have no e and stay dates alone.
bool noun_in_prose(const RuleMatch& m) {
  const Item& w = *m.items[0];
  if (w.lex->e != 1) return false;
  const std::vector<Tok>& toks = *m.toks;
  // Korean "가을부터", "밤까지": a particle of a span makes it a time adverb.
  if (toks[w.b].hangul && w.e < static_cast<int>(toks.size()) && toks[w.e].hangul) {
    for (const LexHit& h : toks[w.e].hits) {
      if ((h.entry->cls == Lx::kFrom || h.entry->cls == Lx::kUntil) && h.entry->b == 1) {
        return false;
      }
    }
  }
  // "이제 봄이 오는데", "지금 겨울이다": a season said to be now is this one, a date.
  if (toks[w.b].hangul && w.b > 0 && !toks[w.b].para_before) {
    for (const LexHit& h : toks[w.b - 1].hits) {
      if (h.entry->cls == Lx::kNow && h.tokens == 1 && w.lex->cls == Lx::kSeason) return false;
    }
  }
  int b = w.b;
  while (b > 0 && !toks[b].para_before && w.b - b < 4) --b;
  if (b > 0 && !toks[b].para_before) return true;
  for (int k = b; k < static_cast<int>(toks.size()) && (k == b || !toks[k].para_before); ++k) {
    if (k >= w.b && k < w.e) continue;
    if (toks[k].type != TokenType::kPunct) return true;
  }
  return false;
}

// toks[b - 1] is an article (a word of class kFiller: "la", "the"): what follows is a noun.
bool after_article(const std::vector<Tok>& toks, int b) {
  if (b == 0 || toks[b - 1].type != TokenType::kWord) return false;
  for (const LexHit& h : toks[b - 1].hits) {
    if (h.entry->cls == Lx::kFiller && h.tokens == 1) return true;
  }
  return false;
}

// A word that is also a noun ("mar." the sea or Tuesday, "may") is a date alone only
// capitalized, and not after "of"/"del", where the noun is usual: "Santillana del Mar".
bool noun_alone(const RuleMatch& m) {
  const LexEntry& w = *m.items[0]->lex;
  const int b = m.items[0]->b;
  if (!w.weak) return false;
  if (!(*m.toks)[b].capitalized) return true;
  // After an article, a noun ("Consolat de la Mar", "told the Sun:") unless, in English, it
  // modifies the word after it ("in the May crackdown").
  const std::vector<Tok>& toks = *m.toks;
  const int e = m.items[0]->e;
  const bool modifies = toks[b].lang == kEn && e < static_cast<int>(toks.size()) &&
                        toks[e].type == TokenType::kWord && !toks[e].capitalized &&
                        !toks[e].para_before;
  if (after_article(toks, b) && !modifies) return true;
  bool of = false, prep = false;  // "of", "del"; not "in" (also a preposition: "in March")
  for (const LexHit& h : b > 0 ? (*m.toks)[b - 1].hits : std::span<const LexHit>()) {
    of |= h.entry->cls == Lx::kOf || (h.entry->cls == Lx::kFrom && h.entry->b == 3);
    prep |= h.entry->cls == Lx::kPrep;
  }
  return of && !prep;
}

// A capitalized weekday or month among capitalized names is part of a name: "The Sunday Times",
// "Theresa May", "Mr. March". Not after a word that introduces a date ("on Friday President
// Biden said"): a part, which a longer expression can still use.
bool inside_name(const RuleMatch& m) {
  const std::vector<Tok>& toks = *m.toks;
  const int b = m.items[0]->b, e = m.items[0]->e, n = static_cast<int>(toks.size());
  if (!toks[b].capitalized || toks[b].hangul) return false;
  const auto plain_cap = [&](int i) {
    return i >= 0 && i < n && toks[i].type == TokenType::kWord && toks[i].capitalized &&
           toks[i].hits.empty() && !toks[i].hangul;
  };
  bool introduced = false;
  if (b > 0) {
    for (const LexHit& h : toks[b - 1].hits) {
      introduced |= h.entry->cls == Lx::kPrep || h.entry->cls == Lx::kAt ||
                    h.entry->cls == Lx::kFrom || h.entry->cls == Lx::kUntil ||
                    h.entry->cls == Lx::kRel || h.entry->cls == Lx::kAfter ||
                    h.entry->cls == Lx::kBefore || h.entry->cls == Lx::kOf;
    }
  }
  if (!introduced && plain_cap(e) && !toks[e].para_before) return true;
  // A team named after a weekday, in a score: "Sheffield Wednesday 2", "Newcastle 1 Sheffield
  // Wednesday". A name before a weekday is otherwise a dateline's subject ("Bob Dole Wednesday
  // accused", "in Chicago Wednesday"), so the score is what tells them apart.
  const auto number = [&](int i) {
    return i >= 0 && i < n && toks[i].type == TokenType::kNumber && toks[i].digits <= 2;
  };
  if (m.items[0]->lex->cls == Lx::kWeekday && !toks[b].para_before && plain_cap(b - 1) &&
      (number(e) || (number(b - 2) && !toks[b - 1].para_before))) {
    return true;
  }
  // A word that is also a name ("May", "March") after a capitalized word is that name's last
  // part: "Theresa May", "the Million Man March". Weekdays are not: wire stories write "Bob
  // Dole Wednesday accused", "the Senate Wednesday agreed".
  if (!m.items[0]->lex->weak || toks[b].para_before) return false;
  if (plain_cap(b - 1)) return true;
  return b >= 2 && toks[b - 1].norm == "." && !toks[b - 1].space_before && plain_cap(b - 2) &&
         toks[b - 2].norm.size() <= 3;  // "Mr. March", "Dr. May"
}

// A season or part of the day said by an adverb alone ("вночі", "летом", "восени"; lexicon e =
// 0, no day of its own as "tonight" has) dates an event only in a told past or future ("влітку
// став керівником", "вечером состоится матч"). In the present or without a tensed verb it is
// what happens then ("Молотки вночі чутно", "восени повітря вогкіше"), and with another such
// adverb near it ("весной и осенью", "взимку мороз, а влітку спеку", "днем и ночью") a rhythm
// of the year or the day, whatever the tense.
namespace {
// 1 a season's adverb, 2 a part of the day's, 0 neither; `noun`: a noun form (e = 1) counts.
int adverb_class(const Tok& t, bool noun = false) {
  for (const LexHit& h : t.hits) {
    const LexEntry& w = *h.entry;
    if (h.tokens != 1 || (w.e != 0 && !noun)) continue;
    if (w.cls == Lx::kSeason) return 1;
    if (w.cls == Lx::kPartOfDay && w.d != 1) return 2;
  }
  return 0;
}
}  // namespace

bool generic_adverb(const Item& it, const std::vector<Tok>& toks, int tense) {
  if (it.type != ItemType::kTime || it.e - it.b != 1) return false;
  const TimeSpec& t = it.t;
  if ((!t.season_begin && t.pod_begin < 0) || set(t.year) || set(t.month) || set(t.day) ||
      set(t.weekday) || set(t.hour) || t.rel_grain != Grain::kNone || t.holiday) {
    return false;
  }
  const int cls = adverb_class(toks[it.b]);
  if (cls == 0) return false;
  if (tense == 0) return true;
  const int n = static_cast<int>(toks.size());
  for (int k = it.b - 1; k >= 0 && k >= it.b - 4 && !toks[k + 1].para_before; --k) {
    if (adverb_class(toks[k], true) == cls) return true;
  }
  for (int k = it.b + 1; k < n && k <= it.b + 4 && !toks[k].para_before; ++k) {
    if (adverb_class(toks[k], true) == cls) return true;
  }
  return false;
}

// "경기 종료 약 3분 전", "사고 발생 1시간 후": an offset of the clock right after a bare Hangul
// noun (no particle, no date word; "약" between) counts from that event, not from the
// reference: no date. "그는 3분 전 도착했다" keeps it (the particle ends the subject).
bool offset_of_event(const Item& it, const std::vector<Tok>& toks) {
  // Any reading of such a span: "3일 전" is no "before the 3rd" there either.
  // The shift word ends its run ("전국" is no "전"), after a unit of the clock ("3분", "1시간",
  // "55초"): days and years before "전" are mostly counted from today ("그러나 5일전").
  const auto shift_at = [&](int k) {
    if (k < 1 || k >= static_cast<int>(toks.size()) || !toks[k].hangul || !toks[k].run_end) {
      return false;
    }
    bool shift = false, clock_unit = false;
    for (const LexHit& h : toks[k].hits) shift |= h.entry->cls == Lx::kShiftPost;
    for (const LexHit& h : toks[k - 1].hits) {
      clock_unit |= h.entry->cls == Lx::kUnit && h.entry->a <= g::kHour;
    }
    return shift && clock_unit;
  };
  if (it.e - it.b < 2 || !(shift_at(it.e - 1) || shift_at(it.e))) return false;
  int p = it.b - 1;
  while (p >= 0 && !toks[p + 1].para_before) {
    bool prep = false;
    for (const LexHit& h : toks[p].hits) prep |= h.entry->cls == Lx::kPrep && h.tokens == 1;
    if (!prep) break;
    --p;
  }
  if (p < 0 || toks[p + 1].para_before) return false;
  const Tok& w = toks[p];
  return w.type == TokenType::kWord && w.hangul && w.hits.empty() && w.run_start && w.run_end &&
         toks[it.b].hangul == false && toks[it.b].type == TokenType::kNumber;
}

// "일 년 뒤인 2002년 8월": an offset before a copula is restated by the date after it, and
// counts from the story's time, not the reference's: no date of its own.
bool offset_restated(const Item& it, const std::vector<Tok>& toks) {
  if (it.type != ItemType::kTime || it.t.shift_unit == Grain::kNone) return false;
  if (it.e >= static_cast<int>(toks.size()) || !toks[it.e].hangul) return false;
  for (const LexHit& h : toks[it.e].hits) {
    if (h.entry->cls == Lx::kParticle && h.entry->a == 1) return true;
  }
  return false;
}

}  // namespace loupe::dates
