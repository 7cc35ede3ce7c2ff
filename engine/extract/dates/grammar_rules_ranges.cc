// Rules that combine values: intersection, intervals, open intervals, parts and n-th (durations
// and offsets: grammar_rules_offsets.cc).
#include "extract/dates/grammar_util.h"
#include "extract/dates/tense.h"

namespace loupe::dates {

bool prep_day(const RuleMatch& m, Item& out);   // grammar_rules_parts.cc
bool time_zone(const RuleMatch& m, Item& out);  // grammar_rules_clock.cc

namespace {

bool month_num(const Item& it) {
  return whole(it) && it.digits <= 2 && it.num >= 1 && it.num <= 12;
}
bool month_alone(const Item& it) { return month_only(it.t) && it.t.dir == 0; }
bool hour_num(const Item& it) { return whole(it) && it.digits <= 2 && it.num <= 24; }
bool plain_until(const Item& it) { return it.lex->b != 2 && it.lex->b != 1; }
bool any_until(const Item& it) { return it.lex->b != 1; }
bool postfix(const Item& it) { return it.lex->b == 1; }
bool open_from(const Item& it) { return it.lex->b == 0; }  // not "de" (b = 3): ranges only
bool prefix(const Item& it) { return it.lex->b != 1; }
bool by_marker(const Item& it) { return it.lex->c == 1; }
bool pointish(const Item& it) { return !it.t.now && !set(it.t.decade) && !set(it.t.century); }
bool day_month(const Item& it) { return set(it.t.day) && set(it.t.month) && !set(it.t.hour); }
bool clock_t(const Item& it) { return clock_only(it.t); }
Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

bool intersect(const RuleMatch& m, Item& out) {
  const Item* a = m.items[0];
  const Item* b = m.items.back();
  // A noun of the day's parts or a season in prose joins a calendar anchor ("summer 2021"),
  // not an offset: "Profits fall in week" is no autumn.
  if ((a->partial && b->t.shift_unit != Grain::kNone) ||
      (b->partial && a->t.shift_unit != Grain::kNone)) {
    return false;
  }
  time(out);
  out.prio = -1;
  // "광복절 당일", "Christmas that same day": "that day" after a day names it again.
  const auto that_day = [](const TimeSpec& t) {
    return t.anaphor && t.rel_grain == Grain::kDay && t.rel_offset == 0 && !set(t.hour) &&
           t.pod_begin < 0;
  };
  const auto a_day = [](const TimeSpec& t) {
    return (t.holiday || set(t.day)) && t.rel_grain == Grain::kNone && !t.anaphor;
  };
  if (that_day(b->t) && a_day(a->t)) return out.t = a->t, true;
  // "с 2009 года, 25 июня": a year and, after a comma, a day of a month are two dates (a list,
  // an apposition); a day's own year follows it ("25 июня 2009 года").
  if (set(a->t.year) && !set(a->t.month) && set(b->t.month) && !set(b->t.year)) {
    for (int k = a->e; k < b->b; ++k) {
      if ((*m.toks)[k].norm == ",") return false;
    }
  }
  return merge_times(a->t, b->t, out.t);
}

bool interval_intersect(const RuleMatch& m, Item& out) {  // "9:30 - 11:00 on Thursday"
  const bool iv_first = m.items[0]->type == ItemType::kInterval;
  const Item* i = iv_first ? m.items[0] : m.items.back();
  const Item* t = iv_first ? m.items.back() : m.items[0];
  out = *i;
  out.b = m.items[0]->b, out.e = m.items.back()->e;
  if (i->open_begin || i->open_end || i->from_ref) return false;
  // "зиму 2013 – 2014-го", "the winter of 2013-14": a season across the new year over two years
  // in a row is that one winter, of the first year.
  const TimeSpec& a = i->t;
  const TimeSpec& b = i->t2;
  if (t->t.season_begin > t->t.season_end && set(a.year) && set(b.year) && b.year == a.year + 1 &&
      !set(a.month) && !set(b.month) && !a.season_begin && !b.season_begin) {
    out.type = ItemType::kTime;
    out.t2 = TimeSpec{};
    return merge_times(a, t->t, out.t);
  }
  return merge_times(i->t, t->t, out.t) && merge_times(i->t2, t->t, out.t2);
}

// Fields the end of "July 13 to 15" lacks come from the start, and the other way round.
void share_fields(TimeSpec& from, TimeSpec& to) {
  if (set(to.day) && !set(to.month) && set(from.month)) to.month = from.month;
  if (set(from.day) && !set(from.month) && set(to.month)) from.month = to.month;
  if (!set(to.year) && set(from.year) && set(to.month)) to.year = from.year;
  // "весни - літа 1649 р.": a season takes the end's year too.
  if (!set(from.year) && set(to.year) && (set(from.month) || from.season_begin)) {
    from.year = to.year;
  }
  auto dated_clock = [](const TimeSpec& date, const TimeSpec& clock) {
    TimeSpec d = date;
    d.hour = clock.hour, d.minute = clock.minute, d.second = clock.second;
    d.hour12 = clock.hour12, d.ampm = clock.ampm, d.tz_minutes = clock.tz_minutes;
    d.pod_begin = clock.pod_begin, d.pod_end = clock.pod_end;
    return d;
  };
  if (set(to.hour) && !has_date(to) && has_date(from)) to = dated_clock(from, to);
  if (set(from.hour) && !has_date(from) && has_date(to)) from = dated_clock(to, from);
  if (to.hour12 && !to.ampm && set(from.hour) && to.hour < from.hour && to.hour + 12 > from.hour) {
    to.hour += 12;  // "8am until 6"
    to.hour12 = false;
  }
  if (from.hour12 && !from.ampm && to.ampm && set(to.hour)) {  // "3-4pm"
    if (to.hour >= 12 && from.hour + 12 <= to.hour) from.hour += 12;
    from.hour12 = false;
  }
}

}  // namespace

// An interval of two times (grammar_util.h).
bool make_interval(const Item* a, const Item* b, Item& out) {
  // A day and a clock time are no range: "mañana a las once" is one moment.
  const auto clock_side = [](const Item* x) {
    return x->type == ItemType::kTime && clock_only(x->t);
  };
  const auto day_side = [](const Item* x) { return x->type == ItemType::kTime && !set(x->t.hour); };
  if ((clock_side(a) && day_side(b)) || (day_side(a) && clock_side(b))) return false;
  // An offset and a plain date are two mentions ("지난 4월 — три дні тому"), not a range.
  const auto offset = [](const Item* x) {
    return x->type == ItemType::kTime && x->t.shift_unit != Grain::kNone;
  };
  if (offset(a) != offset(b)) return false;
  // "지난 4월 — 15 листопада 2022": a month and a full date are two mentions, not a range.
  const auto has_day = [](const Item* x) { return x->type != ItemType::kTime || set(x->t.day); };
  if (a->type == ItemType::kTime && b->type == ItemType::kTime && has_day(a) != has_day(b) &&
      !set(a->t.hour) && !set(b->t.hour) && (set(a->t.month) || set(b->t.month)) &&
      !set(a->t.weekday) && !set(b->t.weekday)) {
    return false;
  }
  out.type = ItemType::kInterval;
  out.t = a->t;
  out.t2 = b->t;
  if (a->type == ItemType::kNum) out.t = TimeSpec{}, out.t.day = ival(a);
  if (b->type == ItemType::kNum) out.t2 = TimeSpec{}, out.t2.day = ival(b);
  if (a->type == ItemType::kOrd) out.t = TimeSpec{}, out.t.day = ival(a);
  if (b->type == ItemType::kOrd) out.t2 = TimeSpec{}, out.t2.day = ival(b);
  share_fields(out.t, out.t2);
  return true;
}

namespace {

// What alone is no date ("0.55" in English, "2 часа" as a length, "дня" as a noun) stays none
// inside an open interval or with both ends of a range: "rose by 0.55 percent", "3.50-4.00
// cents", "з дня набрання чинності". A bare year is the exception: "since 2014".
bool loose_clock(const Item* it) { return it->partial && !set(it->t.year); }

bool range(const RuleMatch& m, Item& out) {
  // [from] A (to|-) B [until-postfix]
  const Item* a = nullptr;
  const Item* b = nullptr;
  for (const Item* it : m.items) {
    if (!it || it->type == ItemType::kLex || it->type == ItemType::kPunct) continue;
    (a ? b : a) = it;
  }
  if (a && b && loose_clock(a) && loose_clock(b)) return false;
  return a && b && make_interval(a, b, out);
}

// "A and B" of days without "between": a range only when B follows A ("20 и 21 марта");
// "9 and 16 October" are two days.
bool day_list(const RuleMatch& m, Item& out) {
  if (m.items[1]->lex->b == 2 && static_cast<int>(m.items[0]->num) + 1 != m.items[2]->t.day) {
    return false;
  }
  return range(m, out);
}

// "지난 8∼10월", "last August to October": one direction for a range of months; the resolver
// reads the end as the last such month and the start in the same run of months.
bool rel_months(const RuleMatch& m, Item& out) {
  const auto alone = [](const TimeSpec& t) { return month_only(t) && t.dir == 0; };
  const Item& r = *m.items[1];
  if (m.items[0]->lex->a != -1 || !alone(r.t) || !alone(r.t2)) return false;
  out = r;
  out.t2.dir = -1;
  return true;
}

bool hour_range(const RuleMatch& m, Item& out) {  // "3-4pm", "9-11am"
  if (m.items.back()->partial) return false;      // "1-2 часа": a length
  Item start;
  start.type = ItemType::kTime;
  start.t.hour = ival(m.items[0]);
  start.t.hour12 = start.t.hour >= 1 && start.t.hour <= 12;
  return make_interval(&start, m.items.back(), out);
}

bool open_after(const RuleMatch& m, Item& out) {
  const bool post = m.items[0]->type == ItemType::kTime;
  const Item* t = post ? m.items[0] : m.items[1];
  const Item* word = post ? m.items[1] : m.items[0];
  if (loose_clock(t)) return false;
  // "down 0.20 from Thursday's settlement price", "standings after Thursday's games": a
  // possessive day names a thing of that day; "from" or "after" it is no "from then on"
  // ("since Monday's vote" still is: since looks back to the day).
  const std::string_view last = (*m.toks)[t->e - 1].norm;
  const bool from_or_after =
      word->lex->cls == Lx::kFrom || (word->lex->cls == Lx::kAfter && word->lex->c != 1);
  if (!post && from_or_after && last.size() > 2 && last.substr(last.size() - 2) == "'s") {
    return false;
  }
  out.type = ItemType::kInterval;
  out.t = t->t;
  out.open_end = true;
  // "since March", "since Monday": the last one, whatever the clause's tense ("have risen").
  // Russian "с", Ukrainian "з", Spanish "desde" (c = 2) before a bare month say "since" in a
  // present clause too ("Цены растут с марта": from the last March) and "from" in a future one
  // ("с марта закон будет действовать"); a past clause reads back anyway. Before a day or a
  // weekday the present is a timetable ("С понедельника вводятся ограничения"): forward.
  const TimeSpec& s = t->t;
  const bool since = word->lex->c == 1 ||
                     (word->lex->c == 2 && month_only(s) && TenseMap(*m.toks).at(word->b) <= 0);
  if (since && s.dir == 0 && !set(s.year) && s.rel_grain == Grain::kNone &&
      s.shift_unit == Grain::kNone && !s.now &&
      (set(s.month) || set(s.weekday) || set(s.day) || s.holiday || s.season_begin)) {
    out.t.dir = -1;
  }
  return true;
}

bool open_before(const RuleMatch& m, Item& out) {
  const bool post = m.items[0]->type == ItemType::kTime;
  const Item* t = post ? m.items[0] : m.items[1];
  const Item* w = post ? m.items[1] : m.items[0];
  if (loose_clock(t)) return false;
  out.type = ItemType::kInterval;
  out.t2 = t->t;
  if (w->lex->c == 1)
    out.from_ref = true;
  else
    out.open_begin = true;
  return true;
}

bool by_time(const RuleMatch& m, Item& out) {  // "by the end of the month" -> now .. then
  if (loose_clock(m.items.back())) return false;
  out.type = ItemType::kInterval;
  out.from_ref = true;
  out.t2 = m.items.back()->t;
  return true;
}

bool time_for(const RuleMatch& m, Item& out) {  // "4pm for 30 mins", "for 30' from 4pm"
  const Item* t = nullptr;
  const Item* d = nullptr;
  for (const Item* it : m.items) {
    if (it && it->type == ItemType::kTime) t = it;
    if (it && it->type == ItemType::kDuration) d = it;
  }
  out.type = ItemType::kInterval;
  out.t = out.t2 = t->t;
  out.length = d->dur;
  return d->dur.unit <= Grain::kHour;
}

bool until_hour(const RuleMatch& m, Item& out) {  // "8am until 6"
  Item end;
  end.type = ItemType::kTime;
  end.t.hour = ival(m.items.back());
  end.t.hour12 = end.t.hour >= 1 && end.t.hour <= 12;
  return make_interval(m.items[0], &end, out);
}

bool prep_interval(const RuleMatch& m, Item& out) {
  out = *m.items[1];
  out.b = m.items[0]->b;
  return true;
}

// Intersections: "Tuesday next week", "May 2 at 3:30 p.m.".
void add_intersection_rules(std::vector<Rule>& r) {
  r.push_back({"intersect", {tm(), tm()}, intersect});
  r.push_back({"intersect of", {tm(), lx(Lx::kOf), tm()}, intersect});
  r.push_back({"intersect prep", {tm(), lx(Lx::kPrep), tm()}, intersect});
  r.push_back({"intersect at", {tm(), lx(Lx::kAt), tm()}, intersect});
  r.push_back({"interval intersect", {iv(), opt(lx(Lx::kPrep)), tm()}, interval_intersect});
  r.push_back({"intersect interval", {tm(), iv()}, interval_intersect});
}

// Ranges of two times: "A - B", "from A to B", "A부터 B까지".
void add_range_rules(std::vector<Rule>& r, const Elem& dash) {
  r.push_back({"range", {tm(pointish), lx(Lx::kUntil, plain_until), tm(pointish)}, range});
  r.push_back({"range dash", {tm(pointish), dash, tm(pointish)}, range});
  r.push_back({"range slash", {tm(clock_t), glued(pc("/")), glued(tm(clock_t))}, range});
  r.push_back({"from range",
               {lx(Lx::kFrom, prefix), tm(pointish), lx(Lx::kUntil, any_until), tm(pointish)},
               range});
  r.push_back(
      {"from range dash", {lx(Lx::kFrom, prefix), tm(pointish), dash, tm(pointish)}, range});
  r.push_back({"postfix range",
               {tm(pointish), lx(Lx::kFrom, postfix), tm(pointish), opt(lx(Lx::kUntil, postfix))},
               range});
  r.push_back(
      {"postfix range dash", {tm(pointish), dash, tm(pointish), lx(Lx::kUntil, postfix)}, range});
}

// Ranges that say a shared part once: days of one month ("13 a 15 de julio",
// "14./15.10.2018", "the 3rd to 5th of May"), hours of one day ("3-4pm").
void add_shared_part_rules(std::vector<Rule>& r, const Elem& dash) {
  r.push_back({"days range", {num(day_num), opt(glued(pc("."))), dash, tm(day_month)}, range});
  r.push_back({"days range slash",
               {num(day_num), glued(pc(".")), glued(pc("/")), glued(tm(day_month))},
               range});
  // "Oct. 9 and Oct. 16", "9 and 16 October": a list; "between 9 and 16 October", "20 и 21
  // марта" (two days in a row) a range.
  r.push_back(
      {"days range to", {num(day_num), lx(Lx::kUntil, any_until), tm(day_month)}, day_list});
  r.push_back({"from days range",
               {lx(Lx::kFrom, prefix), num(day_num), lx(Lx::kUntil, any_until), tm(day_month)},
               range});
  r.push_back({"ord days range", {ord(), lx(Lx::kUntil, any_until), tm(day_month)}, day_list});
  r.push_back({"ord days range dash", {ord(), dash, tm(day_month)}, range});
  r.push_back({"from ord range",
               {lx(Lx::kFrom, prefix), ord(), lx(Lx::kUntil, any_until), tm(day_month)},
               range});
  r.push_back({"days range end", {tm(day_month), dash, num(day_num)}, range});
  r.push_back(
      {"days range end to", {tm(day_month), lx(Lx::kUntil, plain_until), num(day_num)}, range});
  r.push_back({"days range end ord", {tm(day_month), dash, ord()}, range});
  r.push_back({"hour range", {num(hour_num), dash, tm(clock_t)}, hour_range});
  r.push_back(
      {"hour range to", {num(hour_num), lx(Lx::kUntil, plain_until), tm(clock_t)}, hour_range});
  r.push_back({"from interval", {lx(Lx::kFrom, prefix), iv()}, prep_interval});
}

// Open intervals: "since 2014", "until March", "오후2시 이후".
void add_open_rules(std::vector<Rule>& r) {
  r.push_back({"after", {lx(Lx::kAfter, prefix), tm()}, open_after});
  r.push_back({"after postfix", {tm(), lx(Lx::kAfter, postfix)}, open_after});
  r.push_back({"from open", {lx(Lx::kFrom, open_from), tm()}, open_after, -3});
  r.push_back({"before", {lx(Lx::kBefore, prefix), tm()}, open_before});
  r.push_back({"before postfix", {tm(), lx(Lx::kBefore, postfix)}, open_before});
  r.push_back({"until open", {lx(Lx::kUntil, open_from), tm()}, open_before, -3});
}

// A clock time with a length or an end hour, "on the 5" / "el 17", a time zone.
void add_clock_span_rules(std::vector<Rule>& r) {
  r.push_back({"time for", {tm(clock_t), lx(Lx::kFor, prefix), du()}, time_for});
  r.push_back({"from time for",
               {lx(Lx::kFrom, prefix), tm(clock_t), lx(Lx::kFor, prefix), du()},
               time_for});
  r.push_back(
      {"for from time", {lx(Lx::kFor, prefix), du(), lx(Lx::kFrom), tm(clock_t)}, time_for});
  r.push_back(
      {"for after time", {lx(Lx::kFor, prefix), du(), lx(Lx::kAfter), tm(clock_t)}, time_for});
  r.push_back(
      {"until hour", {tm(clock_t), lx(Lx::kUntil, plain_until), num(hour_num)}, until_hour});
  r.push_back({"prep num day", {lx(Lx::kPrep), num(day_num)}, prep_day});
  r.push_back({"time zone", {tm(), lx(Lx::kTimeZone)}, time_zone});
}

// A range of months said with one counter or one direction: "8∼10월", "지난 8∼10월".
void add_month_range_rules(std::vector<Rule>& r, const Elem& dash) {
  r.push_back({"months range", {num(month_num), dash, tm(month_alone)}, months_range});
  r.push_back({"rel months", {lx(Lx::kRel), iv()}, rel_months});
  r.push_back({"decades range", {num(whole), dash, tm()}, decades_range});
  r.push_back({"counter list", {num(day_num), pc(","), tm()}, counter_list});
  r.push_back({"counter days range", {num(day_num), dash, tm()}, counter_days_range});
}

}  // namespace

void add_offset_rules(std::vector<Rule>& r);
void add_part_rules(std::vector<Rule>& r);
void add_nth_rules(std::vector<Rule>& r);

void add_combination_rules(std::vector<Rule>& r) {
  const Elem dash = pc("-|–|—|~|〜|～|∼");
  add_intersection_rules(r);
  add_range_rules(r, dash);
  add_shared_part_rules(r, dash);
  add_open_rules(r);
  add_offset_rules(r);  // grammar_rules_offsets.cc: durations, offsets, last/next N
  add_part_rules(r);    // grammar_rules_parts.cc: "end of May"
  r.push_back({"by", {lx(Lx::kBefore, by_marker), tm()}, by_time, 1});
  add_nth_rules(r);  // grammar_rules_parts.cc: "the first Monday of October", "el 17"
  add_clock_span_rules(r);
  add_month_range_rules(r, dash);
}

}  // namespace loupe::dates
