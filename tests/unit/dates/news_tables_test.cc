// What a fourth round on news prose fixed (sentences written for these tests, none taken from
// any corpus): figures of tables and results lists read as times, years opening a line, Korean
// nouns of the day's parts and seasons in running text, fixtures announced by a heading.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

TEST_CASE("Figures of a table or a results list are no times", "[dates][en][es][news]") {
  // The last figure of a column has a word after it, but a table's figures are near.
  expect_none(
      "Hurdles: 1. Ann Lee (Kenya) 12.71 seconds 2. Mia Roe (Peru) 12.74 3. Eva Kim (Chile) "
      "12.92 4. Joy Fox (Ghana) 13.17 Men's 400 metres 1. Tom Ray (Cuba) 44.90");
  expect_none("Men's 110 metres: Tom Ray (Cuba) 13.26 seconds.");
  // A weather table: "Las 24" after a town's name is no "a las 24".
  expect_none("Lugo 25 15 Cáceres 28 13 Palmas Las 24 18 Cádiz 26 17 Soria 21 7");
  // A clock is still a clock.
  expect_cases(
      {{"The train leaves at 13.17 on weekdays.", "13.17", "time", "2023-07-31T13:17", "minute"},
       {"La reunión empezó a las 15.30 horas.", "15.30", "time", "2023-07-31T15:30", "minute"}});
}

TEST_CASE("A year opening a line before a comma or a dash dates it", "[dates][en][es][news]") {
  expect_cases({{"1975, con el primer capítulo ya escrito.", "1975", "year", "1975", "year"},
                {"1940 - Bombers struck the old port.", "1940", "year", "1940", "year"},
                {"El libro salió. 1968, año de protestas.", "1968", "year", "1968", "year"}});
  expect_none("2000 60,000");
  expect_none("Some 1500, by the count of the police, marched.");
}

TEST_CASE("Korean nouns of the day's parts and seasons alone are no dates", "[dates][ko][news]") {
  expect_none("그는 밤을 새워 원고를 썼다.");
  expect_none("겨울 제품이 잘 팔린다.");
  expect_none("코스는 점심 2만원, 저녁 4만원부터다.");
  expect_none("주말 뷔페가 인기다.");
  expect_none("그는 낮은 목소리로 말했다.");
  // With a day, or a particle of a span, they are dates.
  expect_cases({{"이날 새벽 그는 글을 올렸다.", "이날 새벽", "range",
                 "2023-07-31T00:00/2023-07-31T05:00", "hour"},
                {"전날 밤 술자리를 가졌다.", "전날 밤", "range",
                 "2023-07-30T18:00/2023-07-30T23:00", "hour"},
                {"그는 가을부터 활동할 예정이다.", "가을부터", "range", "2023-09-23/", "day"},
                {"그는 3일 저녁 귀국했다.", "3일 저녁", "range",
                 "2023-07-03T18:00/2023-07-03T23:00", "hour"}});
  // "이날" alone is a word of every story, no date of its own.
  expect_none("이날 회견에는 기자들이 몰렸다.");
}

TEST_CASE("A fixtures heading announces its day", "[dates][en][news]") {
  // A dated story reads a bare weekday back; "Playing Sunday:" lists what is to come.
  const auto found = find_dates("LONDON 1996-08-31\n\nPlaying Sunday: Leeds v Derby\n", "");
  REQUIRE(found.size() == 2);
  CHECK(found[1].surface == "Sunday");
  CHECK(found[1].value == "1996-09-01");
  const auto past = find_dates("LONDON 1996-08-31\n\nLeeds beat Derby on Sunday.\n", "");
  REQUIRE(past.size() == 2);
  CHECK(past[1].value == "1996-08-25");
}

TEST_CASE("'back to' dates a year; a part and its unit are of one language", "[dates][en][news]") {
  expect_cases(
      {{"The feud goes back to 1948, when the line was drawn.", "1948", "year", "1948", "year"},
       {"The rivalry dates back to 1921.", "1921", "year", "1921", "year"}});
  // Spanish "final" (end) and English "day" make no evening.
  expect_none("Rain fell on the final day of the match.");
  expect_cases({{"Shares rose at the end of the day.", "the end of the day", "range",
                 "2023-07-31T18:00/2023-07-31T23:00", "hour"}});
}

TEST_CASE("Ranked lists, one-letter am/pm and articles make no clocks", "[dates][en][es][news]") {
  // Race gaps and totals of a ranked list (each before the next rank; the list's last one is
  // still read as a clock).
  expect_none("Overall: 1. Tom Ray (Cuba) 20:36:54 2. Ann Lee (Kenya) 1:16 3. Mia Roe 1:23 4. Eva");
  // "a" is am only glued to the figures ("9a"); an article is no hour.
  expect_none("The fleet of 105, a record, sailed.");
  expect_none("Homes sold at a rate of 784,000 a year.");
  expect_cases({{"Growth was strong in the third quarter after a weak spring.", "third quarter",
                 "month", "2023-Q3", "quarter"}});
  // A second or a minute has no named parts.
  expect_none("He scored at the start of the second half.");
}

TEST_CASE("Spanish clocks with a comma after 'las'", "[dates][es][news]") {
  expect_cases({{"El choque ocurrió pasadas las 17,30 horas.", "17,30", "time", "2023-07-31T17:30",
                 "minute"},
                {"Salió a las 4,52 de la tarde.", "4,52 de la tarde", "time", "2023-07-31T16:52",
                 "minute"}});
  expect_none("Cuesta a las 2,500 personas un euro.");
}

TEST_CASE("Korean decimals are no dates or clocks", "[dates][ko][news]") {
  expect_none("그는 방어율 5.04를 기록했다.");
  expect_none("출루허용수도 1.04로 수준급이다.");
  expect_none("브라질이 앞섰다(8.29％).");
  expect_cases({{"정상회담(4.25) 평가 보고서가 나왔다.", "4.25", "date", "2023-04-25", "day"}});
  // Hours take native numerals: "일시", "이시" are words.
  expect_none("시는 일시 입장객을 제한한다.");
  expect_none("이시이는 시즌 내내 부진했다.");
  expect_cases({{"그는 세시에 도착했다.", "세시", "time", "2023-07-31T03:00", "hour"}});
}

TEST_CASE("An English paragraph's 'set.' is no September", "[dates][en][news]") {
  expect_none("He rallied to wrap up the set.");
}
