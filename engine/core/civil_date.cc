#include "core/civil_date.h"

namespace loupe {

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

CivilDate week_start(const CivilDate& d) { return add_days(d, 1 - weekday(d)); }

IsoWeek iso_week(const CivilDate& d) {
  const CivilDate thursday = add_days(d, 4 - weekday(d));
  const long first = days_from_civil({thursday.year, 1, 1});
  return {thursday.year, static_cast<int>((days_from_civil(thursday) - first) / 7 + 1)};
}

}  // namespace loupe
