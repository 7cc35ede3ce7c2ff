// punct_matches: a mark matches only a whole alternative of "a|b|c" (the search for it must not
// accept a piece of an alternative, a separator, or two alternatives joined).
#include <catch2/catch.hpp>

#include "extract/dates/grammar_leaves.h"

using loupe::dates::punct_matches;

TEST_CASE("punct_matches takes whole alternatives only", "[dates]") {
  CHECK(punct_matches("-|–|—", "-"));
  CHECK(punct_matches("-|–|—", "–"));
  CHECK(punct_matches("-|–|—", "—"));
  CHECK(punct_matches("/", "/"));
  CHECK(punct_matches("de|del|y", "del"));
  CHECK(punct_matches("del|de", "de"));       // a later alternative after a longer one holding it
  CHECK_FALSE(punct_matches("del|y", "de"));  // a piece of an alternative
  CHECK_FALSE(punct_matches("a|del", "el"));  // the end of one
  CHECK_FALSE(punct_matches("a|b", "a|b"));   // two alternatives joined
  CHECK_FALSE(punct_matches("a|b", "|"));     // the separator
  CHECK_FALSE(punct_matches("-|–", "—"));     // another dash, sharing a UTF-8 lead byte
  CHECK_FALSE(punct_matches("", "."));
  CHECK_FALSE(punct_matches(".", ""));
  CHECK(punct_matches("a||b", ""));  // an empty alternative matches an empty mark
}
