// Market reports and modifiers in news (sentences written for these tests, none taken from any
// corpus): futures contract months, fractions of prices, years that modify a noun, abbreviated
// year ranges, lists of dates, Spanish "el pasado mes de", Korean lengths. Reference 2023-07-31.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

TEST_CASE("A month before a traded contract is the next such month", "[dates][en][news]") {
  expect_cases({{"December cotton closed 0.9 cent lower in thin trade.", "December", "relative",
                 "2023-12", "month"},
                {"March Eurodollars were down 11 bps in thin trade.", "March", "relative",
                 "2024-03", "month"},
                {"The September Treasury bond future was trading lower.", "September", "relative",
                 "2023-09", "month"},
                {"The September long gilt future was trading lower.", "September", "relative",
                 "2023-09", "month"}});
  // Without a contract a bare month in a past clause still reads back.
  expect_cases({{"Retail sales fell in September.", "September", "month", "2022-09", "month"}});
}

TEST_CASE("Fractions of prices and innings are no dates", "[dates][en][news][negative]") {
  expect_none("The stock closed down 1/8 at 40.");
  expect_none("He pitched 6 1/3 innings for the win.");
  expect_none("Treasury notes were quoted at 107-11/32.");
  expect_none("The index closed at 559.68, off 1.26 points.");
  // A month and day stays one.
  expect_cases({{"The meeting was held on 7/14 in Boston.", "7/14", "date", "2023-07-14", "day"}});
}

TEST_CASE("A year that modifies a noun is a year", "[dates][en][news]") {
  expect_cases(
      {{"Belgium began its 1998 World Cup campaign with a win.", "1998", "year", "1998", "year"},
       {"They fear reprisals for the 1994 genocide.", "1994", "year", "1994", "year"}});
  // After a product's name it is part of the name.
  expect_none("He still runs Windows 2000 Server at home.");
}

TEST_CASE("A year range with the second year's last figures", "[dates][en][es][news]") {
  expect_cases(
      {{"Veterans of the 1950-53 war met in Seoul.", "1950-53", "range", "1950/1953", "year"},
       {"El club ganó la liga en 1996-97.", "1996-97", "range", "1996/1997", "year"}});
}

TEST_CASE("Dates joined by commas and \"and\" are a list", "[dates][en][ru][news]") {
  const auto found = find_dates("The debates are scheduled for Sept. 25, Oct. 9 and Oct. 16.");
  REQUIRE(found.size() == 3);
  CHECK(found[0].value == "2023-09-25");
  CHECK(found[1].value == "2023-10-09");
  CHECK(found[2].surface == "Oct. 16");
  CHECK(found[2].value == "2023-10-16");
  // Two days in a row, or "between": a range.
  expect_cases({{"Переговоры пройдут 20 и 21 октября.", "20 и 21 октября", "range",
                 "2023-10-20/2023-10-21", "day"},
                {"Talks will be held between 9 and 16 October.", "between 9 and 16 October",
                 "range", "2023-10-09/2023-10-16", "day"}});
}

TEST_CASE("A possessive weekday", "[dates][en][news]") {
  // "from Thursday's close" is that Thursday, no open interval.
  expect_cases({{"Shares fell 2 percent from Thursday's close.", "Thursday's", "relative",
                 "2023-07-27", "day"}});
}

TEST_CASE("Spanish months announced by \"el pasado mes de\"", "[dates][es][news]") {
  expect_cases({{"El incendio se originó el pasado mes de noviembre en la sala de máquinas.",
                 "pasado mes de noviembre", "relative", "2022-11", "month"},
                {"La obra se inaugurará el próximo mes de junio.", "próximo mes de junio",
                 "relative", "2024-06", "month"},
                {"Las emisiones llegarán a 14 millones de toneladas en 2015\".", "2015", "year",
                 "2015", "year"}});
  expect_none("En segundo lugar, las mal llamadas vacaciones fiscales.");
}

