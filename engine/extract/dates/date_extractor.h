// DateExtractor: finds and normalizes date and time expressions in UTF-8 text (Korean,
// English, Spanish, Russian, Ukrainian). Build once, call extract() per text; thread-compatible.
// E.g. extract("Kyiv, 31 July 2023. Last month...", "") -> reference 2023-07-31 (document),
//   mentions "31 July 2023" (date 2023-07-31) and "Last month" (relative 2023-06).
#pragma once
#include <memory>
#include <string_view>

#include "core/status.h"
#include "extract/dates/date_mention.h"

namespace loupe::dates {

class TemplateMatcher;

class DateExtractor {
 public:
  static core::Result<std::unique_ptr<DateExtractor>> create();
  ~DateExtractor();

  // reference_date: "" (find it in the text, if it states one) or "YYYY-MM-DD" given by the
  // user; anything else is kInvalidArgument.
  core::Result<DateExtraction> extract(std::string_view utf8, std::string_view reference_date) const;

 private:
  explicit DateExtractor(std::unique_ptr<TemplateMatcher> matcher);
  std::unique_ptr<TemplateMatcher> matcher_;
};

}  // namespace loupe::dates
