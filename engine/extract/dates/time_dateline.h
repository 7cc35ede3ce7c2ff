// A dateline that names no year ("Madrid, 23 may (EFE).", "MOSCOW, Oct 5 -"): wire stories
// open with the day they were filed. With the caller's reference for the year, that day becomes
// the document's reference: the nearest such day on or before the caller's.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates/mention_finder.h"
#include "extract/dates/time_resolver.h"

namespace loupe::dates {

struct YearlessDateline {
  std::string day;  // "YYYY-MM-DD"
  core::ByteRange bytes;
};

// The first mention of `found`, near the top of `text`, that is a day and a month alone and opens
// its line after a place name ("Calahorra (La Rioja), 23 may", "MOSCOW Oct 5"); its year is the
// latest that does not put it after `caller`.
std::optional<YearlessDateline> yearless_dateline(std::string_view text,
                                                  const std::vector<FoundItem>& found,
                                                  const Reference& caller);

}  // namespace loupe::dates
