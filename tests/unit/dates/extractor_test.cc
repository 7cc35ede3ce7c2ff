// The extractor's contract: offsets cut exactly the surface, the reference date is reported
// with its source, bad references are errors, and no input makes it fail.
#include "support/date_checks.h"

using loupe::dates::test::extractor;
using loupe::dates::test::find_dates;

TEST_CASE("Byte offsets cut the surface in mixed scripts", "[dates]") {
  const std::string text =
      "😀 Сергей, 지난 4월 — 15 листопада 2022 року; 31 de julio de 2023 ✓ July 27, 2023.";
  auto r = extractor().extract(text, "2023-07-31");
  REQUIRE(r.ok());
  std::vector<std::string> surfaces;
  for (const auto& m : r.value().mentions)
    surfaces.push_back(text.substr(m.bytes.begin_byte, m.bytes.size()));
  CHECK(surfaces == std::vector<std::string>{"지난 4월", "15 листопада 2022 року",
                                             "31 de julio de 2023", "July 27, 2023"});
}

TEST_CASE("A user reference wins over the document's", "[dates]") {
  const std::string text = "Kyiv, 31 July 2023.\n\nLast month the talks began.";
  auto doc = extractor().extract(text, "");
  REQUIRE(doc.ok());
  CHECK(doc.value().reference.source == "document");
  CHECK(doc.value().reference.date == "2023-07-31");
  CHECK(text.substr(doc.value().reference.bytes.begin_byte, doc.value().reference.bytes.size()) ==
        "31 July 2023");
  CHECK(doc.value().mentions.back().value == "2023-06");
  CHECK(doc.value().mentions.back().uses_reference);

  auto user = extractor().extract(text, "2020-01-15");
  REQUIRE(user.ok());
  CHECK(user.value().reference.source == "user");
  CHECK(user.value().mentions.back().value == "2019-12");
}

TEST_CASE("A signature date at the end of a short line is a reference", "[dates]") {
  std::string text(1500, ' ');
  text += "\n지난달 회담이 열렸다.\nKremlin, 2021. 12. 7.\n";
  auto r = extractor().extract(text, "");
  REQUIRE(r.ok());
  CHECK(r.value().reference.source == "document");
  CHECK(r.value().reference.date == "2021-12-07");
  CHECK(r.value().mentions[0].value == "2021-11");
}

TEST_CASE("Without a reference, relative values stay unresolved", "[dates]") {
  auto r = extractor().extract("지난해 경제가 나빠졌다. Three days ago.", "");
  REQUIRE(r.ok());
  CHECK(r.value().reference.source == "none");
  REQUIRE(r.value().mentions.size() == 2);
  CHECK(r.value().mentions[0].value == "REF-1Y");
  CHECK_FALSE(r.value().mentions[0].uses_reference);
  CHECK(r.value().mentions[1].value == "REF-3D");
}

TEST_CASE("Malformed reference dates are errors", "[dates]") {
  for (const char* bad : {"2023-02-30", "2023-7-31", "yesterday", "2023-13-01"}) {
    auto r = extractor().extract("31 July 2023", bad);
    CHECK_FALSE(r.ok());
    CHECK(r.status().code() == loupe::core::StatusCode::kInvalidArgument);
  }
}

TEST_CASE("Impossible days are not dates", "[dates]") {
  // "February 2023" alone is still a month; no day may come out.
  for (const auto& f : find_dates("31 February 2023 and 2023-02-29 and 30 лютого"))
    CHECK(f.kind != "date");
  CHECK(find_dates("29 February 2024")[0].value == "2024-02-29");
}

TEST_CASE("Week, month and year arithmetic across boundaries", "[dates]") {
  CHECK(find_dates("last month", "2023-01-15")[0].value == "2022-12");
  CHECK(find_dates("three days ago", "2024-03-01")[0].value == "2024-02-27");
  CHECK(find_dates("last week", "2021-01-06")[0].value == "2020-W53");
  CHECK(find_dates("next year", "2023-12-31")[0].value == "2024");
}

TEST_CASE("Odd input never breaks the extractor", "[dates]") {
  const std::string inputs[] = {
      "",       "\xff\xfe 2022년", std::string("2022\0-11-15", 11), "((((((",  "2022년 11월 15",
      "-2022-", "31 July",         std::string(10000, '9'),         "'''22년", "9월\xe2\x82"};
  for (const auto& in : inputs) {
    auto r = extractor().extract(in, "");
    REQUIRE(r.ok());
    for (const auto& m : r.value().mentions) CHECK(m.bytes.end_byte <= in.size());
  }
}

TEST_CASE("Random mixes of date pieces keep offsets valid and ordered", "[dates]") {
  const char* pieces[] = {"2022", "년",    "11",     "월",   "15",   "일",       " ",   "\n",
                          "\n\n", ".",     "-",      "~",    "(",    ")",        "'",   "July",
                          "de",   "julio", "ноября", "року", "지난", "전",       "에",  "XX",
                          "века", "s",     "the",    "from", "to",   "3",        "ago", "days",
                          "%",    "km",    ",",      "\xff", "😀",    "сьогодні", "말"};
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + next() % 40;
    for (int k = 0; k < n; ++k) text += pieces[next() % (sizeof pieces / sizeof *pieces)];
    auto r = extractor().extract(text, round % 2 ? "2023-07-31" : "");
    REQUIRE(r.ok());
    std::size_t previous_end = 0;
    for (const auto& m : r.value().mentions) {
      REQUIRE(m.bytes.begin_byte >= previous_end);
      REQUIRE(m.bytes.begin_byte < m.bytes.end_byte);
      REQUIRE(m.bytes.end_byte <= text.size());
      CHECK_FALSE(m.value.empty());
      previous_end = m.bytes.end_byte;
    }
  }
}

TEST_CASE("Long runs without spaces are cut once, and mentions inside them keep offsets",
          "[dates]") {
  // A run of Hangul syllables that are all date words or numerals (the worst case for the
  // Korean word cutter), and a long line of dates and numbers: work is bounded per window.
  std::string hangul;
  const char* syllables[] = {"년", "월", "일", "시", "분", "이", "삼", "오", "지난", "다음"};
  for (int i = 0; i < 40000; ++i) hangul += syllables[(i * 7) % 10];
  auto r = extractor().extract(hangul, "2023-07-31");
  REQUIRE(r.ok());
  for (const auto& m : r.value().mentions) CHECK(m.bytes.end_byte <= hangul.size());
  std::string line;
  for (int i = 0; i < 20000; ++i)
    line += (i % 3 == 0) ? "2022-11-15 " : (i % 3 == 1) ? "3 - " : "May ";
  auto l = extractor().extract(line, "2023-07-31");
  REQUIRE(l.ok());
  CHECK(l.value().mentions.size() >= 6000);
  const std::string text = "회의는 2022년11월15일오후3시에열렸다";
  auto k = extractor().extract(text, "2023-07-31");
  REQUIRE(k.ok());
  REQUIRE(k.value().mentions.size() == 1);
  const auto& m = k.value().mentions[0];
  CHECK(text.substr(m.bytes.begin_byte, m.bytes.size()) == "2022년11월15일오후3시");
  CHECK(m.value == "2022-11-15T15:00");
}
