#include "query/filter_date.h"

#include "core/civil_date.h"

namespace loupe::query {
namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}
int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}
std::uint32_t day(int y, int m, int d) {
  return static_cast<std::uint32_t>(y * 10000 + m * 100 + d);
}

std::uint32_t day(const CivilDate& d) { return day(d.year, d.month, d.day); }

// One bound of the query: YYYY, YYYY-MM or YYYY-MM-DD (month and day 1 or 2 digits).
std::optional<DayRange> parse_bound(std::string_view s, std::size_t base, DateFilterError* e) {
  const auto fail = [&](std::string what, std::size_t at) -> std::optional<DayRange> {
    *e = {std::move(what), base + at};
    return std::nullopt;
  };
  const std::size_t d1 = s.find('-');
  const std::string_view ys = s.substr(0, d1);
  if (ys.size() != 4 || !digits(ys))
    return fail("date: expects a year of 4 digits (YYYY, YYYY-MM or YYYY-MM-DD)", 0);
  const int y = number(ys);
  if (d1 == std::string_view::npos) return DayRange{day(y, 1, 1), day(y, 12, 31)};
  const std::size_t d2 = s.find('-', d1 + 1);
  const std::string_view ms =
      s.substr(d1 + 1, d2 == std::string_view::npos ? std::string_view::npos : d2 - d1 - 1);
  if (ms.empty() || ms.size() > 2 || !digits(ms))
    return fail("date: expects a month of 1 or 2 digits after the year", d1 + 1);
  const int m = number(ms);
  if (m < 1 || m > 12)
    return fail("date: month " + std::string(ms) + " is not between 1 and 12", d1 + 1);
  if (d2 == std::string_view::npos) return DayRange{day(y, m, 1), day(y, m, 31)};
  const std::string_view ds = s.substr(d2 + 1);
  if (ds.empty() || ds.size() > 2 || !digits(ds))
    return fail("date: expects a day of 1 or 2 digits after the month", d2 + 1);
  const int d = number(ds);
  if (d < 1 || d > days_in_month(y, m))
    return fail("date: day " + std::string(ds) + " does not exist in that month", d2 + 1);
  return DayRange{day(y, m, d), day(y, m, d)};
}

// One point of an extractor value: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYX, YY.
std::optional<DayRange> value_point(std::string_view v) {
  if (v.size() > 10 && v[10] == 'T') v = v.substr(0, 10);  // a time of day: its date
  if (v.size() == 7 && digits(v.substr(0, 4)) && v.substr(4, 2) == "-Q" && v[6] >= '1' &&
      v[6] <= '4') {  // a quarter: its three months
    const int y = number(v.substr(0, 4)), q = v[6] - '0';
    return DayRange{day(y, q * 3 - 2, 1), day(y, q * 3, 31)};
  }
  if (v.size() == 2 && digits(v)) {
    const int c = number(v) * 100;
    return DayRange{day(c, 1, 1), day(c + 99, 12, 31)};
  }
  if (v.size() == 4 && digits(v.substr(0, 3)) && v[3] == 'X') {
    const int dec = number(v.substr(0, 3)) * 10;
    return DayRange{day(dec, 1, 1), day(dec + 9, 12, 31)};
  }
  if (v.size() == 8 && digits(v.substr(0, 4)) && v.substr(4, 2) == "-W" && digits(v.substr(6))) {
    const int y = number(v.substr(0, 4)), w = number(v.substr(6));
    if (w < 1 || w > 53) return std::nullopt;
    const CivilDate monday = add_days(week_start({y, 1, 4}), (w - 1) * 7L);  // ISO: Jan 4 in W01
    return DayRange{day(monday), day(add_days(monday, 6))};
  }
  DateFilterError ignored;
  return parse_bound(v, 0, &ignored);
}

}  // namespace

std::optional<DayRange> parse_date_filter(std::string_view value, DateFilterError* error) {
  const std::size_t dots = value.find("..");
  if (dots == std::string_view::npos) return parse_bound(value, 0, error);
  const std::string_view a = value.substr(0, dots), b = value.substr(dots + 2);
  if (a.empty() && b.empty()) {
    *error = {"date: a range needs at least one end (..2021, 2023.., 2022-11..2023-07)", 0};
    return std::nullopt;
  }
  DayRange r;
  if (!a.empty()) {
    const auto lo = parse_bound(a, 0, error);
    if (!lo) return std::nullopt;
    r.lo = lo->lo;
  }
  if (!b.empty()) {
    const auto hi = parse_bound(b, dots + 2, error);
    if (!hi) return std::nullopt;
    r.hi = hi->hi;
  }
  if (r.lo > r.hi) {
    *error = {"date: the range ends before it starts", dots};
    return std::nullopt;
  }
  return r;
}

std::optional<DayRange> date_value_range(std::string_view value) {
  const std::size_t slash = value.find('/');
  if (slash == std::string_view::npos) return value_point(value);
  // An open interval ("2014/" since 2014, "/2021" until 2021) is found and counted at the
  // date it states: a passage "until 2021" is about 2021, not about every year before it.
  const std::string_view sa = value.substr(0, slash), sb = value.substr(slash + 1);
  if (sa.empty() || sb.empty())
    return sa.empty() && sb.empty() ? std::nullopt : value_point(sa.empty() ? sb : sa);
  const auto a = value_point(sa);
  const auto b = value_point(sb);
  if (!a || !b || a->lo > b->hi) return std::nullopt;
  return DayRange{a->lo, b->hi};
}

}  // namespace loupe::query
