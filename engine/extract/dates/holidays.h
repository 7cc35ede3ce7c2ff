// Holidays: the calendar days a named holiday falls on in a given year, and the names news text
// uses for them in Korean, English, Spanish, Russian and Ukrainian. Input: a HolidayId (from
// holiday_by_name on a lower-case name) and a Gregorian year; output: an inclusive range of days.
// Fixed days, Western and Orthodox Easter and the days counted from them, "Nth weekday of a
// month" days, Korean/Chinese lunisolar days through ICU's Dangi/Chinese calendars, Jewish
// and Islamic days through its Hebrew and Umm al-Qura calendars, Hindu and Sikh days by the Sun's
// and Moon's positions (hindu_calendar.h; ICU has no Hindu calendar).
// E.g. holiday_dates(*holiday_by_name("추석"), 2023) -> {{2023, 9, 28}, {2023, 9, 30}};
//      holiday_dates(HolidayId::kOrthodoxEaster, 2024) -> {{2024, 5, 5}, {2024, 5, 5}}.
// Which day a name means where countries differ is decided (and said why) at the top of
// holiday_names.cc: e.g. Russian "рождество" is the Orthodox 7 January. Works the same in wasm
// with the project's small ICU data package (bench/dates/holidays_wasm_check.sh).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace loupe::dates {

// A day of the proleptic Gregorian calendar.
struct CalendarDay {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const CalendarDay&, const CalendarDay&) = default;
};

// first..last, both included (one-day holidays have first == last).
struct DayRange {
  CalendarDay first;
  CalendarDay last;
  friend bool operator==(const DayRange&, const DayRange&) = default;
};

// Grouped by country, several ids a line (clang-format would put one a line).
// clang-format off
enum class HolidayId : std::uint8_t {
  // Fixed days, shared by several countries.
  kNewYearsDay, kNewYearsEve, kChristmasEve, kChristmas, kBoxingDay, kEpiphany,
  kOrthodoxChristmasEve, kOrthodoxChristmas, kValentinesDay, kWomensDay, kStPatricksDay,
  kAprilFools, kLabourDay, kVictoryDay, kHalloween, kAllSaints, kAllSouls, kKnowledgeDay,
  // Counted from Western Easter.
  kEaster, kEasterMonday, kGoodFriday, kMaundyThursday, kPalmSunday, kHolyWeek, kAshWednesday,
  kLent, kPentecost, kWhitMonday, kTrinitySunday,
  // Counted from Orthodox Easter (Julian computus).
  kOrthodoxEaster, kOrthodoxGoodFriday, kOrthodoxPalmSunday, kOrthodoxTrinity, kCleanMonday,
  kGreatLent, kMaslenitsa,
  // United States.
  kMlkDay, kPresidentsDay, kMemorialDay, kUsIndependenceDay, kLaborDayUs, kColumbusDay,
  kVeteransDay, kThanksgiving, kBlackFriday, kCyberMonday, kMothersDayUs, kFathersDayUs,
  // Spain.
  kHispanicDay, kSpainConstitutionDay, kImmaculateConception, kMothersDaySpain, kFathersDaySpain,
  kHolyInnocents, kSaintJohnsEve,
  // Russia.
  kDefenderOfFatherlandDay, kRussiaDay, kUnityDay, kRussiaConstitutionDay, kCosmonauticsDay,
  kMothersDayRussia, kFathersDayRussia, kTatianaDay,
  // Ukraine (2023 calendar reform: Christmas on 25 December, Defenders Day on 1 October).
  kUkraineChristmasEve, kUkraineChristmas, kUkraineIndependenceDay, kUkraineConstitutionDay,
  kUkraineDefendersDay, kUkraineStatehoodDay, kUkraineUnityDay, kUkraineDignityDay,
  kUkraineRemembranceVictoryDay, kMothersDayUkraine, kFathersDayUkraine,
  // Korea (lunisolar days by ICU's Dangi calendar).
  kSeollal, kChuseok, kBuddhasBirthday, kIndependenceMovementDay, kChildrensDayKorea,
  kParentsDayKorea, kTeachersDayKorea, kMemorialDayKorea, kConstitutionDayKorea, kLiberationDay,
  kArmedForcesDayKorea, kNationalFoundationDay, kHangulDay,
  // China.
  kChineseNewYear,
  // Jewish (ICU's Hebrew calendar; from the eve, as they begin at sundown).
  kRoshHashanah, kYomKippur, kSukkot, kSheminiAtzeret, kSimchatTorah, kHanukkah, kPurim,
  kPassover, kShavuot, kTishaBav, kLagBaomer,
  // Islamic (ICU's Umm al-Qura calendar; a day either way of local sighting).
  kIslamicNewYear, kAshura, kMawlid, kIsraMiraj, kRamadan, kLaylatAlQadr, kEidAlFitr,
  kEidAlAdha, kJumuatulWida,
  // Hindu and Sikh, by the Hindu lunisolar calendar (hindu_calendar.h).
  kUgadi, kRamaNavami, kMahavirJayanti, kHanumanJayanti, kAkshayaTritiya, kBuddhaPurnima,
  kRathaYatra, kGuruPurnima, kRakshaBandhan, kJanmashtami, kGaneshChaturthi, kNavaratri,
  kDurgaPuja, kMahaSaptami, kDussehra, kValmikiJayanti, kKarvaChauth, kDhanteras,
  kNarakaChaturdashi, kDiwali, kGovardhanPuja, kBhaiDooj, kChhath, kGuruNanakJayanti,
  kGuruGobindSinghJayanti, kVasantPanchami, kGuruRavidasJayanti, kMahaShivaratri, kHolikaDahan,
  kHoli,
  // By the sidereal solar calendar: sankrantis and days counted from them.
  kMakarSankranti, kBhogi, kMattuPongal, kKaanumPongal, kVaisakhi, kRabindraJayanti,
  // Others.
  kParsiNewYear, kKoningsdag, kBossDay,
  kCount  // not a holiday: the number of ids
};
// clang-format on

