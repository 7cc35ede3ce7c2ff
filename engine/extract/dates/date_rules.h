// The data side of date extraction: per-language word lists and templates. The matcher
// (template_matcher.h) knows nothing about any language; each rules_<lang>.cc only fills these
// tables. README.md in this folder explains the template syntax and how to add a language.
#pragma once
#include <span>
#include <string_view>

#include "date_mention.h"

namespace loupe::dates {

// What a lexicon word means. A word may carry several meanings (listed as several entries).
enum class WordClass {
  kMonth,      // value = 1..12
  kPart,       // part of a month/year: value 1 = start, 2 = middle, 3 = end
  kRel,        // relative modifier: value = -1 (last), 0 (this), +1 (next)
  kUnit,       // unit of time: value is a TimeUnit
  kCounter,   // a counter right after a number: "3일", "2년" (Korean): value is a TimeUnit
  kDeictic,    // one word = unit + offset: "yesterday" (value kDay, offset -1), "지난해"
  kCountUnit,  // one word = count + unit: "사흘" (value kDay, offset 3 = the count)
  kNumber,     // a number word: value = 1..99 ("three", "двух", "세")
  kWeekday,   // value = 1 (Monday) .. 7 (Sunday)
  kOrdSuffix,  // "st", "nd", "rd", "th": allowed after a day number
  kAgo,       // direction word of "three days ago" / "hace tres días": value -1 or +1
  kDurUnit,   // a unit that already means "for N units" (Korean "년간"): value is a TimeUnit
  kQuantity,   // a unit of quantity: a number right before it is not a year ("km", "%", "명")
  kParticle,   // Korean particle or ending allowed right after a date word: "에", "부터"
};

enum TimeUnit { kNoUnit = 0, kDay, kWeek, kMonthUnit, kYearUnit, kDecadeUnit, kCenturyUnit };

struct LexEntry {
  std::string_view form;  // lower-case, as it appears in text (every inflected form listed)
  WordClass cls;
  int value = 0;
  // kDeictic: offset in units; kCountUnit: the count; kMonth: 1 = only when capitalized in the
  // text (English "May", never the verb "may").
  int offset = 0;
};

// A template: a token-sequence pattern (syntax in README.md) and the kind it produces.
struct DateTemplate {
  DateKind kind;
  std::string_view pattern;
  float confidence;
};

struct LanguageRules {
  std::string_view code;  // "en", "ko", ...
  std::span<const LexEntry> words;
  std::span<const DateTemplate> templates;
};

// One per language, defined in rules_<code>.cc; all_language_rules() lists them.
const LanguageRules& rules_common();
const LanguageRules& rules_en();
const LanguageRules& rules_es();
const LanguageRules& rules_ru();
const LanguageRules& rules_uk();
const LanguageRules& rules_ko();
std::span<const LanguageRules* const> all_language_rules();

}  // namespace loupe::dates
