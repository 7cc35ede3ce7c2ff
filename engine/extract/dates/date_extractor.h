// DateExtractor: finds and normalizes date and time expressions in UTF-8 text (Korean,
// English, Spanish, Russian, Ukrainian). Build once, call extract() per text; thread-compatible.
// Pipeline: date_lexer (tokens, lexicon words) -> grammar (typed items) -> mention selection
// (longest non-overlapping items that pass the guards) -> time_resolver (ISO values).
// E.g. extract("Kyiv, 31 July 2023. Last month...", "") -> reference 2023-07-31 (document),
//   mentions "31 July 2023" (date 2023-07-31, grain day) and "Last month" (relative 2023-06).
#pragma once
#include <memory>
#include <string_view>

#include "core/status.h"
#include "extract/dates/date_mention.h"

namespace loupe::dates {

class DateExtractor {
 public:
  static core::Result<std::unique_ptr<DateExtractor>> create();
  ~DateExtractor();

  // reference: "" (find it in the text, if it states one), "YYYY-MM-DD", or a moment
  // "YYYY-MM-DDTHH:MM[:SS][±HH:MM]" given by the user; anything else is kInvalidArgument.
  core::Result<DateExtraction> extract(std::string_view utf8, std::string_view reference) const;

  struct Impl;

 private:
  explicit DateExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace loupe::dates
