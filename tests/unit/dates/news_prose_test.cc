// Running news and narrative prose, in the style of wire stories (sentences written for these
// tests, none taken from any corpus): a past weekday on the story's own day, datelines as the
// reference, nouns of the day's parts and seasons that are no dates, offsets counted from an
// event ("за два дня до"), scores and lengths read as times, and Korean years after "지난".
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

TEST_CASE("A past weekday can be the story's own day", "[dates][en][news]") {
  // 2023-07-28 is a Friday: "said on Friday" in a story of that day is that day.
  expect_cases(
      {{"The central bank said on Friday it would hold rates.", "Friday", "relative", "2023-07-28",
        "day"},
       {"Police arrested two men on Thursday.", "Thursday", "relative", "2023-07-27", "day"}},
      "2023-07-28");
  // On Monday 2023-07-31 the Friday before stays the one meant.
  expect_cases({{"The minister resigned on Friday.", "Friday", "relative", "2023-07-28", "day"}});
  // A future clause still looks ahead: the next Friday, not today.
  expect_cases({{"The board will meet on Friday.", "Friday", "relative", "2023-08-04", "day"}},
               "2023-07-28");
}

TEST_CASE("A dateline is the reference of the story's weekdays", "[dates][en][news]") {
  const std::string text =
      "LISBON 2023-07-28\n\nThe port authority said on Friday that the strike had ended.";
  const auto found = find_dates(text, "");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2023-07-28");
  CHECK(found[1].surface == "Friday");
  CHECK(found[1].value == "2023-07-28");
}

TEST_CASE("English prose that holds no date", "[dates][en][news][negative]") {
  expect_none("The golfer finished the round at 15-under, two shots clear.");
  expect_none("Negotiators met for a late-night session in the capital.");
  expect_none("Spring water prices rose sharply in the region.");
  expect_none("Profits fall in week of heavy losses.");
}

TEST_CASE("Weekdays and months inside names", "[dates][en][news][negative]") {
  expect_none("The Sunday Times reported the deal first.");
  expect_none("Theresa May said the talks would continue.");
  expect_none("Mr. March spoke first at the hearing.");
  // After a word that introduces a date, a capitalized name next to it is no part of it.
  expect_cases(
      {{"On Friday President Biden signed the bill.", "Friday", "relative", "2023-07-28", "day"},
       {"Markets in Asia fell sharply in May.", "May", "month", "2023-05", "month"}});
}

TEST_CASE("English years after the word year", "[dates][en][news]") {
  expect_cases({{"The club was founded in the year 1902 by dock workers.", "year 1902", "year",
                 "1902", "year"}});
}

TEST_CASE("Spanish prose: scores, lengths and years", "[dates][es][news]") {
  expect_none("Ganó por 7-6 (7/3) y 6-4 en la final del torneo.");
  expect_none("La carretera permaneció cortada más de tres horas.");
  expect_none("El pueblo queda a tres horas de la capital.");
  expect_cases({{"La empresa opera en la ciudad desde el año 1996.", "desde el año 1996", "range",
                 "1996/", "year"},
                {"La fábrica cerró a las 15 horas del martes pasado.", "15 horas del martes pasado",
                 "time", "2023-07-25T15:00", "hour"}});
}

TEST_CASE("Russian prose: counted from an event, nouns of the day", "[dates][ru][news]") {
  expect_none("За два дня до выборов кандидат снялся с гонки.");
  expect_none("Днем ранее министр подал в отставку.");
  expect_none("Ночь выдалась холодной, утро туманным.");
  expect_cases({{"Утром в столице выпал снег.", "Утром", "range",
                 "2023-07-31T04:00/2023-07-31T11:00", "hour"},
                {"Выборы прошли летом 2021 года.", "летом 2021 года", "range",
                 "2021-06-01/2021-08-31", "day"}});
}

