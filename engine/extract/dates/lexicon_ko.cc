// Korean words of the temporal grammar (data only; classes in lexicon.h, README.md). Runs of
// Hangul are cut into these words by date_lexer.cc; Sino-Korean numerals ("이십사") are
// parsed there, native ones ("다섯", "열두") are listed here.
#include "extract/dates/lexicon.h"

namespace loupe::dates {
namespace {

using namespace g;  // NOLINT: grain names for the table

constexpr LexEntry kEntries[] = {
    {"월요일", Lx::kWeekday, 1},
    {"화요일", Lx::kWeekday, 2},
    {"수요일", Lx::kWeekday, 3},
    {"목요일", Lx::kWeekday, 4},
    {"금요일", Lx::kWeekday, 5},
    {"토요일", Lx::kWeekday, 6},
    {"일요일", Lx::kWeekday, 7},
    {"한|하나", Lx::kNumber, 1},
    {"두|둘", Lx::kNumber, 2},
    {"세|셋", Lx::kNumber, 3},
    {"네|넷", Lx::kNumber, 4},
    {"다섯", Lx::kNumber, 5},
    {"여섯", Lx::kNumber, 6},
    {"일곱", Lx::kNumber, 7},
    {"여덟", Lx::kNumber, 8},
    {"아홉", Lx::kNumber, 9},
    {"열", Lx::kNumber, 10},
    {"열한", Lx::kNumber, 11},
    {"열두", Lx::kNumber, 12},
    {"스물", Lx::kNumber, 20},
    {"몇", Lx::kNumber, 3, 3},
    {"첫|첫째|첫번째", Lx::kOrdinal, 1},
    {"둘째", Lx::kOrdinal, 2},
    {"셋째", Lx::kOrdinal, 3},
    {"넷째", Lx::kOrdinal, 4},
    {"다섯째", Lx::kOrdinal, 5},
    {"마지막", Lx::kOrdinal, -1},
    {"번째|째", Lx::kOrdSuffix},
    // Counters glued to a number (b = 1); d = 1: a length only ("3개월" is no March),
    // d = 2: a calendar field only ("4월" is April, not four months).
    {"년", Lx::kUnit, kYear, 1},
    {"월", Lx::kUnit, kMon, 1, 0, 2},
    {"일", Lx::kUnit, kDay, 1},
    {"분", Lx::kUnit, kMin, 1},
    {"초", Lx::kUnit, kSec, 1},
    {"주", Lx::kUnit, kWeek, 1, 0, 1},
    {"개월", Lx::kUnit, kMon, 1, 0, 1},
    {"박", Lx::kUnit, kDay, 1, 0, 1},  // nights of a stay: "1박 2일" is a length
    {"달", Lx::kUnit, kMon, 0, 0, 1},
    {"시간", Lx::kUnit, kHour, 1, 0, 1},
    {"주일", Lx::kUnit, kWeek, 1, 0, 1},
    {"하루", Lx::kUnit, kDay, 0, 1},
    {"이틀", Lx::kUnit, kDay, 0, 2},
    {"사흘", Lx::kUnit, kDay, 0, 3},
    {"주말", Lx::kUnit, kWeek, 2, 0, 0, 0, 1},  // e = 1: alone a noun ("주말 뷔페")
    {"분기", Lx::kQuarterWord},
    {"년|년도", Lx::kYearWord},
    {"오늘|금일", Lx::kDayRel, 0},
    {"내일|명일", Lx::kDayRel, 1},
    {"어제|작일", Lx::kDayRel, -1},
    {"모레", Lx::kDayRel, 2},
    {"글피", Lx::kDayRel, 3},
    {"그저께|그제|엊그제", Lx::kDayRel, -2},
    {"지금|방금", Lx::kNow},
    // Weak 2: "now" that is no date alone ("이제 그만"); before a season noun it says the season
    // is this one ("이제 봄이 오는데").
    {"이제", Lx::kNow, 0, 0, 0, 0, 2},
    // Not "전주" (Jeonju), "전달" (delivery), "금주", "차주": words of their own.
    // The spaced forms are the standard spelling ("다음 주"), the joined ones usual in news.
    {"지난주|저번주|지난 주|저번 주", Lx::kUnitRel, kWeek, -1},
    {"이번주|이번 주", Lx::kUnitRel, kWeek, 0},
    {"다음주|다음 주", Lx::kUnitRel, kWeek, 1},
    {"지난달|저번달|지난 달|저번 달", Lx::kUnitRel, kMon, -1},
    {"이번달|이달|이번 달", Lx::kUnitRel, kMon, 0},
    {"다음달|다음 달", Lx::kUnitRel, kMon, 1},
    {"작년|지난해|전년|지난 해", Lx::kUnitRel, kYear, -1},
    {"올해|금년|이번해", Lx::kUnitRel, kYear, 0},
    {"내년|명년", Lx::kUnitRel, kYear, 1},
    // From the date said before: "그날 오후 6시" (that day), "이듬해" (the year after it).
    {"다음해|이듬해", Lx::kUnitRel, kYear, 1, 0, 1},
    {"그해", Lx::kUnitRel, kYear, 0, 0, 1},
    {"그날|같은 날|같은날", Lx::kUnitRel, kDay, 0, 0, 1},
    // Weak 2: alone words of every story ("이날 회견에서"), with a part of the day a date
    // ("이날 새벽", "전날 밤"), as the nouns of the day's parts are none alone.
    {"이날|당일", Lx::kUnitRel, kDay, 0, 0, 1, 2},
    {"전날", Lx::kUnitRel, kDay, -1, 0, 1, 2},
    {"다음날|이튿날", Lx::kUnitRel, kDay, 1, 0, 1, 2},
    {"재작년", Lx::kUnitRel, kYear, -2},
    {"내후년", Lx::kUnitRel, kYear, 2},
    {"지난|저번|지난번", Lx::kRel, -1},
    {"이번|올", Lx::kRel, 0},  // "올 가을": this autumn
    {"다음|오는", Lx::kRel, 1},
    {"전|이전", Lx::kShiftPost, -1},
    {"후|뒤|이후|다음", Lx::kShiftPost, 1, 0, 1},  // c = 1: from the story's time in the past
    {"안에|안|내에|내|이내", Lx::kShiftPost, 1},
    // Nouns (e = 1): alone in running text no date ("밤을 새워", "겨울 제품", a menu's "저녁
    // 14만원"), inside a longer expression one ("3일 저녁", "올 봄", "오늘 밤 10시").
    {"아침", Lx::kPartOfDay, 4, 11, 0, 0, 0, 1},
    {"낮", Lx::kPartOfDay, 12, 17, 0, 0, 0, 1},
    {"저녁", Lx::kPartOfDay, 18, 23, 0, 0, 0, 1},
    {"밤", Lx::kPartOfDay, 18, 23, 0, 0, 0, 1},
    {"새벽", Lx::kPartOfDay, 0, 5, 0, 0, 0, 1},
    {"오전", Lx::kAmPm, 0, 1},
    {"오후", Lx::kAmPm, 1, 1},
    {"정오", Lx::kHourWord, 12},
    {"자정", Lx::kHourWord, 0},
    {"시", Lx::kOClock},
    {"반", Lx::kMinuteWord, 30, 1},
    {"초|초순|초반", Lx::kPart, 1, 1},
    {"중순|중반", Lx::kPart, 2, 1},
    {"말|하순|말경|후반", Lx::kPart, 3, 1},
    {"봄", Lx::kSeason, 320, 620, 0, 0, 0, 1},
    {"여름", Lx::kSeason, 621, 923, 0, 0, 0, 1},
    {"가을", Lx::kSeason, 923, 1221, 0, 0, 0, 1},
    {"겨울", Lx::kSeason, 1221, 320, 0, 0, 0, 1},
    {"년대", Lx::kDecadeWord},
    {"세기", Lx::kCenturyWord},
    {"부터|에서", Lx::kFrom, 0, 1},
    {"까지", Lx::kUntil, 0, 1},
    {"이후|후|부터", Lx::kAfter, 0, 1},
    {"전|이전", Lx::kBefore, 0, 1},
    {"까지", Lx::kBefore, 0, 1, 1},
    {"동안|간|내내|만|만에|만인|만의", Lx::kFor, 0, 1},  // "55년 만인": after 55 years
    // "24년 정도 차이", "10분 이내": about / within so long, a length
    {"정도|가량|이내|이내에|이내로", Lx::kFor, 0, 1},
    {"약", Lx::kPrep},
    {"에|에는|에도|의|은|는|이|가|을|를|로|으로|와|과|께|경|쯤|만에|엔|이나|도|부터는|까지는|처럼|"
     "처럼만",
     Lx::kParticle},
    // a = 1: a copula, the date it follows is named again ("지난주 토요일인 24일", "일 년 뒤인
    // 2002년 8월": an offset there counts from the story's time, which the next date says).
    {"인", Lx::kParticle, 1},
    {"크리스마스|성탄절", Lx::kHoliday, kFixed, 12, 25},
    {"신정", Lx::kHoliday, kFixed, 1, 1},
    {"어린이날", Lx::kHoliday, kFixed, 5, 5},
    {"제헌절", Lx::kHoliday, kFixed, 7, 17},
    {"개천절", Lx::kHoliday, kFixed, 10, 3},
    {"광복절", Lx::kHoliday, kFixed, 8, 15},
    {"삼일절", Lx::kHoliday, kFixed, 3, 1},
    {"한글날", Lx::kHoliday, kFixed, 10, 9},
    {"현충일", Lx::kHoliday, kFixed, 6, 6},
    // A rate: the number before it is no clock ("at 7.12 percent").
    {"퍼센트", Lx::kPercent},
    // Halves of a year (kHalfWord; a = 1/2 when the word says which).
    {"상반기", Lx::kHalfWord, 1},
    {"하반기", Lx::kHalfWord, 2},
};

constexpr LanguageLexicon kLexicon{"ko", kEntries};

}  // namespace

const LanguageLexicon& lexicon_ko() { return kLexicon; }

}  // namespace loupe::dates
