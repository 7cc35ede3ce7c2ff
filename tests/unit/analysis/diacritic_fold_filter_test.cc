#include "analysis/diacritic_fold_filter.h"

#include "support/analysis_tokens.h"

using namespace loupe::analysis;
using namespace loupe::analysis::test;

namespace {
std::string folded(std::string s) {
  DiacriticFoldFilter f;
  f.fold(s);
  return s;
}
}  // namespace

TEST_CASE("DiacriticFoldFilter folds Latin accents", "[analysis]") {
  CHECK(folded("café") == "cafe");
  CHECK(folded("negociación") == "negociacion");
  CHECK(folded("señor") == "senor");
  CHECK(folded("pröbsting") == "probsting");
  CHECK(folded("øresund") == "oresund");
  CHECK(folded("łódź") == "lodz");
  CHECK(folded("œuvre") == "oeuvre");
  CHECK(folded("ἀθῆναι") == "αθηναι");
  CHECK(folded("e\xCC\x81") == "e");  // a stray combining acute after a Latin letter
}

TEST_CASE("DiacriticFoldFilter folds only ё in Cyrillic", "[analysis]") {
  CHECK(folded("ёлка") == "елка");
  CHECK(folded("её") == "ее");
  CHECK(folded("йод") == "йод");
  CHECK(folded("їжак") == "їжак");
  CHECK(folded("європа") == "європа");
  CHECK(folded("ґанок") == "ґанок");
  CHECK(folded("ў") == "ў");
}

TEST_CASE("DiacriticFoldFilter never decomposes Hangul", "[analysis]") {
  CHECK(folded("라브로프") == "라브로프");
  CHECK(folded("한국café") == "한국cafe");
  CHECK(folded("") == "");
  CHECK(folded("plain ascii") == "plain ascii");
}

TEST_CASE("DiacriticFoldFilter keeps offsets", "[analysis]") {
  DiacriticFoldFilter f;
  std::string text = "Señor Pröbsting";
  auto tokens = tokenize(text);
  FilterContext ctx{text, nullptr};
  f.apply(ctx, tokens);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].term == "Senor");  // case is not this filter's job
  CHECK(tokens[1].bytes.begin_byte == 7);
  CHECK(tokens[1].bytes.end_byte == 17);
}
