#include "extract/dates/time_resolver.h"

#include <cmath>
#include <cstdio>

#include "extract/dates/time_span.h"

namespace loupe::dates {
namespace {

bool digits_at(std::string_view s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

std::string unit_letter(Grain g, double n, bool with_t) {
  char buf[48];
  const char* u = "D";
  switch (g) {
    case Grain::kSecond:
      u = "S";
      break;
    case Grain::kMinute:
      u = "M";
      break;
    case Grain::kHour:
      u = "H";
      break;
    case Grain::kDay:
      u = "D";
      break;
    case Grain::kWeek:
      u = "W";
      break;
    case Grain::kMonth:
      u = "M";
      break;
    case Grain::kQuarter:
      u = "M", n *= 3;
      break;
    case Grain::kYear:
      u = "Y";
      break;
    case Grain::kDecade:
      u = "Y", n *= 10;
      break;
    case Grain::kCentury:
      u = "Y", n *= 100;
      break;
    case Grain::kNone:
      break;
  }
  const bool time_unit = g <= Grain::kHour;
  std::snprintf(buf, sizeof buf, "%s%g%s", with_t && time_unit ? "T" : "", n, u);
  return buf;
}

std::string decade_value(const TimeSpec& t) {
  char buf[16];
  if (set(t.decade))
    std::snprintf(buf, sizeof buf, "%03dX", t.decade / 10);
  else
    std::snprintf(buf, sizeof buf, "%02d", t.century - 1);
  return buf;
}

const char* part_mod(int part) {
  return part == 1 ? "START" : part == 2 ? "MID" : part == 3 ? "END" : "";
}

std::optional<ResolvedValue> resolve_interval(const Item& it, const Reference& ref, int dir);

// "within N units", "by X" (from_ref): from the reference up to the end of what is named.
std::optional<ResolvedValue> resolve_from_ref(const Item& it, const Reference& ref, int dir,
                                              bool ended = false) {
  // "By October the front held", "2013년까지 누적 판매량" (an end already past): until.
  if ((dir < 0 || ended) && it.t2.part != -1) {
    Item until = it;
    until.from_ref = false;
    until.open_begin = true;
    return resolve_interval(until, ref, dir);
  }
  if (dir < 0) {  // "было в течение двух лет": a length, in a past clause
    ResolvedValue d;
    d.duration = true;
    d.grain = it.t2.shift_unit;
    d.value = "P" + unit_letter(it.t2.shift_unit, it.t2.shift_n, true);
    return d;
  }
  ResolvedValue out;
  out.range = true;
  out.uses_reference = true;
  const Grain moment_grain = ref.has_time ? Grain::kSecond : Grain::kDay;
  CivilTime end;
  if (it.t2.part == -1) {  // within N units: up to the end of the unit reached
    const Grain unit = it.t2.shift_unit;
    CivilTime reached = add_units(ref.moment, unit, it.t2.shift_n);
    end = add_seconds(truncate(reached, ref.has_time ? finer_grain(unit) : Grain::kDay), -1);
  } else {
    bool used = false;
    auto x = resolve_spec(it.t2, ref, dir, used);
    if (!x) return std::nullopt;
    end = x->range || x->g >= Grain::kDay ? end_of(x->e, x->g) : add_seconds(x->b, -1);
  }
  if (end < ref.moment) return ended ? std::nullopt : resolve_from_ref(it, ref, dir, true);
  out.grain = moment_grain;
  out.value = format_at(ref.moment, moment_grain) + "/" + format_at(end, moment_grain);
  return out;
}

// "since 2014" (X/), "until March" (/X).
std::optional<ResolvedValue> resolve_open(const Item& it, const Reference& ref, int dir) {
  ResolvedValue out;
  out.range = true;
  bool used = false;
  auto x = resolve_spec(it.open_end ? it.t : it.t2, ref, dir, used);
  if (!x) return std::nullopt;
  out.uses_reference = used;
  out.grain = x->g;
  out.value = it.open_end ? format_at(x->b, x->g) + "/" : "/" + format_at(x->e, x->g);
  return out;
}

// Months without a year that look back together ("지난 8∼10월", "from August to October" in a
// past clause): the end is the last such month, the start that year's (or the year before's,
// when its month comes later). Resolved apart, the end could fall a year before the start.
bool backward_months(const Item& it, int dir) {
  const auto month_only = [](const TimeSpec& t) {
    return set(t.month) && !set(t.day) && !set(t.year) && !set(t.weekday) && !set(t.hour) &&
           t.rel_grain == Grain::kNone && t.shift_unit == Grain::kNone && !t.part;
  };
  const TimeSpec &a = it.t, &b = it.t2;
  return month_only(a) && month_only(b) && a.dir == 0 && (b.dir < 0 || (b.dir == 0 && dir < 0));
}

bool days_alone(const TimeSpec& t) {
  return set(t.day) && !set(t.month) && !set(t.year) && !set(t.weekday) && !set(t.hour) &&
         t.rel_grain == Grain::kNone && t.shift_unit == Grain::kNone && t.dir == 0;
}

// The end's clock on the start's day ("8am until 6pm"), a year from the start ("Dec 28 -
// Jan 3") or the start's year from the end (backward months).
std::optional<ResolvedValue> resolve_closed(const Item& it, const Reference& ref, int dir) {
  bool used = false;
  TimeSpec begin = it.t;
  if (backward_months(it, dir)) {
    auto last = resolve_spec(it.t2, ref, -1, used);
    if (!last) return std::nullopt;
    begin.year = last->b.date.year - (begin.month > it.t2.month ? 1 : 0);
  } else if (days_alone(it.t) && days_alone(it.t2)) {  // "30, 31일": the end's month
    auto last = resolve_spec(it.t2, ref, dir, used);
    if (!last) return std::nullopt;
    begin.year = last->b.date.year, begin.month = last->b.date.month;
  }
  auto a = resolve_spec(begin, ref, dir, used);
  if (!a) return std::nullopt;
  TimeSpec end = it.t2;
  const bool end_clock_only = set(end.hour) && !set(end.year) && !set(end.month) && !set(end.day) &&
                              !set(end.weekday) && end.rel_grain == Grain::kNone;
  if (end_clock_only) {  // the end's clock is on the start's day: "8am until 6pm"
    end.year = a->b.date.year, end.month = a->b.date.month, end.day = a->b.date.day;
    if (!end.ampm && end.hour < a->b.hour && end.hour < 12 && end.hour + 12 >= a->b.hour) {
      end.hour += 12;  // "8am until 6", "11:30-1:30"
    }
  }
  auto b = resolve_spec(end, ref, dir, used);
  if (!b) return std::nullopt;
  if (it.length.unit != Grain::kNone) {  // "4pm for 30 mins"
    b->b = b->e = add_units(a->b, it.length.unit, it.length.n);
    b->g = std::min(a->g, Grain::kMinute);
    a->g = b->g;
  }
  if (b->e < a->b && !set(it.t2.year) && set(it.t2.month)) {  // "Dec 28 - Jan 3"
    TimeSpec later = it.t2;
    later.year = a->b.date.year + 1;
    b = resolve_spec(later, ref, dir, used);
    if (!b) return std::nullopt;
  }
  if (b->e < a->b) return std::nullopt;
  ResolvedValue out;
  out.range = true;
  out.uses_reference = used;
  out.grain = std::min(a->g, b->g);
  out.value = format_span_begin(*a) + "/" + format_at(b->e, b->g);
  return out;
}

std::optional<ResolvedValue> resolve_interval(const Item& it, const Reference& ref, int dir) {
  if (set(it.t.decade) && set(it.t2.decade) && !it.open_begin && !it.open_end && !it.from_ref) {
    ResolvedValue out;  // "60∼70년대" -> "196X/197X"
    out.range = true;
    out.grain = Grain::kDecade;
    out.value = decade_value(it.t) + "/" + decade_value(it.t2);
    return out;
  }
  // "70년대 이후", "since the 1990s", "до XX века": an open side of a decade or century.
  const TimeSpec& side = it.open_end ? it.t : it.t2;
  if ((it.open_end != it.open_begin) && !it.from_ref && (set(side.decade) || set(side.century))) {
    ResolvedValue out;
    out.range = true;
    out.grain = set(side.decade) ? Grain::kDecade : Grain::kCentury;
    out.value = it.open_end ? decade_value(side) + "/" : "/" + decade_value(side);
    return out;
  }
  if (it.from_ref) return resolve_from_ref(it, ref, dir);
  if (it.open_end || it.open_begin) return resolve_open(it, ref, dir);
  return resolve_closed(it, ref, dir);
}

}  // namespace

std::optional<Reference> parse_reference(std::string_view s) {
  Reference r;
  CivilDate d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !digits_at(s, 0, 4, d.year) ||
      !digits_at(s, 5, 2, d.month) || !digits_at(s, 8, 2, d.day) || !valid_date(d)) {
    return std::nullopt;
  }
  r.moment.date = d;
  if (s.size() == 10) return r;
  if (s[10] != 'T' || s.size() < 16 || s[13] != ':' || !digits_at(s, 11, 2, r.moment.hour) ||
      !digits_at(s, 14, 2, r.moment.minute) || r.moment.hour > 23 || r.moment.minute > 59) {
    return std::nullopt;
  }
  r.has_time = true;
  std::size_t at = 16;
  if (at < s.size() && s[at] == ':') {
    if (!digits_at(s, at + 1, 2, r.moment.second) || r.moment.second > 59) return std::nullopt;
    at += 3;
  }
  if (at == s.size()) return r;
  if (s[at] == 'Z' && at + 1 == s.size()) return r.tz_minutes = 0, r;
  int hh = 0, mm = 0;
  if ((s[at] != '+' && s[at] != '-') || s.size() != at + 6 || s[at + 3] != ':' ||
      !digits_at(s, at + 1, 2, hh) || !digits_at(s, at + 4, 2, mm)) {
    return std::nullopt;
  }
  r.tz_minutes = (s[at] == '-' ? -1 : 1) * (hh * 60 + mm);
  return r;
}

std::optional<ResolvedValue> resolve_item(const Item& it, const Reference& ref, int dir) {
  if (it.type == ItemType::kDuration) {
    ResolvedValue out;
    out.duration = true;
    out.grain = it.dur.unit;
    out.value = "P" + unit_letter(it.dur.unit, it.dur.n, true);
    return out;
  }
  if (it.type == ItemType::kInterval) return resolve_interval(it, ref, dir);
  if (set(it.t.decade) || set(it.t.century)) {
    ResolvedValue out;
    out.grain = set(it.t.decade) ? Grain::kDecade : Grain::kCentury;
    out.value = decade_value(it.t);
    return out;
  }
  ResolvedValue out;
  // A bare weekday in a past clause is the last such day up to the reference day itself: a
  // story dated Friday says "the bank said on Friday" of that very day (news usage).
  const TimeSpec& t = it.t;
  const bool bare_weekday = set(t.weekday) && t.dir == 0 && !set(t.day) && !set(t.month) &&
                            !set(t.year) && t.rel_grain == Grain::kNone &&
                            t.shift_unit == Grain::kNone && !t.holiday;
  Reference day_after = ref;
  if (dir < 0 && bare_weekday) day_after.moment.date = add_days(ref.moment.date, 1);
  auto span = resolve_spec(it.t, day_after, dir, out.uses_reference);
  if (!span) return std::nullopt;
  out.grain = span->g;
  out.range = span->range;
  out.mod = part_mod(it.t.part);
  out.value = span->range ? format_span_begin(*span) + "/" + format_at(span->e, span->g)
                          : format_at(span->b, span->g);
  return out;
}

void PriorDate::note(const ResolvedValue& v) {
  if (v.duration) return;
  const std::string_view s = v.value;
  const auto digits = [&](std::size_t at, std::size_t n) {
    int x = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
      x = x * 10 + (s[i] - '0');
    }
    return x;
  };
  const int y = digits(0, 4);
  if (y < 0 || (s.size() > 4 && s[4] != '-' && s[4] != '/')) return;  // "199X", "19"
  year_ = y;
  const int mo = s.size() >= 10 && s[4] == '-' && s[7] == '-' ? digits(5, 2) : -1;
  const int d = mo > 0 ? digits(8, 2) : -1;
  has_day_ = d > 0 && valid_date(CivilDate{y, mo, d});
  if (has_day_) day_ = CivilDate{y, mo, d};
}

