#include "extract/dates/civil_time.h"

#include <cstdio>

namespace loupe::dates {

CivilTime add_seconds(const CivilTime& t, long n) {
  long s = t.hour * 3600L + t.minute * 60L + t.second + n;
  long days = s >= 0 ? s / 86400 : (s - 86399) / 86400;
  s -= days * 86400;
  return {add_days(t.date, days), static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60),
          static_cast<int>(s % 60)};
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
