// Memory of the mention finder on lines packed with dates: every mention may keep other
// readings of its words (FoundItem::others) for the resolver to fall back on, and a long run of
// dates builds hundreds of derivations of one reading per span. What is kept must stay a small
// constant per mention, so that memory grows linearly with the text.
#include <catch2/catch.hpp>
#include <cstddef>
#include <string>

#include "extract/dates/mention_finder.h"
#include "support/date_checks.h"

namespace {

using loupe::dates::FoundItem;
using loupe::dates::MentionFinder;

std::string repeated(const std::string& unit, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}

struct Kept {
  std::size_t mentions = 0, readings = 0, most = 0;  // readings: the items and their others
};

Kept kept(const MentionFinder& finder, const std::string& text) {
  Kept k;
  for (const FoundItem& f : finder.find(text)) {
    ++k.mentions;
    k.readings += 1 + f.others.size();
    if (f.others.size() > k.most) k.most = f.others.size();
  }
  return k;
}

}  // namespace

TEST_CASE("A line packed with dates keeps a few readings per mention", "[dates]") {
  const MentionFinder finder;
  for (const std::string unit :
       {"on 2023-07-31 at 3 pm ", "May 2, 2023 at 3:30 p.m., 14.10.2018 15:00, tomorrow at 9; ",
        "с 14 по 15 октября 2018 года в 10:30, 2023년 7월 31일 오후 3시 "}) {
    CAPTURE(unit);
    const Kept small = kept(finder, repeated(unit, 500));
    const Kept big = kept(finder, repeated(unit, 1000));
    REQUIRE(small.mentions >= 50);  // windows are cut at 48 tokens: a few units per mention
    // Twice the text: twice the mentions and twice the readings kept, give or take the edges.
    CHECK(big.mentions >= 2 * small.mentions - 2);
    CHECK(big.mentions <= 2 * small.mentions + 2);
    CHECK(big.readings <= 2 * small.readings + 16);
    // A small constant per mention (before the bound: over a thousand copies for one mention).
    CHECK(big.most <= 8);
    CHECK(big.readings <= 3 * big.mentions);
  }
}

TEST_CASE("Packed dates are all found with their values", "[dates]") {
  const std::string text = repeated("on 2023-07-31 at 3 pm ", 300);
  const auto found = loupe::dates::test::find_dates(text);
  REQUIRE(found.size() >= 50);
  for (const auto& f : found) CHECK(f.value == "2023-07-31T15:00");
}
