// The intersection of two times (merge_times) and am/pm, shared by the rule files.
#include "extract/dates/grammar_util.h"

namespace loupe::dates {

void apply_pm(TimeSpec& t, bool pm) {
  if (!set(t.hour)) return;
  if (pm && t.hour < 12) t.hour += 12;
  if (!pm && t.hour == 12) t.hour = 0;
  t.hour12 = false;
}

namespace {

bool same_or_unset(int a, int b) { return !set(a) || !set(b) || a == b; }
template <class T>
void take(T& dst, const T& src, const T& none) {
  if (dst == none) dst = src;
}

bool merge_pod(TimeSpec& out, const TimeSpec& pod_side) {
  if (!set(out.hour)) return true;
  if (out.hour12 || (out.hour < 12 && !out.ampm)) {
    const bool pm = pod_side.pod_begin >= 12 || (pod_side.pod_begin >= 11 && out.hour < 6);
    if (pm || pod_side.pod_end <= 12) apply_pm(out, pm);
  }
  out.pod_begin = out.pod_end = -1;
  return true;
}

}  // namespace

bool merge_times(const TimeSpec& a, const TimeSpec& b, TimeSpec& out) {
  if (!same_or_unset(a.year, b.year) || !same_or_unset(a.month, b.month) ||
      !same_or_unset(a.day, b.day) || !same_or_unset(a.weekday, b.weekday) ||
      !same_or_unset(a.hour, b.hour) || !same_or_unset(a.minute, b.minute) ||
      !same_or_unset(a.second, b.second) || !same_or_unset(a.quarter, b.quarter) ||
      !same_or_unset(a.half, b.half)) {
    return false;
  }
  if (a.rel_grain != Grain::kNone && b.rel_grain != Grain::kNone) return false;
  if (a.shift_unit != Grain::kNone && b.shift_unit != Grain::kNone) return false;
  const auto dated = [](const TimeSpec& t) {
    return set(t.year) || set(t.month) || set(t.day) || set(t.weekday);
  };
  if ((a.shift_unit != Grain::kNone && dated(b)) || (b.shift_unit != Grain::kNone && dated(a))) {
    return false;  // "9년 뒤 2011년 8월" is two mentions
  }
  if ((a.holiday && b.holiday) || (a.part && b.part) || a.nth || b.nth) return false;
  if (set(a.decade) || set(b.decade) || set(a.century) || set(b.century)) return false;
  if (a.now || b.now || (a.pod_begin >= 0 && b.pod_begin >= 0)) return false;
  if (a.season_begin && b.season_begin) return false;
  const TimeSpec* rel = a.rel_grain != Grain::kNone ? &a : &b;
  const TimeSpec& other = rel == &a ? b : a;
  // A relative unit anchors only finer fields: "next week" + "Tuesday", not + "May".
  if (rel->rel_grain != Grain::kNone) {
    const Grain g = rel->rel_grain;
    if (set(other.year) && g <= Grain::kYear) return false;
    if (set(other.month) && g <= Grain::kMonth) return false;
    if ((set(other.day) || set(other.weekday)) && g <= Grain::kDay) return false;
    if (set(other.weekday) && g != Grain::kWeek && g != Grain::kDay) return false;
  }
  out = a;
  take(out.year, b.year, kUnset);
  take(out.quarter, b.quarter, kUnset);
  take(out.half, b.half, kUnset);
  take(out.month, b.month, kUnset);
  take(out.day, b.day, kUnset);
  take(out.weekday, b.weekday, kUnset);
  take(out.minute, b.minute, kUnset);
  take(out.second, b.second, kUnset);
  if (!set(out.hour)) out.hour = b.hour, out.hour12 = b.hour12, out.ampm = b.ampm;
  take(out.rel_grain, b.rel_grain, Grain::kNone);
  if (a.rel_grain == Grain::kNone) out.rel_offset = b.rel_offset;
  if (a.shift_unit == Grain::kNone) out.shift_unit = b.shift_unit, out.shift_n = b.shift_n;
  take(out.holiday, b.holiday, static_cast<const LexEntry*>(nullptr));
  take(out.season_begin, b.season_begin, 0);
  take(out.season_end, b.season_end, 0);
  take(out.part, b.part, 0);
  take(out.dir, b.dir, 0);
  take(out.tz_minutes, b.tz_minutes, kUnset);
  out.weekend = a.weekend || b.weekend;
  out.anaphor = a.anaphor || b.anaphor;
  if (a.pod_begin >= 0 || b.pod_begin >= 0) {
    const TimeSpec& p = a.pod_begin >= 0 ? a : b;
    out.pod_begin = p.pod_begin, out.pod_end = p.pod_end;
    if (set(out.hour)) merge_pod(out, p);
  }
  return true;
}

}  // namespace loupe::dates
