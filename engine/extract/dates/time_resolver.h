// TimeResolver: one resolver for every language. Turns a grammar item (a time, an interval, a
// duration) into an ISO-8601 / TIMEX3 value against a reference moment.
// Conventions (README.md): a value is written at its grain ("2013", "2013-Q2", "2013-02",
// "2013-W07", "2013-02-12", "2013-02-12T15:00", "2013-02-12T15:30:15"); an interval is
// "START/END" with END inclusive at its grain ("2013-07-13/2013-07-15" is three days), an open
// side left empty ("2014/", "/2013-03"); a duration is "P3D", "PT2H".
// E.g. {weekday 2, week +1} with reference 2013-02-12T04:30 -> "2013-02-19", grain day.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "extract/dates/civil_time.h"
#include "extract/dates/time_value.h"

namespace loupe::dates {

struct Reference {
  CivilTime moment;
  bool has_time = false;    // a clock time was given: bare times and offsets resolve to it
  int tz_minutes = kUnset;  // its UTC offset, when given ("-02:00")
};

// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z]" -> reference; nullopt when malformed.
std::optional<Reference> parse_reference(std::string_view s);

struct ResolvedValue {
  std::string value;
  Grain grain = Grain::kDay;
  bool range = false;  // START/END (or open)
  bool duration = false;
  bool uses_reference = false;
  std::string mod;  // "START", "MID", "END" for parts of a period
};

// dir: the default direction of a bare weekday/month/holiday: +1 forward, -1 backward (the
// clause's tense), 0 forward too (the documented default).
std::optional<ResolvedValue> resolve_item(const Item& it, const Reference& ref, int dir);

// The date a text said last, for what names "the same year" or "that day" of it ("в 1648 году
// ... 26 сентября того же года", "어제 오후 4시 ... 같은 날 오후 6시").
class PriorDate {
 public:
  void note(const ResolvedValue& v);  // a mention's value, in text order
  // The reference an item counts from: the prior date's year or day when it names one
  // ("того же года" -> that year), else nullopt (the reference itself).
  std::optional<Reference> for_item(const Item& it, const Reference& ref) const;
  // A bare month after a day said in the same sentence goes on from that day ("26 вересня
  // цього ж року, а в жовтні" -> that October): the day to count forward from, else nullopt.
  // So does a day and month (yearless_day) there, read as the nearest to that day.
  std::optional<Reference> story_day(const Item& it, const Reference& ref) const;

 private:
  int year_ = kUnset;
  CivilDate day_{};
  bool has_day_ = false;
};

// A day and month without a year ("September 27", "27-28 сентября", "hasta el 22 de marzo"):
// no weekday, anchor or direction of its own.
bool yearless_day(const Item& it);

// The value as far as the text states it, without a reference: "XXXX-03-01", "REF-3D",
// "2014" (no reference needed).
std::string unresolved_value(const Item& it);

}  // namespace loupe::dates
