// The Hindu lunisolar and sidereal solar calendars, computed from the Sun's and Moon's positions
// (ICU has no Hindu calendar). Input: a Gregorian year and a lunar month / tithi, or a zodiac
// sign; output: a day number (days since 1970-01-01, civil days of India, UTC+5:30).
// Conventions: amanta months (a month runs from new moon to new moon, named by the sidereal sign
// the Sun is in at the new moon that begins it, plus one; a month in which the Sun changes no
// sign is a leap month and never holds a festival), Lahiri ayanamsa, the tithi current at
// sunrise at Ujjain (a tithi that spans no sunrise is kept on the day it falls in). Positions
// come from truncated series (Meeus, "Astronomical Algorithms", ch. 25 and 47: ~0.01 degree),
// so a tithi or sankranti within minutes of sunrise or midnight can be a day off.
// E.g. lunar_festival_day(2019, 6, 30) -> 2019-10-27 (Diwali: Ashvin amavasya);
//      sankranti_day(2018, 9) -> 2018-01-14 (Makar Sankranti).
#pragma once
#include <optional>

namespace loupe::dates {

// When a festival's tithi must be current: most at sunrise; Diwali, Dhanteras in the evening
// (pradosh); Janmashtami, Kali Chaudas, Maha Shivaratri at midnight.
enum class TithiAt { kSunrise, kEvening, kMidnight };

// The day in Gregorian `year` on which tithi `tithi` (1..15 bright half, 16..30 dark half, 30
// the new moon) of the non-leap amanta month `month` (0 Chaitra .. 6 Ashvin .. 11 Phalguna) is
// current at `at`; nothing when the month/tithi does not fall inside that year.
std::optional<int> lunar_festival_day(int year, int month, int tithi,
                                      TithiAt at = TithiAt::kSunrise);

// The Indian civil day in Gregorian `year` on which the Sun enters sidereal sign `sign` (0 Mesha
// .. 9 Makara .. 11 Mina); after sunset, the next day.
std::optional<int> sankranti_day(int year, int sign);

}  // namespace loupe::dates