bool yearless_day(const Item& it) {
  const auto day = [](const TimeSpec& t) {
    return set(t.month) && set(t.day) && !set(t.year) && !set(t.weekday) && t.dir == 0 &&
           t.rel_grain == Grain::kNone && t.shift_unit == Grain::kNone && !t.holiday && !t.part;
  };
  if (it.type == ItemType::kTime) return day(it.t);
  if (it.type != ItemType::kInterval || it.from_ref || (it.open_begin && it.open_end)) return false;
  return (it.open_begin || day(it.t)) && (it.open_end || day(it.t2));
}

std::optional<Reference> PriorDate::for_item(const Item& it, const Reference& ref) const {
  const TimeSpec& t = it.t.anaphor || it.type != ItemType::kInterval ? it.t : it.t2;
  if (!t.anaphor || !set(year_)) return std::nullopt;
  Reference r = ref;
  if (t.rel_grain == Grain::kDay || t.rel_grain == Grain::kWeek) {
    if (!has_day_) return std::nullopt;
    r.moment.date = day_;
    return r;
  }
  CivilDate d = ref.moment.date;
  d.year = year_;
  if (!valid_date(d)) d.day = 28;  // 29 February of another year
  r.moment.date = d;
  return r;
}

std::optional<Reference> PriorDate::story_day(const Item& it, const Reference& ref) const {
  const TimeSpec& t = it.t;
  if (!has_day_) return std::nullopt;
  if (!yearless_day(it) &&
      (it.type != ItemType::kTime || !set(t.month) || set(t.day) || set(t.year) || set(t.weekday) ||
       set(t.hour) || t.dir != 0 || t.part || t.rel_grain != Grain::kNone)) {
    return std::nullopt;
  }
  // Only a story told in another time than the reference's ("made available on Friday ... in
  // July" keeps the tense's reading).
  if (day_.year == ref.moment.date.year && !(ref.moment.date < day_)) return std::nullopt;
  Reference r = ref;
  r.moment.date = day_;
  return r;
}

