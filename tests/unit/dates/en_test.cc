// English date forms, written for these tests (reference date 2023-07-31 unless stated).
#include "test_helpers.h"

using loupe::dates::test::expect_none;
using loupe::dates::test::expect_one;
using loupe::dates::test::find_dates;

TEST_CASE("English full dates", "[dates][en]") {
  expect_one("By the editors, 31 July 2023, London.", "31 July 2023", "date", "2023-07-31");
  expect_one("Published July 27, 2023 by the paper.", "July 27, 2023", "date", "2023-07-27");
  expect_one("It was signed on the 3rd of March, 2022.", "3rd of March, 2022", "date", "2022-03-03");
  expect_one("Filed 2023-07-31 at noon.", "2023-07-31", "date", "2023-07-31");
  expect_one("Due Sept. 5, 2021 at the latest.", "Sept. 5, 2021", "date", "2021-09-05");
  expect_one("Form dated 07/31/2023 in the file.", "07/31/2023", "date", "2023-07-31");
}

TEST_CASE("English partial dates", "[dates][en]") {
  expect_one("The annexation happened in 2014.", "2014", "year", "2014");
  expect_one("Prices rose in November 2022 again.", "November 2022", "month", "2022-11");
  expect_one("They met on 8 July at the summit.", "8 July", "date", "2023-07-08");
  expect_one("They met on July 8 at the summit.", "July 8", "date", "2023-07-08");
  expect_one("The summit in July was short.", "July", "month", "2023-07");
  expect_one("Sales peaked in May.", "May", "month", "2023-05");
  expect_one("We marched in March.\n1 tank was lost.", "March", "month", "2023-03");
}

TEST_CASE("English parts of months and years", "[dates][en]") {
  expect_one("Talks resumed in mid-October.", "mid-October", "month", "2023-10");
  expect_one("Talks resumed in early October 2022.", "early October 2022", "month", "2022-10");
  expect_one("By the end of October the front held.", "the end of October", "month", "2023-10");
  expect_one("Inflation cooled in late 2022.", "late 2022", "year", "2022");
  CHECK(find_dates("Talks resumed in mid-October.")[0].mod == "MID");
}

TEST_CASE("English relative expressions", "[dates][en]") {
  expect_one("Last month the talks began.", "Last month", "relative", "2023-06");
  expect_one("He left three days ago.", "three days ago", "relative", "2023-07-28");
  expect_one("He left 2 years ago.", "2 years ago", "relative", "2021");
  expect_one("The deal may come next year.", "next year", "relative", "2024");
  expect_one("We spoke yesterday.", "yesterday", "relative", "2023-07-30");
  expect_one("Last March the army withdrew.", "Last March", "relative", "2023-03");
  expect_one("Last March the army withdrew.", "Last March", "relative", "2022-03", "2023-02-01");
  expect_one("It happened last week.", "last week", "relative", "2023-W30");
}

TEST_CASE("English ranges, decades, centuries, durations", "[dates][en]") {
  expect_one("The forum runs from 1 to 3 March.", "from 1 to 3 March", "range", "2023-03-01/2023-03-03");
  expect_one("The forum ran 1–3 March 2022.", "1–3 March 2022", "range", "2022-03-01/2022-03-03");
  expect_one("The war of 2019–2021 ended.", "2019–2021", "range", "2019/2021");
  expect_one("Prices were lower in the 1990s.", "the 1990s", "decade", "199X");
  expect_one("It shaped the 20th century deeply.", "the 20th century", "century", "19");
  expect_one("The siege lasted for nine months.", "nine months", "duration", "P9M");
  expect_one("They ruled for 70 years.", "70 years", "duration", "P70Y");
}

TEST_CASE("English quantities are not dates", "[dates][en][negative]") {
  expect_none("The border is 1,180km long.");
  expect_none("Resolution 419 was adopted.");
  expect_none("Turnout reached 15%.");
  expect_none("Call +1 202 555 0143 or 555-2014.");
  expect_none("2. The second point is clear.");
  expect_none("as noted before.[12]");
  expect_none("About 2000 soldiers and 300 tanks.");
  expect_none("It may rain and it may not.");
  expect_none("Track 1.5 diplomacy continues.");

  expect_none("It costs $2014 in total.");
  expect_none("The road is 2014 km long.");
}

TEST_CASE("Weekdays resolve to the nearest such day", "[dates]") {
  expect_one("The report was released on Friday.", "Friday", "relative", "2023-07-28");
  expect_one("They meet again on Wednesday.", "Wednesday", "relative", "2023-08-02");
  expect_one("Last Monday the vote failed.", "Last Monday", "relative", "2023-07-24");
  expect_one("Доклад опубликовали в пятницу.", "пятницу", "relative", "2023-07-28");
  expect_one("Доповідь оприлюднили в п'ятницю.", "п'ятницю", "relative", "2023-07-28");
  expect_one("El informe se publicó el viernes.", "viernes", "relative", "2023-07-28");
  expect_one("보고서는 금요일에 나왔다.", "금요일", "relative", "2023-07-28");
}
