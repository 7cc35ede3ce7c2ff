// DateResolver: turns a template match (Slots) into a DateMention: the value as written and
// the value resolved against a reference date, with ISO-8601 / TIMEX3 conventions:
// "2022-11-15", "2023-04", "2014", "197X" (decade), "19" (20th century), "2023-W30" (week),
// "P70Y" (duration), "2019/2021" (range). Without a reference, unresolved parts stay "X".
#pragma once
#include <optional>
#include <string_view>

#include "extract/dates/date_mention.h"
#include "extract/dates/template_matcher.h"

namespace loupe::dates {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const CivilDate&) const = default;
};

// "YYYY-MM-DD" -> date, or nullopt when malformed or not a real day.
std::optional<CivilDate> parse_iso_date(std::string_view s);
std::string format_date(const CivilDate& d);

// Static validity of a match, before any reference: real days, increasing ranges.
bool accept_candidate(const Candidate& c);

// A full calendar day stated without any help from a reference (for finding one).
std::optional<CivilDate> explicit_day(const Candidate& c);

DateMention resolve_candidate(const Candidate& c, const std::optional<CivilDate>& reference);

}  // namespace loupe::dates
