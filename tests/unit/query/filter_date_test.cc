#include "query/filter_date.h"

#include <catch2/catch.hpp>

using namespace loupe::query;

namespace {

DayRange range(const char* value) {
  INFO(value);
  const auto r = date_value_range(value);
  REQUIRE(r);
  return *r;
}

DayRange filter(const char* value) {
  DateFilterError e;
  const auto r = parse_date_filter(value, &e);
  INFO(value << " -> " << e.message);
  REQUIRE(r);
  return *r;
}

}  // namespace

TEST_CASE("date filter values are inclusive day ranges") {
  CHECK(filter("2022").lo == 20220101);
  CHECK(filter("2022").hi == 20221231);
  CHECK(filter("2022-2").lo == 20220201);
  CHECK(filter("2022-11..2023-07").lo == 20221101);
  CHECK(filter("2022-11..2023-07").hi == 20230731);
  CHECK(filter("..2021").lo == 0);
  CHECK(filter("..2021").hi == 20211231);
  CHECK(filter("2023..").hi == 99991231);
  CHECK(filter("2022-11-15..2022-11-15").lo == 20221115);
  DateFilterError e;
  CHECK_FALSE(parse_date_filter("2022-11-31", &e));
  CHECK(e.at == 8);
  CHECK_FALSE(parse_date_filter("2022..2021", &e));
  CHECK(e.at == 4);
  CHECK_FALSE(parse_date_filter("2022...2023", &e));  // the second bound is ".2023"
  CHECK(e.at == 6);
}

TEST_CASE("extractor values become the days they cover") {
  CHECK(range("2022-11-15").lo == 20221115);
  CHECK(range("2022-11-15").hi == 20221115);
  CHECK(range("2023-04").hi == 20230431);
  CHECK(range("2014").lo == 20140101);
  CHECK(range("197X").lo == 19700101);
  CHECK(range("197X").hi == 19791231);
  CHECK(range("19").lo == 19000101);  // the 20th century, TIMEX style
  CHECK(range("19").hi == 19991231);
  CHECK(range("2019/2021").lo == 20190101);
  CHECK(range("2019/2021").hi == 20211231);
  CHECK(range("2023-03-01/2023-03-03").hi == 20230303);
  CHECK(range("2023-W30").lo == 20230724);  // ISO week 30 of 2023: Monday 24 July
  CHECK(range("2023-W30").hi == 20230730);
  CHECK(range("2021-W01").lo == 20210104);
  CHECK(range("2020-W53").hi == 20210103);
  CHECK(range("2022-11-15T10:30").lo == 20221115);
  CHECK(range("2013-Q2").lo == 20130401);  // a quarter: its three months
  CHECK(range("2013-Q2").hi == 20130631);
  CHECK(range("2013-02-14T09:30/2013-02-14T11:00").hi == 20130214);
  CHECK(range("2014/").lo == 20140101);  // an open interval: the date it states
  CHECK(range("/2021").hi == 20211231);
  for (const char* none : {"P70Y", "XXXX-04", "REF-1Y", "", "2023-13", "2021/2019", "abcd",
                           "2023-W60", "/", "2013-Q5"}) {
    INFO(none);
    CHECK_FALSE(date_value_range(none));
  }
}
