// English date and time forms in running sentences written for these tests (news and report
// style); reference date 2023-07-31 (a Monday) unless stated.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

TEST_CASE("English full dates", "[dates][en]") {
  expect_cases({
      {"By the editors, 31 July 2023, London.", "31 July 2023", "date", "2023-07-31", "day"},
      {"Published July 27, 2023 by the paper.", "July 27, 2023", "date", "2023-07-27", "day"},
      {"It was signed on the 3rd of March, 2022.", "3rd of March, 2022", "date", "2022-03-03",
       "day"},
      {"Filed on 2023-07-31 with the court.", "2023-07-31", "date", "2023-07-31", "day"},
      {"Due Sept. 5, 2021 at the latest.", "Sept. 5, 2021", "date", "2021-09-05", "day"},
      {"Form dated 07/31/2023 in the file.", "07/31/2023", "date", "2023-07-31", "day"},
      {"The memo of 3/3/15 was leaked.", "3/3/15", "date", "2015-03-03", "day"},
      {"The ceasefire began on Fri, Jul 18, officials said.", "Fri, Jul 18", "date", "2014-07-18",
       "day"},
      {"The vote was held on Wednesday, March 15, 2023.", "Wednesday, March 15, 2023", "date",
       "2023-03-15", "day"},
  });
}

TEST_CASE("English times of day and datetimes", "[dates][en]") {
  expect_cases({
      {"The blast was heard at 3:30 p.m. on May 2, 2023 near the port.", "3:30 p.m. on May 2, 2023",
       "time", "2023-05-02T15:30", "minute"},
      {"Filed 2023-07-31 at noon.", "2023-07-31 at noon", "time", "2023-07-31T12:00", "hour"},
      {"The minister will speak tomorrow at 9 am.", "tomorrow at 9 am", "time", "2023-08-01T09:00",
       "hour"},
      {"Polls close at 20:00 on Sunday, officials said.", "20:00 on Sunday", "time",
       "2023-07-30T20:00", "minute"},
      {"The session resumes at 11:45am on Thursday.", "11:45am on Thursday", "time",
       "2023-08-03T11:45", "minute"},
      {"Trading halted at a quarter past two in the afternoon on July 3.",
       "a quarter past two in the afternoon on July 3", "time", "2023-07-03T14:15", "minute"},
      {"The meeting ran from 9:30 to 11:00 on Thursday.", "from 9:30 to 11:00 on Thursday", "range",
       "2023-07-27T09:30/2023-07-27T11:00", "minute"},
  });
}

TEST_CASE("English partial dates", "[dates][en]") {
  expect_cases({
      {"The annexation happened in 2014.", "2014", "year", "2014", "year"},
      {"Prices rose in November 2022 again.", "November 2022", "month", "2022-11", "month"},
      {"They met on 8 July at the summit.", "8 July", "date", "2023-07-08", "day"},
      {"They met on July 8 at the summit.", "July 8", "date", "2023-07-08", "day"},
      {"The summit in July was short.", "July", "month", "2023-07", "month"},
      {"Sales peaked in May.", "May", "month", "2023-05", "month"},
      {"The deal expires in March.", "March", "month", "2024-03", "month"},
      {"Results for Q3 2022 were weak.", "Q3 2022", "month", "2022-Q3", "quarter"},
      {"Output fell in the fourth quarter of 2021.", "fourth quarter of 2021", "month", "2021-Q4",
       "quarter"},
  });
}

TEST_CASE("English parts of months and years", "[dates][en]") {
  expect_cases({
      {"Talks resumed in mid-October.", "mid-October", "range", "2022-10-11/2022-10-20", "day"},
      {"Talks resumed in early October 2022.", "early October 2022", "range",
       "2022-10-01/2022-10-10", "day"},
      {"Inflation cooled in late 2022.", "late 2022", "range", "2022-09/2022-12", "month"},
      {"The plant will close at the end of the month.", "the end of the month", "range",
       "2023-07-21/2023-07-31", "day"},
      {"Elections are due on the first Monday of October.", "first Monday of October", "date",
       "2023-10-02", "day"},
      {"Rents fell on the last day of May 2021.", "last day of May 2021", "date", "2021-05-31",
       "day"},
  });
  CHECK(find_dates("Talks resumed in mid-October.")[0].mod == "MID");
}

