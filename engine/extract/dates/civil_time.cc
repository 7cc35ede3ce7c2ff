#include "extract/dates/civil_time.h"

#include <cstdio>

namespace loupe::dates {

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(const CivilDate& d) {
  const long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (d.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool valid_date(const CivilDate& d) {
  return d.year >= -9999 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

int weekday(const CivilDate& d) {
  const long z = days_from_civil(d);
  return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;  // 1970-01-01 was a Thursday
}

CivilDate add_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

CivilDate add_months(const CivilDate& d, long n) {
  long m = d.year * 12L + (d.month - 1) + n;
  const int year = static_cast<int>(m >= 0 ? m / 12 : (m - 11) / 12);
  const int month = static_cast<int>(m - year * 12L) + 1;
  const int dim = days_in_month(year, month);
  return {year, month, d.day > dim ? dim : d.day};
}

CivilTime add_seconds(const CivilTime& t, long n) {
  long s = t.hour * 3600L + t.minute * 60L + t.second + n;
  long days = s >= 0 ? s / 86400 : (s - 86399) / 86400;
  s -= days * 86400;
  return {add_days(t.date, days), static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60),
          static_cast<int>(s % 60)};
}

CivilDate week_start(const CivilDate& d) { return add_days(d, 1 - weekday(d)); }

IsoWeek iso_week(const CivilDate& d) {
  const CivilDate thursday = add_days(d, 4 - weekday(d));
  const long first = days_from_civil({thursday.year, 1, 1});
  return {thursday.year, static_cast<int>((days_from_civil(thursday) - first) / 7 + 1)};
}

CivilDate easter_sunday(int y) {  // anonymous Gregorian algorithm
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {y, month, day};
}

CivilDate orthodox_easter_sunday(int y) {  // Meeus' Julian algorithm, then to Gregorian
  const int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30;
  const int e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  const int shift = y / 100 - y / 400 - 2;  // Julian -> Gregorian days
  return add_days({y, month, day}, shift);
}

std::string format_at(const CivilTime& t, Grain g) {
  char buf[40];
  const CivilDate& d = t.date;
  const char* ysign = d.year < 0 ? "-" : "";
  const int y = d.year < 0 ? -d.year : d.year;
  switch (g) {
    case Grain::kCentury:
    case Grain::kDecade:
    case Grain::kYear:
      std::snprintf(buf, sizeof buf, "%s%04d", ysign, y);
      break;
    case Grain::kQuarter:
      std::snprintf(buf, sizeof buf, "%s%04d-Q%d", ysign, y, (d.month - 1) / 3 + 1);
      break;
    case Grain::kMonth:
      std::snprintf(buf, sizeof buf, "%s%04d-%02d", ysign, y, d.month);
      break;
    case Grain::kWeek: {
      const IsoWeek w = iso_week(d);
      std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
      break;
    }
    case Grain::kNone:
    case Grain::kDay:
      std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02d", ysign, y, d.month, d.day);
      break;
    case Grain::kHour:
    case Grain::kMinute:
      std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02dT%02d:%02d", ysign, y, d.month, d.day, t.hour,
                    g == Grain::kHour ? 0 : t.minute);
      break;
    case Grain::kSecond:
      std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02dT%02d:%02d:%02d", ysign, y, d.month, d.day,
                    t.hour, t.minute, t.second);
      break;
  }
  return buf;
}

}  // namespace loupe::dates
