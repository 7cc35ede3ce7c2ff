#include "analysis/text_analyzer.h"

#include "support/analysis_tokens.h"

using namespace loupe::analysis;
using namespace loupe::analysis::test;
using loupe::core::Language;

namespace {

std::string slice(const AnalyzedText& a, loupe::core::ByteRange r) {
  return a.text.substr(r.begin_byte, r.size());
}

// The invariants every AnalyzedText must satisfy (also checked on the corpus).
void check_invariants(const AnalyzedText& a) {
  std::size_t s = 0;
  std::uint32_t last_position = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const AnalyzedToken& t = a.tokens[i];
    while (s < a.sentences.size() && a.sentences[s].bytes.end_byte <= t.bytes.begin_byte) ++s;
    REQUIRE(s < a.sentences.size());
    const Sentence& sen = a.sentences[s];
    CHECK(sen.bytes.begin_byte <= t.bytes.begin_byte);
    CHECK(t.bytes.end_byte <= sen.bytes.end_byte);
    const Paragraph& p = a.paragraphs[sen.paragraph];
    CHECK(p.bytes.begin_byte <= sen.bytes.begin_byte);
    CHECK(sen.bytes.end_byte <= p.bytes.end_byte);
    CHECK(t.bytes.begin_byte <= t.stem_bytes.begin_byte);
    CHECK(t.stem_bytes.end_byte <= t.bytes.end_byte);
    CHECK(t.stem_bytes.size() > 0);
    CHECK(!t.term.empty());
    if (i > 0) CHECK(t.position >= last_position);
    last_position = t.position;
  }
}

}  // namespace

TEST_CASE("analyze_text fills paragraphs, sentences, languages and tokens", "[analysis]") {
  std::string text =
      "러시아 외무장관은 지난 4월 뉴욕에서 미국 관리들을 만났다. 라브로프가 협상을 이끌었다.\n\n"
      "The negotiations with the U.S. continued in secret. Nobody confirmed them.\n\n"
      "Las negociaciones secretas con EE. UU. continuaron durante meses en Nueva York.\n\n"
      "Переговоры с американскими дипломатами продолжались несколько месяцев подряд.\n\n"
      "Переговори між Україною та Росією тривали кілька місяців, повідомляють джерела.";
  AnalyzedText a = analyze_text(text);
  check_invariants(a);
  REQUIRE(a.paragraphs.size() == 5);
  CHECK(a.paragraphs[0].lang == Language::kKo);
  CHECK(a.paragraphs[1].lang == Language::kEn);
  CHECK(a.paragraphs[2].lang == Language::kEs);
  CHECK(a.paragraphs[3].lang == Language::kRu);
  CHECK(a.paragraphs[4].lang == Language::kUk);
  CHECK(a.sentences.size() == 7);
  CHECK(slice(a, a.sentences[2].bytes) == "The negotiations with the U.S. continued in secret.");
  CHECK(a.sentences[2].paragraph == 1);
  REQUIRE(a.tokens.size() > 10);
  CHECK(a.tokens[0].term == "러시아");
  CHECK(a.tokens[1].term == "외무장관");
  CHECK(a.tokens[3].term == "4월");
  CHECK(a.tokens[4].term == "뉴욕");
  CHECK(a.tokens[6].term == "관리");
  CHECK(slice(a, a.tokens[6].bytes) == "관리들을");
  CHECK(slice(a, a.tokens[6].stem_bytes) == "관리");
  for (std::size_t i = 0; i < a.tokens.size(); ++i) CHECK(a.tokens[i].position == i);
  // Each language's stemmer ran on its own paragraph.
  auto has_term = [&](std::string_view term) {
    for (const auto& t : a.tokens) {
      if (t.term == term) return true;
    }
    return false;
  };
  CHECK(has_term("negoti"));     // English
  CHECK(has_term("negoci"));     // Spanish
  CHECK(has_term("переговор"));  // Russian and Ukrainian
  CHECK(has_term("україн"));     // Ukrainian light stemmer
}

TEST_CASE("TextAnalyzer uses document evidence for Korean stems", "[analysis]") {
  auto ta = TextAnalyzer::create();
  REQUIRE(ta.ok());
  // 타티아나 (a made-up name) alone would lose 나; the document shows it with 의 and 를.
  AnalyzedText a = ta.value()->analyze("타티아나의 발언. 타티아나를 만났다. 타티아나 본인이 왔다.",
                                       Language::kKo);
  check_invariants(a);
  std::vector<std::string> t = terms(a.tokens);
  CHECK(t[0] == "타티아나");
  CHECK(t[2] == "타티아나");
  CHECK(t[4] == "타티아나");
  // Without the document, the query side splits it (documented limit).
  auto q = ta.value()->analyze_terms("타티아나", Language::kKo);
  REQUIRE(q.size() == 1);
  CHECK(q[0].term == "타티아");
}

