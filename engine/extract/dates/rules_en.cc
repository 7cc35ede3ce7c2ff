// English date forms. Words are lower-case; templates use the syntax in README.md.
#include "extract/dates/date_rules.h"

namespace loupe::dates {
namespace {

using K = DateKind;
using W = WordClass;

constexpr LexEntry kWords[] = {
    {"january", W::kMonth, 1}, {"jan", W::kMonth, 1}, {"february", W::kMonth, 2}, {"feb", W::kMonth, 2},
    {"march", W::kMonth, 3}, {"mar", W::kMonth, 3}, {"april", W::kMonth, 4}, {"apr", W::kMonth, 4},
    {"may", W::kMonth, 5, 1}, {"june", W::kMonth, 6}, {"jun", W::kMonth, 6}, {"july", W::kMonth, 7},
    {"jul", W::kMonth, 7}, {"august", W::kMonth, 8}, {"aug", W::kMonth, 8}, {"september", W::kMonth, 9},
    {"sep", W::kMonth, 9}, {"sept", W::kMonth, 9}, {"october", W::kMonth, 10}, {"oct", W::kMonth, 10},
    {"november", W::kMonth, 11}, {"nov", W::kMonth, 11}, {"december", W::kMonth, 12}, {"dec", W::kMonth, 12},

    {"early", W::kPart, 1}, {"beginning", W::kPart, 1}, {"start", W::kPart, 1},
    {"mid", W::kPart, 2}, {"middle", W::kPart, 2}, {"late", W::kPart, 3}, {"end", W::kPart, 3},

    {"last", W::kRel, -1}, {"previous", W::kRel, -1}, {"this", W::kRel, 0}, {"current", W::kRel, 0},
    {"next", W::kRel, 1}, {"coming", W::kRel, 1}, {"following", W::kRel, 1},
    {"ago", W::kAgo, -1}, {"earlier", W::kAgo, -1},

    {"day", W::kUnit, kDay}, {"days", W::kUnit, kDay}, {"week", W::kUnit, kWeek}, {"weeks", W::kUnit, kWeek},
    {"month", W::kUnit, kMonthUnit}, {"months", W::kUnit, kMonthUnit}, {"year", W::kUnit, kYearUnit},
    {"years", W::kUnit, kYearUnit}, {"decade", W::kUnit, kDecadeUnit}, {"decades", W::kUnit, kDecadeUnit},
    {"century", W::kUnit, kCenturyUnit}, {"centuries", W::kUnit, kCenturyUnit},

    {"today", W::kDeictic, kDay, 0}, {"today's", W::kDeictic, kDay, 0}, {"yesterday's", W::kDeictic, kDay, -1},
    {"year's", W::kUnit, kYearUnit}, {"month's", W::kUnit, kMonthUnit}, {"week's", W::kUnit, kWeek},
    {"yesterday", W::kDeictic, kDay, -1}, {"tomorrow", W::kDeictic, kDay, 1},

    {"a", W::kNumber, 1}, {"an", W::kNumber, 1}, {"one", W::kNumber, 1}, {"two", W::kNumber, 2},
    {"three", W::kNumber, 3}, {"four", W::kNumber, 4}, {"five", W::kNumber, 5}, {"six", W::kNumber, 6},
    {"seven", W::kNumber, 7}, {"eight", W::kNumber, 8}, {"nine", W::kNumber, 9}, {"ten", W::kNumber, 10},
    {"eleven", W::kNumber, 11}, {"twelve", W::kNumber, 12}, {"fifteen", W::kNumber, 15},
    {"twenty", W::kNumber, 20}, {"thirty", W::kNumber, 30}, {"forty", W::kNumber, 40},
    {"fifty", W::kNumber, 50}, {"seventy", W::kNumber, 70}, {"hundred", W::kNumber, 100},

    {"monday", W::kWeekday, 1}, {"tuesday", W::kWeekday, 2}, {"wednesday", W::kWeekday, 3},
    {"thursday", W::kWeekday, 4}, {"friday", W::kWeekday, 5}, {"saturday", W::kWeekday, 6},
    {"sunday", W::kWeekday, 7},

    {"st", W::kOrdSuffix}, {"nd", W::kOrdSuffix}, {"rd", W::kOrdSuffix}, {"th", W::kOrdSuffix},

    {"km", W::kQuantity}, {"kilometres", W::kQuantity}, {"kilometers", W::kQuantity}, {"miles", W::kQuantity},
    {"kg", W::kQuantity}, {"tons", W::kQuantity}, {"tonnes", W::kQuantity}, {"percent", W::kQuantity},
    {"dollars", W::kQuantity}, {"euros", W::kQuantity}, {"usd", W::kQuantity}, {"mm", W::kQuantity},
};

constexpr DateTemplate kTemplates[] = {
    // Full dates.
    {K::kDate, "{day}+[{ord}] [of] {mname}+[.] [,] {year}", 0.97f},   // 31 July 2023, 31st of July, 2023
    {K::kDate, "{mname}+[.] {day}+[{ord}] [,] {year}", 0.97f},        // July 27, 2023
    {K::kDate, "{mnum}+/+{day}+/+{year}", 0.9f},                       // 07/31/2023 (month first)
    // Month and day, month and year, year.
    {K::kDate, "[the] {day}+[{ord}] of {mname}", 0.9f},                // the 3rd of March
    {K::kDate, "{day}+[{ord}] {mname}", 0.85f},                        // 3 March
    {K::kDate, "{mname} {day}+[{ord}]", 0.8f},                     // March 3
    {K::kMonth, "{mname}+[.] [of] [,] {year}", 0.92f},                 // July 2023, May of 2021
    {K::kMonth, "^in|since|until|till|by|during|from|before|after|of|through {mname}", 0.75f},
    {K::kYear, "^in|since|until|till|by|during|from|before|after|of|year|through {year}", 0.9f},
    // Parts of months and years.
    {K::kMonth, "{part}+-+{mname} [{year}]", 0.92f},                   // mid-October
    {K::kMonth, "{part} {mname} [{year}]", 0.9f},                      // early October 2022
    {K::kMonth, "[the] {part} of {mname} [{year}]", 0.9f},             // the end of October
    {K::kYear, "{part}+-+{year}", 0.9f},                               // mid-2023
    {K::kYear, "{part} {year}", 0.88f},                                // late 2022
    {K::kYear, "[the] {part} of {year}", 0.9f},                        // the end of 2022
    // Decades and centuries.
    {K::kDecade, "[the] {year}+s", 0.92f},                             // the 1990s
    {K::kDecade, "[the] {year}+{apos}+s", 0.9f},                       // the 1990's
    {K::kDecade, "[the] {apos}+{yy}+s", 0.85f},                        // the '90s
    {K::kCentury, "[the] {cent}+{ord} century", 0.92f},                // the 20th century
    {K::kCentury, "[the] {cent}+{ord}+-+century", 0.9f},
    // Ranges.
    {K::kRange, "[from] {day}+[{ord}] to|until|till {day2}+[{ord}] [of] {mname} [,] [{year}]", 0.92f},
    {K::kRange, "{day} {dash} {day2} {mname} [,] [{year}]", 0.92f},   // 1–3 March 2023
    {K::kRange, "{mname} {day} {dash} {day2} [,] [{year}]", 0.92f},   // March 1–3, 2023
    {K::kRange, "[from] {mname} {day}+[{ord}] to|until|through {day2}+[{ord}] [,] [{year}]", 0.9f},
    {K::kRange, "{day} {mname} {dash} {day2} {mname2} [,] [{year}]", 0.9f},
    {K::kRange, "[from] {day} {mname} to|until {day2} {mname2} [,] [{year}]", 0.9f},
    {K::kRange, "[from] {mname} to|until|through {mname2} [,] [{year}]", 0.85f},
    {K::kRange, "{mname} {dash} {mname2} [,] [{year}]", 0.85f},
    {K::kRange, "from {year} to|until|till|through {year2}", 0.92f},
    {K::kRange, "between {year} and {year2}", 0.92f},
    // Relative to the reference date.
    {K::kRelative, "{deictic}", 0.9f},                                  // yesterday
    {K::kRelative, "{weekday}", 0.8f},                                  // (on) Friday
    {K::kRelative, "{rel} {weekday}", 0.88f},                           // last Friday
    {K::kRelative, "[the] {rel} {unit}", 0.88f},                        // last month
    {K::kRelative, "{count} {unit} {ago}", 0.95f},                      // three days ago
    {K::kRelative, "[the] {rel} {mname}", 0.85f},                       // last March
    {K::kRelative, "{mname} of {rel} {unit}", 0.88f},                   // March of last year
    {K::kRelative, "{mname} {day}+[{ord}] of {rel} {unit}", 0.88f},
    {K::kRelative, "[the] {part} of {rel} {unit}", 0.85f},              // the end of last year
    // Durations.
    {K::kDuration, "^for|over|during|lasting {count} {unit}", 0.85f},  // for nine months
    {K::kDuration, "^for|over|during ^the ^past|last|next {count} {unit}", 0.85f},
    {K::kDuration, "{count}+-+{unit}+-+long", 0.8f},                    // 3-year-long
};

constexpr LanguageRules kRules{"en", kWords, kTemplates};

}  // namespace

const LanguageRules& rules_en() { return kRules; }

}  // namespace loupe::dates
