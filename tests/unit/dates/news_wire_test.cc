// Wire-story forms (sentences written for these tests, none taken from any corpus): a dateline
// without a year, teams and events named after a weekday, ranges of months said once, "in two
// years" in a past sentence, documents dated with "от"/"від", the first months of a year.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::extractor;
using loupe::dates::test::find_dates;

TEST_CASE("A dateline without a year is the reference, its year from the caller's",
          "[dates][news][dateline]") {
  // The caller's reference is 2023-07-31; 23 May is before it: 2023-05-23.
  const std::string es = "Toledo, 23 may (EFE).\nEl alcalde inauguró ayer la nueva biblioteca.";
  auto r = extractor().extract(es, "2023-07-31");
  REQUIRE(r.ok());
  CHECK(r.value().reference.date == "2023-05-23");
  CHECK(r.value().reference.source == "document");
  CHECK(es.substr(r.value().reference.bytes.begin_byte, r.value().reference.bytes.size()) ==
        "23 may");
  const auto found = find_dates(es, "2023-07-31");
  REQUIRE(found.size() == 2);
  CHECK(found[1].surface == "ayer");
  CHECK(found[1].value == "2023-05-22");
  // A day after the caller's reference is the year before's: 5 October 2022.
  const std::string en = "KYIV, Oct 5 - The mayor said on Wednesday the bridge had reopened.";
  r = extractor().extract(en, "2023-07-31");
  REQUIRE(r.ok());
  CHECK(r.value().reference.date == "2022-10-05");
  const auto weekday = find_dates(en, "2023-07-31");
  REQUIRE(weekday.size() == 2);
  CHECK(weekday[1].value == "2022-10-05");  // 5 October 2022 was a Wednesday
  // A code and a note in brackets before the place.
  r = extractor().extract("EFE xq2305 (Con foto) Quito, 23 may (EFE).\nHubo un sismo hoy.",
                          "2023-07-31");
  REQUIRE(r.ok());
  CHECK(r.value().reference.date == "2023-05-23");
  // All capitals before it, no comma: "MOSCOW Oct 5".
  r = extractor().extract("SEOUL Oct 5\nShares rose on Tuesday.", "2023-07-31");
  REQUIRE(r.ok());
  CHECK(r.value().reference.date == "2022-10-05");
}

TEST_CASE("A day and month inside a clause is no dateline", "[dates][news][dateline]") {
  for (std::string_view text : {"The company said, 23 May was the last day of trading.",
                                "On 23 May the council met again.", "23 May: the council met."}) {
    INFO(text);
    auto r = extractor().extract(text, "2023-07-31");
    REQUIRE(r.ok());
    CHECK(r.value().reference.source == "user");
    CHECK(r.value().reference.date == "2023-07-31");
  }
  // Without the caller's reference there is no year to give it: none.
  auto r = extractor().extract("Toledo, 23 may (EFE).\nEl alcalde habló ayer.", "");
  REQUIRE(r.ok());
  CHECK(r.value().reference.source == "none");
}

TEST_CASE("A team named after a weekday, in a score, is no date", "[dates][en][news]") {
  expect_none("Leeds 1 Sheffield Wednesday 2 in the second division.");
  expect_none("Sheffield Wednesday 3 Everton 1.");
  // A name before a weekday without a score stays a wire story's date.
  expect_cases({{"Senator Jane Holt Wednesday accused the agency of delays.", "Wednesday",
                 "relative", "2023-07-26", "day"}});
}

TEST_CASE("A range of months said with one counter", "[dates][ko][news]") {
  // Reference 2023-07-31: the last August-October is 2022's.
  expect_cases(
      {{"수출은 지난 8∼10월 석 달 연속 줄었다.", "지난 8∼10월", "range", "2022-08/2022-10",
        "month"},
       {"지난 3~5월 판매량이 늘었다.", "지난 3~5월", "range", "2023-03/2023-05", "month"},
       {"공사는 2024년 3∼5월에 진행된다.", "2024년 3∼5월", "range", "2024-03/2024-05", "month"}});
}

