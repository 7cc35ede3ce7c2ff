// Ukrainian date forms: month names in the nominative, genitive ("15 листопада") and locative
// ("у листопаді") cases; other inflected words list each form. Syntax: README.md.
#include "extract/dates/date_rules.h"

namespace loupe::dates {
namespace {

using K = DateKind;
using W = WordClass;

constexpr LexEntry kWords[] = {
    {"січень", W::kMonth, 1}, {"січня", W::kMonth, 1}, {"січні", W::kMonth, 1},
    {"лютий", W::kMonth, 2}, {"лютого", W::kMonth, 2}, {"лютому", W::kMonth, 2},
    {"березень", W::kMonth, 3}, {"березня", W::kMonth, 3}, {"березні", W::kMonth, 3},
    {"квітень", W::kMonth, 4}, {"квітня", W::kMonth, 4}, {"квітні", W::kMonth, 4},
    {"травень", W::kMonth, 5}, {"травня", W::kMonth, 5}, {"травні", W::kMonth, 5},
    {"червень", W::kMonth, 6}, {"червня", W::kMonth, 6}, {"червні", W::kMonth, 6},
    {"липень", W::kMonth, 7}, {"липня", W::kMonth, 7}, {"липні", W::kMonth, 7},
    {"серпень", W::kMonth, 8}, {"серпня", W::kMonth, 8}, {"серпні", W::kMonth, 8},
    {"вересень", W::kMonth, 9}, {"вересня", W::kMonth, 9}, {"вересні", W::kMonth, 9},
    {"жовтень", W::kMonth, 10}, {"жовтня", W::kMonth, 10}, {"жовтні", W::kMonth, 10},
    {"листопад", W::kMonth, 11}, {"листопада", W::kMonth, 11}, {"листопаді", W::kMonth, 11},
    {"грудень", W::kMonth, 12}, {"грудня", W::kMonth, 12}, {"грудні", W::kMonth, 12},

    {"початку", W::kPart, 1}, {"початок", W::kPart, 1}, {"середині", W::kPart, 2},
    {"середини", W::kPart, 2}, {"середина", W::kPart, 2}, {"кінці", W::kPart, 3}, {"кінця", W::kPart, 3},
    {"кінець", W::kPart, 3}, {"наприкінці", W::kPart, 3}, {"напочатку", W::kPart, 1},

    {"минулого", W::kRel, -1}, {"минулому", W::kRel, -1}, {"минулий", W::kRel, -1},
    {"минулої", W::kRel, -1}, {"минулій", W::kRel, -1}, {"минулу", W::kRel, -1},
    {"попереднього", W::kRel, -1}, {"цього", W::kRel, 0}, {"цьому", W::kRel, 0}, {"цей", W::kRel, 0},
    {"цієї", W::kRel, 0}, {"цій", W::kRel, 0}, {"цю", W::kRel, 0}, {"поточного", W::kRel, 0},
    {"наступного", W::kRel, 1}, {"наступному", W::kRel, 1}, {"наступний", W::kRel, 1},
    {"наступної", W::kRel, 1}, {"наступній", W::kRel, 1}, {"наступну", W::kRel, 1},
    {"тому", W::kAgo, -1},

    {"день", W::kUnit, kDay}, {"дні", W::kUnit, kDay}, {"днів", W::kUnit, kDay}, {"дня", W::kUnit, kDay},
    {"тиждень", W::kUnit, kWeek}, {"тижня", W::kUnit, kWeek}, {"тижні", W::kUnit, kWeek},
    {"тижнів", W::kUnit, kWeek}, {"місяць", W::kUnit, kMonthUnit}, {"місяця", W::kUnit, kMonthUnit},
    {"місяці", W::kUnit, kMonthUnit}, {"місяців", W::kUnit, kMonthUnit}, {"рік", W::kUnit, kYearUnit},
    {"року", W::kUnit, kYearUnit}, {"році", W::kUnit, kYearUnit}, {"роки", W::kUnit, kYearUnit},
    {"років", W::kUnit, kYearUnit}, {"десятиліття", W::kUnit, kDecadeUnit},
    {"десятиліть", W::kUnit, kDecadeUnit}, {"століття", W::kUnit, kCenturyUnit},
    {"століть", W::kUnit, kCenturyUnit},

    {"сьогодні", W::kDeictic, kDay, 0}, {"вчора", W::kDeictic, kDay, -1}, {"учора", W::kDeictic, kDay, -1},
    {"позавчора", W::kDeictic, kDay, -2}, {"завтра", W::kDeictic, kDay, 1},
    {"післязавтра", W::kDeictic, kDay, 2}, {"торік", W::kDeictic, kYearUnit, -1},
    {"позаторік", W::kDeictic, kYearUnit, -2},

    {"один", W::kNumber, 1}, {"одна", W::kNumber, 1}, {"одного", W::kNumber, 1}, {"одну", W::kNumber, 1},
    {"два", W::kNumber, 2}, {"дві", W::kNumber, 2}, {"двох", W::kNumber, 2}, {"три", W::kNumber, 3},
    {"трьох", W::kNumber, 3}, {"чотири", W::kNumber, 4}, {"чотирьох", W::kNumber, 4},
    {"п'ять", W::kNumber, 5}, {"п'яти", W::kNumber, 5}, {"шість", W::kNumber, 6}, {"шести", W::kNumber, 6},
    {"сім", W::kNumber, 7}, {"семи", W::kNumber, 7}, {"вісім", W::kNumber, 8}, {"восьми", W::kNumber, 8},
    {"дев'ять", W::kNumber, 9}, {"дев'яти", W::kNumber, 9}, {"десять", W::kNumber, 10},
    {"десяти", W::kNumber, 10}, {"двадцять", W::kNumber, 20}, {"двадцяти", W::kNumber, 20},
    {"тридцять", W::kNumber, 30}, {"п'ятдесят", W::kNumber, 50}, {"сімдесят", W::kNumber, 70},
    {"сімдесяти", W::kNumber, 70}, {"сто", W::kNumber, 100},

    {"понеділок", W::kWeekday, 1}, {"вівторок", W::kWeekday, 2}, {"середу", W::kWeekday, 3},
    {"середа", W::kWeekday, 3}, {"четвер", W::kWeekday, 4}, {"п'ятницю", W::kWeekday, 5},
    {"п'ятниця", W::kWeekday, 5}, {"суботу", W::kWeekday, 6}, {"субота", W::kWeekday, 6},
    {"неділю", W::kWeekday, 7}, {"неділя", W::kWeekday, 7},

    {"км", W::kQuantity}, {"кг", W::kQuantity}, {"тонн", W::kQuantity}, {"млн", W::kQuantity},
    {"млрд", W::kQuantity}, {"тис", W::kQuantity}, {"гривень", W::kQuantity}, {"доларів", W::kQuantity},
    {"осіб", W::kQuantity},
};

constexpr DateTemplate kTemplates[] = {
    // Full dates.
    {K::kDate, "{day} {mname} {year} [року|р]", 0.97f},            // 15 листопада 2022 року
    {K::kDate, "{day} {mname} {year} р+.", 0.97f},                   // 15 листопада 2022 р.
    // Partial dates.
    {K::kDate, "{day} {mname}", 0.9f},                               // 15 листопада
    {K::kMonth, "{mname} {year} [року|році|р]", 0.92f},              // листопаді 2022 року
    {K::kMonth, "^у|в|з|до|по|від {mname}", 0.75f},                  // у березні
    {K::kYear, "^у|в|з|до|по|від|на|році {year} [року|році|рік|р]", 0.9f},  // у 2014 році
    {K::kYear, "{year} року|році|рік|р", 0.9f},
    {K::kYear, "{year}+-+го|му|й|м [року|році|рік]", 0.9f},           // 2014-го року
    // Parts of months and years.
    {K::kMonth, "{part} {mname} [{year}] [року|р]", 0.92f},          // (на) початку березня
    {K::kYear, "{part} {year} [року|р]", 0.9f},                      // наприкінці 2022 року
    // Decades and centuries.
    {K::kDecade, "{year}+-+х|ті|тих|і|их [роки|років|роках|рр]", 0.92f},  // 1990-х років
    {K::kCentury, "{roman} століття|сторіччя|ст", 0.92f},           // XX століття
    // Ranges.
    {K::kRange, "з|від {day} по|до {day2} {mname} [{year}] [року|р]", 0.92f},
    {K::kRange, "{day} {dash} {day2} {mname} [{year}] [року|р]", 0.92f},
    {K::kRange, "з|від {day} {mname} по|до {day2} {mname2} [{year}] [року|р]", 0.9f},
    {K::kRange, "з|від {year} по|до {year2} [рік|роки|рр|року]", 0.9f},
    {K::kRange, "{year} {dash} {year2} роки|роках|років|рр", 0.92f},
    // Relative to the reference date.
    {K::kRelative, "{deictic}", 0.9f},                               // вчора, торік
    {K::kRelative, "^в|у|во [{rel}] {weekday}", 0.85f},              // у п'ятницю
    {K::kRelative, "{rel} {unit}", 0.88f},                           // минулого тижня
    {K::kRelative, "{count} {unit} {ago}", 0.95f},                   // три дні тому
    {K::kRelative, "{mname} {rel} {unit}", 0.9f},                    // (у) березні минулого року
    {K::kRelative, "{day} {mname} {rel} {unit}", 0.9f},
    {K::kRelative, "{part} {rel} {unit}", 0.85f},                    // наприкінці минулого року
    // Durations.
    {K::kDuration, "^протягом|впродовж|упродовж|понад|майже {count} {unit}", 0.88f},
    {K::kDuration, "^за|вже ^останні {count} {unit}", 0.8f},
    {K::kDuration, "^за|вже {count} {unit}", 0.75f},
};

constexpr LanguageRules kRules{"uk", kWords, kTemplates};

}  // namespace

const LanguageRules& rules_uk() { return kRules; }

}  // namespace loupe::dates