TEST_CASE("analyze_text on empty, blank and odd input", "[analysis]") {
  CHECK(analyze_text("").tokens.empty());
  AnalyzedText blank = analyze_text("\n\n  \n");
  CHECK(blank.paragraphs.empty());
  AnalyzedText odd = analyze_text(std::string("a\0b \xFF\xFE \xEA\xB0", 9));
  check_invariants(odd);
  CHECK(odd.text.size() == 9);
  std::string long_line(200000, 'x');
  AnalyzedText big = analyze_text(long_line);
  check_invariants(big);
  CHECK(big.tokens.size() == 1);
}

TEST_CASE("analyze_text on random input keeps every invariant", "[analysis]") {
  // Pieces chosen to hit every branch: particles, counters, links, abbreviations, accents,
  // Cyrillic, blank lines, invalid and truncated UTF-8, NUL.
  const std::vector<std::string> pieces = {"러시아의", "4",         "월",
                                           "들을",     "은",        " ",
                                           "\n",       "\n\n",      ". ",
                                           "U.S.",     "EE. ",      "http://",
                                           "a.b/c",    "@",         "x.org",
                                           "café",     "Україною",  "ёлка",
                                           "\xFF",     "\xEA\xB0",  std::string(1, '\0'),
                                           "다.",      "(",         ")",
                                           "1,180",    "km",        "\xE3\x80\x80",
                                           "ß",        "우크라이나"};
  std::uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  auto ta = TextAnalyzer::create();
  REQUIRE(ta.ok());
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const std::uint32_t n = next() % 40;
    for (std::uint32_t i = 0; i < n; ++i) text += pieces[(next() >> 8) % pieces.size()];
    INFO("round " << round);
    AnalyzedText a = ta.value()->analyze(text);
    CHECK(a.text == text);
    check_invariants(a);
  }
}

TEST_CASE("analyze_terms gives the document's terms for a query", "[analysis]") {
  auto ta = TextAnalyzer::create();
  REQUIRE(ta.ok());
  CHECK(terms(ta.value()->analyze_terms("Negotiations", Language::kEn)) == Strings{"negoti"});
  CHECK(terms(ta.value()->analyze_terms("라브로프와 러시아의", Language::kKo)) ==
        Strings{"라브로프", "러시아"});
}

TEST_CASE("TextAnalyzer pieces: evidence from later paragraphs, long paragraphs in pieces",
          "[analysis]") {
  auto made = TextAnalyzer::create();
  REQUIRE(made.ok());
  TextAnalyzer& ta = *made.value();
  // The evidence for 타티아나 is in the second paragraph; the first, given first, still uses it.
  AnalyzedText a;
  a.text = "타티아나 본인이 왔다.\n\n타티아나의 발언. 타티아나를 만났다.";
  TextAnalyzer::Pending state;
  ta.begin(a, state);
  CHECK(a.tokens.empty());
  REQUIRE(a.paragraphs.size() == 2);
  std::vector<AnalyzedToken> tokens;
  std::uint32_t paragraph = 9;
  REQUIRE(ta.next_piece(a, state, tokens, paragraph));
  CHECK(paragraph == 0);
  REQUIRE(!tokens.empty());
  CHECK(tokens[0].term == "타티아나");
  REQUIRE(ta.next_piece(a, state, tokens, paragraph));
  CHECK(paragraph == 1);
  CHECK(tokens[0].position == 3);  // counting on after 타티아나 본인이 왔다
  CHECK(!ta.next_piece(a, state, tokens, paragraph));

  // One paragraph of 12,000 sentences (72,000 words): more than one piece, whole sentences each,
  // positions one after the other, the same tokens as analyze().
  std::string text;
  for (int i = 0; i < 12000; ++i) text += "Lavrov met Haass in New York. ";
  AnalyzedText whole = ta.analyze(text);
  AnalyzedText b;
  b.text = text;
  ta.begin(b, state);
  std::vector<AnalyzedToken> all;
  std::vector<std::size_t> sizes;
  while (ta.next_piece(b, state, tokens, paragraph)) {
    CHECK(paragraph == 0);
    all.insert(all.end(), tokens.begin(), tokens.end());
    sizes.push_back(tokens.size());
  }
  // Pieces of whole 6-word sentences, the first that reach kPieceTokens (16,386 words), and the
  // rest: 5 pieces.
  const std::size_t piece = (TextAnalyzer::kPieceTokens + 5) / 6 * 6;
  REQUIRE(sizes.size() == (72000 + piece - 1) / piece);
  for (std::size_t k = 0; k + 1 < sizes.size(); ++k) {
    CHECK(sizes[k] >= TextAnalyzer::kPieceTokens);
    CHECK(sizes[k] % 6 == 0);  // whole sentences
  }
  REQUIRE(all.size() == 72000);
  REQUIRE(whole.tokens.size() == all.size());
  for (std::size_t i = 0; i < all.size(); i += 997) {
    CHECK(all[i].position == i);
    CHECK(all[i].term == whole.tokens[i].term);
    CHECK(all[i].bytes == whole.tokens[i].bytes);
  }
  CHECK(all.back().term == "york");
}
