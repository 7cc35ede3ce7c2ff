#include "support/analysis_tokens.h"

using namespace loupe::analysis;
using namespace loupe::analysis::test;

TEST_CASE("Tokenizer keeps numbers with Korean counters together", "[analysis]") {
  std::string text = "지난 4월 30만 명이 2022년에 6인이 모였다";
  auto tokens = tokenize(text);
  CHECK(surfaces(text, tokens) ==
        Strings{"지난", "4월", "30만", "명이", "2022년에", "6인이", "모였다"});
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[1].flags == (kTokenNumber | kTokenHangul));
  CHECK(tokens[1].bytes.begin_byte == 7);
  CHECK(tokens[1].bytes.end_byte == 11);
  CHECK(tokens[0].flags == kTokenHangul);
}

TEST_CASE("Tokenizer number decisions (documented in tokenizer.h)", "[analysis]") {
  std::string text = "It is 1,180km long, grew 2.28 and 15% in 3.5-4 days.";
  auto tokens = tokenize(text);
  CHECK(surfaces(text, tokens) == Strings{"It", "is", "1,180km", "long", "grew", "2.28", "and",
                                          "15", "in", "3.5", "4", "days"});
  CHECK((tokens[2].flags & kTokenNumber) != 0);
  CHECK((tokens[5].flags & kTokenNumber) != 0);
  CHECK((tokens[0].flags & kTokenCapitalized) != 0);
  CHECK((tokens[1].flags & kTokenCapitalized) == 0);
  // A space between number and Hangul keeps them apart.
  std::string ko = "30 만";
  CHECK(surfaces(ko, tokenize(ko)) == Strings{"30", "만"});
}

TEST_CASE("Tokenizer keeps URLs and e-mail addresses whole", "[analysis]") {
  std::string text =
      "See https://www.thecommunists.net/theory/a-b?x=1&y=2. Write to info@rcit.org, or "
      "www.rcit.net!";
  auto tokens = tokenize(text);
  CHECK(surfaces(text, tokens) == Strings{"See", "https://www.thecommunists.net/theory/a-b?x=1&y=2",
                                          "Write", "to", "info@rcit.org", "or", "www.rcit.net"});
  CHECK(tokens[1].flags == kTokenUrl);
  CHECK(tokens[4].flags == kTokenEmail);
  CHECK(tokens[6].flags == kTokenUrl);
  // Positions count through links and words alike.
  for (std::size_t i = 0; i < tokens.size(); ++i) CHECK(tokens[i].position == i);
}

TEST_CASE("Tokenizer: URL in parentheses and Korean around links", "[analysis]") {
  std::string text = "(자료: http://example.com/a_(b)) 문의는 kim.lee@example.co.kr로";
  auto tokens = tokenize(text);
  CHECK(surfaces(text, tokens) ==
        Strings{"자료", "http://example.com/a_(b)", "문의는", "kim.lee@example.co.kr", "로"});
}

TEST_CASE("Tokenizer in Spanish, Russian and Ukrainian keeps byte offsets", "[analysis]") {
  std::string es = "¿Negociación secreta? Sí.";
  CHECK(surfaces(es, tokenize(es)) == Strings{"Negociación", "secreta", "Sí"});
  std::string ru = "Лавров встретился с Хаассом.";
  auto ru_tokens = tokenize(ru);
  CHECK(surfaces(ru, ru_tokens) == Strings{"Лавров", "встретился", "с", "Хаассом"});
  CHECK(ru_tokens[0].bytes.end_byte == 12);
  std::string uk = "Україна та Росія";
  CHECK(surfaces(uk, tokenize(uk)) == Strings{"Україна", "та", "Росія"});
}

TEST_CASE("Tokenizer on a sub-range and on empty input", "[analysis]") {
  auto tok = Tokenizer::create();
  REQUIRE(tok.ok());
  std::string text = "one two three";
  std::vector<AnalyzedToken> out;
  tok.value()->tokenize(text, {4, 7}, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].term == "two");
  CHECK(out[0].bytes.begin_byte == 4);
  CHECK(out[0].stem_bytes == out[0].bytes);
  out.clear();
  tok.value()->tokenize(text, {0, 0}, out);
  tok.value()->tokenize(text, {5, 50}, out);
  CHECK(out.empty());
}