TEST_CASE("English relative expressions", "[dates][en]") {
  expect_cases({
      {"Last month the talks began.", "Last month", "relative", "2023-06", "month"},
      {"He left three days ago.", "three days ago", "relative", "2023-07-28", "day"},
      {"He left 2 years ago.", "2 years ago", "relative", "2021", "year"},
      {"The deal may come next year.", "next year", "relative", "2024", "year"},
      {"We spoke yesterday.", "yesterday", "relative", "2023-07-30", "day"},
      {"Last March the army withdrew.", "Last March", "relative", "2023-03", "month"},
      {"It happened last week.", "last week", "relative", "2023-W30", "week"},
      {"The court rules the day after tomorrow.", "the day after tomorrow", "relative",
       "2023-08-02", "day"},
      {"Results are due in two days.", "two days", "relative", "2023-08-02", "day"},
      {"The strike ends next Tuesday.", "next Tuesday", "relative", "2023-08-08", "day"},
      {"Talks resume on Tuesday next week.", "Tuesday next week", "relative", "2023-08-08", "day"},
      {"The fund grew in the last two weeks.", "last two weeks", "range", "2023-W29/2023-W30",
       "week"},
      {"The envoy arrives this weekend.", "this weekend", "range",
       "2023-08-04T18:00/2023-08-06T23:00", "hour"},
  });
}

TEST_CASE("English ranges, decades, centuries, durations", "[dates][en]") {
  expect_cases({
      {"The forum ran from 1 to 3 March.", "from 1 to 3 March", "range", "2023-03-01/2023-03-03",
       "day"},
      {"The forum ran 1–3 March 2022.", "1–3 March 2022", "range", "2022-03-01/2022-03-03", "day"},
      {"Flights stop April 10 to 20, the airline says.", "April 10 to 20", "range",
       "2024-04-10/2024-04-20", "day"},
      {"The war of 2019–2021 ended.", "2019–2021", "range", "2019/2021", "year"},
      {"Prices were lower in the 1990s.", "1990s", "decade", "199X", "decade"},
      {"It shaped the 20th century deeply.", "20th century", "century", "19", "century"},
      {"The siege lasted for nine months.", "nine months", "duration", "P9M", "month"},
      {"They ruled for 70 years.", "70 years", "duration", "P70Y", "year"},
      {"Exports have grown since 2014.", "since 2014", "range", "2014/", "year"},
      {"The ban lasts until March 2024.", "until March 2024", "range", "/2024-03", "month"},
  });
}

TEST_CASE("English holidays", "[dates][en]") {
  expect_cases({
      {"Shops closed on Christmas Day 2022.", "Christmas Day 2022", "date", "2022-12-25", "day"},
      {"Sales jumped on black friday 2017.", "black friday 2017", "date", "2017-11-24", "day"},
      {"Pilgrims gathered for Easter 2019.", "Easter 2019", "date", "2019-04-21", "day"},
      {"Orthodox Easter 2021 fell late.", "Orthodox Easter 2021", "date", "2021-05-02", "day"},
  });
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
  expect_none("Version 2.5.1 fixed the bug.");
  expect_none("The home side won 3-2 after extra time.");
  expect_none("See pages 12-15 of the report.");
  expect_none("Call 650-650-6500 for details.");
  expect_none("He sat at the back and said one thing.");
  expect_none("At a couple of sites the water rose.");
}

TEST_CASE("Weekdays follow the clause's tense", "[dates]") {
  expect_cases({
      {"The report was released on Friday.", "Friday", "relative", "2023-07-28", "day"},
      {"They meet again on Wednesday.", "Wednesday", "relative", "2023-08-02", "day"},
      {"Last Monday the vote failed.", "Last Monday", "relative", "2023-07-24", "day"},
  });
}
