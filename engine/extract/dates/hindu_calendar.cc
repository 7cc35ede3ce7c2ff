// Sun and Moon longitudes (truncated Meeus series), tithis at sunrise, amanta months, sankrantis.
#include "extract/dates/hindu_calendar.h"

#include <cmath>
#include <vector>

#include "extract/dates/civil_time.h"

namespace loupe::dates {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180;
constexpr double kUnixEpochJd = 2440587.5;  // Julian day of 1970-01-01T00:00 UT
constexpr double kIst = 5.5 / 24;           // India's offset from UT, in days

double norm360(double x) {
  x = std::fmod(x, 360.0);
  return x < 0 ? x + 360 : x;
}

double centuries(double jd) { return (jd - 2451545.0) / 36525; }

// The Sun's apparent ecliptic longitude (Meeus ch. 25, low accuracy: ~0.01 degree).
double sun_longitude(double jd) {
  const double t = centuries(jd);
  const double l0 = 280.46646 + 36000.76983 * t;
  const double m = (357.52911 + 35999.05029 * t) * kDeg;
  const double c = (1.914602 - 0.004817 * t) * std::sin(m) + 0.019993 * std::sin(2 * m) +
                   0.000289 * std::sin(3 * m);
  const double omega = (125.04 - 1934.136 * t) * kDeg;
  return norm360(l0 + c - 0.00569 - 0.00478 * std::sin(omega));
}

// The Moon's ecliptic longitude: the largest terms of Meeus ch. 47 (~0.01 degree).
struct MoonTerm {
  signed char d, m, mp, f;
  int coeff;  // 1e-6 degree
};
constexpr MoonTerm kMoonTerms[] = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},  {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793},  {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528},  {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},   {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},    {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},   {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},   {2, -2, 0, 0, 2236},
};

double moon_longitude(double jd) {
  const double t = centuries(jd);
  const double lp = 218.3164477 + 481267.88123421 * t;
  const double d = (297.8501921 + 445267.1114034 * t) * kDeg;
  const double m = (357.5291092 + 35999.0502909 * t) * kDeg;
  const double mp = (134.9633964 + 477198.8675055 * t) * kDeg;
  const double f = (93.2720950 + 483202.0175233 * t) * kDeg;
  const double e = 1 - 0.002516 * t;
  double sum = 0;
  for (const MoonTerm& k : kMoonTerms) {
    const double scale = k.m == 0 ? 1 : (k.m == 1 || k.m == -1 ? e : e * e);
    sum += k.coeff * scale * std::sin(k.d * d + k.m * m + k.mp * mp + k.f * f);
  }
  const double omega = (125.04 - 1934.136 * t) * kDeg;
  return norm360(lp + sum / 1e6 - 0.00478 * std::sin(omega));
}

double elongation(double jd) { return norm360(moon_longitude(jd) - sun_longitude(jd)); }

// Lahiri ayanamsa: ~23.853 degrees in 2000, growing 50.29" a year.
double sidereal_sun(double jd) {
  return norm360(sun_longitude(jd) - (23.853 + 0.0139694 * (jd - 2451545.0) / 365.25));
}

// Sunrise at Ujjain (23.18 N, 75.77 E) on civil day z, as a Julian day (UT): the Sun's
// declination and the equation of time from its position at local noon.
double sunrise(int z) {
  const double noon = kUnixEpochJd + z + 0.5 - 75.77 / 360;
  const double t = centuries(noon);
  const double lambda = sun_longitude(noon) * kDeg, eps = 23.4393 * kDeg;
  const double decl = std::asin(std::sin(eps) * std::sin(lambda));
  const double ra = std::atan2(std::cos(eps) * std::sin(lambda), std::cos(lambda)) / kDeg;
  const double mean = norm360(280.46646 + 36000.76983 * t);
  double eot = mean - 0.0057183 - norm360(ra);  // degrees
  eot = std::remainder(eot, 360.0);
  const double lat = 23.18 * kDeg;
  const double cos_h =
      (std::sin(-0.833 * kDeg) - std::sin(lat) * std::sin(decl)) / (std::cos(lat) * std::cos(decl));
  const double h = std::acos(cos_h) / kDeg;  // half the day's arc, degrees
  return noon - (h + eot) / 360;
}

int tithi_at(double jd) { return static_cast<int>(elongation(jd) / 12) + 1; }

// The instant of the new moon between jd_a and jd_b (the elongation wraps there), by bisection.
double new_moon_between(double a, double b) {
  for (int i = 0; i < 30; ++i) {
    const double mid = (a + b) / 2;
    (elongation(mid) > 180 ? a : b) = mid;
  }
  return (a + b) / 2;
}

