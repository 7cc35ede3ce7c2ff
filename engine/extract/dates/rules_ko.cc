// Korean date forms. Hangul tokens may carry a particle: the last word of a template matches a
// prefix of its token when the rest starts with a kParticle ("4월에" -> "4월"). Numbers glue
// to counters ("2022년"), hence the "+" in most templates. Syntax: README.md.
#include "extract/dates/date_rules.h"

namespace loupe::dates {
namespace {

using K = DateKind;
using W = WordClass;

constexpr LexEntry kWords[] = {
    {"초", W::kPart, 1}, {"초순", W::kPart, 1}, {"초반", W::kPart, 1}, {"중순", W::kPart, 2},
    {"중반", W::kPart, 2}, {"말", W::kPart, 3}, {"하순", W::kPart, 3}, {"말경", W::kPart, 3},
    {"후반", W::kPart, 3}, {"월초", W::kPart, 1}, {"월말", W::kPart, 3}, {"년초", W::kPart, 1},
    {"년말", W::kPart, 3},

    {"지난", W::kRel, -1}, {"이번", W::kRel, 0}, {"올", W::kRel, 0}, {"다음", W::kRel, 1},
    {"오는", W::kRel, 1}, {"전", W::kAgo, -1},

    // Counters after a number ("3일 전", "2년 동안") and the unit nouns ("지난 주", "한 달").
    {"일", W::kCounter, kDay}, {"주", W::kCounter, kWeek}, {"주일", W::kCounter, kWeek},
    {"개월", W::kCounter, kMonthUnit}, {"달", W::kCounter, kMonthUnit}, {"년", W::kCounter, kYearUnit},
    {"세기", W::kCounter, kCenturyUnit}, {"주", W::kUnit, kWeek}, {"달", W::kUnit, kMonthUnit},
    {"일간", W::kDurUnit, kDay}, {"주간", W::kDurUnit, kWeek}, {"개월간", W::kDurUnit, kMonthUnit},
    {"년간", W::kDurUnit, kYearUnit}, {"달간", W::kDurUnit, kMonthUnit},

    {"오늘", W::kDeictic, kDay, 0}, {"어제", W::kDeictic, kDay, -1}, {"그제", W::kDeictic, kDay, -2},
    {"그저께", W::kDeictic, kDay, -2}, {"내일", W::kDeictic, kDay, 1}, {"모레", W::kDeictic, kDay, 2},
    {"지난주", W::kDeictic, kWeek, -1}, {"이번주", W::kDeictic, kWeek, 0}, {"다음주", W::kDeictic, kWeek, 1},
    {"지난달", W::kDeictic, kMonthUnit, -1}, {"이번달", W::kDeictic, kMonthUnit, 0},
    {"다음달", W::kDeictic, kMonthUnit, 1}, {"지난해", W::kDeictic, kYearUnit, -1},
    {"작년", W::kDeictic, kYearUnit, -1}, {"재작년", W::kDeictic, kYearUnit, -2},
    {"올해", W::kDeictic, kYearUnit, 0}, {"금년", W::kDeictic, kYearUnit, 0},
    {"내년", W::kDeictic, kYearUnit, 1},

    {"하루", W::kCountUnit, kDay, 1}, {"이틀", W::kCountUnit, kDay, 2}, {"사흘", W::kCountUnit, kDay, 3},
    {"나흘", W::kCountUnit, kDay, 4}, {"닷새", W::kCountUnit, kDay, 5}, {"엿새", W::kCountUnit, kDay, 6},
    {"이레", W::kCountUnit, kDay, 7}, {"열흘", W::kCountUnit, kDay, 10}, {"보름", W::kCountUnit, kDay, 15},

    {"한", W::kNumber, 1}, {"두", W::kNumber, 2}, {"세", W::kNumber, 3}, {"석", W::kNumber, 3},
    {"네", W::kNumber, 4}, {"넉", W::kNumber, 4}, {"다섯", W::kNumber, 5}, {"여섯", W::kNumber, 6},
    {"일곱", W::kNumber, 7}, {"여덟", W::kNumber, 8}, {"아홉", W::kNumber, 9}, {"열", W::kNumber, 10},

    {"월요일", W::kWeekday, 1}, {"화요일", W::kWeekday, 2}, {"수요일", W::kWeekday, 3},
    {"목요일", W::kWeekday, 4}, {"금요일", W::kWeekday, 5}, {"토요일", W::kWeekday, 6},
    {"일요일", W::kWeekday, 7},

    {"km", W::kQuantity}, {"명", W::kQuantity}, {"원", W::kQuantity}, {"달러", W::kQuantity},

    // What may follow a date word inside its token (particles and endings).
    {"에", W::kParticle}, {"의", W::kParticle}, {"은", W::kParticle}, {"는", W::kParticle},
    {"이", W::kParticle}, {"가", W::kParticle}, {"을", W::kParticle}, {"를", W::kParticle},
    {"부터", W::kParticle}, {"까지", W::kParticle}, {"께", W::kParticle}, {"경", W::kParticle},
    {"쯤", W::kParticle}, {"이후", W::kParticle}, {"이래", W::kParticle}, {"이전", W::kParticle},
    {"에서", W::kParticle}, {"로", W::kParticle}, {"으로", W::kParticle}, {"도", W::kParticle},
    {"과", W::kParticle}, {"와", W::kParticle}, {"엔", W::kParticle}, {"만", W::kParticle},
    {"였", W::kParticle}, {"였다", W::kParticle}, {"이다", W::kParticle}, {"이었", W::kParticle},
    {"인", W::kParticle}, {"보다", W::kParticle}, {"처럼", W::kParticle},
};

constexpr DateTemplate kTemplates[] = {
    // Full dates.
    {K::kDate, "{year}+년 {mnum}+월 {day}+일", 0.98f},               // 2022년 11월 15일
    // Partial dates.
    {K::kDate, "{mnum}+월 {day}+일", 0.95f},                          // 4월 25일
    {K::kMonth, "{year}+년 {mnum}+월", 0.96f},                        // 2022년 11월
    {K::kMonth, "{mnum}+월", 0.88f},                                  // 4월에
    {K::kYear, "{year}+년", 0.95f},                                   // 2014년
    {K::kYear, "{apos}+{yy}+년", 0.9f},                               // '22년
    {K::kDate, "{mnum}+.+{dd}", 0.6f},                                // 2.28 하노이
    {K::kDate, "^( {mnum}+.+{day} ^)", 0.8f},                         // (4.25)
    {K::kDate, "{mnum}+·|ㆍ|‧|・+{day}", 0.75f},                      // 4·27 선언
    // Parts of months and years.
    {K::kMonth, "[{year}+년] {mnum}+월 {part}", 0.93f},               // 11월 말
    {K::kMonth, "[{year}+년] {mnum}+{part}", 0.93f},                  // 11월말
    {K::kYear, "{year}+년 {part}", 0.92f},                            // 2022년 말
    {K::kYear, "{year}+{part}", 0.92f},                               // 2022년말
    // Decades and centuries.
    {K::kDecade, "{year}+년대", 0.95f},                               // 1970년대
    {K::kDecade, "{yy}+년대", 0.9f},                                  // 90년대
    {K::kCentury, "{cent}+세기", 0.92f},                              // 20세기
    // Ranges.
    {K::kRange, "[{year}+년] {mnum}+월 {day} {dash} {day2}+일", 0.95f},   // 3월 1~3일
    {K::kRange, "[{year}+년] {mnum}+월 {day}+일 {dash} {day2}+일", 0.95f},
    {K::kRange, "[{year}+년] {mnum}+월 {day}+일 {dash} {mnum2}+월 {day2}+일", 0.95f},
    {K::kRange, "[{year}+년] {mnum}+월 {dash} {mnum2}+월", 0.93f},
    {K::kRange, "[{year}+년] {mnum} {dash} {mnum2}+월", 0.93f},       // 3~5월
    {K::kRange, "{year} {dash} {year2}+년", 0.95f},                   // 2019~2021년
    {K::kRange, "{year}+년 {dash} {year2}+년", 0.95f},
    {K::kRange, "{year}+년부터 {year2}+년까지", 0.95f},
    // Relative to the reference date.
    {K::kRelative, "{deictic}", 0.9f},                                // 지난해
    {K::kRelative, "[{rel}] {weekday}", 0.88f},                       // (지난) 금요일
    // "해" is left out on purpose: "다음 해" is mostly "the year after" some event, not the reference.
    {K::kRelative, "{rel} {unit}", 0.88f},                            // 지난 주, 다음 달
    {K::kRelative, "{rel} {day}+일", 0.9f},                           // 지난 15일
    {K::kRelative, "{rel} {mnum}+월", 0.92f},                         // 지난 4월
    {K::kRelative, "{rel} {mnum}+월 {day}+일", 0.93f},                // 지난 4월 25일
    {K::kRelative, "{rel} {mnum}+월 {part}", 0.92f},                  // 지난 10월 중순
    {K::kRelative, "{deictic} {mnum}+월", 0.93f},                     // 올해 3월
    {K::kRelative, "{deictic} {mnum}+월 {day}+일", 0.94f},            // 올해 4월 25일
    {K::kRelative, "{deictic} {mnum}+월 {part}", 0.92f},              // 지난해 11월 말
    {K::kRelative, "{deictic} {part}", 0.9f},                         // 올해 초
    {K::kRelative, "{count} {counter} {ago}", 0.93f},                 // 3일 전, 한 달 전, 5년 전
    {K::kRelative, "{countunit} {ago}", 0.93f},                       // 사흘 전
    // Durations.
    {K::kDuration, "{count} {counter} 동안", 0.93f},                     // 70년 동안
    {K::kDuration, "{count}+{durunit}", 0.9f},                        // 70년간
    {K::kDuration, "{countunit} 동안", 0.9f},                         // 사흘 동안
    {K::kDuration, "^지난|최근 {count} {counter}", 0.85f},            // (지난) 9개월
    {K::kDuration, "{count} {counter} 만", 0.85f},                    // 8년 만에: after 8 years
};

constexpr LanguageRules kRules{"ko", kWords, kTemplates};

}  // namespace

const LanguageRules& rules_ko() { return kRules; }

}  // namespace loupe::dates
