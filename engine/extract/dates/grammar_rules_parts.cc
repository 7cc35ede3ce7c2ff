// Parts and n-th units of a period: "end of the month", "the first Monday of October", "the
// 20th of next month", "the first six months of 1996".
#include "extract/dates/grammar_leaves.h"
#include "extract/dates/grammar_util.h"

namespace loupe::dates {
namespace {

bool prefix(const Item& it) { return it.lex->b != 1; }
bool postfix(const Item& it) { return it.lex->b == 1; }
bool weekday_only(const Item& it) {
  return set(it.t.weekday) && !set(it.t.day) && !set(it.t.month) && it.t.rel_grain == Grain::kNone;
}
bool container(const Item& it) {
  const TimeSpec& t = it.t;
  return (set(t.month) || set(t.year) || t.rel_grain >= Grain::kWeek) && !set(t.day) &&
         !set(t.hour) && !set(t.weekday);
}
bool part_target(const Item& it) {
  const TimeSpec& t = it.t;
  return !t.part && !set(t.day) && !set(t.hour) && !t.nth &&
         (set(t.month) || set(t.year) || t.rel_grain >= Grain::kDay || t.season_begin ||
          set(t.decade) || set(t.century));
}

Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

bool part_of(const RuleMatch& m, Item& out) {
  const bool post = m.items[0]->type == ItemType::kTime;
  const Item* t = post ? m.items[0] : m.items.back();
  const Item* p = post ? m.items[1] : m.items[0];
  out = *t;
  out.b = m.items[0]->b, out.e = m.items.back()->e;
  out.type = ItemType::kTime;
  out.t.part = p->lex->a;
  return true;
}

bool part_of_unit(const RuleMatch& m, Item& out) {  // "end of the month", "конца дня"
  // Both words of one language: Spanish "final" and English "day" make no "end of the day"
  // ("on the final day of the match").
  if (lexicon_of(m.items[0]->lex) != lexicon_of(m.items.back()->lex)) return false;
  // A second or a minute has no parts a text names: "the start of the second half".
  if (m.items.back()->lex->a <= g::kMin) return false;
  time(out).t.rel_grain = static_cast<Grain>(m.items.back()->lex->a);
  out.t.part = m.items[0]->lex->a;
  return m.items.back()->lex->b != 2;
}

// "the first Monday of October", "last day of May", "third last week of 2018", "셋째 화요일"
bool nth_in(const RuleMatch& m, Item& out) {
  const Item* n = nullptr;
  const Item* last = nullptr;
  const Item* what = nullptr;
  const Item* in = nullptr;
  for (const Item* it : m.items) {
    if (!it) continue;
    if (it->type == ItemType::kOrd && !n)
      n = it;
    else if (it->type == ItemType::kOrd)
      last = it;
    else if ((it->type == ItemType::kTime && !what && weekday_only(*it) && it != m.items[0]) ||
             (it->type == ItemType::kLex && it->lex->cls == Lx::kUnit))
      what = it;
    else if (it->type == ItemType::kTime)
      in = it;
  }
  if (!n || !what || !in) return false;
  time(out).t = in->t;
  out.t.nth = ival(n) * (last ? -1 : 1);
  if (what->type == ItemType::kTime) {
    out.t.weekday = what->t.weekday;
    out.t.nth_grain = Grain::kDay;
  } else {
    out.t.nth_grain = static_cast<Grain>(what->lex->a);
    if (out.t.nth_grain != Grain::kDay && out.t.nth_grain != Grain::kWeek) return false;
  }
  return out.t.nth != 0 && out.t.nth >= -6 && out.t.nth <= 31;
}

bool day_of(const RuleMatch& m, Item& out) {  // "20th of next month", "the 1st"
  // "six months of 1996": a count of other units is no day.
  if (m.items[1] && m.items[1]->lex->a != static_cast<int>(Grain::kDay)) return false;
  time(out).t.day = ival(m.items[0]);
  const Item* in = m.items.back();
  if (in->type != ItemType::kTime) return true;
  TimeSpec d;
  d.day = out.t.day;
  return merge_times(d, in->t, out.t);
}

// "the first six months of 1996", "the last three months of the year": months of one year.
bool months_of_year(const RuleMatch& m, Item& out) {
  const int n = ival(m.items[0]);
  const Duration& d = m.items[1]->dur;
  const TimeSpec& in = m.items.back()->t;
  const int months = static_cast<int>(d.n);
  if ((n != 1 && n != -1) || d.unit != Grain::kMonth || months != d.n || months < 2 ||
      months > 11 || set(in.month) || set(in.quarter) || set(in.half) || set(in.week) ||
      !(set(in.year) || in.rel_grain == Grain::kYear)) {
    return false;
  }
  out.type = ItemType::kInterval;
  out.t = out.t2 = in;
  out.t.month = n > 0 ? 1 : 13 - months;
  out.t2.month = n > 0 ? months : 12;
  return true;
}

}  // namespace

// Shared with grammar_rules_ranges.cc ("prep num day").
bool prep_day(const RuleMatch& m, Item& out) {  // "on the first", "el 17", "the 1st"
  const LexEntry* w = m.items[0]->lex;
  if (w->cls == Lx::kPrep && w->b != 1) return false;  // only "on", "el": not "around 3"
  if ((*m.toks)[m.items.back()->b].type != TokenType::kNumber) {
    return false;  // "on the first anniversary", "on an ..." are no dates; "the 1st", "el 17" are
  }
  // "hasta el 30 por ciento", "on the 3 sites": a word that is nothing temporal right after
  // the number makes it a quantity.
  const std::vector<Tok>& toks = *m.toks;
  const std::size_t after = m.items.back()->e;
  if (after < toks.size() && plain_word(toks[after])) {
    return false;
  }
  time(out).t.day = ival(m.items.back());
  out.prio = -2;
  return out.t.day >= 1 && out.t.day <= 31;
}

// Parts of a period: "end of the month", "mid-October", "2010년말".
void add_part_rules(std::vector<Rule>& r) {
  r.push_back({"part of",
               {lx(Lx::kPart, prefix), opt(pc("-")), opt(lx(Lx::kOf)), tm(part_target)},
               part_of});
  r.push_back({"part postfix", {tm(part_target), lx(Lx::kPart, postfix)}, part_of});
  r.push_back(
      {"part of unit", {lx(Lx::kPart, prefix), opt(lx(Lx::kOf)), lx(Lx::kUnit)}, part_of_unit});
}

// The n-th unit of a period ("the first Monday of October", "third last week of 2018"), a day
// of a month ("20th of next month", "el 17"), the first or last months of a year.
void add_nth_rules(std::vector<Rule>& r) {
  r.push_back({"nth of",
               {ord(), opt(ord(minus_one)), tm(weekday_only), opt(lx(Lx::kOf)), opt(lx(Lx::kPrep)),
                tm(container)},
               nth_in,
               2});  // "last Friday of March": the month's last, not "last Friday" + "March"
  r.push_back({"nth unit of",
               {ord(), opt(ord(minus_one)), lx(Lx::kUnit), opt(lx(Lx::kOf)), opt(lx(Lx::kPrep)),
                tm(container)},
               nth_in});
  r.push_back({"in nth", {tm(container), ord(), tm(weekday_only)}, nth_in});
  r.push_back({"in nth unit", {tm(container), ord(), lx(Lx::kUnit)}, nth_in});
  r.push_back({"day of", {ord(), opt(lx(Lx::kUnit)), lx(Lx::kOf), tm(container)}, day_of});
  r.push_back(
      {"num day of", {num(day_num), opt(lx(Lx::kUnit)), lx(Lx::kOf), tm(container)}, day_of});
  r.push_back({"prep day", {lx(Lx::kPrep), ord()}, prep_day});
  r.push_back({"the day", {lx(Lx::kFiller), ord()}, prep_day});
  r.push_back({"months of year", {ord(), du(), lx(Lx::kOf), tm(container)}, months_of_year});
}

}  // namespace loupe::dates
