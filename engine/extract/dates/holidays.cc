// The rule of each holiday (a data table), the country families, and the days a rule gives
// (the calendars behind it: holiday_calendars.cc, hindu_calendar.cc).
#include "extract/dates/holidays.h"

#include <array>

#include "extract/dates/civil_time.h"
#include "extract/dates/hindu_calendar.h"
#include "extract/dates/holiday_calendars.h"

namespace loupe::dates {
namespace {

using calendars::calendar_day;
using calendars::day_number;
using calendars::hebrew_day;
using calendars::islamic_locale;
using calendars::lunisolar_day;
using calendars::nth_weekday_of;
using calendars::orthodox_easter;
using calendars::other_calendar_day;
using calendars::western_easter;

using H = HolidayId;

// What a holiday's days are counted from.
enum class Anchor : std::uint8_t {
  kFixed,           // month/day of the Gregorian year
  kEaster,          // Western Easter Sunday (Gregorian computus)
  kOrthodoxEaster,  // Orthodox Easter Sunday (Julian computus), as a Gregorian day
  kNthWeekday,      // the nth `weekday` of `month` (nth -1 = the last one)
  kDangi,           // lunar month/day of the Korean (Dangi) calendar
  kChinese,         // lunar month/day of the Chinese calendar
  kHebrew,          // month (0 Tishri .. 12 Elul, 6 = Adar or Adar II)/day of the Hebrew year
  kIslamic,         // month (0 Muharram .. 11 Dhu al-Hijjah)/day, Umm al-Qura calendar
  kHindu,           // amanta month (0 Chaitra .. 11 Phalguna)/tithi (hindu_calendar.h)
  kSankranti,       // the day the Sun enters sidereal sign `month` (0 Mesha .. 11 Mina)
  kShahenshahi,     // Parsi new year: a 365-day year without leap days, 1 Farvardin
};

// A move of the anchor day after it is found.
enum class Adjust : std::uint8_t {
  kNone,
  kFridayBefore,      // the last Friday before it (Jumu'atul-Wida: before Eid al-Fitr)
  kSundayToSaturday,  // a Sunday moves to the Saturday before (Koningsdag)
  kWeekendToWeekday,  // a Saturday to the Friday before, a Sunday to the Monday after
};

constexpr int kToMonthEnd = 999;  // `last` of a rule: the last day of the anchor's month

struct HolidayRule {
  HolidayId id;
  Anchor anchor;
  std::int8_t month = 0, day = 0;              // kFixed, kDangi, kChinese (lunar month/day)
  std::int8_t weekday = 0, nth = 0;            // kNthWeekday: 0 = Sunday .. 6 = Saturday
  std::int16_t first = 0, last = 0;            // days added to the anchor for the range's ends
  std::int16_t from_year = 1, to_year = 9999;  // the years this rule holds for
  Adjust adjust = Adjust::kNone;
};

constexpr HolidayRule adjusted(HolidayRule rule, Adjust adjust) {
  rule.adjust = adjust;
  return rule;
}

constexpr HolidayRule fixed(H id, int month, int day, int from = 1, int to = 9999) {
  return {id, Anchor::kFixed,     std::int8_t(month), std::int8_t(day), 0, 0, 0,
          0,  std::int16_t(from), std::int16_t(to)};
}
constexpr HolidayRule easter(H id, int first, int last = 1000) {
  return {id,
          Anchor::kEaster,
          0,
          0,
          0,
          0,
          std::int16_t(first),
          std::int16_t(last == 1000 ? first : last),
          1583,
          9999};
}
constexpr HolidayRule orthodox(H id, int first, int last = 1000) {
  return {id,
          Anchor::kOrthodoxEaster,
          0,
          0,
          0,
          0,
          std::int16_t(first),
          std::int16_t(last == 1000 ? first : last),
          1583,
          9999};
}
// The nth (1..5, -1 last) weekday (0 Sunday) of month, plus `shift` days.
constexpr HolidayRule nth_weekday(H id, int nth, int weekday, int month, int shift = 0,
                                  int from = 1583) {
  return {id,
          Anchor::kNthWeekday,
          std::int8_t(month),
          0,
          std::int8_t(weekday),
          std::int8_t(nth),
          std::int16_t(shift),
          std::int16_t(shift),
          std::int16_t(from),
          9999};
}
// Lunisolar holidays: ICU's astronomy is checked against official Korean dates for 2015-2026
// (tests); outside 1900..2100 we do not answer.
constexpr HolidayRule lunar(H id, Anchor calendar, int month, int day, int first, int last) {
  return {id,   calendar, std::int8_t(month),  std::int8_t(day),
          0,    0,        std::int16_t(first), std::int16_t(last),
          1900, 2100};
}

// Jewish holidays begin at sundown: the range starts on the eve (as Duckling's). Islamic ones
// are the day itself. Outside 1900..2100 we do not answer.
constexpr HolidayRule hebrew(H id, int month, int day, int days) {
  return {id,
          Anchor::kHebrew,
          std::int8_t(month),
          std::int8_t(day),
          0,
          0,
          std::int16_t(-1),
          std::int16_t(days - 1),
          1900,
          2100};
}
constexpr HolidayRule islamic(H id, int month, int day, int last = 0) {
  return {id,
          Anchor::kIslamic,
          std::int8_t(month),
          std::int8_t(day),
          0,
          0,
          std::int16_t(0),
          std::int16_t(last),
          1900,
          2100};
}

// Hindu festivals by month and tithi (1-15 bright half, 16-30 dark half, 30 new moon), days of
// the festival after the first; outside 1900..2100 we do not answer.
// `at`: the tithi must be current at sunrise (0), in the evening (1) or at midnight (2).
constexpr HolidayRule hindu(H id, int month, int tithi, int days = 1, int at = 0) {
  return {id,
          Anchor::kHindu,
          std::int8_t(month),
          std::int8_t(tithi),
          std::int8_t(at),
          0,
          0,
          std::int16_t(days - 1),
          1900,
          2100};
}
// Days counted from a sankranti (the Sun entering a sidereal sign).
constexpr HolidayRule sankranti(H id, int sign, int shift = 0) {
  return {id, Anchor::kSankranti,  std::int8_t(sign),   0,    0,
          0,  std::int16_t(shift), std::int16_t(shift), 1900, 2100};
}

constexpr int kSun = 0, kMon = 1, kThu = 4;
// Amanta months.
constexpr int kChaitra = 0, kVaishakha = 1, kAshadha = 3, kShravana = 4, kBhadrapada = 5,
              kAshvin = 6, kKartika = 7, kPausha = 9, kMagha = 10, kPhalguna = 11;

// A data table, several rules a line (clang-format would put one a line).
// clang-format off
constexpr HolidayRule kRules[] = {
    fixed(H::kNewYearsDay, 1, 1), fixed(H::kNewYearsEve, 12, 31), fixed(H::kChristmasEve, 12, 24),
    fixed(H::kChristmas, 12, 25), fixed(H::kBoxingDay, 12, 26), fixed(H::kEpiphany, 1, 6),
    fixed(H::kOrthodoxChristmasEve, 1, 6), fixed(H::kOrthodoxChristmas, 1, 7),
    fixed(H::kValentinesDay, 2, 14), fixed(H::kWomensDay, 3, 8), fixed(H::kStPatricksDay, 3, 17),
    fixed(H::kAprilFools, 4, 1), fixed(H::kLabourDay, 5, 1), fixed(H::kVictoryDay, 5, 9, 1945),
    fixed(H::kHalloween, 10, 31), fixed(H::kAllSaints, 11, 1), fixed(H::kAllSouls, 11, 2),
    fixed(H::kKnowledgeDay, 9, 1), easter(H::kEaster, 0), easter(H::kEasterMonday, 1),
    easter(H::kGoodFriday, -2), easter(H::kMaundyThursday, -3), easter(H::kPalmSunday, -7),
    easter(H::kHolyWeek, -7, 0),  // Palm Sunday to Easter Sunday (Spanish "Semana Santa")
    easter(H::kAshWednesday, -46), easter(H::kLent, -46, -1), easter(H::kPentecost, 49),
    easter(H::kWhitMonday, 50), easter(H::kTrinitySunday, 56), orthodox(H::kOrthodoxEaster, 0),
    orthodox(H::kOrthodoxGoodFriday, -2), orthodox(H::kOrthodoxPalmSunday, -7),
    orthodox(H::kOrthodoxTrinity, 49), orthodox(H::kCleanMonday, -48),
    orthodox(H::kGreatLent, -48, -9),    // Clean Monday to the Friday before Lazarus Saturday
    orthodox(H::kMaslenitsa, -55, -49),  // the week before Clean Monday, to Forgiveness Sunday
    nth_weekday(H::kMlkDay, 3, kMon, 1, 0, 1986), nth_weekday(H::kPresidentsDay, 3, kMon, 2),
    nth_weekday(H::kMemorialDay, -1, kMon, 5, 0, 1971), fixed(H::kUsIndependenceDay, 7, 4),
    nth_weekday(H::kLaborDayUs, 1, kMon, 9, 0, 1894), nth_weekday(H::kColumbusDay, 2, kMon, 10),
    fixed(H::kVeteransDay, 11, 11), nth_weekday(H::kThanksgiving, 4, kThu, 11, 0, 1942),
    nth_weekday(H::kBlackFriday, 4, kThu, 11, 1, 1942),
    nth_weekday(H::kCyberMonday, 4, kThu, 11, 4, 2005), nth_weekday(H::kMothersDayUs, 2, kSun, 5),
    nth_weekday(H::kFathersDayUs, 3, kSun, 6), fixed(H::kHispanicDay, 10, 12),
    fixed(H::kSpainConstitutionDay, 12, 6, 1978), fixed(H::kImmaculateConception, 12, 8),
    nth_weekday(H::kMothersDaySpain, 1, kSun, 5), fixed(H::kFathersDaySpain, 3, 19),
    fixed(H::kHolyInnocents, 12, 28), fixed(H::kSaintJohnsEve, 6, 23),
    fixed(H::kDefenderOfFatherlandDay, 2, 23), fixed(H::kRussiaDay, 6, 12, 1992),
    fixed(H::kUnityDay, 11, 4, 2005), fixed(H::kRussiaConstitutionDay, 12, 12, 1993),
    fixed(H::kCosmonauticsDay, 4, 12, 1962),
    nth_weekday(H::kMothersDayRussia, -1, kSun, 11, 0, 1998),
    nth_weekday(H::kFathersDayRussia, 3, kSun, 10, 0, 2021), fixed(H::kTatianaDay, 1, 25),
    // Ukraine moved Christmas (and its eve), Defenders Day and Statehood Day in July 2023.
    fixed(H::kUkraineChristmasEve, 1, 6, 1, 2022), fixed(H::kUkraineChristmasEve, 12, 24, 2023),
    fixed(H::kUkraineChristmas, 1, 7, 1, 2022), fixed(H::kUkraineChristmas, 12, 25, 2023),
    fixed(H::kUkraineIndependenceDay, 8, 24, 1991), fixed(H::kUkraineConstitutionDay, 6, 28, 1996),
    fixed(H::kUkraineDefendersDay, 10, 14, 2015, 2022), fixed(H::kUkraineDefendersDay, 10, 1, 2023),
    fixed(H::kUkraineStatehoodDay, 7, 28, 2021, 2022), fixed(H::kUkraineStatehoodDay, 7, 15, 2023),
    fixed(H::kUkraineUnityDay, 1, 22), fixed(H::kUkraineDignityDay, 11, 21, 2014),
    fixed(H::kUkraineRemembranceVictoryDay, 5, 8), nth_weekday(H::kMothersDayUkraine, 2, kSun, 5),
    nth_weekday(H::kFathersDayUkraine, 3, kSun, 6),
    lunar(H::kSeollal, Anchor::kDangi, 1, 1, -1, 1),  // the eve, the day and the day after
    lunar(H::kChuseok, Anchor::kDangi, 8, 15, -1, 1),
    lunar(H::kBuddhasBirthday, Anchor::kDangi, 4, 8, 0, 0),
    fixed(H::kIndependenceMovementDay, 3, 1), fixed(H::kChildrensDayKorea, 5, 5),
    fixed(H::kParentsDayKorea, 5, 8), fixed(H::kTeachersDayKorea, 5, 15),
    fixed(H::kMemorialDayKorea, 6, 6), fixed(H::kConstitutionDayKorea, 7, 17, 1948),
    fixed(H::kLiberationDay, 8, 15, 1945), fixed(H::kArmedForcesDayKorea, 10, 1, 1956),
    fixed(H::kNationalFoundationDay, 10, 3), fixed(H::kHangulDay, 10, 9),
    lunar(H::kChineseNewYear, Anchor::kChinese, 1, 1, 0, 0),
    hebrew(H::kRoshHashanah, 0, 1, 2), hebrew(H::kYomKippur, 0, 10, 1),
    hebrew(H::kSukkot, 0, 15, 7), hebrew(H::kSheminiAtzeret, 0, 22, 1),
    hebrew(H::kSimchatTorah, 0, 23, 1), hebrew(H::kHanukkah, 2, 25, 8), hebrew(H::kPurim, 6, 14, 1),
    hebrew(H::kPassover, 7, 15, 8), hebrew(H::kShavuot, 9, 6, 2), hebrew(H::kTishaBav, 11, 9, 1),
    hebrew(H::kLagBaomer, 8, 18, 1),
    islamic(H::kIslamicNewYear, 0, 1), islamic(H::kAshura, 0, 10), islamic(H::kMawlid, 2, 12),
    islamic(H::kIsraMiraj, 6, 27), islamic(H::kRamadan, 8, 1, kToMonthEnd),
    islamic(H::kLaylatAlQadr, 8, 27), islamic(H::kEidAlFitr, 9, 1), islamic(H::kEidAlAdha, 11, 10),
    adjusted(islamic(H::kJumuatulWida, 9, 1), Adjust::kFridayBefore),
    hindu(H::kUgadi, kChaitra, 1), hindu(H::kRamaNavami, kChaitra, 9),
    hindu(H::kMahavirJayanti, kChaitra, 13), hindu(H::kHanumanJayanti, kChaitra, 15),
    hindu(H::kAkshayaTritiya, kVaishakha, 3), hindu(H::kBuddhaPurnima, kVaishakha, 15),
    hindu(H::kRathaYatra, kAshadha, 2), hindu(H::kGuruPurnima, kAshadha, 15),
    hindu(H::kRakshaBandhan, kShravana, 15), hindu(H::kJanmashtami, kShravana, 23, 1, 2),
    hindu(H::kGaneshChaturthi, kBhadrapada, 4), hindu(H::kNavaratri, kAshvin, 1, 9),
    hindu(H::kDurgaPuja, kAshvin, 6, 5), hindu(H::kMahaSaptami, kAshvin, 7),
    hindu(H::kDussehra, kAshvin, 10), hindu(H::kValmikiJayanti, kAshvin, 15),
    hindu(H::kKarvaChauth, kAshvin, 19, 1, 1), hindu(H::kDhanteras, kAshvin, 28, 1, 1),
    hindu(H::kNarakaChaturdashi, kAshvin, 29, 1, 2), hindu(H::kDiwali, kAshvin, 30, 1, 1),
    hindu(H::kGovardhanPuja, kKartika, 1), hindu(H::kBhaiDooj, kKartika, 2),
    hindu(H::kChhath, kKartika, 6), hindu(H::kGuruNanakJayanti, kKartika, 15),
    hindu(H::kGuruGobindSinghJayanti, kPausha, 7), hindu(H::kVasantPanchami, kMagha, 5),
    hindu(H::kGuruRavidasJayanti, kMagha, 15), hindu(H::kMahaShivaratri, kMagha, 29, 1, 2),
    hindu(H::kHolikaDahan, kPhalguna, 15, 1, 1),
    hindu(H::kHoli, kPhalguna, 16),  // the dark half's first day (late if it begins at noon)
    sankranti(H::kMakarSankranti, 9), sankranti(H::kBhogi, 9, -1),
    sankranti(H::kMattuPongal, 9, 1), sankranti(H::kKaanumPongal, 9, 2),
    sankranti(H::kVaisakhi, 0),
    sankranti(H::kRabindraJayanti, 0, 25),  // 25 Boishakh; Boishakh begins the day after
    {H::kParsiNewYear, Anchor::kShahenshahi, 0, 0, 0, 0, 0, 0, 1900, 2100},
    adjusted(fixed(H::kKoningsdag, 4, 27, 2014), Adjust::kSundayToSaturday),
    adjusted(fixed(H::kBossDay, 10, 16, 1958), Adjust::kWeekendToWeekday),
};
// clang-format on

// A data table, several keys a line (clang-format would put one a line).
// clang-format off
constexpr std::array<std::string_view, std::size_t(H::kCount)> kKeys = {
    "new_years_day", "new_years_eve", "christmas_eve", "christmas", "boxing_day", "epiphany",
    "orthodox_christmas_eve", "orthodox_christmas", "valentines_day", "womens_day",
    "st_patricks_day", "april_fools", "labour_day", "victory_day", "halloween", "all_saints",
    "all_souls", "knowledge_day", "easter", "easter_monday", "good_friday", "maundy_thursday",
    "palm_sunday", "holy_week", "ash_wednesday", "lent", "pentecost", "whit_monday",
    "trinity_sunday", "orthodox_easter", "orthodox_good_friday", "orthodox_palm_sunday",
    "orthodox_trinity", "clean_monday", "great_lent", "maslenitsa", "mlk_day", "presidents_day",
    "memorial_day", "us_independence_day", "labor_day_us", "columbus_day", "veterans_day",
    "thanksgiving", "black_friday", "cyber_monday", "mothers_day_us", "fathers_day_us",
    "hispanic_day", "spain_constitution_day", "immaculate_conception", "mothers_day_spain",
    "fathers_day_spain", "holy_innocents", "saint_johns_eve", "defender_of_fatherland_day",
    "russia_day", "unity_day", "russia_constitution_day", "cosmonautics_day", "mothers_day_russia",
    "fathers_day_russia", "tatiana_day", "ukraine_christmas_eve", "ukraine_christmas",
    "ukraine_independence_day", "ukraine_constitution_day", "ukraine_defenders_day",
    "ukraine_statehood_day", "ukraine_unity_day", "ukraine_dignity_day",
    "ukraine_remembrance_victory_day", "mothers_day_ukraine", "fathers_day_ukraine", "seollal",
    "chuseok", "buddhas_birthday", "independence_movement_day", "childrens_day_korea",
    "parents_day_korea", "teachers_day_korea", "memorial_day_korea", "constitution_day_korea",
    "liberation_day", "armed_forces_day_korea", "national_foundation_day", "hangul_day",
    "chinese_new_year", "rosh_hashanah", "yom_kippur", "sukkot", "shemini_atzeret",
    "simchat_torah", "hanukkah", "purim", "passover", "shavuot", "tisha_bav", "lag_baomer",
    "islamic_new_year", "ashura", "mawlid", "isra_miraj", "ramadan", "laylat_al_qadr",
    "eid_al_fitr", "eid_al_adha", "jumuatul_wida", "ugadi", "rama_navami", "mahavir_jayanti",
    "hanuman_jayanti", "akshaya_tritiya", "buddha_purnima", "ratha_yatra", "guru_purnima",
    "raksha_bandhan", "janmashtami", "ganesh_chaturthi", "navaratri", "durga_puja", "maha_saptami",
    "dussehra", "valmiki_jayanti", "karva_chauth", "dhanteras", "naraka_chaturdashi", "diwali",
    "govardhan_puja", "bhai_dooj", "chhath", "guru_nanak_jayanti", "guru_gobind_singh_jayanti",
    "vasant_panchami", "guru_ravidas_jayanti", "maha_shivaratri", "holika_dahan", "holi",
    "makar_sankranti", "bhogi", "mattu_pongal", "kaanum_pongal", "vaisakhi", "rabindra_jayanti",
    "parsi_new_year", "koningsdag", "boss_day",
};
// clang-format on

std::optional<int> anchor_day(const HolidayRule& rule, int year) {
  switch (rule.anchor) {
    case Anchor::kFixed:
      return day_number(year, rule.month, rule.day);
    case Anchor::kEaster:
      return western_easter(year);
    case Anchor::kOrthodoxEaster:
      return orthodox_easter(year);
    case Anchor::kNthWeekday:
      return nth_weekday_of(year, rule.month, rule.weekday, rule.nth);
    case Anchor::kDangi:
      return lunisolar_day("ko@calendar=dangi", year, rule.month, rule.day);
    case Anchor::kChinese:
      return lunisolar_day("zh@calendar=chinese", year, rule.month, rule.day);
    case Anchor::kHebrew:
      return hebrew_day(year, rule.month, rule.day);
    case Anchor::kIslamic:
      return other_calendar_day(islamic_locale(year), year, rule.month, rule.day, false);
    case Anchor::kHindu:
      return lunar_festival_day(year, rule.month, rule.day, static_cast<TithiAt>(rule.weekday));
    case Anchor::kSankranti:
      return sankranti_day(year, rule.month);
    case Anchor::kShahenshahi:  // 17 August 2018, then every 365 days (a day earlier per leap day)
      return day_number(2018, 8, 17) + 365 * (year - 2018);
  }
  return std::nullopt;
}

int weekday_of(int z) { return ((z % 7) + 11) % 7; }  // 0 Sunday .. 6 Saturday

int adjust_day(int z, Adjust adjust) {
  const int wd = weekday_of(z);
  switch (adjust) {
    case Adjust::kNone:
      return z;
    case Adjust::kFridayBefore:
      return z - ((wd - 5 + 7) % 7 == 0 ? 7 : (wd - 5 + 7) % 7);
    case Adjust::kSundayToSaturday:
      return wd == 0 ? z - 1 : z;
    case Adjust::kWeekendToWeekday:
      return wd == 6 ? z - 1 : (wd == 0 ? z + 1 : z);
  }
  return z;
}

// One family a line, the member each country keeps (kCount: none).
constexpr H kNo = H::kCount;
struct Family {
  H us, ukraine, russia, spain, korea;
};
constexpr Family kFamilies[] = {
    {H::kUsIndependenceDay, H::kUkraineIndependenceDay, kNo, kNo, kNo},
    {kNo, H::kUkraineConstitutionDay, H::kRussiaConstitutionDay, H::kSpainConstitutionDay,
     H::kConstitutionDayKorea},
    {H::kMothersDayUs, H::kMothersDayUkraine, H::kMothersDayRussia, H::kMothersDaySpain, kNo},
    {H::kFathersDayUs, H::kFathersDayUkraine, H::kFathersDayRussia, H::kFathersDaySpain, kNo},
    {H::kChristmas, H::kUkraineChristmas, H::kOrthodoxChristmas, H::kChristmas, H::kChristmas},
    {H::kChristmasEve, H::kUkraineChristmasEve, H::kOrthodoxChristmasEve, H::kChristmasEve, kNo},
    {H::kMemorialDay, kNo, kNo, kNo, H::kMemorialDayKorea},
    {kNo, H::kUkraineRemembranceVictoryDay, H::kVictoryDay, kNo, kNo},
    {kNo, H::kUkraineDefendersDay, H::kDefenderOfFatherlandDay, kNo, kNo},
};

}  // namespace

std::optional<HolidayId> holiday_in_country(HolidayId id, Country country) {
  for (const Family& f : kFamilies) {
    const H members[] = {f.us, f.ukraine, f.russia, f.spain, f.korea};
    bool in = false;
    for (H m : members) in |= m == id;
    if (!in || country == Country::kNone) continue;
    const H chosen = members[static_cast<int>(country) - 1];
    if (chosen == kNo) return std::nullopt;
    return chosen;
  }
  return std::nullopt;
}

std::string_view holiday_key(HolidayId id) {
  const auto index = std::size_t(id);
  return index < kKeys.size() ? kKeys[index] : std::string_view("unknown");
}

std::optional<DayRange> holiday_dates(HolidayId id, int year) {
  for (const HolidayRule& rule : kRules) {
    if (rule.id != id || year < rule.from_year || year > rule.to_year) continue;
    std::optional<int> anchor = anchor_day(rule, year);
    if (!anchor) return std::nullopt;
    anchor = adjust_day(*anchor, rule.adjust);
    if (rule.last != kToMonthEnd) {
      return DayRange{calendar_day(*anchor + rule.first), calendar_day(*anchor + rule.last)};
    }
    // Ramadan: to the last day of its month (29 or 30 days).
    const char* islamic = islamic_locale(year);
    std::optional<int> end = other_calendar_day(islamic, year, rule.month, rule.day, true);
    if (!end || *end < *anchor) end = other_calendar_day(islamic, year + 1, rule.month, 1, true);
    if (!end || *end < *anchor || *end - *anchor > 30) return std::nullopt;
    return DayRange{calendar_day(*anchor + rule.first), calendar_day(*end)};
  }
  return std::nullopt;
}

}  // namespace loupe::dates
