#include "analysis/analyzer.h"

#include "support/analysis_tokens.h"

using namespace loupe::analysis;
using namespace loupe::analysis::test;
using loupe::core::Language;

namespace {
Strings analyzed(AnalyzerRegistry& r, Language lang, std::string_view text) {
  auto tokens = tokenize(text);
  FilterContext ctx{text, nullptr};
  r.get(lang).apply(ctx, tokens);
  return terms(tokens);
}
}  // namespace

TEST_CASE("Analyzer chains per language", "[analysis]") {
  AnalyzerRegistry r;
  CHECK(analyzed(r, Language::kEn, "Secret Negotiations with the U.S. café") ==
        Strings{"secret", "negoti", "with", "the", "u.s", "cafe"});
  CHECK(analyzed(r, Language::kEs, "Negociaciones secretas con EE. UU.") ==
        Strings{"negoci", "secret", "con", "ee", "uu"});
  CHECK(analyzed(r, Language::kRu, "Переговоры с Россией шли") ==
        Strings{"переговор", "с", "росс", "шли"});
  CHECK(analyzed(r, Language::kUk, "Переговори з Україною") == Strings{"переговор", "з", "україн"});
  // 말했다 is 말 + 했다 (말하다, "to say").
  CHECK(analyzed(r, Language::kKo, "라브로프가 NBC 뉴스에 말했다") ==
        Strings{"라브로프", "nbc", "뉴스", "말"});
  CHECK(analyzed(r, Language::kOther, "Straße Café 미국과") == Strings{"strasse", "cafe", "미국"});
}

TEST_CASE("Korean words are separated whatever the paragraph language", "[analysis]") {
  AnalyzerRegistry r;
  CHECK(analyzed(r, Language::kEn, "Lavrov 라브로프가 talks") ==
        Strings{"lavrov", "라브로프", "talk"});
}

TEST_CASE("A Latin word reads the same in every chain without a Latin stemmer", "[analysis]") {
  // A query word matches a passage only as the passage's chain reads it (query/term_expander.h):
  // a Russian or Ukrainian page's English words must fold as a Korean or unknown one's do.
  AnalyzerRegistry r;
  const std::string_view text = "PERMISSIONS sockets Événements status";
  const Strings other = analyzed(r, Language::kOther, text);
  CHECK(other == Strings{"permission", "socket", "evenement", "status"});
  for (Language lang : {Language::kKo, Language::kRu, Language::kUk})
    CHECK(analyzed(r, lang, text) == other);
  CHECK(analyzed(r, Language::kRu, "сокеты") == Strings{"сокет"});  // the stemmer still runs
}

TEST_CASE("Korean particle separation sets stem_bytes and the flag, not bytes", "[analysis]") {
  AnalyzerRegistry r;
  std::string text = "러시아의 협상을";
  auto tokens = tokenize(text);
  FilterContext ctx{text, nullptr};
  r.get(Language::kKo).apply(ctx, tokens);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].bytes == loupe::core::ByteRange{0, 12});
  CHECK(tokens[0].stem_bytes == loupe::core::ByteRange{0, 9});
  CHECK(tokens[1].bytes == loupe::core::ByteRange{13, 22});
  CHECK(tokens[1].stem_bytes == loupe::core::ByteRange{13, 19});
  CHECK((tokens[1].flags & kTokenStripped) != 0);
  CHECK(tokens[1].term == "협상");
}

TEST_CASE("make_analyzer_for_code covers other Snowball languages", "[analysis]") {
  auto de = make_analyzer_for_code("de");
  REQUIRE(de.ok());
  std::string text = "Verhandlungen Straße";
  auto tokens = tokenize(text);
  FilterContext ctx{text, nullptr};
  de.value()->apply(ctx, tokens);
  CHECK(terms(tokens) == Strings{"verhandl", "strass"});
  CHECK(make_analyzer_for_code("zz").ok());  // unknown: the neutral chain
}
