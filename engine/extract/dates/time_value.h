// The typed values the grammar builds (Duckling style): a time (calendar fields, some unset,
// plus how to anchor it to the reference), an interval of two times, a duration, a number.
// Rules combine them; time_resolver.h turns them into ISO values against a reference.
// E.g. "next week" -> TimeSpec{rel_grain kWeek, rel_offset 1}; "Tuesday" -> {weekday 2};
//   their intersection "Tuesday next week" -> {weekday 2, rel_grain kWeek, rel_offset 1}.
#pragma once
#include <climits>

#include "extract/dates/lexicon.h"

namespace loupe::dates {

constexpr int kUnset = INT_MIN;
inline bool set(int v) { return v != kUnset; }

struct TimeSpec {
  // Calendar fields as written (kUnset when absent).
  int year = kUnset, quarter = kUnset, half = kUnset, month = kUnset, week = kUnset;
  int day = kUnset, weekday = kUnset, hour = kUnset, minute = kUnset, second = kUnset;
  int decade = kUnset;                   // 1990 for "the 1990s"
  int century = kUnset;                  // 20 for "the 20th century"
  int season_begin = 0, season_end = 0;  // MMDD bounds of a season
  int pod_begin = -1, pod_end = -1;      // part of day: first and last hour
  bool hour12 = false;                   // hour 1..12 written without am/pm: either half of the day
  bool ampm = false;                     // am/pm stated
  // Anchor: the reference moved by rel_offset units of rel_grain ("next week", "tomorrow").
  Grain rel_grain = Grain::kNone;
  int rel_offset = 0;
  // Shift: the reference plus shift_n units ("3 days ago", "через 2 часа").
  Grain shift_unit = Grain::kNone;
  double shift_n = 0;
  bool now = false;
  int dir = 0;   // a weekday/month/holiday: -n the n-th before, +n the n-th after the reference
  int part = 0;  // 1 beginning, 2 middle, 3 end of the coarsest unit written
  const LexEntry* holiday = nullptr;  // a kHoliday lexicon entry
  bool weekend = false;
  // n-th unit (day/week/weekday) inside the rest ("the first Monday of October"): n < 0 counts
  // from the end; nth_grain kDay with weekday set means that weekday.
  int nth = 0;
  Grain nth_grain = Grain::kNone;
  int tz_minutes = kUnset;  // a stated time zone (minutes east of UTC)
  // rel_grain counts from the date said before, not the reference: "цього ж року", "같은 날"
  bool anaphor = false;
  bool bc = false;
  bool operator==(const TimeSpec&) const = default;
};

struct Duration {
  double n = 0;
  Grain unit = Grain::kNone;
  bool operator==(const Duration&) const = default;
};

enum class ItemType : unsigned char { kLex, kNum, kOrd, kPunct, kTime, kInterval, kDuration };

// One node of the chart: a span of tokens [b, e) and its value.
struct Item {
  int b = 0, e = 0;
  ItemType type = ItemType::kLex;
  const LexEntry* lex = nullptr;              // kLex
  double num = 0;                             // kNum / kOrd
  int digits = 0;                             // kNum written in figures: how many; 0 for words
  bool has_frac = false;                      // kNum: "2.5"
  TimeSpec t;                                 // kTime, kInterval start
  TimeSpec t2;                                // kInterval end
  bool open_begin = false, open_end = false;  // kInterval: a side left open
  bool from_ref = false;  // kInterval: begins at the reference moment ("by", "within")
  Duration dur;           // kDuration
  bool marked = false;    // kDuration: a marker says it is a length ("for", "동안")
  Duration length;        // kInterval: the end is the start plus this ("4pm for 30 mins")
  bool partial = false;   // a part only ("2014" alone, "the month"): never a mention
  int rule = -1;          // which rule built it (-1: a leaf)
  int prio = 0;           // tie-break among items of the same span
  bool operator==(const Item&) const = default;
};

}  // namespace loupe::dates
