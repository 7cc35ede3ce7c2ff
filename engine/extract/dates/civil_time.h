// Local date-times (no time zones) on top of core/civil_date.h's day arithmetic: adding
// seconds, units of a grain, Easter by computus, formatting at a grain.
#pragma once
#include <string>

#include "core/civil_date.h"
#include "extract/dates/lexicon.h"

namespace loupe::dates {

using loupe::add_days;
using loupe::add_months;
using loupe::civil_from_days;
using loupe::CivilDate;
using loupe::days_from_civil;
using loupe::days_in_month;
using loupe::iso_week;
using loupe::IsoWeek;
using loupe::valid_date;
using loupe::week_start;
using loupe::weekday;

struct CivilTime {
  CivilDate date;
  int hour = 0, minute = 0, second = 0;
  auto operator<=>(const CivilTime&) const = default;
};

CivilTime add_seconds(const CivilTime& t, long n);

// Arithmetic at a grain: the start of t's unit, n units later (fractions of a day in seconds),
// the last second of t's unit; finer_grain is the grain of an offset in that unit (Duckling:
// "a week ago" is a day).
CivilTime truncate(const CivilTime& t, Grain g);
CivilTime add_units(const CivilTime& t, Grain g, double n);
Grain finer_grain(Grain g);
CivilTime end_of(const CivilTime& t, Grain g);

CivilDate easter_sunday(int year);
CivilDate orthodox_easter_sunday(int year);  // in the Gregorian calendar

// Formats at a grain: "2013", "2013-Q1", "2013-02", "2013-W07", "2013-02-12", "2013-02-12T04:00",
// "2013-02-12T04:30", "2013-02-12T04:30:15".
std::string format_at(const CivilTime& t, Grain g);

}  // namespace loupe::dates
