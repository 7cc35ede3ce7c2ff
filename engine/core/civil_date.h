// Calendar arithmetic on proleptic Gregorian dates (no time zones): days from the civil epoch,
// weekdays, ISO weeks, month lengths, adding days and months. One copy for the whole engine:
// the date grammar, the holidays and the `date:` filter all count days with it.
// E.g. add_days({2013, 2, 12}, 7) -> {2013, 2, 19}; iso_week({2013, 2, 12}) -> {2013, 7}.
#pragma once
#include <compare>

namespace loupe {

struct CivilDate {
  int year = 0, month = 1, day = 1;
  auto operator<=>(const CivilDate&) const = default;
};

long days_from_civil(const CivilDate& d);  // days since 1970-01-01
CivilDate civil_from_days(long z);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
bool valid_date(const CivilDate& d);
int weekday(const CivilDate& d);  // 1 Monday .. 7 Sunday
CivilDate add_days(const CivilDate& d, long n);
CivilDate add_months(const CivilDate& d, long n);  // clamps the day: Jan 31 + 1 -> Feb 28
CivilDate week_start(const CivilDate& d);          // the Monday of d's week

struct IsoWeek {
  int year, week;
};
IsoWeek iso_week(const CivilDate& d);

}  // namespace loupe
