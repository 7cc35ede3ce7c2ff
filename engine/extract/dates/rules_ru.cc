// Russian date forms: month names in the nominative, genitive ("15 ноября") and prepositional
// ("в ноябре") cases; other inflected words list each form. Syntax: README.md.
#include "extract/dates/date_rules.h"

namespace loupe::dates {
namespace {

using K = DateKind;
using W = WordClass;

constexpr LexEntry kWords[] = {
    {"январь", W::kMonth, 1}, {"января", W::kMonth, 1}, {"январе", W::kMonth, 1}, {"янв", W::kMonth, 1},
    {"февраль", W::kMonth, 2}, {"февраля", W::kMonth, 2}, {"феврале", W::kMonth, 2}, {"фев", W::kMonth, 2},
    {"март", W::kMonth, 3}, {"марта", W::kMonth, 3}, {"марте", W::kMonth, 3},
    {"апрель", W::kMonth, 4}, {"апреля", W::kMonth, 4}, {"апреле", W::kMonth, 4}, {"апр", W::kMonth, 4},
    {"май", W::kMonth, 5}, {"мая", W::kMonth, 5}, {"мае", W::kMonth, 5},
    {"июнь", W::kMonth, 6}, {"июня", W::kMonth, 6}, {"июне", W::kMonth, 6},
    {"июль", W::kMonth, 7}, {"июля", W::kMonth, 7}, {"июле", W::kMonth, 7},
    {"август", W::kMonth, 8}, {"августа", W::kMonth, 8}, {"августе", W::kMonth, 8}, {"авг", W::kMonth, 8},
    {"сентябрь", W::kMonth, 9}, {"сентября", W::kMonth, 9}, {"сентябре", W::kMonth, 9}, {"сент", W::kMonth, 9},
    {"октябрь", W::kMonth, 10}, {"октября", W::kMonth, 10}, {"октябре", W::kMonth, 10}, {"окт", W::kMonth, 10},
    {"ноябрь", W::kMonth, 11}, {"ноября", W::kMonth, 11}, {"ноябре", W::kMonth, 11}, {"нояб", W::kMonth, 11},
    {"декабрь", W::kMonth, 12}, {"декабря", W::kMonth, 12}, {"декабре", W::kMonth, 12}, {"дек", W::kMonth, 12},

    {"начале", W::kPart, 1}, {"начала", W::kPart, 1}, {"начало", W::kPart, 1},
    {"середине", W::kPart, 2}, {"середины", W::kPart, 2}, {"середина", W::kPart, 2},
    {"конце", W::kPart, 3}, {"конца", W::kPart, 3}, {"конец", W::kPart, 3},

    {"прошлом", W::kRel, -1}, {"прошлого", W::kRel, -1}, {"прошлый", W::kRel, -1}, {"прошлой", W::kRel, -1},
    {"прошлую", W::kRel, -1}, {"прошлая", W::kRel, -1}, {"прошедшем", W::kRel, -1},
    {"прошедшей", W::kRel, -1}, {"прошедшего", W::kRel, -1},
    {"этом", W::kRel, 0}, {"этого", W::kRel, 0}, {"этот", W::kRel, 0}, {"этой", W::kRel, 0},
    {"эту", W::kRel, 0}, {"текущем", W::kRel, 0}, {"текущего", W::kRel, 0}, {"нынешнем", W::kRel, 0},
    {"следующем", W::kRel, 1}, {"следующего", W::kRel, 1}, {"следующий", W::kRel, 1},
    {"следующей", W::kRel, 1}, {"следующую", W::kRel, 1}, {"будущем", W::kRel, 1}, {"будущего", W::kRel, 1},
    {"назад", W::kAgo, -1},

    {"день", W::kUnit, kDay}, {"дня", W::kUnit, kDay}, {"дней", W::kUnit, kDay},
    {"неделю", W::kUnit, kWeek}, {"недели", W::kUnit, kWeek}, {"неделе", W::kUnit, kWeek},
    {"недель", W::kUnit, kWeek}, {"месяц", W::kUnit, kMonthUnit}, {"месяца", W::kUnit, kMonthUnit},
    {"месяце", W::kUnit, kMonthUnit}, {"месяцев", W::kUnit, kMonthUnit}, {"год", W::kUnit, kYearUnit},
    {"года", W::kUnit, kYearUnit}, {"году", W::kUnit, kYearUnit}, {"лет", W::kUnit, kYearUnit},
    {"десятилетие", W::kUnit, kDecadeUnit}, {"десятилетия", W::kUnit, kDecadeUnit},
    {"десятилетий", W::kUnit, kDecadeUnit}, {"век", W::kUnit, kCenturyUnit}, {"века", W::kUnit, kCenturyUnit},
    {"веков", W::kUnit, kCenturyUnit},

    {"сегодня", W::kDeictic, kDay, 0}, {"вчера", W::kDeictic, kDay, -1}, {"позавчера", W::kDeictic, kDay, -2},
    {"завтра", W::kDeictic, kDay, 1}, {"послезавтра", W::kDeictic, kDay, 2},

    {"один", W::kNumber, 1}, {"одна", W::kNumber, 1}, {"одну", W::kNumber, 1}, {"одного", W::kNumber, 1},
    {"одной", W::kNumber, 1}, {"два", W::kNumber, 2}, {"две", W::kNumber, 2}, {"двух", W::kNumber, 2},
    {"три", W::kNumber, 3}, {"трёх", W::kNumber, 3}, {"трех", W::kNumber, 3}, {"четыре", W::kNumber, 4},
    {"четырёх", W::kNumber, 4}, {"четырех", W::kNumber, 4}, {"пять", W::kNumber, 5}, {"пяти", W::kNumber, 5},
    {"шесть", W::kNumber, 6}, {"шести", W::kNumber, 6}, {"семь", W::kNumber, 7}, {"семи", W::kNumber, 7},
    {"восемь", W::kNumber, 8}, {"восьми", W::kNumber, 8}, {"девять", W::kNumber, 9},
    {"девяти", W::kNumber, 9}, {"десять", W::kNumber, 10}, {"десяти", W::kNumber, 10},
    {"двадцать", W::kNumber, 20}, {"двадцати", W::kNumber, 20}, {"тридцать", W::kNumber, 30},
    {"тридцати", W::kNumber, 30}, {"пятьдесят", W::kNumber, 50}, {"пятидесяти", W::kNumber, 50},
    {"семьдесят", W::kNumber, 70}, {"семидесяти", W::kNumber, 70}, {"сто", W::kNumber, 100},

    {"понедельник", W::kWeekday, 1}, {"вторник", W::kWeekday, 2}, {"среду", W::kWeekday, 3},
    {"среда", W::kWeekday, 3}, {"четверг", W::kWeekday, 4}, {"пятницу", W::kWeekday, 5},
    {"пятница", W::kWeekday, 5}, {"субботу", W::kWeekday, 6}, {"суббота", W::kWeekday, 6},
    {"воскресенье", W::kWeekday, 7},

    {"км", W::kQuantity}, {"кг", W::kQuantity}, {"тонн", W::kQuantity}, {"млн", W::kQuantity},
    {"млрд", W::kQuantity}, {"тыс", W::kQuantity}, {"рублей", W::kQuantity}, {"долларов", W::kQuantity},
    {"человек", W::kQuantity},
};

constexpr DateTemplate kTemplates[] = {
    // Full dates.
    {K::kDate, "{day} {mname} {year} [года|году|г]", 0.97f},       // 15 ноября 2022 года
    {K::kDate, "{day} {mname} {year} г+.", 0.97f},                   // 15 ноября 2022 г.
    // Partial dates.
    {K::kDate, "{day} {mname}", 0.9f},                               // 15 ноября
    {K::kMonth, "{mname} {year} [года|году|г]", 0.92f},              // ноябре 2022 года
    {K::kMonth, "^в|с|до|к|по {mname}", 0.75f},                      // в марте
    {K::kYear, "^в|с|до|к|по|от|на|году {year} [года|году|год|г]", 0.9f},  // в 2014 году
    {K::kYear, "{year} года|году|год|г", 0.9f},
    {K::kYear, "{year}+-+м|го|й [года|году|год]", 0.9f},             // 2014-м году
    // Parts of months and years.
    {K::kMonth, "{part} {mname} [{year}] [года|г]", 0.92f},          // (в) середине октября
    {K::kYear, "{part} {year} [года|г]", 0.9f},                      // в конце 2022 года
    // Decades and centuries.
    {K::kDecade, "{year}+-+е|х|ые|ых [годы|годов|годах|гг]", 0.92f},  // 1990-х годов
    {K::kCentury, "{roman} век|века|веке|веку|в", 0.92f},            // XX века
    // Ranges.
    {K::kRange, "с {day} по {day2} {mname} [{year}] [года|г]", 0.92f},
    {K::kRange, "{day} {dash} {day2} {mname} [{year}] [года|г]", 0.92f},
    {K::kRange, "с {day} {mname} по {day2} {mname2} [{year}] [года|г]", 0.9f},
    {K::kRange, "с|от {year} по|до {year2} [год|годы|гг|года]", 0.9f},
    {K::kRange, "{year} {dash} {year2} годы|годах|годов|гг", 0.92f},
    // Relative to the reference date.
    {K::kRelative, "{deictic}", 0.9f},                               // вчера
    {K::kRelative, "^в|во [{rel}] {weekday}", 0.85f},                // в пятницу
    {K::kRelative, "{rel} {unit}", 0.88f},                           // (в) прошлом году
    {K::kRelative, "{count} {unit} [тому] {ago}", 0.95f},            // три дня назад
    {K::kRelative, "{mname} {rel} {unit}", 0.9f},                    // (в) марте прошлого года
    {K::kRelative, "{day} {mname} {rel} {unit}", 0.9f},              // 3 марта прошлого года
    {K::kRelative, "{part} {rel} {unit}", 0.85f},                    // в конце прошлого года
    // Durations.
    {K::kDuration, "^в ^течение {count} {unit}", 0.88f},             // в течение двух лет
    {K::kDuration, "^на ^протяжении {count} {unit}", 0.88f},
    {K::kDuration, "^за|уже|более|почти ^последние {count} {unit}", 0.8f},
    {K::kDuration, "^за|уже|более|почти {count} {unit}", 0.75f},
};

constexpr LanguageRules kRules{"ru", kWords, kTemplates};

}  // namespace

const LanguageRules& rules_ru() { return kRules; }

}  // namespace loupe::dates
