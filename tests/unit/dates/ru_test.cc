// Russian date forms, written for these tests (reference date 2023-07-31 unless stated).
#include "test_helpers.h"

using loupe::dates::test::expect_none;
using loupe::dates::test::expect_one;

TEST_CASE("Russian full and partial dates", "[.pending][dates][ru]") {
  expect_one("Москва, 15 ноября 2022 года.", "15 ноября 2022 года", "date", "2022-11-15");
  expect_one("Подписано 27 июля 2023 г. в Кремле.", "27 июля 2023 г.", "date", "2023-07-27");
  expect_one("Дата: 31.07.2023, Москва.", "31.07.2023", "date", "2023-07-31");
  expect_one("Россия аннексировала Крым в 2014 году.", "2014 году", "year", "2014");
  expect_one("В ноябре 2022 года прошли переговоры.", "ноябре 2022 года", "month", "2022-11");
  expect_one("Встреча прошла 8 июля в Вене.", "8 июля", "date", "2023-07-08");
  expect_one("Он вернулся в марте домой.", "марте", "month", "2023-03");
}

TEST_CASE("Russian parts, relatives, ranges, durations", "[.pending][dates][ru]") {
  expect_one("Переговоры возобновились в середине октября.", "середине октября", "month", "2023-10");
  expect_one("В прошлом году война продолжалась.", "прошлом году", "relative", "2022");
  expect_one("На прошлой неделе министры встретились.", "прошлой неделе", "relative", "2023-W30");
  expect_one("Он уехал три дня назад.", "три дня назад", "relative", "2023-07-28");
  expect_one("Вчера было заявление.", "Вчера", "relative", "2023-07-30");
  expect_one("В марте прошлого года начались бои.", "марте прошлого года", "relative", "2022-03");
  expect_one("Форум пройдёт с 1 по 3 марта.", "с 1 по 3 марта", "range", "2023-03-01/2023-03-03");
  expect_one("Цены росли в 1990-х годах.", "1990-х годах", "decade", "199X");
  expect_one("Это главная война XX века в Европе.", "XX века", "century", "19");
  expect_one("Это было в течение двух лет.", "двух лет", "duration", "P2Y");
}

TEST_CASE("Russian quantities are not dates", "[.pending][dates][ru][negative]") {
  expect_none("Граница длиной 1180 км.");
  expect_none("Пришло 419 делегатов.");
  expect_none("Рост составил 15%.");
  expect_none("Звоните +7 495 123-20-14.");
  expect_none("В 2014 км от границы.");
}
