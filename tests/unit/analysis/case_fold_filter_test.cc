#include "analysis/case_fold_filter.h"

#include "support/analysis_tokens.h"

using namespace loupe::analysis;
using namespace loupe::analysis::test;

TEST_CASE("CaseFoldFilter folds fully in every language", "[analysis]") {
  CaseFoldFilter f;
  CHECK(filtered_terms(f, "Die Straße NBC") == Strings{"die", "strasse", "nbc"});
  CHECK(filtered_terms(f, "Negociación EE UU") == Strings{"negociación", "ee", "uu"});
  CHECK(filtered_terms(f, "Лавров ВСТРЕТИЛСЯ Ёлка") == Strings{"лавров", "встретился", "ёлка"});
  CHECK(filtered_terms(f, "УКРАЇНА Їжак Ґанок") == Strings{"україна", "їжак", "ґанок"});
  CHECK(filtered_terms(f, "라브로프가 NBC방송") == Strings{"라브로프가", "nbc", "방송"});
  CHECK(filtered_terms(f, "ΣΟΦΊΑ") == Strings{"σοφία"});
}

TEST_CASE("CaseFoldFilter never changes offsets", "[analysis]") {
  CaseFoldFilter f;
  std::string text = "STRASSE Straße";
  auto tokens = tokenize(text);
  auto before = tokens;
  FilterContext ctx{text, nullptr};
  f.apply(ctx, tokens);
  REQUIRE(tokens.size() == before.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    CHECK(tokens[i].bytes == before[i].bytes);
    CHECK(tokens[i].stem_bytes == before[i].stem_bytes);
  }
  CHECK(tokens[0].term == tokens[1].term);  // both "strasse"
}

TEST_CASE("CaseFoldFilter::fold on edge strings", "[analysis]") {
  CaseFoldFilter f;
  std::string empty;
  f.fold(empty);
  CHECK(empty.empty());
  std::string mixed = "ABC가ÄÖ";
  f.fold(mixed);
  CHECK(mixed == "abc가äö");
  std::string bad =
      "A\xFF"
      "B";  // invalid byte: becomes U+FFFD, no crash
  f.fold(bad);
  CHECK(bad ==
        "a\xEF\xBF\xBD"
        "b");
}
