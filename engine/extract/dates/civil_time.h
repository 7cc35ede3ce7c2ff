// Calendar arithmetic on proleptic Gregorian dates and local date-times (no time zones):
// days from the civil epoch, weekdays, ISO weeks, month lengths, adding units.
// E.g. add_days({2013, 2, 12}, 7) -> {2013, 2, 19}; iso_week({2013, 2, 12}) -> {2013, 7}.
#pragma once
#include <string>

#include "extract/dates/lexicon.h"

namespace loupe::dates {

struct CivilDate {
  int year = 0, month = 1, day = 1;
  auto operator<=>(const CivilDate&) const = default;
};

struct CivilTime {
  CivilDate date;
  int hour = 0, minute = 0, second = 0;
  auto operator<=>(const CivilTime&) const = default;
};

long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long z);
int days_in_month(int year, int month);
bool valid_date(const CivilDate& d);
int weekday(const CivilDate& d);  // 1 Monday .. 7 Sunday
CivilDate add_days(const CivilDate& d, long n);
CivilDate add_months(const CivilDate& d, long n);  // clamps the day: Jan 31 + 1 -> Feb 28
CivilTime add_seconds(const CivilTime& t, long n);
CivilDate week_start(const CivilDate& d);  // the Monday of d's week

struct IsoWeek {
  int year, week;
};
IsoWeek iso_week(const CivilDate& d);

CivilDate easter_sunday(int year);
CivilDate orthodox_easter_sunday(int year);  // in the Gregorian calendar

// Formats at a grain: "2013", "2013-Q1", "2013-02", "2013-W07", "2013-02-12", "2013-02-12T04:00",
// "2013-02-12T04:30", "2013-02-12T04:30:15".
std::string format_at(const CivilTime& t, Grain g);

}  // namespace loupe::dates