struct LunarMonth {
  double begin, end;        // the new moons that begin and end it (Julian days)
  int first_day, last_day;  // civil days whose sunrise lies inside the month
  int name;                 // 0 Chaitra .. 11 Phalguna
  bool leap;
};

// The instant of civil day z at which a festival's tithi is looked at.
double observed_at(int z, TithiAt at) {
  switch (at) {
    case TithiAt::kSunrise:
      return sunrise(z);
    case TithiAt::kEvening:  // pradosh: an hour after sunset (as far after noon as sunrise before)
      return 2 * (kUnixEpochJd + z + 0.5 - 75.77 / 360) - sunrise(z) + 1.0 / 24;
    case TithiAt::kMidnight:  // the night that follows day z
      return kUnixEpochJd + z + 1 - kIst;
  }
  return sunrise(z);
}

// The amanta months that overlap Gregorian `year` (and a month either side).
std::vector<LunarMonth> compute_lunar_months(int year) {
  const int from = static_cast<int>(days_from_civil({year - 1, 11, 20}));
  const int to = static_cast<int>(days_from_civil({year + 1, 2, 10}));
  std::vector<double> moons;  // new moon instants
  std::vector<int> starts;    // the first day whose sunrise follows each
  double prev_rise = sunrise(from), prev_elong = elongation(prev_rise);
  for (int z = from + 1; z <= to; ++z) {
    const double rise = sunrise(z), elong = elongation(rise);
    if (elong < prev_elong) moons.push_back(new_moon_between(prev_rise, rise)), starts.push_back(z);
    prev_rise = rise, prev_elong = elong;
  }
  std::vector<LunarMonth> months;
  for (std::size_t i = 0; i + 1 < moons.size(); ++i) {
    const int sign = static_cast<int>(sidereal_sun(moons[i]) / 30);
    const int next_sign = static_cast<int>(sidereal_sun(moons[i + 1]) / 30);
    months.push_back(
        {moons[i], moons[i + 1], starts[i], starts[i + 1] - 1, (sign + 1) % 12, sign == next_sign});
  }
  return months;
}

// The last year's months are kept: a text names the same year's festivals again and again.
const std::vector<LunarMonth>& lunar_months(int year) {
  thread_local int cached_year = 0;
  thread_local std::vector<LunarMonth> cached;
  if (cached_year != year) cached = compute_lunar_months(year), cached_year = year;
  return cached;
}

}  // namespace

std::optional<int> lunar_festival_day(int year, int month, int tithi, TithiAt at) {
  if (year < 1900 || year > 2100 || month < 0 || month > 11 || tithi < 1 || tithi > 30) {
    return std::nullopt;
  }
  const int jan1 = static_cast<int>(days_from_civil({year, 1, 1}));
  const int dec31 = static_cast<int>(days_from_civil({year, 12, 31}));
  for (const LunarMonth& lm : lunar_months(year)) {
    if (lm.leap || lm.name != month) continue;
    // The day whose sunrise (or evening, night) has the tithi; a skipped tithi is kept on the
    // day it falls in.
    int found = -1;
    for (int z = lm.first_day - 1; z <= lm.last_day + 1; ++z) {
      const double when = observed_at(z, at);
      if (when < lm.begin || when >= lm.end) continue;
      const int t = tithi_at(when);
      if (t == tithi) {
        found = z;
        break;
      }
      if (t < tithi) found = z;
    }
    if (found >= jan1 && found <= dec31) return found;
  }
  return std::nullopt;
}

std::optional<int> sankranti_day(int year, int sign) {
  if (year < 1900 || year > 2100 || sign < 0 || sign > 11) return std::nullopt;
  // The Sun enters each sign within a day or two of the same Gregorian date: search from a
  // month before the Mesha-based estimate (Mesha ~14 April, one sign ~30.4 days).
  const double target = sign * 30.0;
  const int estimate =
      static_cast<int>(days_from_civil({year, 4, 14})) + static_cast<int>(sign * 30.44);
  int z = estimate - 12;
  if (sign >= 9) z -= 365;  // Makara, Kumbha, Mina: January to March of the same year
  const auto past = [&](double jd) { return std::remainder(sidereal_sun(jd) - target, 360) >= 0; };
  double a = kUnixEpochJd + z - kIst, b = a + 24;
  if (past(a) || !past(b)) return std::nullopt;
  for (int i = 0; i < 40; ++i) {
    const double mid = (a + b) / 2;
    (past(mid) ? b : a) = mid;
  }
  // A sankranti after sunset is kept the next day.
  const int day = static_cast<int>(std::floor(b + kIst - kUnixEpochJd));
  const double sunset = 2 * (kUnixEpochJd + day + 0.5 - 75.77 / 360) - sunrise(day);
  return b > sunset ? day + 1 : day;
}

}  // namespace loupe::dates
