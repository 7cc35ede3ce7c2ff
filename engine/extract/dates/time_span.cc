#include "extract/dates/time_span.h"

#include <algorithm>
#include <cmath>

#include "extract/dates/holidays.h"

namespace loupe::dates {
namespace {

constexpr int kYearSearch = 30;  // years tried for "Fri, Jul 18" and holidays

bool has_date_fields(const TimeSpec& s) {
  return set(s.year) || set(s.month) || set(s.day) || set(s.weekday) || s.holiday ||
         s.season_begin || set(s.quarter) || set(s.half) || s.rel_grain != Grain::kNone ||
         s.weekend;
}

CivilTime at(const CivilDate& d, int h = 0, int m = 0, int s = 0) { return {d, h, m, s}; }
Span point(const CivilTime& t, Grain g) { return {t, t, g, false}; }
Span days(const CivilDate& b, const CivilDate& e) { return {at(b), at(e), Grain::kDay, b != e}; }

CivilDate last_day(const Span& s) {
  const CivilDate e = s.e.date;
  switch (s.g) {
    case Grain::kWeek:
      return add_days(e, 6);
    case Grain::kMonth:
      return {e.year, e.month, days_in_month(e.year, e.month)};
    case Grain::kQuarter:
      return add_days(add_months({e.year, e.month, 1}, 3), -1);
    case Grain::kYear:
      return {e.year, 12, 31};
    default:
      return e;
  }
}

std::optional<Span> holiday_span(const LexEntry& h, int y) {
  CivilDate d;
  switch (h.a) {
    case kFixed:
      d = {y, h.b, h.c};
      break;
    case kNthWeekday: {
      if (h.d > 0) {
        const CivilDate first{y, h.b, 1};
        d = add_days(first, ((h.c - weekday(first)) + 7) % 7 + 7 * (h.d - 1));
      } else {
        const CivilDate last{y, h.b, days_in_month(y, h.b)};
        d = add_days(last, -(((weekday(last) - h.c) + 7) % 7));
      }
      d = add_days(d, h.e);
      break;
    }
    case kEaster:
    case kOrthodoxEaster: {
      d = add_days(h.a == kEaster ? easter_sunday(y) : orthodox_easter_sunday(y), h.b);
      if (h.c > 0) return days(d, add_days(d, h.c - 1));
      break;
    }
    case kLunar: {  // every holiday of holidays.h, lunisolar ones included
      const auto r = holiday_dates(static_cast<HolidayId>(h.b), y);
      if (!r) return std::nullopt;
      const CivilDate first{r->first.year, r->first.month, r->first.day};
      const CivilDate last{r->last.year, r->last.month, r->last.day};
      if (first == last) return point(at(first), Grain::kDay);
      return days(first, last);
    }
    default:
      return std::nullopt;
  }
  if (!valid_date(d)) return std::nullopt;
  return point(at(d), Grain::kDay);
}

Span season_span(const TimeSpec& s, int y) {  // the season that begins in year y
  const int bm = s.season_begin / 100, bd = s.season_begin % 100;
  const int em = s.season_end / 100, ed = s.season_end % 100;
  const int ey = s.season_end < s.season_begin ? y + 1 : y;
  return days({y, bm, bd}, {ey, em, ed});
}

// The instance of a yearly thing (a month, a day, a holiday...) for the direction asked:
// forward: the first that has not ended; backward: the last that has begun; explicit dir n:
// the n-th strictly after (n > 0) or before (n < 0) the reference.
template <class Make>
std::optional<Span> pick_year(const Reference& ref, int dir, int explicit_dir, Make make) {
  const CivilDate today = ref.moment.date;
  int found = 0;
  const int want = explicit_dir != 0 ? std::abs(explicit_dir) : 1;
  const int step = (explicit_dir != 0 ? explicit_dir : dir) < 0 ? -1 : 1;
  for (int k = step > 0 ? -1 : 1, n = 0; n < kYearSearch; k += step, ++n) {
    auto s = make(today.year + k);
    if (!s) continue;
    const CivilDate first = s->b.date, last = last_day(*s);
    bool ok;
    if (explicit_dir > 0)
      ok = first > today;
    else if (explicit_dir < 0)
      ok = last < today;
    else if (step > 0)
      ok = last >= today;
    else
      ok = first <= today;
    if (ok && ++found == want) return s;
  }
  return std::nullopt;
}

std::optional<Span> apply_part(const Span& c, int part) {
  const CivilDate b = c.b.date, e = last_day(c);
  switch (c.g) {
    case Grain::kMonth:
      if (part == 1) return days(b, {b.year, b.month, 10});
      if (part == 2) return days({b.year, b.month, 11}, {b.year, b.month, 20});
      return days({b.year, b.month, 21}, e);
    case Grain::kWeek:
      if (part == 1) return days(b, add_days(b, 2));
      if (part == 2) return days(add_days(b, 2), add_days(b, 4));
      return days(add_days(b, 4), e);
    case Grain::kYear: {
      static constexpr int kFirst[] = {1, 5, 9}, kLast[] = {3, 8, 12};
      Span s{at({b.year, kFirst[part - 1], 1}), at({b.year, kLast[part - 1], 1}), Grain::kMonth,
             true};
      return s;
    }
    case Grain::kDay:
      if (part == 3) return Span{at(b, 18), at(b, 23), Grain::kHour, true};
      if (part == 1) return Span{at(b, 0), at(b, 11), Grain::kHour, true};
      return Span{at(b, 11), at(b, 14), Grain::kHour, true};
    default:
      return c;
  }
}

std::optional<Span> apply_nth(const Span& c, const TimeSpec& s) {
  const CivilDate b = c.b.date, e = last_day(c);
  const int n = s.nth;
  CivilDate d;
  if (s.nth_grain == Grain::kWeek) {
    if (n > 0)
      d = add_days(b, (8 - weekday(b)) % 7 + 7 * (n - 1));
    else
      d = add_days(e, -(weekday(e) % 7) - 6 - 7 * (-n - 1));
    if (d < b || add_days(d, 6) > e) return std::nullopt;
    return point(at(d), Grain::kWeek);
  }
  if (set(s.weekday)) {
    if (n > 0)
      d = add_days(b, ((s.weekday - weekday(b)) + 7) % 7 + 7 * (n - 1));
    else
      d = add_days(e, -(((weekday(e) - s.weekday) + 7) % 7) - 7 * (-n - 1));
  } else {
    d = n > 0 ? add_days(b, n - 1) : add_days(e, n + 1);
  }
  if (d < b || d > e) return std::nullopt;
  return point(at(d), Grain::kDay);
}

std::optional<Span> relative_period(const TimeSpec& s, const Reference& ref) {
  const Grain g = s.rel_grain;
  const CivilTime base = add_units(truncate(ref.moment, g), g, s.rel_offset);
  if (g == Grain::kWeek && s.weekend) {
    const CivilDate fri = add_days(base.date, 4);
    return Span{at(fri, 18), at(add_days(fri, 2), 23), Grain::kHour, true};
  }
  if (g == Grain::kWeek && set(s.weekday)) {
    return point(at(add_days(base.date, s.weekday - 1)), Grain::kDay);
  }
  if (g == Grain::kMonth && set(s.day)) {
    const CivilDate d{base.date.year, base.date.month, s.day};
    if (!valid_date(d)) return std::nullopt;
    return point(at(d), Grain::kDay);
  }
  if (g == Grain::kDay && (set(s.weekday) || set(s.day) || set(s.month))) return std::nullopt;
  return point(base, g);
}

// "Sun, Feb 10", "Fri, Jul 18": the year where the weekday fits within a year of the
// reference, the nearest; else the nearest before it in a past clause, after it in a future
// one, either way without a cue.
std::optional<Span> weekday_date_no_year(const TimeSpec& s, const Reference& ref, int dir) {
  const long today = days_from_civil(ref.moment.date);
  bool close = false;
  for (int y = ref.moment.date.year - 1; y <= ref.moment.date.year + 1; ++y) {
    const CivilDate d{y, s.month, s.day};
    close |=
        valid_date(d) && weekday(d) == s.weekday && std::abs(days_from_civil(d) - today) <= 366;
  }
  std::optional<CivilDate> best;
  for (int y = ref.moment.date.year - 30; y <= ref.moment.date.year + 30; ++y) {
    const CivilDate d{y, s.month, s.day};
    if (!valid_date(d) || weekday(d) != s.weekday) continue;
    const bool wrong_way = (dir < 0 && d > ref.moment.date) || (dir > 0 && d < ref.moment.date);
    if (!close && wrong_way) continue;
    if (!best || std::abs(days_from_civil(d) - today) < std::abs(days_from_civil(*best) - today))
      best = d;
  }
  if (!best) return std::nullopt;
  return point(at(*best), Grain::kDay);
}

// A day of an unnamed month: this month's or the next/previous one.
std::optional<Span> day_of_unnamed_month(const TimeSpec& s, const Reference& ref, int dir) {
  const CivilDate today = ref.moment.date;
  const int way = s.dir != 0 ? s.dir : dir;
  for (int k = 0; k < 3; ++k) {
    const CivilDate m = add_months({today.year, today.month, 1}, way < 0 ? -k : k);
    const CivilDate d{m.year, m.month, s.day};
    if (!valid_date(d) || (way < 0 ? d > today : d < today)) continue;
    if (s.dir != 0 && d == today) continue;  // "지난 31일" is not today
    if (set(s.weekday) && weekday(d) != s.weekday) continue;
    return point(at(d), Grain::kDay);
  }
  return std::nullopt;
}

// A bare weekday: the next one (or the last one in a past clause); "Wednesday after next",
// "two Fridays from now": the n-th one.
std::optional<Span> bare_weekday(const TimeSpec& s, const Reference& ref, int dir) {
  const int step = (s.dir != 0 ? s.dir : dir) < 0 ? -1 : 1;
  CivilDate d = ref.moment.date;
  int skip = std::abs(s.dir) >= 2 ? std::abs(s.dir) - 1 : 0;
  for (int i = 0, days = 7 * (skip + 2); i < days; ++i) {  // the bound before skip counts down
    d = add_days(d, step);
    if (weekday(d) == s.weekday && skip-- == 0) return point(at(d), Grain::kDay);
  }
  return std::nullopt;
}

std::optional<Span> absolute_date(const TimeSpec& s, const Reference& ref, int dir, bool& used) {
  const bool has_year = set(s.year);
  auto with_year = [&](auto make) -> std::optional<Span> {
    if (has_year) return make(s.year);
    used = true;
    return pick_year(ref, dir, s.dir, make);
  };
  if (s.holiday) {
    return with_year([&](int y) { return holiday_span(*s.holiday, y); });
  }
  if (s.season_begin)
    return with_year([&](int y) -> std::optional<Span> { return season_span(s, y); });
  if (set(s.half) && !set(s.month) && !set(s.quarter)) {  // "the first half of 1996", "하반기"
    return with_year([&](int y) -> std::optional<Span> {
      return Span{at({y, (s.half - 1) * 6 + 1, 1}), at({y, s.half * 6, 1}), Grain::kMonth, true};
    });
  }
  if (set(s.half) && set(s.month) && !set(s.day) && !set(s.quarter)) {  // "первой половине октября"
    return with_year([&](int y) -> std::optional<Span> {
      if (s.half == 1) return days({y, s.month, 1}, {y, s.month, 15});
      return days({y, s.month, 16}, {y, s.month, days_in_month(y, s.month)});
    });
  }
  if (set(s.quarter)) {
    const int y = has_year ? s.year : (used = true, ref.moment.date.year);
    return point(at({y, (s.quarter - 1) * 3 + 1, 1}), Grain::kQuarter);
  }
  if (set(s.month) && set(s.day) && set(s.weekday) && !has_year) {
    used = true;
    return weekday_date_no_year(s, ref, dir);
  }
  if (set(s.month)) {
    return with_year([&](int y) -> std::optional<Span> {
      if (!set(s.day)) return point(at({y, s.month, 1}), Grain::kMonth);
      const CivilDate d{y, s.month, s.day};
      if (!valid_date(d) || (set(s.weekday) && weekday(d) != s.weekday)) return std::nullopt;
      return point(at(d), Grain::kDay);
    });
  }
  if (set(s.day) || set(s.weekday)) {
    used = true;
    return set(s.day) ? day_of_unnamed_month(s, ref, dir) : bare_weekday(s, ref, dir);
  }
  if (has_year) return point(at({s.year, 1, 1}), Grain::kYear);
  return std::nullopt;
}

std::optional<Span> date_part(const TimeSpec& s, const Reference& ref, int dir, bool& used) {
  std::optional<Span> c;
  if (s.rel_grain != Grain::kNone && s.rel_grain != Grain::kYear) {
    used = true;
    c = relative_period(s, ref);
  } else if (s.rel_grain == Grain::kYear) {
    used = true;
    TimeSpec y = s;
    y.year = ref.moment.date.year + s.rel_offset;
    y.rel_grain = Grain::kNone;
    c = absolute_date(y, ref, dir, used);
  } else if (s.weekend) {
    used = true;
    TimeSpec w = s;
    w.rel_grain = Grain::kWeek;
    c = relative_period(w, ref);
  } else {
    c = absolute_date(s, ref, dir, used);
  }
  if (!c) return c;
  if (s.nth) return apply_nth(*c, s);
  if (s.part > 0) return apply_part(*c, s.part);
  return c;
}

std::optional<Span> shifted(const TimeSpec& s, const Reference& ref) {
  // Duckling's grain (one finer than the unit) against a moment; a date-only reference (a
  // document's date) gives the unit itself, at least the day: "2 years ago" -> "2021".
  Grain g = finer_grain(s.shift_unit);
  if (!ref.has_time)
    g = std::max(s.shift_unit == Grain::kWeek ? Grain::kDay : s.shift_unit, Grain::kDay);
  CivilTime t = truncate(add_units(ref.moment, s.shift_unit, s.shift_n), g);
  if (s.holiday) {
    auto h = holiday_span(*s.holiday, t.date.year);
    return h;
  }
  if (set(s.hour)) {
    t.hour = s.hour, t.minute = set(s.minute) ? s.minute : 0, t.second = 0;
    return point(t, set(s.minute) ? Grain::kMinute : Grain::kHour);
  }
  return point(t, g);
}

}  // namespace

std::string format_span_begin(const Span& s) { return format_at(s.b, s.g); }

std::optional<Span> resolve_spec(const TimeSpec& s, const Reference& ref, int dir, bool& used) {
  if (s.now) {
    used = true;
    return point(ref.moment, ref.has_time ? Grain::kSecond : Grain::kDay);
  }
  if (s.shift_unit != Grain::kNone) {
    used = true;
    return shifted(s, ref);
  }
  std::optional<Span> day = date_part(s, ref, dir, used);
  const bool dated = day.has_value();
  if (!dated && (has_date_fields(s) || (!set(s.hour) && s.pod_begin < 0))) return std::nullopt;
  if (!dated) used = true;
  const CivilDate d = dated ? day->b.date : ref.moment.date;
  if (set(s.hour)) {
    CivilTime t = at(d, s.hour, set(s.minute) ? s.minute : 0, set(s.second) ? s.second : 0);
    const Grain g = set(s.second) ? Grain::kSecond : set(s.minute) ? Grain::kMinute : Grain::kHour;
    if (set(s.tz_minutes) && set(ref.tz_minutes))
      t = add_seconds(t, (ref.tz_minutes - s.tz_minutes) * 60L);
    if (!dated && ref.has_time) {  // a bare time: the next such moment
      if (s.hour12 && !s.ampm && t < ref.moment && s.hour < 12) t.hour += 12;
      if (t < ref.moment) t.date = add_days(t.date, 1);
    }
    return point(t, g);
  }
  if (s.pod_begin >= 0) {
    return Span{at(d, s.pod_begin), at(d, s.pod_end), Grain::kHour, true};
  }
  return day;
}

}  // namespace loupe::dates
