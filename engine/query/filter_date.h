// Date ranges for the date: filter and the year facet. Both sides become inclusive ranges of
// days written as the integer YYYYMMDD (order-preserving, so overlap is two comparisons):
//  - the query value (parse_date_filter): YYYY, YYYY-MM, YYYY-MM-DD, or a range A..B with
//    either end left open (..2021, 2023..); a malformed value names the byte it fails at;
//  - a date extractor's normalized value (date_value_range, extract/dates/README.md):
//    2022-11-15, 2023-04, 2014, 2023-W30 (its Monday..Sunday), 197X (a decade), 19 (a
//    century), 2019/2021 and 2023-03-01/2023-03-03 (ranges). Durations (P70Y), unresolved
//    values (XXXX-04, REF-1Y) have no place in time and give nothing.
// A month's range ends on day 31 whatever its length: no real date falls between, so every
// overlap test answers as with the true last day.
// E.g. parse_date_filter("2022-11..2023-07") -> {20221101, 20230731};
//      date_value_range("197X") -> {19700101, 19791231}.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace loupe::query {

struct DayRange {
  std::uint32_t lo = 0;         // YYYYMMDD, inclusive
  std::uint32_t hi = 99991231;  // YYYYMMDD, inclusive
  bool overlaps(const DayRange& o) const { return lo <= o.hi && o.lo <= hi; }
};

struct DateFilterError {
  std::string message;  // without the position: the parser adds it
  std::size_t at = 0;   // byte offset into the value
};

// The filter's value (after "date:"), or the error.
std::optional<DayRange> parse_date_filter(std::string_view value, DateFilterError* error);

// The range of a normalized date value, or nothing for values that are no point in time.
std::optional<DayRange> date_value_range(std::string_view value);

}  // namespace loupe::query
