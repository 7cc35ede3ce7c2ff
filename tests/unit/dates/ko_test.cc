// Korean date forms, written for these tests (reference date 2023-07-31 unless stated).
#include "test_helpers.h"

using loupe::dates::test::expect_none;
using loupe::dates::test::expect_one;
using loupe::dates::test::find_dates;

TEST_CASE("Korean full dates", "[.pending][dates][ko]") {
  expect_one("성명은 2022년 11월 15일 발표되었다.", "2022년 11월 15일", "date", "2022-11-15");
  expect_one("회의는 2022년 11월 15일에 열렸다.", "2022년 11월 15일", "date", "2022-11-15");
  expect_one("크렘린, 2021. 12. 7.", "2021. 12. 7.", "date", "2021-12-07");
  expect_one("기고문(모스크바, 2012.2.27)을 보라.", "2012.2.27", "date", "2012-02-27");
  expect_one("공고일: 2023-07-31", "2023-07-31", "date", "2023-07-31");
  expect_one("2017년\n7월에 통과됐다.", "2017년\n7월", "month", "2017-07");
}

TEST_CASE("Korean partial dates", "[.pending][dates][ko]") {
  expect_one("4월 25일 정상회담이 열렸다.", "4월 25일", "date", "2023-04-25");
  expect_one("우리는 1991년 국경을 요구한다.", "1991년", "year", "1991");
  expect_one("2014년에는 병합이 있었다.", "2014년", "year", "2014");
  expect_one("9월에 병합했다.", "9월", "month", "2023-09");
  expect_one("그는 '22년 선거에서 이겼다.", "'22년", "year", "2022");
  expect_one("2000년 5월 푸틴이 집권했다.", "2000년 5월", "month", "2000-05");
}

TEST_CASE("Korean compact forms", "[.pending][dates][ko]") {
  expect_one("시기적으로 2.28 하노이 회담이 결렬된 뒤다.", "2.28", "date", "2023-02-28");
  expect_one("정상회담(4.25) 평가", "4.25", "date", "2023-04-25");
  expect_one("4·27 판문점 선언을 이행하라.", "4·27", "date", "2023-04-27");
  expect_none("1·2차 회담이 열렸다.");
  const auto f = find_dates("정상회담(4.25) 평가", "");
  REQUIRE(f.size() == 1);
  CHECK(f[0].as_written == "XXXX-04-25");
  CHECK(f[0].value == "XXXX-04-25");
}

TEST_CASE("Korean parts of months", "[.pending][dates][ko]") {
  expect_one("11월 말 비엔나에서 재개됐다.", "11월 말", "month", "2023-11");
  expect_one("9월 초 하르키우 반격", "9월 초", "month", "2023-09");
  expect_one("10월 중순에 제안했다.", "10월 중순", "month", "2023-10");
  CHECK(find_dates("11월 말 비엔나")[0].mod == "END");
  CHECK(find_dates("9월초 반격")[0].mod == "START");
}

TEST_CASE("Korean relative expressions", "[.pending][dates][ko]") {
  expect_one("라브로프는 지난 4월 뉴욕에서 만났다.", "지난 4월", "relative", "2023-04");
  expect_one("라브로프는 지난 4월 뉴욕에서 만났다.", "지난 4월", "relative", "2022-04", "2023-03-10");
  expect_one("올해 3월 발표한 테제", "올해 3월", "relative", "2023-03");
  expect_one("지난해 경제가 나빠졌다.", "지난해", "relative", "2022");
  expect_one("사흘 전 폭격이 있었다.", "사흘 전", "relative", "2023-07-28");
  expect_one("5년 전에 추방했다.", "5년 전", "relative", "2018");
  expect_one("어제 발표했다.", "어제", "relative", "2023-07-30");
  expect_one("지난 10월 중순 터키가 제안했다.", "지난 10월 중순", "relative", "2022-10");
  expect_one("올해 초 협상이 시작됐다.", "올해 초", "relative", "2023");
  expect_one("다음 달 회담이 열린다.", "다음 달", "relative", "2023-08");
  expect_one("지난 15일 회담이 열렸다.", "지난 15일", "relative", "2023-07-15");
  expect_one("지난 31일 회담이 열렸다.", "지난 31일", "relative", "2023-07-31", "2023-08-02");
  expect_none("다음 해에 그는 돌아왔다.");
}

TEST_CASE("Korean ranges, decades, centuries, durations", "[.pending][dates][ko]") {
  expect_one("3월 1~3일 회의가 열린다.", "3월 1~3일", "range", "2023-03-01/2023-03-03");
  expect_one("2019~2021년 조사", "2019~2021년", "range", "2019/2021");
  expect_one("1970년대 이후 최악의 물가", "1970년대", "decade", "197X");
  expect_one("20세기 초의 혁명", "20세기", "century", "19");
  expect_one("한반도에서 70년 동안 평화협정이 없었다.", "70년 동안", "duration", "P70Y");
  expect_one("3년간 협상했다.", "3년간", "duration", "P3Y");
  expect_one("지난 9개월 동안의 전쟁", "9개월 동안", "duration", "P9M");
  expect_one("지난 9개월 러시아군은 패배했다.", "9개월", "duration", "P9M");
  expect_one("방문은 8년 만에 이뤄졌다.", "8년 만", "duration", "P8Y");
}

TEST_CASE("Korean quantities are not dates", "[.pending][dates][ko][negative]") {
  expect_none("거리는 1,180km이다.");
  expect_none("법안 419건이 통과됐다.");
  expect_none("제2397호 결의");
  expect_none("6인이 회담에 대해 말했다.");
  expect_none("30만 명이 모였다.");
  expect_none("지지율은 15%였다.");
  expect_none("연락처 010-2022-1115로 전화하라.");
  expect_none("1. 혁명적 공산주의 동맹은 규탄한다.");
  expect_none("보도가 나오고 있다.[1]");
  expect_none("오늘날의 현실에서");
  expect_none("30주년이 되는 해");
  expect_none("지난 일을 잊지 말자.");
  expect_none("성장률은 2.5배 늘었다.");
}

