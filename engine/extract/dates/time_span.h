// Resolution of one time (TimeSpec) against a reference into a span of civil time: its first
// unit, its last unit (inclusive) and its grain. Used by time_resolver.cc.
// E.g. "early March" (reference 2013-02-12) -> {2013-03-01, 2013-03-10, day, range}.
#pragma once
#include <optional>
#include <string>

#include "extract/dates/civil_time.h"
#include "extract/dates/time_resolver.h"
#include "extract/dates/time_value.h"

namespace loupe::dates {

struct Span {
  CivilTime b, e;  // first and last unit at grain g (e == b for a single unit)
  Grain g = Grain::kDay;
  bool range = false;
};

std::string format_span_begin(const Span& s);

// used: set when the result depends on the reference. dir: +1 / -1 / 0 (see resolve_item).
std::optional<Span> resolve_spec(const TimeSpec& s, const Reference& ref, int dir, bool& used);

}  // namespace loupe::dates
