// Helpers shared by the rule files: item tests and the intersection of two times.
#pragma once
#include "extract/dates/grammar.h"

namespace loupe::dates {

inline int ival(const Item* it) { return static_cast<int>(it->num); }
inline bool whole(const Item& it) { return !it.has_frac && it.digits >= 0; }
inline bool day_num(const Item& it) {
  return whole(it) && it.digits <= 2 && it.num >= 1 && it.num <= 31;
}
inline bool minus_one(const Item& it) { return it.num == -1; }

// A time made only of calendar fields of the day or coarser (no clock, no anchor).
inline bool clock_only(const TimeSpec& t) {
  return set(t.hour) && !set(t.year) && !set(t.month) && !set(t.day) && !set(t.weekday) &&
         t.rel_grain == Grain::kNone && t.shift_unit == Grain::kNone && !t.holiday;
}
inline bool has_clock(const TimeSpec& t) { return set(t.hour); }
inline bool has_date(const TimeSpec& t) {
  return set(t.year) || set(t.month) || set(t.day) || set(t.weekday) || t.holiday ||
         t.rel_grain != Grain::kNone || t.shift_unit != Grain::kNone || t.season_begin ||
         set(t.half);
}
inline bool month_only(const TimeSpec& t) {
  return set(t.month) && !set(t.day) && !set(t.year) && !set(t.weekday) &&
         t.rel_grain == Grain::kNone && !set(t.hour) && !t.part;
}

// Intersection of two times ("next week" + "Tuesday", "May 2" + "3:30 p.m."): the union of
// their fields when no field is stated twice; false when they cannot describe one time.
bool merge_times(const TimeSpec& a, const TimeSpec& b, TimeSpec& out);

// Applies am/pm or a part of the day to an hour written 1..12.
void apply_pm(TimeSpec& t, bool pm);

// Numbers that are figures, no times (figure_runs.cc). A dotted pair toks[b, e) ("2.10.3",
// "192.168.1.1") continued by another dot and number: a version or an address.
bool dotted_chain(const std::vector<Tok>& toks, int b, int e);
// The dotted pair toks[b, e) ("12.71") is a table's figure or a length ("13.26 seconds");
// `after_at`: a word that introduces a time precedes it, so only its own column counts.
bool dotted_figure(const std::vector<Tok>& toks, int b, int e, bool after_at);
// toks[e] opens the next line of a ranked list ("1:16 5. Erik Dekker"): what ends before it is
// a figure of the list (a race gap, a result), no time.
bool before_rank(const std::vector<Tok>& toks, int e);
// The number toks[hour], after the word toks[at] ("las", "at"), stands among spaced figures.
bool hour_in_figure_run(const std::vector<Tok>& toks, int at, int hour);

// An interval from a to b (grammar_rules_ranges.cc); false when they make none.
bool make_interval(const Item* a, const Item* b, Item& out);
// Korean counters said once for both ends (grammar_rules_counters.cc).
bool months_range(const RuleMatch& m, Item& out);        // "8∼10월"
bool counter_list(const RuleMatch& m, Item& out);        // "30, 31일"
bool counter_days_range(const RuleMatch& m, Item& out);  // "12∼13일"
bool decades_range(const RuleMatch& m, Item& out);       // "60∼70년대"

// A two-digit year: 74 -> 1974, 15 -> 2015.
inline int expand_year(int yy) { return yy < 50 ? 2000 + yy : 1900 + yy; }

}  // namespace loupe::dates
