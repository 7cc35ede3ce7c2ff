#include "analysis/ukrainian_stemmer.h"

#include "analysis/case_fold_filter.h"
#include "support/analysis_tokens.h"

using namespace loupe::analysis;
using namespace loupe::analysis::test;

namespace {
std::string stem(std::string s) {
  ukrainian_stem(s);
  return s;
}
}  // namespace

TEST_CASE("ukrainian_stem maps the forms of one lemma to one term", "[analysis]") {
  for (const char* w : {"україна", "україни", "україні", "україну", "україною"}) {
    CHECK(stem(w) == "україн");
  }
  for (const char* w : {"переговори", "переговорів", "переговорах", "переговорами"}) {
    CHECK(stem(w) == "переговор");
  }
  for (const char* w :
       {"український", "українського", "українському", "українських", "українська"}) {
    CHECK(stem(w) == "українськ");
  }
  for (const char* w : {"росія", "росії", "росію", "росією"}) CHECK(stem(w) == "росі");
  for (const char* w : {"війна", "війни", "війну", "війною"}) CHECK(stem(w) == "війн");
  CHECK(stem("рішення") == stem("рішенням"));
  for (const char* w : {"джерело", "джерела", "джерел", "джерелами"}) CHECK(stem(w) == "джерел");
  for (const char* w : {"тривали", "тривала", "тривати"}) CHECK(stem(w) == "трив");
}

TEST_CASE("ukrainian_stem keeps short stems and listed exceptions", "[analysis]") {
  CHECK(stem("сша") == "сша");  // 3 letters: no ending leaves a 3-letter stem
  CHECK(stem("миру") == "мир");
  CHECK(stem("київ") == "київ");  // no -в rule
  CHECK(stem("лавров") == "лавров");
  CHECK(stem("домовилися") == "домов");
  CHECK(stem("домовилася") == "домов");
  CHECK(stem("домовитися") == "домов");
  CHECK(stem("м'ясо") == "м'яс");
  CHECK(stem("nato") == "nato");  // not Cyrillic
  CHECK(stem("2023") == "2023");
  CHECK(stem("") == "");
}

TEST_CASE("UkrainianStemFilter in a sentence, after case folding", "[analysis]") {
  std::string text = "Україна та Росія ведуть переговори щодо України";
  auto tokens = tokenize(text);
  FilterContext ctx{text, nullptr};
  CaseFoldFilter fold;
  UkrainianStemFilter f;
  fold.apply(ctx, tokens);
  f.apply(ctx, tokens);
  CHECK(terms(tokens) == Strings{"україн", "та", "росі", "вед", "переговор", "щод", "україн"});
  CHECK(tokens[6].bytes.end_byte == text.size());
}