namespace {

// `side`: an end of an interval, where a year is written out too (a lone date with a year
// needs no reference).
std::string unresolved_spec(const TimeSpec& t, bool side = false) {
  if (t.shift_unit != Grain::kNone) {
    return std::string("REF") + (t.shift_n < 0 ? "-" : "+") +
           unit_letter(t.shift_unit, std::fabs(t.shift_n), false);
  }
  if (t.rel_grain != Grain::kNone && t.rel_offset != 0) {
    return std::string("REF") + (t.rel_offset < 0 ? "-" : "+") +
           unit_letter(t.rel_grain, std::abs(t.rel_offset), false);
  }
  char buf[48];
  if (set(t.month) && !set(t.year)) {
    if (set(t.day))
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", t.month, t.day);
    else
      std::snprintf(buf, sizeof buf, "XXXX-%02d", t.month);
    return buf;
  }
  if (side && set(t.year) && t.year >= 0 && t.year <= 9999 && t.rel_grain == Grain::kNone &&
      !set(t.day)) {
    int n = std::snprintf(buf, sizeof buf, "%04d", t.year);
    if (set(t.month)) std::snprintf(buf + n, sizeof buf - n, "-%02d", t.month);
    return buf;
  }
  return "REF";
}

}  // namespace

// An interval says its ends as far as written: "지난 7∼8월" -> "XXXX-07/XXXX-08", "2013년까지"
// ("by 2013") -> "/2013"; an end that cannot be written without the reference ("3일까지",
// "до конца текущего года") leaves the whole "REF", as a point does.
std::string unresolved_value(const Item& it) {
  if (it.type != ItemType::kInterval) return unresolved_spec(it.open_begin ? it.t2 : it.t);
  const auto side = [](const TimeSpec& t) { return t.now ? "REF" : unresolved_spec(t, true); };
  // "by X" is written "/X"; "within N units" (part -1) "REF/REF+N".
  const bool has_start = !it.open_begin && (!it.from_ref || it.t2.part == -1);
  const bool has_end = !it.open_end;
  const std::string a = it.from_ref ? (has_start ? "REF" : "") : has_start ? side(it.t) : "";
  const std::string b = has_end ? side(it.t2) : "";
  if ((has_start && !it.from_ref && a == "REF" && !it.t.now) ||
      (has_end && b == "REF" && !it.t2.now)) {
    return "REF";
  }
  return a + "/" + b;
}

}  // namespace loupe::dates