TEST_CASE("A year with a case ending", "[dates][uk][news]") {
  expect_cases(
      {{"Лідери радили готуватися до виборів у 2015-му.", "2015-му", "year", "2015", "year"},
       {"Выборы прошли в 2015-м году.", "2015-м году", "year", "2015", "year"}});
}

TEST_CASE("Korean lengths said with about or within", "[dates][ko][news]") {
  for (std::string_view text : {"두 기록은 24년 정도 차이가 난다.", "차량은 10분 이내에 도착한다.",
                                "관광객들이 3∼4분가량 공중에 매달렸다."}) {
    for (const auto& f : find_dates(text)) {
      INFO(text << ": " << f.surface << " " << f.value);
      CHECK(f.kind == "duration");
    }
  }
}

TEST_CASE("In a sentence of both tenses the mention's clause decides", "[dates][en][es][news]") {
  expect_cases(
      {{"The team will be without its captain for Saturday's game after the league suspended him.",
        "Saturday's", "relative", "2023-08-05", "day"},
       {"El ministro dijo que el acuerdo se firmará el jueves.", "jueves", "relative", "2023-08-03",
        "day"},
       {"El acuerdo se firmó el martes y el ministro viajará a Madrid.", "martes", "relative",
        "2023-07-25", "day"},
       // A capitalized word is a name, not the Spanish "van": the past verb decides.
       {"Pauline, who will coach the team, succeeded Paul Van Dijk in April.", "April", "month",
        "2023-04", "month"}});
}

TEST_CASE("Offsets from the story's time or from an event are no dates", "[dates][news][offset]") {
  for (std::string_view text :
       {"Four years later, after a third title, he announced his retirement.",
        "Dos años después de los hechos murió en Madrid.",
        "Префект уволен через два дня после назначения.", "Я ніби повернув час назад."}) {
    for (const auto& f : find_dates(text)) {
      INFO(text << ": " << f.surface << " " << f.value);
      CHECK(f.kind == "duration");
    }
  }
  // "from now" names the reference; a present sentence counts from it.
  expect_cases({{"The plant opens two weeks from now.", "two weeks from now", "relative",
                 "2023-08-14", "day"}});
}

TEST_CASE("The same year or day as the date said before", "[dates][news][anaphor]") {
  const auto year_of = [](std::string_view text, std::string_view surface) {
    for (const auto& f : find_dates(text)) {
      if (f.surface == surface) return f.value;
    }
    return std::string("(none)");
  };
  CHECK(year_of("Повстання почалося у 1648 році. 26 вересня цього ж року повстанці підійшли до "
                "Львова.",
                "26 вересня цього ж року") == "1648-09-26");
  CHECK(year_of("Восстание началось в 1648 году, а 26 сентября того же года отряды подошли к "
                "Львову.",
                "26 сентября того же года") == "1648-09-26");
  CHECK(year_of("The bridge opened in 1932 and closed on 3 May the following year.",
                "3 May the following year") == "1933-05-03");
  CHECK(year_of("북한은 어제 오후 4시 통지문을 보냈고 우리 측은 그날 오후 6시 답신을 보냈다.",
                "그날 오후 6시") == "2023-07-30T18:00");
  // "In the same year" is within one year, no date; "el mismo día que" one day for all.
  expect_none("He is the only player with two streaks in the same year.");
  expect_none("El equipo debe jugar el mismo día que el resto.");
  // Without a date before, it is the reference's.
  CHECK(year_of("26 вересня цього ж року повстанці підійшли до Львова.",
                "26 вересня цього ж року") == "2023-09-26");
}

TEST_CASE("A year after \"de\"/\"of\" that no word follows", "[dates][es][en][news]") {
  expect_cases({{"Se compara con el de igual período de 1999, que fue menor.", "1999", "year",
                 "1999", "year"},
                {"No retrasará los Presupuestos Generales del Estado del 2001.", "2001", "year",
                 "2001", "year"}});
  expect_none("Asistieron más de 2000 personas al acto.");
}
