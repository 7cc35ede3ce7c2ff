// Calendar arithmetic for holidays.cc (holiday_calendars.h).
#include "extract/dates/holiday_calendars.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <memory>

#include "extract/dates/civil_time.h"

namespace loupe::dates::calendars {

// Days since 1970-01-01 and back, in this file's types (the arithmetic is civil_time's).
int day_number(int y, int m, int d) {
  return static_cast<int>(dates::days_from_civil(CivilDate{y, m, d}));
}

CalendarDay calendar_day(int z) {
  const CivilDate c = dates::civil_from_days(z);
  return {c.year, c.month, c.day};
}

// Western Easter Sunday (the anonymous Gregorian algorithm, Meeus).
int western_easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int l = (32 + 2 * e + 2 * (c / 4) - h - c % 4) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return day_number(y, month, day);
}

// Orthodox Easter Sunday: Meeus's Julian algorithm gives a Julian-calendar day, turned into
// the Gregorian day by way of the Julian day number.
int orthodox_easter(int y) {
  const int d = (19 * (y % 19) + 15) % 30;
  const int e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  const int a = (14 - month) / 12, yy = y + 4800 - a, mm = month + 12 * a - 3;
  const int julian_day_number = day + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - 32083;
  return julian_day_number - 2440588;  // 2440588 = the Julian day number of 1970-01-01
}

int nth_weekday_of(int y, int month, int weekday, int nth) {
  if (nth > 0) {
    const int first = day_number(y, month, 1);
    const int first_weekday = ((first % 7) + 11) % 7;  // 1970-01-01 was a Thursday (4)
    return first + (weekday - first_weekday + 7) % 7 + 7 * (nth - 1);
  }
  const int last = day_number(y + (month == 12), month % 12 + 1, 1) - 1;
  const int last_weekday = ((last % 7) + 11) % 7;
  return last - (last_weekday - weekday + 7) % 7;
}

// The Gregorian day of lunar `month`/`day` (not a leap month) of the lunisolar year that
// begins in Gregorian `year`. ICU's calendars are created for GMT on both sides, so that a
// UDate stands for the same civil day in each (the lunar calendar keeps its own meridian).
std::optional<int> lunisolar_day(const char* locale, int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> gregorian(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("en@calendar=gregorian"), status));
  std::unique_ptr<icu::Calendar> lunisolar(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale), status));
  if (U_FAILURE(status) || !gregorian || !lunisolar) return std::nullopt;
  // 1 July always lies in the lunisolar year that began in January or February of `year`.
  gregorian->clear();
  gregorian->set(year, UCAL_JULY, 1);
  lunisolar->setTime(gregorian->getTime(status), status);
  const int era = lunisolar->get(UCAL_ERA, status), cycle_year = lunisolar->get(UCAL_YEAR, status);
  lunisolar->clear();
  lunisolar->set(UCAL_ERA, era);
  lunisolar->set(UCAL_YEAR, cycle_year);
  lunisolar->set(UCAL_MONTH, month - 1);
  lunisolar->set(UCAL_IS_LEAP_MONTH, 0);
  lunisolar->set(UCAL_DATE, day);
  gregorian->setTime(lunisolar->getTime(status), status);
  const int y = gregorian->get(UCAL_YEAR, status), m = gregorian->get(UCAL_MONTH, status) + 1;
  const int d = gregorian->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return day_number(y, m, d);
}

// The first day `month`/`day` of a Hebrew or Islamic year falls on inside Gregorian `year` (an
// Islamic year is shorter than ours: a day can come twice in one Gregorian year, or in none of
// two adjacent ones for the Hebrew Adar; then nothing). `month_end` gives the last day of that
// month instead.
std::optional<int> other_calendar_day(const char* locale, int year, int month, int day,
                                      bool month_end) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> gregorian(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("en@calendar=gregorian"), status));
  std::unique_ptr<icu::Calendar> other(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale), status));
  if (U_FAILURE(status) || !gregorian || !other) return std::nullopt;
  gregorian->clear();
  gregorian->set(year, UCAL_JANUARY, 1);
  other->setTime(gregorian->getTime(status), status);
  const int first_year = other->get(UCAL_EXTENDED_YEAR, status);
  for (int other_year = first_year; other_year <= first_year + 1 && U_SUCCESS(status);
       ++other_year) {
    other->clear();
    other->set(UCAL_EXTENDED_YEAR, other_year);
    other->set(UCAL_MONTH, month);
    other->set(UCAL_DATE, month_end ? 1 : day);
    if (month_end) other->set(UCAL_DATE, other->getActualMaximum(UCAL_DATE, status));
    gregorian->setTime(other->getTime(status), status);
    const int y = gregorian->get(UCAL_YEAR, status);
    if (U_FAILURE(status) || y != year) continue;
    return day_number(y, gregorian->get(UCAL_MONTH, status) + 1, gregorian->get(UCAL_DATE, status));
  }
  return std::nullopt;
}

// Tisha b'Av is kept on Sunday when 9 Av falls on the Sabbath.
std::optional<int> hebrew_day(int year, int month, int day) {
  std::optional<int> found = other_calendar_day("he@calendar=hebrew", year, month, day, false);
  const bool tisha_bav = month == 11 && day == 9;
  if (found && tisha_bav && ((*found % 7) + 11) % 7 == 6) ++*found;
  return found;
}

// Umm al-Qura is Saudi Arabia's official calendar from 1420 AH (1999); before, ICU's
// astronomical Islamic calendar (the crescent's computed visibility) is nearer to the days kept.
const char* islamic_locale(int year) {
  return year >= 1999 ? "ar@calendar=islamic-umalqura" : "ar@calendar=islamic";
}

}  // namespace loupe::dates::calendars
