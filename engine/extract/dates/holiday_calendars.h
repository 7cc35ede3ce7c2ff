// The calendars behind holidays.cc: Gregorian day numbers, Western and Orthodox computus, the
// nth weekday of a month, and days of ICU's Dangi, Chinese, Hebrew and Islamic calendars.
// Days are counted from 1970-01-01. E.g. western_easter(2024) = day_number(2024, 3, 31).
#pragma once
#include <optional>

#include "extract/dates/holidays.h"

namespace loupe::dates::calendars {

int day_number(int y, int m, int d);
CalendarDay calendar_day(int z);
int western_easter(int y);
int orthodox_easter(int y);
// The nth (1..5, -1 last) `weekday` (0 Sunday) of `month`.
int nth_weekday_of(int y, int month, int weekday, int nth);
// Lunar `month`/`day` (not a leap month) of the lunisolar year that begins in Gregorian `year`.
std::optional<int> lunisolar_day(const char* locale, int year, int month, int day);
// The first day `month`/`day` of a Hebrew or Islamic year falls on inside Gregorian `year`
// (`month_end`: the last day of that month).
std::optional<int> other_calendar_day(const char* locale, int year, int month, int day,
                                      bool month_end);
std::optional<int> hebrew_day(int year, int month, int day);
const char* islamic_locale(int year);

}  // namespace loupe::dates::calendars
