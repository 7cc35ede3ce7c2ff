#include "extract/dates/civil_time.h"

#include <cmath>
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

namespace {

std::string format_at_printf(const CivilTime& t, Grain g) {
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

// Appends v >= 0 in decimal, zero-padded to `width` digits (printf's "%0Nd"): format_at runs
// for every candidate the resolver tries, and snprintf cost ~800 instructions a call.
char* put_padded(char* p, int v, int width) {
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  for (int k = n; k < width; ++k) *p++ = '0';
  while (n > 0) *p++ = digits[--n];
  return p;
}

}  // namespace

std::string format_at(const CivilTime& t, Grain g) {
  char buf[48];
  const CivilDate& d = t.date;
  char* p = buf;
  if (d.year < 0) *p++ = '-';
  const int y = d.year < 0 ? -d.year : d.year;  // years are far from INT_MIN
  // A field outside 0-99 (never made by the resolver) is left to snprintf, which prints "-1"
  // for "%02d" of -1, and weeks (ISO week-years) too.
  auto two_digits = [](int v) { return v >= 0 && v <= 99; };
  const bool plain = two_digits(d.month) && two_digits(d.day) && two_digits(t.hour) &&
                     two_digits(t.minute) && two_digits(t.second);
  if (g == Grain::kWeek || !plain) return format_at_printf(t, g);
  p = put_padded(p, y, 4);
  switch (g) {
    case Grain::kCentury:
    case Grain::kDecade:
    case Grain::kYear:
    case Grain::kWeek:
      break;
    case Grain::kQuarter:
      *p++ = '-', *p++ = 'Q';
      p = put_padded(p, (d.month - 1) / 3 + 1, 1);
      break;
    case Grain::kMonth:
      *p++ = '-';
      p = put_padded(p, d.month, 2);
      break;
    case Grain::kNone:
    case Grain::kDay:
    case Grain::kHour:
    case Grain::kMinute:
    case Grain::kSecond:
      *p++ = '-';
      p = put_padded(p, d.month, 2);
      *p++ = '-';
      p = put_padded(p, d.day, 2);
      if (g == Grain::kNone || g == Grain::kDay) break;
      *p++ = 'T';
      p = put_padded(p, t.hour, 2);
      *p++ = ':';
      p = put_padded(p, g == Grain::kHour ? 0 : t.minute, 2);
      if (g != Grain::kSecond) break;
      *p++ = ':';
      p = put_padded(p, t.second, 2);
      break;
  }
  return std::string(buf, p);
}

namespace {

CivilTime at(const CivilDate& d, int h = 0, int m = 0) { return {d, h, m, 0}; }

}  // namespace

CivilTime truncate(const CivilTime& t, Grain g) {
  CivilDate d = t.date;
  switch (g) {
    case Grain::kNone:
    case Grain::kSecond:
      return t;
    case Grain::kMinute:
      return at(d, t.hour, t.minute);
    case Grain::kHour:
      return at(d, t.hour);
    case Grain::kDay:
      return at(d);
    case Grain::kWeek:
      return at(week_start(d));
    case Grain::kMonth:
      return at({d.year, d.month, 1});
    case Grain::kQuarter:
      return at({d.year, (d.month - 1) / 3 * 3 + 1, 1});
    case Grain::kYear:
      return at({d.year, 1, 1});
    case Grain::kDecade:
      return at({d.year / 10 * 10, 1, 1});
    case Grain::kCentury:
      return at({d.year / 100 * 100, 1, 1});
  }
  return t;
}

CivilTime add_units(const CivilTime& t, Grain g, double n) {
  const long whole = std::lround(n);
  const bool integral = std::fabs(n - static_cast<double>(whole)) < 1e-9;
  switch (g) {
    case Grain::kSecond:
      return add_seconds(t, whole);
    case Grain::kMinute:
      return add_seconds(t, std::lround(n * 60));
    case Grain::kHour:
      return add_seconds(t, std::lround(n * 3600));
    case Grain::kDay:
      return integral ? CivilTime{add_days(t.date, whole), t.hour, t.minute, t.second}
                      : add_seconds(t, std::lround(n * 86400));
    case Grain::kWeek:
      return add_units(t, Grain::kDay, n * 7);
    case Grain::kMonth:
      return {add_months(t.date, std::lround(n)), t.hour, t.minute, t.second};
    case Grain::kQuarter:
      return add_units(t, Grain::kMonth, n * 3);
    case Grain::kYear:
      return add_units(t, Grain::kMonth, n * 12);
    case Grain::kDecade:
      return add_units(t, Grain::kMonth, n * 120);
    case Grain::kCentury:
      return add_units(t, Grain::kMonth, n * 1200);
    case Grain::kNone:
      return t;
  }
  return t;
}

Grain finer_grain(Grain g) {
  switch (g) {
    case Grain::kSecond:
      return Grain::kSecond;
    case Grain::kWeek:
    case Grain::kMonth:
      return Grain::kDay;
    case Grain::kQuarter:
    case Grain::kYear:
      return Grain::kMonth;
    case Grain::kDecade:
    case Grain::kCentury:
      return Grain::kYear;
    default:
      return static_cast<Grain>(static_cast<int>(g) - 1);
  }
}

CivilTime end_of(const CivilTime& t, Grain g) {
  if (g <= Grain::kSecond) return t;
  return add_seconds(add_units(truncate(t, g), g, 1), -1);
}

}  // namespace loupe::dates
