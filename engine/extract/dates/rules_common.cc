// Numeric forms shared by every language: ISO dates, year-first dotted dates, year ranges and
// years standing alone between punctuation. Syntax: README.md.
#include "extract/dates/date_rules.h"

namespace loupe::dates {
namespace {

using K = DateKind;

constexpr DateTemplate kTemplates[] = {
    {K::kDate, "{year}+-+{mnum}+-+{day}", 0.98f},                 // 2023-07-31
    {K::kDate, "{year}+/+{mnum}+/+{day}", 0.9f},                  // 2023/07/31
    {K::kDate, "{year}+. {mnum}+. {day}+[.]", 0.92f},             // 2021. 12. 7.  2012.2.27
    {K::kDate, "{day}+.+{mnum}+.+{year}", 0.9f},                  // 31.07.2023
    {K::kMonth, "{year}+-+{mnum}", 0.6f},                         // 2022-11
    {K::kRange, "{year} {dash} {year2}", 0.85f},                  // 2019–2021
    {K::kYear, "^( {ryear} ^)", 0.7f},                            // (2014)
    {K::kYear, "^( {ryear} ^,", 0.7f},                            // (2014, p. 3)
    {K::kYear, "^, {ryear} ^)", 0.7f},                            // (Reuters, 2014)
    {K::kYear, "^, {ryear} ^.", 0.6f},                            // ..., 2014.
};

constexpr LexEntry kWords[] = {
    {"%", WordClass::kQuantity},
};

constexpr LanguageRules kRules{"common", kWords, kTemplates};

}  // namespace

const LanguageRules& rules_common() { return kRules; }

std::span<const LanguageRules* const> all_language_rules() {
  static const LanguageRules* const kAll[] = {&rules_common(), &rules_en(), &rules_es(),
                                              &rules_ru(),     &rules_uk(), &rules_ko()};
  return kAll;
}

}  // namespace loupe::dates
