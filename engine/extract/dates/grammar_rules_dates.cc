// Calendar rules: months, weekdays, days, years, relative units, holidays (and their country),
// seasons, quarters, decades and centuries (numeric dates: grammar_rules_numeric.cc). Shared by
// every language; the words are data.
#include "extract/dates/grammar_util.h"
#include "extract/dates/holidays.h"

namespace loupe::dates {

bool noun_in_prose(const RuleMatch& m);                   // grammar_rules_prose.cc
bool inside_name(const RuleMatch& m);                     // grammar_rules_prose.cc
bool noun_alone(const RuleMatch& m);                      // grammar_rules_prose.cc
bool after_article(const std::vector<Tok>& toks, int b);  // grammar_rules_prose.cc

namespace {

bool day_ord(const Item& it) { return it.num >= 1 && it.num <= 31; }
bool year4(const Item& it) {
  return !it.has_frac && it.digits == 4 && it.num >= 1000 && it.num <= 2999;
}
bool year2(const Item& it) { return !it.has_frac && it.digits == 2; }
bool year_words(const Item& it) {  // "two thousand ten"; "two thousand" alone is a quantity
  return it.digits == 0 && it.num >= 1000 && it.num <= 2999 && static_cast<int>(it.num) % 1000;
}
bool year_any(const Item& it) { return year4(it) || year2(it) || year_words(it); }
bool counter(const Item& it) { return it.lex->b == 1; }
bool unit_word(const Item& it) { return it.lex->b != 1; }

bool is_month(const Item& it) { return month_only(it.t); }
bool holiday_only(const Item& it) {
  return it.t.holiday && !set(it.t.year) && it.t.rel_grain == Grain::kNone && it.t.dir == 0;
}
bool no_year(const Item& it) {
  const TimeSpec& t = it.t;
  return !set(t.year) && t.rel_grain == Grain::kNone && t.shift_unit == Grain::kNone &&
         (set(t.month) || t.holiday || set(t.quarter) || t.season_begin || set(t.half)) &&
         !set(t.hour) && !t.now;
}
bool dirless(const Item& it) {  // "el pasado 3 de marzo", "next Tuesday", "last March"
  const TimeSpec& t = it.t;
  return t.dir == 0 && t.rel_grain == Grain::kNone && !set(t.year) && !set(t.hour) &&
         (set(t.weekday) || set(t.month) || set(t.day) || t.holiday || t.season_begin);
}

Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

// A traded contract right after the month, or after one more word ("September long gilt
// future", "December cotton"): futures name months to come, whatever the clause's tense.
bool before_contract(const RuleMatch& m) {
  const std::vector<Tok>& toks = *m.toks;
  const int e = m.items[0]->e, n = static_cast<int>(toks.size());
  for (int i = e; i < n && i <= e + 1; ++i) {
    if (toks[i].type != TokenType::kWord || toks[i].para_before) return false;
    for (const LexHit& h : toks[i].hits) {
      if (h.entry->cls == Lx::kContract) return true;
    }
  }
  return false;
}

bool month_leaf(const RuleMatch& m, Item& out) {
  time(out).t.month = m.lex_a(0);
  if (before_contract(m)) {
    out.t.dir = 1;
    return true;
  }
  // "сент", "лист": only with a day ("8 сент"); "Theresa May": a name.
  out.partial = m.items[0]->lex->e == 1 || inside_name(m);
  out.partial |= noun_alone(m);
  return true;
}
bool weekday_leaf(const RuleMatch& m, Item& out) {
  time(out).t.weekday = m.lex_a(0);
  out.partial = inside_name(m) || noun_alone(m);  // "The Sunday Times", "el del mar."
  return true;
}
bool day_rel(const RuleMatch& m, Item& out) {
  time(out).t.rel_grain = Grain::kDay;
  out.t.rel_offset = m.lex_a(0);
  // After the article that announces a day's number ("el 17"), a day word is a noun: "el ayer
  // y el hoy de su música", "el mañana".
  const int b = m.items[0]->b;
  if (b > 0) {
    for (const LexHit& h : (*m.toks)[b - 1].hits)
      out.partial |= h.entry->cls == Lx::kPrep && h.entry->b == 1 && h.tokens == 1;
  }
  // After an article it is a noun too: "a las 5 de la mañana" (the morning).
  out.partial |= after_article(*m.toks, b);
  return true;
}
bool now_leaf(const RuleMatch& m, Item& out) {
  time(out).t.now = true;
  if (m.items[0]->lex->b == 1) out.type = ItemType::kInterval, out.open_end = true;  // "ASAP"
  return true;
}
bool holiday_leaf(const RuleMatch& m, Item& out) {
  const LexEntry* h = m.items[0]->lex;
  time(out).t.holiday = h;
  out.partial = h->a == kLunar && h->c == 1;  // "día de la independencia": whose?
  return true;
}

// One lexicon entry per holidays.h id, for a holiday a country qualifier chose.
const LexEntry* holiday_entry(HolidayId id) {
  static const auto* const entries = [] {
    auto* all = new std::vector<LexEntry>();
    for (int i = 0; i < static_cast<int>(HolidayId::kCount); ++i) {
      all->push_back({"", Lx::kHoliday, kLunar, i});
    }
    return all;
  }();
  return &(*entries)[static_cast<std::size_t>(id)];
}

// "Ukraine's Independence Day", "День незалежності США", "Día de la Madre en España": the day of
// the family that country keeps.
bool country_holiday(const RuleMatch& m, Item& out) {
  const Item* h = m.items[0]->type == ItemType::kTime ? m.items[0] : m.items.back();
  const Item* c = m.items[0]->type == ItemType::kTime ? m.items.back() : m.items[0];
  const LexEntry* e = h->t.holiday;
  if (e->a != kLunar) return false;
  const auto id = holiday_in_country(static_cast<HolidayId>(e->b), static_cast<Country>(c->lex->a));
  if (!id) return false;
  out = *h;
  out.partial = false;
  out.t.holiday = holiday_entry(*id);
  return true;
}
bool season_leaf(const RuleMatch& m, Item& out) {
  // "the 1989 fall of communism", "la primavera de Praga": a season of a thing, not of a year.
  const std::vector<Tok>& toks = *m.toks;
  const std::size_t e = m.items[0]->e;
  const auto is = [&](std::size_t i, Lx cls) {
    if (i >= toks.size()) return false;
    for (const LexHit& h : toks[i].hits) {
      if (h.entry->cls == cls && h.tokens == 1) return true;
    }
    return false;
  };
  const std::size_t w = e + 1 + (is(e + 1, Lx::kFiller) ? 1 : 0);  // after "of", an article
  if (is(e, Lx::kOf) && w < toks.size() && toks[w].type == TokenType::kWord &&
      toks[w].hits.empty()) {
    return false;
  }
  time(out).t.season_begin = m.items[0]->lex->a;
  out.t.season_end = m.items[0]->lex->b;
  out.partial = noun_in_prose(m);
  return true;
}
bool unit_rel_leaf(const RuleMatch& m, Item& out) {
  const LexEntry& e = *m.items[0]->lex;
  time(out).t.rel_grain = static_cast<Grain>(e.a);
  out.t.rel_offset = e.b;
  out.t.part = e.c;
  out.t.anaphor = e.d == 1;  // "того же года", "이듬해": from the date said before
  return true;
}
bool weekend_leaf(const RuleMatch& m, Item& out) {
  if (m.items[0]->lex->b != 2) return false;
  out.partial = noun_in_prose(m);  // Korean "주말" (e = 1): a noun alone ("주말 뷔페")
  return time(out).t.weekend = true, true;
}

// "next week", "la semana que viene", "прошлый месяц"
bool rel_unit(const RuleMatch& m, Item& out) {
  const bool post = m.items[0]->type != ItemType::kLex || m.items[0]->lex->cls == Lx::kUnit;
  const Item* rel = post ? m.items[1] : m.items[0];
  const Item* unit = post ? m.items[0] : m.items[1];
  time(out);
  if (unit->lex->cls == Lx::kQuarterWord) {
    out.t.rel_grain = Grain::kQuarter;
  } else {
    out.t.rel_grain = static_cast<Grain>(unit->lex->a);
    if (unit->lex->b == 2) out.t.weekend = true;
  }
  out.t.rel_offset = rel->lex->a;
  // "el próximo día 24 de junio", "los próximos días 27 de mayo": the day's number follows,
  // the words only announce it.
  const std::vector<Tok>& toks = *m.toks;
  // Both words capitalized inside a sentence: a title ("ведущей \"This Week\"", "Next Year's
  // Models"), no date. At a paragraph's or sentence's start the capital says nothing.
  const int rb = m.items[0]->b;
  const bool starts = rb == 0 || toks[rb].para_before ||
                      std::string_view(".!?").find(toks[rb - 1].norm) != std::string_view::npos;
  if (toks[rb].capitalized && toks[m.items[1]->b].capitalized && !starts) out.partial = true;
  const int e = m.items[1]->e;
  if (!post && out.t.rel_grain == Grain::kDay && e < static_cast<int>(toks.size()) &&
      toks[e].type == TokenType::kNumber) {
    return false;
  }
  return out.t.rel_grain >= Grain::kDay;
}

// "next Tuesday" = Tuesday of next week; "last March", "next Christmas": the n-th before/after.
bool rel_named(const RuleMatch& m, Item& out) {
  const bool post = m.items[0]->type == ItemType::kTime;
  const Item* rel = post ? m.items[1] : m.items[0];
  const Item* named = post ? m.items[0] : m.items[1];
  const int a = rel->lex->a;
  // "Після цього 13 серпня", "после этого 5 мая": after a preposition the demonstrative is a
  // pronoun ("after this"), and the date stands alone.
  if (!post && a == 0 && set(named->t.day) && rel->b > 0) {
    for (const LexHit& h : (*m.toks)[rel->b - 1].hits) {
      const Lx c = h.entry->cls;
      if (c == Lx::kAfter || c == Lx::kBefore || c == Lx::kFrom || c == Lx::kUntil) return false;
    }
  }
  out = *named;
  out.type = ItemType::kTime;
  if (set(named->t.weekday)) {
    out.t.rel_grain = Grain::kWeek;
    out.t.rel_offset = a == 2 ? 1 : a;
  } else if (a == 0) {
    out.t.dir = 0;
    if (set(named->t.month)) out.t.rel_grain = Grain::kYear, out.t.rel_offset = 0;
  } else {
    out.t.dir = a == 2 ? 2 : a;
  }
  return true;
}

bool month_day(const RuleMatch& m, Item& out) {
  const bool month_first = m.items[0]->type == ItemType::kTime;
  const Item* mon = month_first ? m.items[0] : m.items.back();
  const Item* day = month_first ? m.items.back() : m.items[0];
  // "Sept. 25, Oct. 9": a comma ends one date of a list, a day never reaches over it; nor does
  // a month to a number after it ("9 апреля, 4-я партия").
  const int gap_b = month_first ? mon->e : day->e, gap_e = month_first ? day->b : mon->b;
  for (int k = gap_b; k < gap_e; ++k) {
    if ((*m.toks)[k].norm == ",") return false;
  }
  // A Korean day takes its counter ("2월 3일", "오월 오일"): a numeral without it counts
  // something else ("1~2월 두 달간": two months).
  if ((*m.toks)[day->b].hangul) return false;
  time(out).t = mon->t;
  out.t.day = ival(day);
  return out.t.day <= 31;
}

bool with_year(const RuleMatch& m, Item& out) {
  out = *m.items[0];
  out.type = ItemType::kTime;
  const Item* y = nullptr;
  for (const Item* it : m.items) {
    if (it && it->type == ItemType::kNum) y = it;
  }
  if (!y || (y->digits == 2 && !set(out.t.day))) return false;  // "14th April 15", not "April 15"
  out.t.year = y->digits == 2 ? expand_year(ival(y)) : ival(y);
  return true;
}

bool the_unit(const RuleMatch& m, Item& out) {  // "the month" in "the first Monday of the month"
  const LexEntry& u = *m.items[1]->lex;
  if (u.b != 0 || u.a < g::kDay || u.a == g::kQtr || u.e == 1) return false;  // not "los años"
  time(out).t.rel_grain = static_cast<Grain>(u.a);
  out.partial = true;
  return true;
}

// "el pasado mes de noviembre", "el próximo mes de mayo": the month the words announce.
bool rel_month_of(const RuleMatch& m, Item& out) {
  if (m.items[1]->lex->a != g::kMon || m.items[1]->lex->b != 0) return false;
  const int a = m.items[0]->lex->a;
  if (a != -1 && a != 1) return false;
  out = *m.items.back();
  out.type = ItemType::kTime;
  out.partial = false;
  out.t.dir = a;
  return true;
}

// Korean counters right after a number: "3월", "15일", "2014년" (년 handled as a year word).
bool counter_field(const RuleMatch& m, Item& out) {
  const int v = ival(m.items[0]);
  if (m.items[0]->has_frac || m.items[1]->lex->d == 1) return false;
  // Months, days, minutes count in Sino-Korean ("삼월"); a native numeral word before the
  // counter is another word: "세월" (years gone by) is no March.
  const LexEntry* w = m.items[0]->lex;
  const std::vector<Tok>& toks = *m.toks;
  const int b = m.items[0]->b;
  if (w && w->cls == Lx::kNumber && m.items[0]->digits == 0 && toks[b].hangul) return false;
  // After a length counter it continues the length: "1박 2일" (a two-day stay), "3개월 15일".
  if (b >= 1 && toks[b].space_before && toks[b - 1].hangul && !toks[b - 1].space_before) {
    for (const LexHit& h : toks[b - 1].hits) {
      if (h.entry->cls == Lx::kUnit && h.entry->b == 1 && h.entry->d == 1) return false;
    }
  }
  time(out);
  switch (static_cast<Grain>(m.items[1]->lex->a)) {
    case Grain::kMonth:
      out.t.month = v;
      return v >= 1 && v <= 12;
    case Grain::kDay:
      // A day in Sino-Korean words is written after its month ("오월 오일"); alone "오일" is oil.
      out.t.day = v;
      out.partial = toks[b].hangul;
      return v >= 1 && v <= 31;
    case Grain::kMinute:
      out.t.minute = v;
      return v <= 59;
    case Grain::kSecond:
      out.t.second = v;
      return v <= 59;
    default:
      return false;
  }
}

}  // namespace

void add_numeric_date_rules(std::vector<Rule>& r);
void add_year_rules(std::vector<Rule>& r);
void add_period_rules(std::vector<Rule>& r);

namespace {

// One word alone: a month, weekday, "today", a holiday (with its country), a season, "지난주".
void add_leaf_rules(std::vector<Rule>& r) {
  r.push_back({"month", {lx(Lx::kMonth)}, month_leaf});
  r.push_back({"weekday", {lx(Lx::kWeekday)}, weekday_leaf});
  r.push_back({"day relative", {lx(Lx::kDayRel)}, day_rel});
  r.push_back({"now", {lx(Lx::kNow)}, now_leaf});
  r.push_back({"holiday", {lx(Lx::kHoliday)}, holiday_leaf});
  r.push_back({"country holiday", {lx(Lx::kCountry), tm(holiday_only)}, country_holiday, 1});
  r.push_back({"holiday of country",
               {tm(holiday_only), opt(lx(Lx::kOf)), lx(Lx::kCountry)},
               country_holiday,
               1});
  r.push_back({"holiday in country",
               {tm(holiday_only), lx(Lx::kPrep), lx(Lx::kCountry)},
               country_holiday,
               1});
  r.push_back({"season", {lx(Lx::kSeason)}, season_leaf});
  r.push_back({"unit relative", {lx(Lx::kUnitRel)}, unit_rel_leaf});
  r.push_back({"weekend", {lx(Lx::kUnit)}, weekend_leaf});
}

// "next week", "last March", "el martes pasado".
void add_relative_rules(std::vector<Rule>& r) {
  r.push_back({"rel unit", {lx(Lx::kRel), lx(Lx::kUnit, unit_word)}, rel_unit});
  r.push_back({"rel quarter", {lx(Lx::kRel), lx(Lx::kQuarterWord)}, rel_unit});
  r.push_back({"unit relpost", {lx(Lx::kUnit, unit_word), lx(Lx::kRelPost)}, rel_unit});
  r.push_back({"rel named", {lx(Lx::kRel), tm(dirless)}, rel_named, 1});
  r.push_back({"named relpost", {tm(dirless), lx(Lx::kRelPost)}, rel_named});
  r.push_back(
      {"rel month of", {lx(Lx::kRel), lx(Lx::kUnit), lx(Lx::kOf), tm(is_month)}, rel_month_of, 1});
}

// Day, month and year in words: "May 2", "2 de mayo", "May 2, 2023", "in 2014", "2014 году".
void add_calendar_rules(std::vector<Rule>& r) {
  r.push_back({"month day", {tm(is_month), opt(lx(Lx::kFiller)), num(day_num)}, month_day});
  r.push_back({"month ordinal", {tm(is_month), ord(day_ord)}, month_day});
  r.push_back({"day month", {num(day_num), opt(lx(Lx::kOf)), tm(is_month)}, month_day});
  r.push_back({"ordinal month", {ord(day_ord), opt(lx(Lx::kOf)), tm(is_month)}, month_day});
  r.push_back({"date year", {tm(no_year), opt(lx(Lx::kOf)), num(year_any)}, with_year});
  r.push_back({"date year word", {tm(no_year), num(year4), lx(Lx::kYearWord)}, with_year});
  r.push_back({"the unit", {lx(Lx::kFiller), lx(Lx::kUnit)}, the_unit});
  add_year_rules(r);  // grammar_rules_years.cc
  r.push_back({"counter field", {num(), glued(lx(Lx::kUnit, counter))}, counter_field});
}

}  // namespace

void add_date_rules(std::vector<Rule>& r) {
  add_leaf_rules(r);
  add_relative_rules(r);
  add_calendar_rules(r);
  add_numeric_date_rules(r);  // grammar_rules_numeric.cc: "15.02.2023", "2/15", "2023-07-31"
  add_period_rules(r);        // grammar_rules_periods.cc: quarters, decades, centuries
}

}  // namespace loupe::dates
