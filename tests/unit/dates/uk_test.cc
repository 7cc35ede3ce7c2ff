// Ukrainian date forms, written for these tests (reference date 2023-07-31 unless stated).
#include "test_helpers.h"

using loupe::dates::test::expect_none;
using loupe::dates::test::expect_one;

TEST_CASE("Ukrainian full and partial dates", "[.pending][dates][uk]") {
  expect_one("Київ, 15 листопада 2022 року.", "15 листопада 2022 року", "date", "2022-11-15");
  expect_one("Ухвалено 19 червня 2023 р. у Києві.", "19 червня 2023 р.", "date", "2023-06-19");
  expect_one("Росія анексувала Крим у 2014 році.", "2014 році", "year", "2014");
  expect_one("У листопаді 2022 року почалися переговори.", "листопаді 2022 року", "month", "2022-11");
  expect_one("Зустріч відбулася 8 липня у Відні.", "8 липня", "date", "2023-07-08");
  expect_one("Він повернувся у березні додому.", "березні", "month", "2023-03");
}

TEST_CASE("Ukrainian parts, relatives, ranges, durations", "[.pending][dates][uk]") {
  expect_one("Переговори поновилися в середині жовтня.", "середині жовтня", "month", "2023-10");
  expect_one("Наприкінці листопада фронт стабілізувався.", "Наприкінці листопада", "month", "2023-11");
  expect_one("Минулого тижня міністри зустрілися.", "Минулого тижня", "relative", "2023-W30");
  expect_one("Минулого року війна тривала.", "Минулого року", "relative", "2022");
  expect_one("Він поїхав три дні тому.", "три дні тому", "relative", "2023-07-28");
  expect_one("Торік ціни зросли.", "Торік", "relative", "2022");
  expect_one("Форум триватиме з 1 по 3 березня.", "з 1 по 3 березня", "range", "2023-03-01/2023-03-03");
  expect_one("Ціни зростали у 1990-х роках.", "1990-х роках", "decade", "199X");
  expect_one("Це головна війна XX століття в Європі.", "XX століття", "century", "19");
  expect_one("Це тривало протягом двох років.", "двох років", "duration", "P2Y");
}

TEST_CASE("Ukrainian quantities are not dates", "[.pending][dates][uk][negative]") {
  expect_none("Кордон завдовжки 1180 км.");
  expect_none("Прийшло 419 делегатів.");
  expect_none("Зростання склало 15%.");
  expect_none("Телефонуйте 044 123-20-14.");
}
