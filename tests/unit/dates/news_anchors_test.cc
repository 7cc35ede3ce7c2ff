// What a third fresh sample of news prose showed (sentences written for these tests, none taken
// from any corpus): plans seen from the past, what is awaited, "to" alone, years that date a
// noun or a work, Korean titles, lengths, addresses, anaphora, and the values of intervals said
// without a reference.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

namespace {
constexpr std::string_view kFriday = "2023-07-28";
}

TEST_CASE("A plan seen from the past and what is awaited lie ahead", "[dates][en][news]") {
  expect_cases(
      {{"The minister was likely to fly home on Saturday.", "Saturday", "relative", "2023-07-29",
        "day"},
       {"Talks were due to resume on Tuesday, officials said.", "Tuesday", "relative", "2023-08-01",
        "day"},
       {"Shares slipped ahead of Monday's holiday.", "Monday's", "relative", "2023-07-31", "day"},
       {"Fans await Sunday's final in the capital.", "Sunday's", "relative", "2023-07-30", "day"}},
      kFriday);
  // Without such a cue a past clause still reads back.
  expect_cases(
      {{"Shares slipped on Monday.", "Monday", "relative", "2023-07-24", "day"},
       {"The minister was in Rome on Saturday.", "Saturday", "relative", "2023-07-22", "day"}},
      kFriday);
}

TEST_CASE("English 'to' alone opens no interval", "[dates][en][news]") {
  expect_cases({{"The plant was shut due to Labor Day.", "Labor Day", "date", "2022-09-05", "day"},
                {"The vote was moved to Friday.", "Friday", "relative", "2023-07-28", "day"}});
  // Ranges keep it.
  expect_cases({{"The fair runs from May 2 to May 5.", "from May 2 to May 5", "range",
                 "2024-05-02/2024-05-05", "day"}});
}

TEST_CASE("A year dates a noun after it or a work in brackets", "[dates][en][es][news]") {
  expect_cases({{"Its 1995 revenue rose by a tenth.", "1995", "year", "1995", "year"},
                {"The 1996 season ended early.", "1996", "year", "1996", "year"},
                {"Her novel \"Grey Rain\" (1971) made her name.", "1971", "year", "1971", "year"},
                {"Vimos \"La sombra\" (1988) en el cine.", "1988", "year", "1988", "year"}});
  expect_none("Some 2000 people marched through the town.");
  expect_none("The bill came to 1,950 (2,000 with tax).");
}

TEST_CASE("Korean titles open with their year", "[dates][ko][news]") {
  expect_cases({{"‘2019 서울 국제 도서전’이 열렸다.", "2019", "year", "2019", "year"},
                {"이 신발은 2017 S/S 시즌 제품이다.", "2017", "year", "2017", "year"}});
  expect_none("쌀 2019 가마를 실었다.");
}

TEST_CASE("Korean lengths, addresses and particles", "[dates][ko][news]") {
  expect_none("다리를 놓는 데 25년이 걸렸다.");
  expect_none("그 집에서 10년을 살았다.");
  expect_none("가게는 도산대로 45길 18-10에 있다.");
  expect_cases({{"우리는 오늘처럼만 뛰면 된다.", "오늘", "relative", "2023-07-31", "day"},
                {"선거는 '16년에 치러졌다.", "16년", "year", "2016", "year"}});
}

TEST_CASE("Korean 'the same day' counts from the date said before", "[dates][ko][news]") {
  const auto found = find_dates("그는 지난 3일 입국했고 같은 날 저녁 기자회견을 열었다.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2023-07-03");
  CHECK(found[1].surface == "같은 날 저녁");
  CHECK(found[1].value == "2023-07-03T18:00/2023-07-03T23:00");
}

TEST_CASE("'By' an end already past is 'until' it", "[dates][ko][en][news]") {
  expect_cases({{"이 라면은 2013년까지 10억 개가 팔린다.", "2013년까지", "range", "/2013", "year"},
                {"지금까지 세 명이 다쳤다.", "지금까지", "range", "/2023-07-31", "day"}});
  // An end ahead stays "from now until then".
  expect_cases(
      {{"공사는 2025년까지 끝난다.", "2025년까지", "range", "2023-07-31/2025-12-31", "day"}});
}

