#include "analysis/snowball_stem_filter.h"

#include "analysis/case_fold_filter.h"
#include "support/analysis_tokens.h"

using namespace loupe::analysis;
using namespace loupe::analysis::test;

namespace {
Strings stemmed(std::string_view code, std::string_view text) {
  auto f = SnowballStemFilter::create(code);
  REQUIRE(f.ok());
  CaseFoldFilter fold;
  auto tokens = tokenize(text);
  FilterContext ctx{text, nullptr};
  fold.apply(ctx, tokens);
  f.value()->apply(ctx, tokens);
  return terms(tokens);
}
}  // namespace

TEST_CASE("SnowballStemFilter stems English", "[analysis]") {
  CHECK(stemmed("en", "negotiations negotiated negotiating") ==
        Strings{"negoti", "negoti", "negoti"});
  CHECK(stemmed("en", "The diplomats talks") == Strings{"the", "diplomat", "talk"});
}

TEST_CASE("SnowballStemFilter stems Spanish", "[analysis]") {
  CHECK(stemmed("es", "negociaciones negociación negociar") ==
        Strings{"negoci", "negoci", "negoci"});
}

TEST_CASE("SnowballStemFilter stems Russian (ё read as е)", "[analysis]") {
  CHECK(stemmed("ru", "переговоры переговорах переговоров") ==
        Strings{"переговор", "переговор", "переговор"});
  CHECK(stemmed("ru", "ёлка елка") == Strings{"елк", "елк"});
}

TEST_CASE("SnowballStemFilter leaves numbers, links and Hangul alone", "[analysis]") {
  CHECK(stemmed("en", "2022년 the running 2.28 me@ex.com 관리들") ==
        Strings{"2022년", "the", "run", "2.28", "me@ex.com", "관리들"});
}

TEST_CASE("snowball_algorithm table and unknown languages", "[analysis]") {
  CHECK(snowball_algorithm("en") == "english");
  CHECK(snowball_algorithm("de") == "german");
  CHECK(snowball_algorithm("uk").empty());
  CHECK(snowball_algorithm("ko").empty());
  CHECK_FALSE(SnowballStemFilter::create("uk").ok());
  CHECK(SnowballStemFilter::create("xx").status().code() ==
        loupe::core::StatusCode::kInvalidArgument);
  for (std::string_view code : {"fr", "de", "it", "pt", "nl", "sv", "fi", "tr", "el", "ar"}) {
    CHECK(SnowballStemFilter::create(code).ok());
  }
}
