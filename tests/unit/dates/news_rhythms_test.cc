// What a fifth round on news prose fixed (sentences written for these tests, none taken from
// any corpus): seasons and parts of the day said as habits, Korean "지난 해" and "이제 봄",
// reported plans ("would"), and the year of a day and month that no tense chooses.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

TEST_CASE("Seasons and parts of the day said as a habit are no dates", "[dates][ru][uk][news]") {
  // Two of them near each other: a rhythm of the year or the day, whatever the tense.
  expect_none("Ярмарок проходить двічі на рік: навесні й восени.");
  expect_none("Рынок работает дважды в год, весной и осенью.");
  expect_none("Ліс стримував взимку холод, а влітку спеку.");
  expect_none("Мы работали днем и ночью.");
  // One alone in the present or without a verb: what happens then.
  expect_none("У горах вночі холодно.");
  expect_none("Восени тут завжди туманно.");
  expect_none("Зимой здесь холодно и тихо.");
  // A told past or future keeps it (the reference is a Monday).
  expect_cases({{"Влітку він очолив раду директорів.", "Влітку", "range", "2023-06-01/2023-08-31",
                 "day"},
                {"Ночью боевики обстреляли город.", "Ночью", "range",
                 "2023-07-31T00:00/2023-07-31T04:00", "hour"},
                {"Сьогодні ввечері прийде гість.", "Сьогодні ввечері", "range",
                 "2023-07-31T18:00/2023-07-31T23:00", "hour"}});
}

TEST_CASE("Korean 'last year' spaced, and a season said to be now", "[dates][ko][news]") {
  expect_cases({{"회사는 지난 해 흑자를 냈다.", "지난 해", "relative", "2022", "year"},
                {"이제 여름이 오는데 준비가 필요하다.", "여름", "range", "2023-06-21/2023-09-23",
                 "day"}});
  // "이제" alone is no date, and a season noun without it stays a noun.
  expect_none("이제 그만 돌아가자.");
  expect_none("여름 상품이 잘 팔린다.");
}

TEST_CASE("A plan reported with 'would' lies ahead of the story", "[dates][en][news]") {
  // The story is dated Friday 2023-07-28: said on Friday, to happen on 3 August.
  const auto found = find_dates(
      "GENEVA 2023-07-28\n\nThe league said on Friday the match would be played on August 3.\n", "");
  REQUIRE(found.size() == 3);
  CHECK(found[1].surface == "Friday");
  CHECK(found[1].value == "2023-07-28");
  CHECK(found[2].surface == "August 3");
  CHECK(found[2].value == "2023-08-03");
}

TEST_CASE("A day and month without a tense take the nearest year", "[dates][en][es][news]") {
  // A dated story and no tense: a day a month ahead is no year back, and the range's year is
  // the single day's.
  const auto found =
      find_dates("PARIS 2023-08-30\n\n(heats on July 10-11, and finals on September 26-27)\n", "");
  REQUIRE(found.size() == 3);
  CHECK(found[1].value == "2023-07-10/2023-07-11");
  CHECK(found[2].surface == "September 26-27");
  CHECK(found[2].value == "2023-09-26/2023-09-27");
  const auto one = find_dates("PARIS 2023-08-30\n\n(final: September 26)\n", "");
  REQUIRE(one.size() == 2);
  CHECK(one[1].value == "2023-09-26");
  // After a full date of another year in the sentence, a day and month go on from it.
  const auto story = find_dates(
      "MADRID 2021-05-04\n\nIngresó el 3 de febrero de 2019 y siguió allí hasta el 9 de abril, "
      "cuando salió.\n",
      "");
  REQUIRE(story.size() == 3);
  CHECK(story[1].value == "2019-02-03");
  CHECK(story[2].value == "/2019-04-09");
  // A document named by its date exists already: its date lies back, however near ahead.
  const auto ruling =
      find_dates("КИЇВ 2021-05-04\n\nПро це свідчить ухвала суду від 12 червня.\n", "");
  REQUIRE(ruling.size() == 2);
  CHECK(ruling[1].value == "2020-06-12");
  // A day far ahead stays back too: "24 February" in a story of November.
  const auto far =
      find_dates("SEOUL 2022-11-15\n\nThe talks: 24 February. The vote: 24 December.\n", "");
  REQUIRE(far.size() == 3);
  CHECK(far[1].value == "2022-02-24");
  CHECK(far[2].value == "2022-12-24");
}