TEST_CASE("Forward offsets in a past sentence are lengths", "[dates][news][offset]") {
  // No date (a length is no mention of its own here).
  for (std::string_view text : {"Exports grew tenfold in two years after the reform.",
                                "Через два года он вернулся в Москву."}) {
    for (const auto& f : find_dates(text)) {
      INFO(text << ": " << f.surface << " " << f.value);
      CHECK(f.kind == "duration");
    }
  }
  // Not past: from the reference, as before.
  expect_cases({{"The plant will close in two years.", "two years", "relative", "2025", "year"}});
}

TEST_CASE("\"от\"/\"від\" before a lone date dates a document", "[dates][ru][uk][news]") {
  expect_cases(
      {{"Об этом писала газета в номере от 26 августа.", "26 августа", "date", "2022-08-26", "day"},
       {"Про це свідчить ухвала суду від 25 жовтня 2022 року.", "25 жовтня 2022 року", "date",
        "2022-10-25", "day"},
       {"Договір оренди від 09.06.2009 визнано недійсним.", "09.06.2009", "date", "2009-06-09",
        "day"}});
  // With an end it is still a range.
  expect_cases({{"Выставка открыта от 5 до 9 августа.", "от 5 до 9 августа", "range",
                 "2023-08-05/2023-08-09", "day"}});
}

TEST_CASE("The first months of a year", "[dates][en][news]") {
  expect_cases({{"Sales rose 4 percent in the first six months of 1996.",
                 "first six months of 1996", "range", "1996-01/1996-06", "month"},
                {"Output fell in the last three months of 2022.", "last three months of 2022",
                 "range", "2022-10/2022-12", "month"}});
}

TEST_CASE("Spanish words that announce a day or name no day", "[dates][es][news]") {
  expect_cases({{"La boda será el próximo día 24 de junio en Bilbao.", "24 de junio", "date",
                 "2024-06-24", "day"}});
  expect_none("Recordará el ayer y el hoy de su música.");
}

TEST_CASE("A plan in the present looks ahead in a dated story", "[dates][en][news]") {
  const auto found =
      find_dates("PARIS 1996-08-30\n\nThe second debate is scheduled for Oct. 2.", "");
  REQUIRE(found.size() == 2);
  CHECK(found[1].surface == "Oct. 2");
  CHECK(found[1].value == "1996-10-02");
  // Without the plan, a bare date in a dated story reads back, as before.
  const auto past = find_dates("PARIS 1996-08-30\n\nThe first debate took place on Oct. 2.", "");
  REQUIRE(past.size() == 2);
  CHECK(past[1].value == "1995-10-02");
}

TEST_CASE("A relative in title case inside a sentence is a title", "[dates][news]") {
  expect_none("Новой ведущей \"This Week\" стала журналистка.");
  expect_none("She hosts the program This Week for the network.");
  expect_cases({{"This week the council met twice.", "This week", "relative", "2023-W31", "week"}});
}

TEST_CASE("Seasons with a year", "[dates][uk][news]") {
  expect_cases({{"Однак весною 2015 року суд ухвалив рішення.", "весною 2015 року", "range",
                 "2015-03-01/2015-05-31", "day"},
                {"Бої тривали весни - літа 1649 р. під Збаражем.", "весни - літа 1649 р.", "range",
                 "1649-03-01/1649-08-31", "day"}});
}

TEST_CASE("Prices in a column are no dates", "[dates][es][news][negative]") {
  expect_none("BANCOS 1202.20 1189.57 1.34 CONSTRUCCION 941.17 926.81 1.24 ELECTRICAS 961.00");
  expect_none("Cerró en 1.08 958.80 puntos.");
  // A date beside words stays one.
  expect_cases({{"La reunión será el 1.08 en Madrid.", "1.08", "date", "2023-08-01", "day"}});
}

TEST_CASE("An abbreviated century takes a Roman numeral", "[dates][uk][news]") {
  expect_none("Відповідно до ч. 3 ст. 368 кодексу.");
  expect_cases(
      {{"Собор збудовано у XIX ст. на місці старого.", "XIX ст.", "century", "18", "century"}});
}