TEST_CASE("Ukrainian prose: nouns of the day, names, offsets before", "[dates][uk][news]") {
  expect_none("Вона вслухалася в темряву ночі довкола себе.");
  expect_none("Літо видалося спекотним, а зиму всі чекали з тривогою.");
  expect_none("За день до того уряд оголосив своє рішення.");
  expect_none("Компанія зареєстрована на острові Сент-Кітс.");
  expect_none("Він надіслав лист міністрові.");
  expect_cases({{"Вночі окупанти атакували місто дронами.", "Вночі", "range",
                 "2023-07-31T00:00/2023-07-31T04:00", "hour"},
                {"Засідання відбудеться 8 сер у Києві.", "8 сер", "date", "2023-08-08", "day"}});
}

TEST_CASE("Korean years after 지난 and before 이후", "[dates][ko][news]") {
  expect_cases(
      {{"그는 지난 2005년 프로 무대에 데뷔했다.", "2005년", "year", "2005", "year"},
       {"2008년 이후 부품 사용 실태를 조사했다.", "2008년 이후", "range", "2008/", "year"}});
  expect_none("주전 선수 다섯 명이 모두 두 자릿수 득점을 올렸다.");
  // "N년 만인/만의" is a length (after N years); "다음 달" is next month on its own.
  const auto found = find_dates("그의 소설이 55년 만인 다음 달 출간된다.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].kind == "duration");
  CHECK(found[0].value == "P55Y");
  CHECK(found[1].surface == "다음 달");
  CHECK(found[1].value == "2023-08");
}

TEST_CASE("Present-tense since a month looks back", "[dates][ru][uk][es][news]") {
  // Reference Monday 2023-07-31: the last March, unless the clause is future.
  expect_cases({
      {"Цены на жильё растут с марта.", "с марта", "range", "2023-03/", "month"},
      {"Ціни на житло ростуть з березня.", "з березня", "range", "2023-03/", "month"},
      {"La familia vive en Madrid desde marzo.", "desde marzo", "range", "2023-03/", "month"},
      {"С марта закон будет действовать в полную силу.", "С марта", "range", "2024-03/", "month"},
      // Before a weekday the present is a timetable: the coming Monday.
      {"С понедельника вводятся новые ограничения.", "С понедельника", "range", "2023-08-07/",
       "day"},
  });
}

TEST_CASE("Counted weekdays beyond the second", "[dates][en][news]") {
  expect_cases({{"The panel meets three Fridays from now.", "three Fridays from now", "relative",
                 "2023-08-18", "day"},
                {"The vote comes 4 Tuesdays from now.", "4 Tuesdays from now", "relative",
                 "2023-08-22", "day"}});
}

TEST_CASE("Spanish quantities and years around a comma", "[dates][es][news][negative]") {
  expect_none("El plus supone hasta el 30 por ciento del sueldo.");
  expect_cases({{"El libro iba a salir en 1972, año en que cerró la editorial.", "1972", "year",
                 "1972", "year"}});
}

TEST_CASE("Korean 올 before a season", "[dates][ko][news]") {
  expect_cases(
      {{"시스템 개발은 올 가을 끝난다.", "올 가을", "range", "2023-09-23/2023-12-21", "day"}});
}

TEST_CASE("Tables, results and quantities are no times", "[dates][news][negative]") {
  expect_none("Dynamo Kyiv 2 0 6 1 Shakhtar 3 0 1 2");
  expect_none("The hosts beat the visitors 33-26 (halftime 21-11) in the second test.");
  expect_none("The index rose by 0.55 percent to 5,929.89.");
  expect_none("Copper 3.50-4.00 cents a pound.");
  expect_none("BANCO 16.77 17.60 16.77 17.50 4.35 199172");
  expect_none("Почала читати рано — у чотири роки.");
  expect_none("Закон набирає чинності з дня його опублікування.");
  expect_none("세월이 흐르자 기억은 희석되었다.");
  expect_none("장관은 1박 2일 일정을 마치고 귀국했다.");
}
