// Running news sentences for the forms of issue 15 that the first tables did not cover, in the
// five languages (written for these tests): country-qualified holidays, Hindu festivals, years in
// words, "since" and perfects read as past, weekday counts, and numbers that are no dates
// (versions, 24/7, decimals, article numbers, "1-2 hours"). Reference: Monday 2023-07-31.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;

TEST_CASE("English news forms of issue 15", "[dates][en]") {
  expect_cases({
      {"Kyiv held a parade for Ukraine's Independence Day in 2021.",
       "Ukraine's Independence Day in 2021", "date", "2021-08-24", "day"},
      {"Fireworks light up the sky on US Independence Day.", "US Independence Day", "date",
       "2024-07-04", "day"},
      {"Markets in Mumbai closed for Diwali 2023.", "Diwali 2023", "date", "2023-11-12", "day"},
      {"Vaisakhi 2023 drew large crowds in Amritsar.", "Vaisakhi 2023", "date", "2023-04-14",
       "day"},
      {"The law passed in two thousand ten.", "two thousand ten", "year", "2010", "year"},
      {"Prices have risen since September.", "since September", "range", "2022-09/", "month"},
      {"The office has been closed since Friday.", "since Friday", "range", "2023-07-28/", "day"},
      {"The talks resume tomorrow at 9.", "tomorrow at 9", "time", "2023-08-01T09:00", "hour"},
      {"The store opens at 10 a.m. on Saturday.", "10 a.m. on Saturday", "time", "2023-08-05T10:00",
       "hour"},
      {"The panel meets two Fridays from now.", "two Fridays from now", "relative", "2023-08-11",
       "day"},
      {"The rally is on the last Friday of September.", "last Friday of September", "date",
       "2023-09-29", "day"},
      {"The hearing is set for Fri, Jul 18.", "Fri, Jul 18", "date", "2025-07-18", "day"},
  });
}

TEST_CASE("English numbers that are no dates", "[dates][en][negative]") {
  expect_none("Version 2.10.3 of the app shipped without notice.");
  expect_none("The hotline runs 24/7 for callers.");
  expect_none("Article 15.3 of the charter sets the quorum.");
  expect_none("Repairs take 1-2 hours.");
  expect_none("He has two thousand employees.");
  expect_none("The package needs Python 3.12 or newer.");
  expect_cases(
      {{"The last train leaves at 11.45 pm.", "11.45 pm", "time", "2023-07-31T23:45", "minute"}});
}

TEST_CASE("Spanish news forms of issue 15", "[dates][es]") {
  expect_cases({
      {"El Día de la Independencia de Ucrania reunió a miles de personas.",
       "Día de la Independencia de Ucrania", "date", "2022-08-24", "day"},
      {"La reunión será mañana a las 9.", "mañana a las 9", "time", "2023-08-01T09:00", "hour"},
      {"El pleno votará a las 15:30 del 2 de mayo de 2023.", "15:30 del 2 de mayo de 2023", "time",
       "2023-05-02T15:30", "minute"},
      {"La ley se aprobó en mil novecientos noventa y ocho.", "mil novecientos noventa y ocho",
       "year", "1998", "year"},
      {"El paro ha subido desde septiembre.", "desde septiembre", "range", "2022-09/", "month"},
      {"La cumbre será el próximo viernes.", "próximo viernes", "relative", "2023-08-11", "day"},
      {"La feria abre el 1.º de mayo.", "1.º de mayo", "date", "2024-05-01", "day"},
  });
}

TEST_CASE("Spanish numbers that are no dates", "[dates][es][negative]") {
  expect_none("La versión 2.10.3 llegó sin aviso.");
  expect_none("El servicio funciona 24/7 para los clientes.");
  expect_none("La inflación llegó al 15.3 por ciento.");
  expect_none("El artículo 15.3 fija el quórum.");
  expect_none("La reparación dura 1-2 horas.");
}

TEST_CASE("Russian news forms of issue 15", "[dates][ru]") {
  expect_cases({
      {"Митинг прошёл в День независимости Украины.", "День независимости Украины", "date",
       "2022-08-24", "day"},
      {"Переговоры продолжатся завтра в 9 утра.", "завтра в 9 утра", "time", "2023-08-01T09:00",
       "hour"},
      {"Встреча начнётся в 10.10.", "10.10", "time", "2023-07-31T10:10", "minute"},
      {"Ярмарка откроется 1-го мая.", "1-го мая", "date", "2024-05-01", "day"},
      {"Саммит пройдёт в следующую пятницу.", "следующую пятницу", "relative", "2023-08-11", "day"},
  });
}

TEST_CASE("Russian numbers that are no dates", "[dates][ru][negative]") {
  expect_none("Версия 2.10.3 вышла без предупреждения.");
  expect_none("Горячая линия работает 24/7.");
  expect_none("Инфляция составила 15.3 процента.");
  expect_none("Статья 15.3 устава определяет кворум.");
  expect_none("Ремонт займёт 1-2 часа.");
}

TEST_CASE("Ukrainian news forms of issue 15", "[dates][uk]") {
  expect_cases({
      {"Свято пройде в День незалежності США.", "День незалежності США", "date", "2024-07-04",
       "day"},
      {"Мітинг пройшов у День незалежності.", "День незалежності", "date", "2022-08-24", "day"},
      {"Переговори продовжаться завтра о 9 ранку.", "завтра о 9 ранку", "time", "2023-08-01T09:00",
       "hour"},
      {"Саміт відбудеться наступної п'ятниці.", "наступної п'ятниці", "relative", "2023-08-11",
       "day"},
  });
}

TEST_CASE("Ukrainian numbers that are no dates", "[dates][uk][negative]") {
  expect_none("Версія 2.10.3 вийшла без попередження.");
  expect_none("Гаряча лінія працює 24/7.");
  expect_none("Інфляція сягнула 15.3 відсотка.");
  expect_none("Стаття 15.3 статуту визначає кворум.");
  expect_none("Ремонт триватиме 1-2 години.");
}

TEST_CASE("Korean news forms of issue 15", "[dates][ko]") {
  expect_cases({
      {"정상회의는 다음 주 금요일에 열린다.", "다음 주 금요일", "relative", "2023-08-11", "day"},
      {"회의는 지난 주 화요일에 열렸다.", "지난 주 화요일", "relative", "2023-07-25", "day"},
      {"회담은 내일 오전 9시에 재개된다.", "내일 오전 9시", "time", "2023-08-01T09:00", "hour"},
  });
}

TEST_CASE("Korean numbers that are no dates", "[dates][ko][negative]") {
  expect_none("2.10.3 버전이 공개됐다.");
  expect_none("상담 센터는 24/7 운영된다.");
  expect_none("수리에 1-2시간이 걸린다.");
  expect_none("경기 종료 5초 전에 동점골이 나왔다.");  // before the end, not before now
  expect_none("선거 이틀 전 여론조사가 발표됐다.");
  expect_none("상담은 2~3시간 안에 끝난다.");
  expect_cases({{"그는 이틀 전에 도착했다.", "이틀 전", "relative", "2023-07-29", "day"}});
}
