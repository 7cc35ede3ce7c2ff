// DateMention: one temporal expression found in a text, with its kind, the value as written
// and the value resolved against a reference date (ISO-8601 / TIMEX3 style).
// E.g. in "지난 4월 뉴욕에서" with reference 2023-07-31: bytes {0, 12} ("지난 4월"),
//   kind kRelative, as_written "XXXX-04", value "2023-04", uses_reference true.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "extract/dates/lexicon.h"

namespace loupe::dates {

enum class DateKind {
  kDate,      // a day: "2022년 11월 15일", "(4.25)"
  kMonth,     // "2023년 4월", "mid-October"
  kYear,      // "2014년", "in 2014"
  kDecade,    // "1970년대", "the 1990s"
  kCentury,   // "XX века", "20세기"
  kRange,     // "3월 1~3일", "2019–2021"
  kDuration,  // "70년 동안", "for nine months": a length of time, not a point
  kRelative,  // "지난해", "three days ago", "el pasado 3 de marzo"
  kTime,      // a time of day, alone or on a date: "3:30 p.m. on May 2", "오후 8시"
};

std::string_view date_kind_name(DateKind kind);
// "second" "minute" "hour" "day" "week" "month" "quarter" "year" "decade" "century"
std::string_view grain_name(Grain grain);

struct DateMention {
  core::ByteRange bytes;  // into the text given to the extractor
  DateKind kind = DateKind::kDate;
  std::string as_written;       // what the text itself states: "XXXX-04-25", "REF-1Y", "P70Y"
  std::string value;            // resolved: "2022-11-15", "2023-04", "197X", "P70Y", "2019/2021",
                                // "2023-05-02T15:30"; an interval's END is inclusive at its grain
  Grain grain = Grain::kDay;    // of the value (of its finer end for an interval)
  std::string mod;              // TIMEX3 mod for parts of months/years: "START", "MID", "END" or ""
  float confidence = 0.f;       // 0..1: how sure the matcher is this is a date at all
  bool uses_reference = false;  // value depends on the reference date
};

// The date relative expressions were resolved against, and where it came from.
struct ReferenceDate {
  std::string date;       // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", or "" when source is "none"
  std::string source;     // "user" | "document" | "none"
  core::ByteRange bytes;  // where the document states it (source "document" only)
};

struct DateExtraction {
  ReferenceDate reference;
  std::vector<DateMention> mentions;  // in text order, never overlapping
};

}  // namespace loupe::dates