TEST_CASE("An interval without a reference says both ends as written", "[dates][ko][news]") {
  const auto months = find_dates("호텔은 지난 7∼8월에 직원을 뽑았다.", "");
  REQUIRE(months.size() == 1);
  CHECK(months[0].value == "XXXX-07/XXXX-08");
  CHECK_FALSE(months[0].uses_reference);
  const auto open = find_dates("올해 4월부터 요금이 오른다.", "");
  REQUIRE(open.size() == 1);
  CHECK(open[0].value == "XXXX-04/");
  const auto by_year = find_dates("이 라면은 2013년까지 10억 개가 팔린다.", "");
  REQUIRE(by_year.size() == 1);
  CHECK(by_year[0].value == "/2013");
}

TEST_CASE("Korean offsets in a past story count from its time", "[dates][ko][news][offset]") {
  for (std::string_view text : {"그는 1분 뒤 동점골을 넣었다.", "둘은 9년 뒤 다시 만났다."}) {
    for (const auto& f : find_dates(text)) {
      INFO(text << ": " << f.surface << " " << f.value);
      CHECK(f.kind == "duration");
    }
  }
  expect_cases({{"결과는 사흘 뒤 나온다.", "사흘 뒤", "relative", "2023-08-03", "day"}});
}

TEST_CASE("Days or months listed before one counter, decades before one word",
          "[dates][ko][ru][news]") {
  expect_cases(
      {{"행사는 지난 30, 31일 열렸다.", "30, 31일", "range", "2023-07-30/2023-07-31", "day"}},
      "2023-08-02");
  expect_cases(
      {{"공연은 지난해 6, 7월에 열렸다.", "지난해 6, 7월", "range", "2022-06/2022-07", "month"},
       {"그 노래는 60∼70년대에 유행했다.", "60∼70년대", "range", "196X/197X", "decade"},
       {"Это было в 60-70-е годы.", "60-70-е годы", "range", "196X/197X", "decade"}});
  // Not in a row: a list, whose last day alone takes the counter.
  expect_cases({{"비는 3, 8일에 왔다.", "8일", "date", "2023-07-08", "day"}});
}

TEST_CASE("Words of one language or of a thing are no dates in another", "[dates][ru][uk][news]") {
  expect_none("С ним заключен контракт сроком на один год.");
  expect_none("Компанія ПТ «Сокіл» уклала угоду з банком.");
  expect_none("Ціна на оливкову оливу та оливкову оліфу зросла.");
  expect_none("오일 가격이 크게 올랐다.");
  // "fall" of a thing is no autumn: the year alone stays.
  expect_cases({{"Before the 1989 fall of the regime, few travelled.", "Before the 1989", "range",
                 "/1989", "year"}});
  expect_cases(
      {{"Зустріч призначено о 5 год. ранку.", "5 год. ранку", "time", "2023-07-31T05:00", "hour"},
       {"Они встретились 9 апреля, 4-я партия была сыграна позже.", "9 апреля", "date",
        "2023-04-09", "day"},
       {"Пожежу Стрия бачили у 1868, а Бродів пізніше.", "1868", "year", "1868", "year"},
       {"Вона приїхала у вересні 1910, коли місто горіло.", "вересні 1910", "month", "1910-09",
        "month"},
       {"We met in the fall of 1989 in Berlin.", "fall of 1989", "range", "1989-09-23/1989-12-20",
        "day"}});
}

TEST_CASE("A bare month after a day in the same sentence goes on from it", "[dates][uk][en]") {
  const auto uk = find_dates("Це сталося 26 вересня 1648 року, а в жовтні військо рушило.");
  REQUIRE(uk.size() == 2);
  CHECK(uk[1].surface == "жовтні");
  CHECK(uk[1].value == "1648-10");
  const auto en = find_dates("He landed on 3 December 1995, and in March he sailed home.");
  REQUIRE(en.size() == 2);
  CHECK(en[1].value == "1996-03");
  // In the next sentence the month is read from the reference again.
  const auto next = find_dates("He landed on 3 December 1995. In March he sailed home.");
  REQUIRE(next.size() == 2);
  CHECK(next[1].value == "2023-03");
}

TEST_CASE("Four figures before a time zone are a clock", "[dates][en][news]") {
  expect_cases({{"Trading closed at 1350 GMT.", "1350 GMT", "time", "2023-07-31T13:50", "minute"},
                {"Shares rose to 2,555 lire by 1350 GMT.", "by 1350 GMT", "range",
                 "/2023-07-31T13:50", "minute"}});
  // Without a zone it stays a year.
  expect_cases({{"The abbey was built in 1350 of local stone.", "1350", "year", "1350", "year"}});
}
