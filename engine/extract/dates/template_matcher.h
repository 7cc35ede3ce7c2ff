// TemplateMatcher: compiles the language tables (date_rules.h) into token-sequence templates
// and finds, left to right, the longest template match at each token. It fills Slots (year,
// month, day, ...) and leaves their meaning to date_resolver.h. No std::regex: each template
// element tests one ScanToken, so a match costs a few comparisons per token.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "extract/dates/date_mention.h"
#include "extract/dates/date_rules.h"

namespace loupe::dates {

constexpr int kNoRel = -100;

// What a match captured; -1 / kNoRel / 0 mean "not stated".
struct Slots {
  int year = -1, year2 = -1, yy = -1;
  int month = -1, month2 = -1;
  int day = -1, day2 = -1;
  int part = 0;        // 1 start, 2 middle, 3 end
  int rel = kNoRel;    // -1 last, 0 this, +1 next; for "ago" -1, for "later" +1
  int unit = kNoUnit;  // TimeUnit
  int count = -1;
  int century = -1;
  int weekday = 0;     // 1 Monday .. 7 Sunday
};

struct Candidate {
  core::ByteRange bytes;  // the surface (context elements such as "in" left out)
  DateKind kind;
  std::string_view lang;
  float confidence;
  Slots slots;
};

class TemplateMatcher {
 public:
  // Compiles every language in all_language_rules(); a malformed pattern is skipped (and
  // counted in bad_patterns(), which a unit test keeps at zero).
  TemplateMatcher();
  ~TemplateMatcher();
  int bad_patterns() const;
  int template_count() const;

  // accept: static validity of a candidate (e.g. day 31 in a 30-day month is refused); the
  // next-longest match is tried when it refuses.
  std::vector<Candidate> find(std::string_view text, bool (*accept)(const Candidate&)) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace loupe::dates
