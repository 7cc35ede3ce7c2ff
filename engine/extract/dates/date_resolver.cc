#include "extract/dates/date_resolver.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace loupe::dates {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 and back (H. Hinnant's civil calendar algorithms).
long days_from_civil(CivilDate d) {
  const int y = d.year - (d.month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

std::string fmt(const char* f, int a, int b = 0, int c = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}
std::string ymd(int y, int m, int d) { return fmt("%04d-%02d-%02d", y, m, d); }
std::string ym(int y, int m) { return fmt("%04d-%02d", y, m); }
std::string xmd(int m, int d) { return fmt("XXXX-%02d-%02d", m, d); }
std::string xm(int m) { return fmt("XXXX-%02d", m); }

std::string iso_week(CivilDate d) {
  const long days = days_from_civil(d);
  const int weekday = static_cast<int>(((days % 7) + 7 + 3) % 7);  // Monday = 0
  const CivilDate thursday = civil_from_days(days - weekday + 3);
  const long jan1 = days_from_civil({thursday.year, 1, 1});
  return fmt("%04d-W%02d", thursday.year, static_cast<int>((days_from_civil(thursday) - jan1) / 7 + 1));
}

const char* mod_name(int part) {
  switch (part) {
    case 1: return "START";
    case 2: return "MID";
    case 3: return "END";
  }
  return "";
}

// A two-digit year ("'22년"): the century that puts it nearest the reference, else 20xx up to 30.
int expand_yy(int yy, const std::optional<CivilDate>& ref) {
  const int pivot = ref ? ref->year % 100 + 10 : 30;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

CivilDate shift(CivilDate d, int unit, int n) {
  switch (unit) {
    case kDay: return civil_from_days(days_from_civil(d) + n);
    case kWeek: return civil_from_days(days_from_civil(d) + 7L * n);
    case kMonthUnit: {
      int m0 = d.year * 12 + (d.month - 1) + n;
      CivilDate r{m0 / 12, m0 % 12 + 1, 1};
      r.day = std::min(d.day, days_in_month(r.year, r.month));
      return r;
    }
    case kYearUnit: return {d.year + n, d.month, std::min(d.day, days_in_month(d.year + n, d.month))};
    case kDecadeUnit: return {d.year + 10 * n, d.month, 1};
    case kCenturyUnit: return {d.year + 100 * n, d.month, 1};
  }
  return d;
}

std::string at_granularity(CivilDate d, int unit) {
  switch (unit) {
    case kDay: return ymd(d.year, d.month, d.day);
    case kWeek: return iso_week(d);
    case kMonthUnit: return ym(d.year, d.month);
    case kYearUnit: return fmt("%04d", d.year);
    case kDecadeUnit: return fmt("%03dX", d.year / 10);
    case kCenturyUnit: return fmt("%02d", d.year / 100);
  }
  return "";
}

char unit_letter(int unit) {
  switch (unit) {
    case kDay: return 'D';
    case kWeek: return 'W';
    case kMonthUnit: return 'M';
    default: return 'Y';
  }
}

int unit_years(int unit) { return unit == kDecadeUnit ? 10 : unit == kCenturyUnit ? 100 : 1; }

}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < pos[k][1]; ++i) {
      const char c = s[pos[k][0] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > days_in_month(v[0], v[1])) return std::nullopt;
  return CivilDate{v[0], v[1], v[2]};
}

std::string format_date(const CivilDate& d) { return ymd(d.year, d.month, d.day); }

bool accept_candidate(const Candidate& c) {
  const Slots& s = c.slots;
  const int y = s.year > 0 ? s.year : 2000;  // 2000 is a leap year: 29 February is allowed
  if (s.day > 0 && s.month > 0 && s.day > days_in_month(y, s.month)) return false;
  if (s.day2 > 0) {
    const int m2 = s.month2 > 0 ? s.month2 : s.month;
    if (m2 > 0 && s.day2 > days_in_month(s.year2 > 0 ? s.year2 : y, m2)) return false;
  }
  switch (c.kind) {
    case DateKind::kDate: return s.month > 0 && s.day > 0;
    case DateKind::kMonth: return s.month > 0;
    case DateKind::kYear: return s.year > 0 || s.yy >= 0;
    case DateKind::kDecade: return (s.year > 0 && s.year % 10 == 0) || (s.yy >= 0 && s.yy % 10 == 0);
    case DateKind::kCentury: return s.century > 0;
    case DateKind::kDuration: return s.count > 0 && s.unit != kNoUnit;
    case DateKind::kRelative:
      if (s.weekday > 0) return true;
      return s.rel != kNoRel && (s.unit != kNoUnit || s.month > 0 || s.day > 0);
    case DateKind::kRange:
      if (s.year > 0 && s.year2 > 0 && s.month < 0) return s.year2 > s.year;
      if (s.day > 0 && s.day2 > 0) {
        if (s.month2 < 0 || s.month2 == s.month) return s.day2 > s.day && s.month > 0;
        return s.month > 0 && s.month2 > s.month;
      }
      if (s.month > 0 && s.month2 > 0) return s.month2 > s.month;
      return false;
  }
  return false;
}

std::optional<CivilDate> explicit_day(const Candidate& c) {
  const Slots& s = c.slots;
  if (c.kind != DateKind::kDate || s.year <= 0 || s.month <= 0 || s.day <= 0) return std::nullopt;
  return CivilDate{s.year, s.month, s.day};
}

DateMention resolve_candidate(const Candidate& c, const std::optional<CivilDate>& ref) {
  const Slots& s = c.slots;
  DateMention m;
  m.bytes = c.bytes;
  m.kind = c.kind;
  m.confidence = c.confidence;
  m.mod = mod_name(s.part);
  int year = s.year;
  if (year < 0 && s.yy >= 0 && c.kind != DateKind::kDecade) year = expand_yy(s.yy, ref);
  const int ref_year = ref ? ref->year : -1;
  // A day or month without a year takes the reference's year.
  auto with_year = [&](const std::string& written, auto make) {
    m.as_written = written;
    if (year > 0) m.as_written = m.value = make(year);
    else if (ref) m.value = make(ref_year), m.uses_reference = true;
    else m.value = written;
  };
  switch (c.kind) {
    case DateKind::kDate:
      with_year(xmd(s.month, s.day), [&](int y) { return ymd(y, s.month, s.day); });
      break;
    case DateKind::kMonth:
      with_year(xm(s.month), [&](int y) { return ym(y, s.month); });
      break;
    case DateKind::kYear:
      m.value = fmt("%04d", year);
      m.as_written = s.year > 0 ? m.value : fmt("XX%02d", s.yy);
      break;
    case DateKind::kDecade:
      m.value = s.year > 0 ? fmt("%03dX", s.year / 10) : fmt("%03dX", expand_yy(s.yy, std::nullopt) / 10);
      m.as_written = s.year > 0 ? m.value : fmt("XX%dX", s.yy / 10);
      break;
    case DateKind::kCentury:
      m.as_written = m.value = fmt("%02d", s.century - 1);
      break;
    case DateKind::kDuration: {
      const int n = s.count * unit_years(s.unit);
      m.as_written = m.value = fmt("P%d", n) + unit_letter(s.unit);
      break;
    }
    case DateKind::kRange:
      if (s.year > 0 && s.year2 > 0 && s.month < 0) {
        m.as_written = m.value = fmt("%04d/%04d", s.year, s.year2);
      } else if (s.day > 0) {
        const int m2 = s.month2 > 0 ? s.month2 : s.month;
        with_year(xmd(s.month, s.day) + "/" + xmd(m2, s.day2),
                  [&](int y) { return ymd(y, s.month, s.day) + "/" + ymd(y, m2, s.day2); });
      } else {
        with_year(xm(s.month) + "/" + xm(s.month2),
                  [&](int y) { return ym(y, s.month) + "/" + ym(y, s.month2); });
      }
      break;
    case DateKind::kRelative:
      if (s.weekday > 0) {
        // "on Friday", "в пятницу": the nearest such day (last/next: strictly before/after).
        m.as_written = fmt("XXXX-WXX-%d", s.weekday);
        if (ref) {
          const long days = days_from_civil(*ref);
          const int ref_wd = static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;  // Monday = 1
          int diff = s.weekday - ref_wd;
          if (s.rel == kNoRel || s.rel == 0) {
            if (diff > 3) diff -= 7;
            if (diff < -3) diff += 7;
          } else if (s.rel < 0) {
            if (diff >= 0) diff -= 7;
          } else if (diff <= 0) {
            diff += 7;
          }
          const CivilDate d = civil_from_days(days + diff);
          m.value = ymd(d.year, d.month, d.day), m.uses_reference = true;
        }
      } else if (s.month > 0 && s.unit == kYearUnit) {
        // "지난해 3월", "в марте прошлого года": a month of a year counted from the reference.
        m.as_written = fmt("REF%+dY-%02d", s.rel, s.month);
        if (ref) m.value = ym(ref_year + s.rel, s.month), m.uses_reference = true;
      } else if (s.month < 0 && s.day > 0) {
        // "지난 15일": the most recent 15th of a month (or the coming one).
        m.as_written = fmt("XXXX-XX-%02d", s.day);
        if (ref) {
          int mo = ref->year * 12 + ref->month - 1;
          if (s.rel < 0 && s.day >= ref->day) mo -= 1;
          if (s.rel > 0 && s.day <= ref->day) mo += 1;
          if (s.day <= days_in_month(mo / 12, mo % 12 + 1)) {
            m.value = ymd(mo / 12, mo % 12 + 1, s.day), m.uses_reference = true;
          }
        }
      } else if (s.month > 0) {
        // "지난 4월", "last March", "el pasado 3 de marzo": the nearest one in that direction.
        m.as_written = s.day > 0 ? xmd(s.month, s.day) : xm(s.month);
        if (ref) {
          const CivilDate here{ref_year, s.month, s.day > 0 ? s.day : 1};
          const CivilDate now{ref_year, ref->month, s.day > 0 ? ref->day : 1};
          int y = ref_year;
          if (s.rel < 0 && !(here < now)) y -= 1;
          if (s.rel > 0 && !(now < here)) y += 1;
          m.value = s.day > 0 ? ymd(y, s.month, s.day) : ym(y, s.month);
          m.uses_reference = true;
        }
      } else {
        const int n = s.count > 0 ? s.count * s.rel : s.rel;
        m.as_written = fmt("REF%+d", n) + unit_letter(s.unit);
        if (s.unit == kDecadeUnit || s.unit == kCenturyUnit) m.as_written = fmt("REF%+dY", n * unit_years(s.unit));
        if (ref) m.value = at_granularity(shift(*ref, s.unit, n), s.unit), m.uses_reference = true;
      }
      if (m.value.empty()) m.value = m.as_written;
      break;
  }
  return m;
}

}  // namespace loupe::dates
