// Korean date and time forms in running sentences written for these tests (news style);
// reference date 2023-07-31 (a Monday) unless stated.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

TEST_CASE("Korean full dates", "[dates][ko]") {
  expect_cases({
      {"성명은 2022년 11월 15일 발표되었다.", "2022년 11월 15일", "date", "2022-11-15", "day"},
      {"회의는 2022년 11월 15일에 열렸다.", "2022년 11월 15일", "date", "2022-11-15", "day"},
      {"크렘린, 2021. 12. 7.", "2021. 12. 7", "date", "2021-12-07", "day"},
      {"기고문(모스크바, 2012.2.27)을 보라.", "2012.2.27", "date", "2012-02-27", "day"},
      {"공고일: 2023-07-31", "2023-07-31", "date", "2023-07-31", "day"},
      {"이천십오년 삼월 삼일에 협정이 체결됐다.", "이천십오년 삼월 삼일", "date", "2015-03-03",
       "day"},
      {"1974/10/31 자료를 보면 알 수 있다.", "1974/10/31", "date", "1974-10-31", "day"},
  });
}

TEST_CASE("Korean partial dates", "[dates][ko]") {
  expect_cases({
      {"4월 25일 정상회담이 열렸다.", "4월 25일", "date", "2023-04-25", "day"},
      {"우리는 1991년 국경을 요구한다.", "1991년", "year", "1991", "year"},
      {"2014년에는 병합이 있었다.", "2014년", "year", "2014", "year"},
      {"9월에 병합했다.", "9월", "month", "2022-09", "month"},
      {"그는 '22년 선거에서 이겼다.", "22년", "year", "2022", "year"},
      {"시기적으로 2.28 하노이 회담이 결렬됐다.", "2.28", "date", "2023-02-28", "day"},
      {"4·27 판문점 선언을 이행했다.", "4·27", "date", "2023-04-27", "day"},
      {"3분기 실적이 나왔다.", "3분기", "month", "2023-Q3", "quarter"},
  });
}

TEST_CASE("Korean times of day", "[dates][ko]") {
  expect_cases({
      {"회담은 오늘 오후 8시 열린다.", "오늘 오후 8시", "time", "2023-07-31T20:00", "hour"},
      {"발표는 9월 20일 저녁 7시 30분이다.", "9월 20일 저녁 7시 30분", "time", "2023-09-20T19:30",
       "minute"},
      {"열차는 내일 오전 9시 출발한다.", "내일 오전 9시", "time", "2023-08-01T09:00", "hour"},
  });
}

TEST_CASE("Korean parts of months", "[dates][ko]") {
  expect_cases({
      {"11월 말 비엔나에서 재개됐다.", "11월 말", "range", "2022-11-21/2022-11-30", "day"},
      {"9월 초 하르키우 반격이 예정돼 있다.", "9월 초", "range", "2023-09-01/2023-09-10", "day"},
      {"10월 중순에 제안했다.", "10월 중순", "range", "2022-10-11/2022-10-20", "day"},
  });
  CHECK(find_dates("11월 말 비엔나")[0].mod == "END");
  CHECK(find_dates("9월초 반격")[0].mod == "START");
}

TEST_CASE("Korean relative expressions", "[dates][ko]") {
  expect_cases({
      {"라브로프는 지난 4월 뉴욕에서 만났다.", "지난 4월", "relative", "2023-04", "month"},
      {"올해 3월 발표한 테제", "올해 3월", "relative", "2023-03", "month"},
      {"지난해 경제가 나빠졌다.", "지난해", "relative", "2022", "year"},
      {"사흘 전 폭격이 있었다.", "사흘 전", "relative", "2023-07-28", "day"},
      {"5년 전에 추방했다.", "5년 전", "relative", "2018", "year"},
      {"어제 발표했다.", "어제", "relative", "2023-07-30", "day"},
      {"다음 달 회담이 열린다.", "다음 달", "relative", "2023-08", "month"},
      {"지난 15일 회담이 열렸다.", "지난 15일", "relative", "2023-07-15", "day"},
      {"지난주 화요일 회담이 열렸다.", "지난주 화요일", "relative", "2023-07-25", "day"},
      {"9년 뒤 다시 만난다.", "9년 뒤", "relative", "2032", "year"},
  });
  expect_cases(
      {{"라브로프는 지난 4월 뉴욕에서 만났다.", "지난 4월", "relative", "2022-04", "month"}},
      "2023-03-10");
  expect_cases({{"지난 31일 회담이 열렸다.", "지난 31일", "relative", "2023-07-31", "day"}},
               "2023-08-02");
}

TEST_CASE("Korean ranges, decades, centuries, durations", "[dates][ko]") {
  expect_cases({
      {"3월 1~3일 회의가 열렸다.", "3월 1~3일", "range", "2023-03-01/2023-03-03", "day"},
      {"6월 5일부터 9일까지 회의가 열렸다.", "6월 5일부터 9일까지", "range",
       "2023-06-05/2023-06-09", "day"},
      {"2019~2021년 조사", "2019~2021년", "range", "2019/2021", "year"},
      {"1970년대 이후 최악의 물가", "1970년대 이후", "range", "197X/", "decade"},
      {"20세기의 혁명", "20세기", "century", "19", "century"},
      {"한반도에서 70년 동안 평화협정이 없었다.", "70년 동안", "duration", "P70Y", "year"},
      {"3년간 협상했다.", "3년간", "duration", "P3Y", "year"},
      {"지난 9개월 동안의 전쟁", "지난 9개월 동안", "range", "2022-10/2023-06", "month"},
  });
}

TEST_CASE("Korean quantities are not dates", "[dates][ko][negative]") {
  expect_none("거리는 1,180km이다.");
  expect_none("법안 419건이 통과됐다.");
  expect_none("제2397호 결의");
  expect_none("6인이 회담에 대해 말했다.");
  expect_none("30만 명이 모였다.");
  expect_none("지지율은 15%였다.");
  expect_none("연락처 010-2022-1115로 전화하라.");
  expect_none("성장률은 2.5배 늘었다.");
  expect_none("1·2차 회담이 열렸다.");
  expect_none("다음 해에 그는 돌아왔다.");
}