// Countries a holiday's name can be qualified with ("Ukraine's Independence Day").
enum class Country : std::uint8_t { kNone, kUs, kUkraine, kRussia, kSpain, kKorea };

// The day of the same family (independence, constitution, mother's, father's, Christmas,
// memorial, victory, defenders days) that `country` keeps, or nothing when it keeps none:
// holiday_in_country(kUsIndependenceDay, Country::kUkraine) -> kUkraineIndependenceDay.
std::optional<HolidayId> holiday_in_country(HolidayId id, Country country);

// A stable ASCII name for messages and tests ("orthodox_easter").
std::string_view holiday_key(HolidayId id);

// The days `id` falls on in `year`, or nothing when the year is out of the range the rule
// holds for (e.g. before the holiday existed, or lunisolar days outside 1900..2100).
// Lunisolar holidays cost an ICU calendar computation (~0.2 ms natively); the rest is arithmetic.
std::optional<DayRange> holiday_dates(HolidayId id, int year);

// One name of a holiday as written in a language, lower-case, inflected forms listed apart
// ("рождество", "рождества"). Apostrophes are ASCII (lookups fold ’ and ʼ to ').
struct HolidayName {
  std::string_view name;
  std::string_view lang;  // "en" "es" "ru" "uk" "ko"
  HolidayId id;
  bool weak = false;           // also a common word ("epiphany"): alone only when capitalized
  bool needs_country = false;  // names no country's day alone ("день независимости")
};

// Every name of every holiday (a data table; each name appears once).
std::span<const HolidayName> holiday_names();

// The holiday a lower-case name means, or nothing. Exact match on the whole name after folding
// typographic apostrophes: holiday_by_name("день перемоги") -> kVictoryDay.
std::optional<HolidayId> holiday_by_name(std::string_view lower_name);

}  // namespace loupe::dates
