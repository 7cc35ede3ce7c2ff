// English words of the temporal grammar (data only; classes in lexicon.h, README.md).
#include "extract/dates/lexicon.h"

namespace loupe::dates {
namespace {

using namespace g;  // NOLINT: grain names for the table

constexpr LexEntry kEntries[] = {
    // Months; "May" and "March" alone are words unless capitalized.
    {"january|jan|jan.", Lx::kMonth, 1},
    {"february|feb|feb.", Lx::kMonth, 2},
    {"march", Lx::kMonth, 3, 0, 0, 0, 1},
    {"mar|mar.", Lx::kMonth, 3, 0, 0, 0, 1},
    {"april|apr|apr.", Lx::kMonth, 4},
    {"may", Lx::kMonth, 5, 0, 0, 0, 1},
    {"june|jun|jun.", Lx::kMonth, 6},
    {"july|jul|jul.", Lx::kMonth, 7},
    {"august|aug|aug.", Lx::kMonth, 8},
    {"september|sept|sep|sept.|sep.", Lx::kMonth, 9},
    {"october|oct|oct.", Lx::kMonth, 10},
    {"november|nov|nov.", Lx::kMonth, 11},
    {"december|dec|dec.", Lx::kMonth, 12},
    // Weekdays; short forms that are also words ("sat", "sun", "wed") only capitalized alone.
    {"monday|mon.|monday's", Lx::kWeekday, 1},
    {"mon", Lx::kWeekday, 1, 0, 0, 0, 1},
    {"tuesday|tue|tues|tue.|tues.|tuesday's", Lx::kWeekday, 2},
    {"wednesday|wed.|wednesday's", Lx::kWeekday, 3},
    {"wed", Lx::kWeekday, 3, 0, 0, 0, 1},
    {"thursday|thu|thur|thurs|thu.|thurs.|thursday's", Lx::kWeekday, 4},
    {"friday|fri|fri.|friday's", Lx::kWeekday, 5},
    {"saturday|sat.|saturday's", Lx::kWeekday, 6},
    {"sat", Lx::kWeekday, 6, 0, 0, 0, 1},
    {"sunday|sun.|sunday's", Lx::kWeekday, 7},
    {"sun", Lx::kWeekday, 7, 0, 0, 0, 1},
    // Plurals say a habit ("open on Sundays"): never alone, but counted ("3 fridays from now").
    {"mondays", Lx::kWeekday, 1, 0, 0, 0, 2},
    {"tuesdays", Lx::kWeekday, 2, 0, 0, 0, 2},
    {"wednesdays", Lx::kWeekday, 3, 0, 0, 0, 2},
    {"thursdays", Lx::kWeekday, 4, 0, 0, 0, 2},
    {"fridays", Lx::kWeekday, 5, 0, 0, 0, 2},
    {"saturdays", Lx::kWeekday, 6, 0, 0, 0, 2},
    {"sundays", Lx::kWeekday, 7, 0, 0, 0, 2},
    // Numbers (b = 3: a count that is never an hour: "a couple").
    {"one", Lx::kNumber, 1},
    {"a|an", Lx::kNumber, 1, 3},
    {"two", Lx::kNumber, 2},
    {"two thousand", Lx::kNumber, 2000, 3},  // years in words: "two thousand ten"
    {"couple|a couple|a couple of|couple of|a pair of|pair of", Lx::kNumber, 2, 3},
    {"three", Lx::kNumber, 3},
    {"four", Lx::kNumber, 4},
    {"five", Lx::kNumber, 5},
    {"six", Lx::kNumber, 6},
    {"seven", Lx::kNumber, 7},
    {"eight", Lx::kNumber, 8},
    {"nine", Lx::kNumber, 9},
    {"ten", Lx::kNumber, 10},
    {"eleven", Lx::kNumber, 11},
    {"twelve", Lx::kNumber, 12},
    {"thirteen", Lx::kNumber, 13},
    {"fourteen", Lx::kNumber, 14},
    {"fifteen", Lx::kNumber, 15},
    {"sixteen", Lx::kNumber, 16},
    {"seventeen", Lx::kNumber, 17},
    {"eighteen", Lx::kNumber, 18},
    {"nineteen", Lx::kNumber, 19},
    {"twenty", Lx::kNumber, 20},
    {"thirty", Lx::kNumber, 30},
    {"forty", Lx::kNumber, 40},
    {"fifty", Lx::kNumber, 50},
    {"sixty", Lx::kNumber, 60},
    {"seventy", Lx::kNumber, 70},
    {"eighty", Lx::kNumber, 80},
    {"ninety", Lx::kNumber, 90},
    {"first", Lx::kOrdinal, 1},
    {"second", Lx::kOrdinal, 2},
    {"third", Lx::kOrdinal, 3},
    {"fourth", Lx::kOrdinal, 4},
    {"fifth", Lx::kOrdinal, 5},
    {"sixth", Lx::kOrdinal, 6},
    {"seventh", Lx::kOrdinal, 7},
    {"eighth", Lx::kOrdinal, 8},
    {"ninth", Lx::kOrdinal, 9},
    {"tenth", Lx::kOrdinal, 10},
    {"eleventh", Lx::kOrdinal, 11},
    {"twelfth", Lx::kOrdinal, 12},
    {"thirteenth", Lx::kOrdinal, 13},
    {"fourteenth", Lx::kOrdinal, 14},
    {"fifteenth", Lx::kOrdinal, 15},
    {"sixteenth", Lx::kOrdinal, 16},
    {"seventeenth", Lx::kOrdinal, 17},
    {"eighteenth", Lx::kOrdinal, 18},
    {"nineteenth", Lx::kOrdinal, 19},
    {"twentieth", Lx::kOrdinal, 20},
    {"thirtieth", Lx::kOrdinal, 30},
    {"last", Lx::kOrdinal, -1},
    {"st|nd|rd|th", Lx::kOrdSuffix},
    // Units.
    // Units; e = 1: a plural that needs a count ("weeks ago" says not how many).
    {"second|sec", Lx::kUnit, kSec},
    {"minute|min", Lx::kUnit, kMin},
    {"hour|hr", Lx::kUnit, kHour},
    {"day", Lx::kUnit, kDay},
    {"week|wk", Lx::kUnit, kWeek},
    {"month", Lx::kUnit, kMon},
    {"year|yr", Lx::kUnit, kYear},
    {"seconds|secs", Lx::kUnit, kSec, 0, 0, 0, 0, 1},
    {"minutes|mins", Lx::kUnit, kMin, 0, 0, 0, 0, 1},
    {"hours|hrs", Lx::kUnit, kHour, 0, 0, 0, 0, 1},
    {"days", Lx::kUnit, kDay, 0, 0, 0, 0, 1},
    {"weeks|wks", Lx::kUnit, kWeek, 0, 0, 0, 0, 1},
    {"months", Lx::kUnit, kMon, 0, 0, 0, 0, 1},
    {"years|yrs", Lx::kUnit, kYear, 0, 0, 0, 0, 1},
    {"fortnight", Lx::kUnit, kWeek, 0, 2},
    {"weekend|wkend|week-end", Lx::kUnit, kWeek, 2},
    {"weekends", Lx::kUnit, kWeek, 2, 0, 0, 2},  // a habit alone ("on holiday weekends")
    {"quarter|quarters|qtr|q", Lx::kQuarterWord},
    {"eom", Lx::kUnitRel, kMon, 0, 3},
    // From the date said before: "in 1648 ... on 26 September that same year". Not "the same
    // year": "two streaks in the same year" is within one year.
    {"that same year", Lx::kUnitRel, kYear, 0, 0, 1},
    {"the following year", Lx::kUnitRel, kYear, 1, 0, 1},
    {"that same day", Lx::kUnitRel, kDay, 0, 0, 1},
    {"bom", Lx::kUnitRel, kMon, 0, 1},
    {"eoy", Lx::kUnitRel, kYear, 0, 3},
    {"today|todays|today's", Lx::kDayRel, 0},
    {"tomorrow|tomorrows|tmrw", Lx::kDayRel, 1},
    {"yesterday|yesterday's", Lx::kDayRel, -1},
    {"the day after tomorrow|day after tomorrow", Lx::kDayRel, 2},
    {"the day before yesterday|day before yesterday", Lx::kDayRel, -2},
    {"now|right now|just now", Lx::kNow},
    {"asap|as soon as possible", Lx::kNow, 0, 1},
    {"half an hour|half hour|a half hour|1/2 hour|1/2 h|1/2h", Lx::kUnit, kMin, 0, 30},
    {"last|past|previous|preceding|this past", Lx::kRel, -1},
    {"this|current|present", Lx::kRel, 0},
    {"next|following|coming", Lx::kRel, 1},
    {"upcoming", Lx::kRel, 1, 1},
    {"after next", Lx::kRelPost, 2},
    {"in", Lx::kShiftPre, 1, 1},  // b = 1: needs a count ("in a week"; "fall in week" is none)
    {"ago|before now", Lx::kShiftPost, -1},
    {"from now|hence|from today|from right now", Lx::kShiftPost, 1},
    {"later", Lx::kShiftPost, 1, 0, 1},  // c = 1: from the story's time in a past clause
    {"within|in the next", Lx::kWithin},
    // Times of day.
    // e = 1: a noun, alone in running text no date ("a late-night session").
    {"morning|mornings", Lx::kPartOfDay, 0, 11, 0, 0, 0, 1},
    {"afternoon|afternoons", Lx::kPartOfDay, 12, 18, 0, 0, 0, 1},
    {"evening|evenings", Lx::kPartOfDay, 18, 23, 0, 0, 0, 1},
    {"night|nights", Lx::kPartOfDay, 18, 23, 0, 0, 0, 1},
    {"tonight|tonite", Lx::kPartOfDay, 18, 23, 0, 1},
    {"late tonight|late tonite", Lx::kPartOfDay, 21, 23, 0, 1},
    {"last night", Lx::kPartOfDay, 18, 23, -1, 1},
    {"lunch|lunchtime", Lx::kPartOfDay, 12, 13, 0, 0, 0, 1},
    {"noon|midday|mid day|the midday", Lx::kHourWord, 12},
    {"midnight", Lx::kHourWord, 0},
    {"am|a.m.|a.m", Lx::kAmPm, 0},
    {"pm|p.m.|p.m", Lx::kAmPm, 1},
    {"a", Lx::kAmPm, 0, 0, 1},
    {"p", Lx::kAmPm, 1, 0, 1},
    {"o'clock|oclock|h", Lx::kOClock},
    {"quarter|a quarter", Lx::kMinuteWord, 15},
    {"half|half past", Lx::kMinuteWord, 30},
    {"past|after", Lx::kPast},
    {"to|till|before", Lx::kTo},
    // Parts of periods.
    {"beginning|start|early|the beginning|the start", Lx::kPart, 1},
    {"mid|middle|the middle|mid-", Lx::kPart, 2},
    {"end|late|the end", Lx::kPart, 3},
    {"spring", Lx::kSeason, 321, 620, 0, 0, 0, 1},
    {"summer", Lx::kSeason, 621, 922, 0, 0, 0, 1},
    {"fall|autumn", Lx::kSeason, 923, 1220, 0, 0, 0, 1},
    {"winter", Lx::kSeason, 1221, 320, 0, 0, 0, 1},
    {"s|'s", Lx::kDecadeWord},
    {"century|centuries", Lx::kCenturyWord},
    {"bc|b.c.|bce|b.c", Lx::kEra, -1},
    // Intervals and their words.
    {"from|between|starting|starting from", Lx::kFrom},
    // "to" ends a range, no open one alone: "closed due to Labor Day", "moved to Friday".
    {"to", Lx::kUntil, 0, 3},
    {"through|thru|till|until|untill|til", Lx::kUntil},
    {"and", Lx::kUntil, 0, 2},
    {"after|later than|starting", Lx::kAfter},
    {"since|ever since", Lx::kAfter, 0, 0, 1},  // c = 1: what follows lies in the past
    {"before|until|till|untill|through|prior to|up to|sometimes before", Lx::kBefore},
    {"by", Lx::kBefore, 0, 0, 1},
    {"for|during|over", Lx::kFor},
    {"'", Lx::kUnit, kMin},
    {"\"", Lx::kUnit, kSec},
    {"on", Lx::kPrep, 0, 1},
    {"in", Lx::kPrep, 0, 0, 1},
    {"back to", Lx::kPrep, 0, 0, 1},  // "goes back to 1948": "to" alone opens no year
    {"during|around|about|circa|approximately", Lx::kPrep},
    {"at|@", Lx::kAt},
    // What is traded for delivery in a month: a month before it names a contract, the next
    // such month ("December cotton closed higher", "March Eurodollars were off").
    {"future|futures|contract|contracts|options|crude|gasoline|heating oil|unleaded|gas oil|"
     "cotton|wheat|corn|soybeans|soybean|soymeal|soyoil|cocoa|coffee|sugar|copper|gold|silver|"
     "platinum|palladium|aluminium|aluminum|nickel|zinc|cattle|hogs|pork bellies|lumber|"
     "orange juice|oats|canola|bond|bonds|notes|bund|bunds|gilt|gilts|t-bonds|t-bills|t-bill|"
     "eurodollars|eurodollar|euromark|euromarks|euroyen|btp|btps",
     Lx::kContract},
    // Nouns a year before them dates: "1995 revenue", "1996 season" ("2000 people" counts).
    {"revenue|revenues|earnings|profit|profits|budget|budgets|season|election|elections|census|"
     "harvest|crop|output|deficit|surplus|forecast|forecasts|turnover|results|figures|"
     "championship|championships|campaign|agreement|accord|treaty|law|act|uprising|coup|war|"
     "crisis|massacre|bombing|attack|attacks|invasion|referendum|constitution",
     Lx::kYearNoun},
    {"of|in", Lx::kOf},
    {"the", Lx::kFiller},
    // Countries that qualify a holiday (a = holidays.h Country: 1 US, 2 Ukraine, 3 Russia,
    // 4 Spain, 5 Korea); the holidays of families (independence, mother's day...) are names of
    // holidays.h, so that "Ukraine's" can pick Ukraine's.
    {"us|u.s.|u.s.'s|us'|america's|american|the united states'|united states", Lx::kCountry, 1},
    {"ukraine|ukraine's|ukrainian", Lx::kCountry, 2},
    {"russia|russia's|russian", Lx::kCountry, 3},
    {"spain|spain's|spanish", Lx::kCountry, 4},
    {"korea|korea's|korean|south korea|south korea's|south korean", Lx::kCountry, 5},
    // Holidays.
    {"x-mas", Lx::kHoliday, kFixed, 12, 25},
    {"boxing day", Lx::kHoliday, kFixed, 12, 26},
    {"new year's day|new years day|new year's|new year|new years", Lx::kHoliday, kFixed, 1, 1},
    {"new year's eve|new years eve", Lx::kHoliday, kFixed, 12, 31},
    {"valentine's day|valentines day", Lx::kHoliday, kFixed, 2, 14},
    {"halloween", Lx::kHoliday, kFixed, 10, 31},
    {"st patrick's day|st. patrick's day|saint patrick's day|st paddy's day|saint paddy's day|"
     "saint patricks day|st patricks day",
     Lx::kHoliday, kFixed, 3, 17},
    {"world vegan day", Lx::kHoliday, kFixed, 11, 1},
    {"earth day", Lx::kHoliday, kFixed, 4, 22},
    {"international women's day|women's day", Lx::kHoliday, kFixed, 3, 8},
    {"may day|labour day", Lx::kHoliday, kFixed, 5, 1},
    {"all saints' day|all saints day", Lx::kHoliday, kFixed, 11, 1},
    {"thanksgiving|thanksgiving day", Lx::kHoliday, kNthWeekday, 11, 4, 4},
    {"black friday", Lx::kHoliday, kNthWeekday, 11, 4, 4, 0, 1},
    {"mlk day|mlk jr. day|martin luther king day|martin luther king jr. day|"
     "martin luther king's day",
     Lx::kHoliday, kNthWeekday, 1, 1, 3},
    {"labor day", Lx::kHoliday, kNthWeekday, 9, 1, 1},
    {"easter|easter sunday", Lx::kHoliday, kEaster, 0},
    {"good friday", Lx::kHoliday, kEaster, -2},
    {"easter monday", Lx::kHoliday, kEaster, 1},
    {"maundy thursday|holy thursday|covenant thu|covenant thursday|thu of mysteries", Lx::kHoliday,
     kEaster, -3},
    {"palm sunday", Lx::kHoliday, kEaster, -7},
    {"ash wednesday", Lx::kHoliday, kEaster, -46},
    {"pentecost|whit sunday|whitsunday", Lx::kHoliday, kEaster, 49},
    {"whit monday|monday of the holy spirit|pentecost monday", Lx::kHoliday, kEaster, 50},
    {"trinity sunday", Lx::kHoliday, kEaster, 56},
    {"orthodox easter|orthodox easter sunday", Lx::kHoliday, kOrthodoxEaster, 0},
    {"clean monday|orthodox shrove monday", Lx::kHoliday, kOrthodoxEaster, -48},
    {"great fast|great lent", Lx::kHoliday, kOrthodoxEaster, -48, 40},
    {"gmt|utc|z", Lx::kTimeZone, 0},
    {"cet", Lx::kTimeZone, 60},
    {"cest", Lx::kTimeZone, 120},
    {"bst", Lx::kTimeZone, 60},
    {"eet", Lx::kTimeZone, 120},
    {"msk", Lx::kTimeZone, 180},
    {"ist", Lx::kTimeZone, 330},
    {"kst", Lx::kTimeZone, 540},
    {"est", Lx::kTimeZone, -300},
    {"edt", Lx::kTimeZone, -240},
    {"cst", Lx::kTimeZone, -360},
    {"pst", Lx::kTimeZone, -480},
    {"pdt", Lx::kTimeZone, -420},
    // A rate: the number before it is no clock ("at 7.12 percent").
    {"percent|per cent|pct|percentage points|per day", Lx::kPercent},
    // Halves of a year (kHalfWord; a = 1/2 when the word says which).
    {"half", Lx::kHalfWord, 0, 0, 0, 0, 0, 1},  // e = 1: alone a match's half too
};

constexpr LanguageLexicon kLexicon{"en", kEntries};

}  // namespace

const LanguageLexicon& lexicon_en() { return kLexicon; }

}  // namespace loupe::dates
