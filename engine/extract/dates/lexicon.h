// The data side of the temporal grammar: one word list per language. Each entry says what a
// word (or a fixed run of words) means to the grammar; the rules (grammar_rules_*.cc) and the
// resolver are shared by every language and never name a word. README.md lists the classes.
// E.g. {"tomorrow|tmrw", Lx::kDayRel, 1} makes both forms a day one after the reference.
#pragma once
#include <span>
#include <string_view>

namespace loupe::dates {

// Grains from the finest to the coarsest; the order matters (comparisons).
enum class Grain : signed char {
  kNone = -1,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury,
};

// What a lexicon word means. Values (a, b, c, d) are per class, as commented.
enum class Lx : unsigned char {
  kMonth,      // a = 1..12
  kWeekday,    // a = 1 (Monday) .. 7 (Sunday)
  kNumber,     // a = the number ("three", "двух", "세"); b = 1: native Korean (hours)
  kOrdinal,    // a = n (-1: "last"); "third", "третьего", "셋째"
  kOrdSuffix,  // "st", "th", "го", "º", "번째": after a number, makes it an ordinal
  kUnit,      // a = Grain: "week", "недели", "주"; b = 1: a Korean counter glued to a number
  kUnitRel,   // a = Grain, b = offset: one word for "this/last/next <unit>": "지난주", "작년";
              // d = 1: counted from the date said before ("the same year", "이듬해")
  kDayRel,    // a = days from the reference day: "today" 0, "tomorrow" 1, "позавчера" -2
  kNow,       // "now", "지금"
  kRel,       // a = -1 last, 0 this, +1 next, 2 after next: before a unit or a weekday/month
  kRelPost,   // as kRel, after the word: "que viene", "pasado", "after next"
  kShiftPre,  // a = +1 "in"/"через"/"en", -1 "hace": before a duration; b = 1 needs a count
  kShiftPost,  // a = -1 "ago"/"назад"/"전", +1 "from now"/"뒤"/"안에": after a duration
  kWithin,  // "в течение", "dentro de", "протягом": a duration from the reference
  kPartOfDay,    // a = first hour, b = last hour; c = day offset ("tonight" 0, "last night" -1)
  kHourWord,     // a = hour: "noon" 12, "midnight" 0
  kAmPm,         // a = 0 am, 1 pm; b = 1: prefix (Korean "오후 3시")
  kOClock,       // "o'clock", "часов", "horas", "시": the number before it is an hour
  kMinuteWord,   // a = minutes: "quarter" 15, "half" 30, "media" 30, "반" 30
  kPast,         // "past", "after", "y": minutes after an hour
  kTo,           // "to", "menos", "before": minutes before an hour
  kPart,         // a = 1 beginning/early, 2 middle, 3 end/late
  kSeason,       // a = first month-day (MMDD), b = last month-day: "summer" 621, 922
  kHoliday,      // a = kind (HolidayKind), b, c, d: see HolidayKind
  kQuarterWord,  // "quarter", "квартал", "분기", "q"
  kHalfWord,  // "half", "полугодие": a = 1 first, 2 second when it carries its own number
  kDecadeWord,   // "s" after "1990", "-е годы", "년대", "decade"
  kCenturyWord,  // "century", "века", "세기"
  kYearWord,     // "year" after a number: "году", "року", "년", "г"
  kEra,          // a = -1 "BC"
  kFrom,         // "from", "с", "з", "desde", "del", "entre", "between"; Korean postfix "부터"
  kUntil,        // range end: "to", "through", "until", "по", "до", "a", "al", "hasta", "y"
  kAfter,   // open interval start: "after", "since", "после", "이후" (b = 1: postfix); c = 1
            // looks back ("since"), c = 2 looks back unless the clause is future ("с", "desde")
  kBefore,  // open interval end: "before", "by", "до", "antes", "전", "까지" (b = 1: postfix)
  kFor,     // a duration follows or precedes: "for", "durante", "동안" (b = 1: postfix)
  kLastN,   // a = -1 "last/past N units", +1 "next N units"; b = 1 after the count (es)
  kPrep,    // left out of the surface: "on", "at", "in", "в", "о", "a las", "el"
  kAt,      // a time follows: "at", "@", "a las", "в", "о", "к"
  kOf,      // joins parts: "of", "de", "del", "на", "у"
  kFiller,  // skipped between parts: "the", "la", ",", "день"
  kParticle,  // Korean ending after a date word inside its run: "에", "부터", "까지"
  kTimeZone,  // a = minutes east of UTC: "CET" 60, "PST" -480
  kCountry,  // a = holidays.h Country: "Ukraine's", "України", "de Ucrania" qualify a holiday
  kContract,  // a traded contract after a month: "December cotton", "September gilt future"
  kYearNoun,  // a year before it dates it: "1995 revenue", "the 1996 season" (no date alone)
  kPercent,  // "percent", "por ciento", "процента": the number before it is a rate, no date
};

// Holidays as data. kFixed: b = month, c = day. kNthWeekday: b = month, c = weekday,
// d = n (-1 last). kEaster / kOrthodoxEaster: b = days after Easter Sunday, c = length in days
// (0 = one day). kLunar: b = HolidayId for holiday_dates() (holidays.h), resolved there.
enum HolidayKind { kFixed = 1, kNthWeekday, kEaster, kOrthodoxEaster, kLunar };

// Grain values for the `a` of kUnit / kUnitRel entries in the tables.
namespace g {
constexpr int kSec = 0, kMin = 1, kHour = 2, kDay = 3, kWeek = 4, kMon = 5, kQtr = 6, kYear = 7;
}  // namespace g

struct LexEntry {
  std::string_view forms;  // lower-case forms separated by '|'; a form may hold spaces
  Lx cls;
  int a = 0, b = 0, c = 0, d = 0;
  // 1: alone it is no date unless capitalized or inside a longer expression ("May", "sat");
  // 2: never alone ("ПТ" is also a company form: "пт" only in "пт, 10 лют.")
  int weak = 0;
  // kHoliday kNthWeekday: days after that weekday (Black Friday: +1); kUnit: 1 a plural that
  // needs a count, or of a weekend word (b = 2) a noun, no date alone ("주말 뷔페"); kPartOfDay /
  // kSeason: 1 a noun form, no date alone in running text ("ніч")
  int e = 0;
};

struct LanguageLexicon {
  std::string_view code;  // "en", "es", "ru", "uk", "ko"
  std::span<const LexEntry> entries;
};

const LanguageLexicon& lexicon_en();
const LanguageLexicon& lexicon_es();
const LanguageLexicon& lexicon_ru();
const LanguageLexicon& lexicon_uk();
const LanguageLexicon& lexicon_ko();
std::span<const LanguageLexicon* const> all_lexicons();
// The table an entry belongs to (nullptr for entries made at run time, e.g. holiday ids).
const LanguageLexicon* lexicon_of(const LexEntry* e);

}  // namespace loupe::dates
