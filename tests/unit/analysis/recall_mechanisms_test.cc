// Word parts (word_parts.h) and the document language of weakly identified paragraphs
// (document_language.h): the analysis side of the recall misses found on the man-page corpus.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analysis/document_language.h"
#include "analysis/latin_plural_filter.h"
#include "analysis/text_analyzer.h"

using namespace loupe::analysis;
using loupe::core::Language;

namespace {

TextAnalyzer& analyzer() {
  static auto a = TextAnalyzer::create();
  REQUIRE(a.ok());
  return *a.value();
}

struct Seen {
  std::string surface, term;
  std::uint32_t position;
  bool part;
};

std::vector<Seen> tokens_of(const AnalyzedText& a) {
  std::vector<Seen> out;
  for (const AnalyzedToken& t : a.tokens) {
    out.push_back({a.text.substr(t.bytes.begin_byte, t.bytes.size()), t.term, t.position,
                   (t.flags & kTokenPart) != 0});
  }
  return out;
}

bool has_term(const AnalyzedText& a, const std::string& term) {
  return std::any_of(a.tokens.begin(), a.tokens.end(),
                     [&](const AnalyzedToken& t) { return t.term == term; });
}

}  // namespace

TEST_CASE("word parts: identifiers, file names and elisions are also indexed by part",
          "[analysis][parts]") {
  const AnalyzedText a = analyzer().analyze(
      "The header sys/socket.h defines BPF_PROG_TYPE_SOCKET_FILTER for the kernel, and "
      "mycookie.allocated counts the bytes that the program allocated before it returned.",
      Language::kEn);
  const std::vector<Seen> seen = tokens_of(a);
  const auto find = [&](const std::string& surface) {
    return std::find_if(seen.begin(), seen.end(),
                        [&](const Seen& s) { return s.surface == surface; });
  };
  // The whole word stays, as written; each part follows it at its position, with its own bytes.
  const auto whole = find("socket.h");
  REQUIRE(whole != seen.end());
  CHECK_FALSE(whole->part);
  REQUIRE(whole + 1 != seen.end());
  CHECK((whole + 1)->surface == "socket");
  CHECK((whole + 1)->part);
  CHECK((whole + 1)->position == whole->position);
  CHECK((whole + 2)->surface == "defines");  // "h" is too short to be a part
  CHECK((whole + 2)->position == whole->position + 1);
  const auto bpf = find("BPF_PROG_TYPE_SOCKET_FILTER");
  REQUIRE(bpf != seen.end());
  std::vector<std::string> parts;
  for (auto it = bpf + 1; it != seen.end() && it->part; ++it) parts.push_back(it->term);
  CHECK(parts == std::vector<std::string>{"bpf", "prog", "type", "socket", "filter"});
  // Parts go through the paragraph's chain: "allocated" is stemmed like the word after it.
  const auto cookie = find("mycookie.allocated");
  REQUIRE(cookie != seen.end());
  CHECK((cookie + 2)->surface == "allocated");
  CHECK((cookie + 2)->term == "alloc");
  // Positions count words, not parts: the passage length (BM25) is unchanged by them.
  CHECK(a.tokens.back().position + 1 == 21);
}

TEST_CASE("word parts: numbers, URLs, e-mails and Hangul are not split; repeats are dropped",
          "[analysis][parts]") {
  const AnalyzedText a = analyzer().analyze(
      "Linux 2.6.24 and 1.5km from https://example.org/a_b.html or me@x.org; Putin’s visit and "
      "Putin's.",
      Language::kEn);
  for (const AnalyzedToken& t : a.tokens) {
    if (!(t.flags & kTokenPart)) continue;
    const std::string surface = a.text.substr(t.bytes.begin_byte, t.bytes.size());
    INFO(surface);
    CHECK(surface == "Putin");  // the only split: the curly apostrophe Snowball does not know
  }
  CHECK(has_term(a, "putin"));
  const AnalyzedText ko = analyzer().analyze("라브로프.가 왔다", Language::kKo);
  for (const AnalyzedToken& t : ko.tokens) CHECK_FALSE(t.flags & kTokenPart);
}

TEST_CASE("word parts: elisions in an unstemmed language", "[analysis][parts]") {
  const AnalyzedText a =
      analyzer().analyze("les tables d'allocation des blocs, @archivo", Language::kOther);
  CHECK(has_term(a, "d'allocation"));
  CHECK(has_term(a, "allocation"));
  CHECK_FALSE(has_term(a, "d"));
  CHECK(has_term(a, "archivo"));  // ICU keeps "@archivo" (an option file) as one word
}

TEST_CASE("document language: weak paragraphs take the document's language for their script",
          "[analysis][langid]") {
  const std::string text =
      "The opendir() function opens a directory stream corresponding to the directory name, and "
      "returns a pointer to the directory stream. The stream is positioned at the first entry.\n\n"
      "EACCES Permission denied.\n\n"
      "ENOENT Directory does not exist, or name is an empty string.\n\n"
      "Функция возвращает указатель на поток каталога.";
  const AnalyzedText a = analyzer().analyze(text);
  REQUIRE(a.paragraphs.size() == 4);
  CHECK(a.paragraphs[0].lang == Language::kEn);
  CHECK(a.paragraphs[1].lang_confidence < kConfidentLanguage);  // the guess itself stays weak
  CHECK(a.paragraphs[1].lang == Language::kEn);                 // ... but the chain is English
  CHECK(has_term(a, "permiss"));                                // "Permission", stemmed
  CHECK(a.paragraphs[3].lang == Language::kRu);                 // another script: its own guess
}

TEST_CASE("document language: confident paragraphs and languages the document writes stay",
          "[analysis][langid]") {
  std::vector<Paragraph> ps;
  const std::string text =
      std::string(300, 'a') + "\n\n" + std::string(200, 'b') + "\n\nLa línea\n\nxyz\n\n12345";
  std::size_t pos = 0;
  const auto add = [&](std::size_t len, Language lang, float confidence) {
    ps.push_back({{pos, pos + len}, lang, confidence});
    pos += len + 2;
  };
  add(300, Language::kEn, 0.9f);
  add(200, Language::kEs, 0.9f);
  add(std::string("La línea").size(), Language::kEs, 0.2f);  // weak, but Spanish is written here
  add(3, Language::kOther, 0.0f);                            // weak and unknown: English, the most
  add(5, Language::kOther, 0.0f);                            // no letters: no script, unchanged
  apply_document_language(text, ps);
  CHECK(ps[0].lang == Language::kEn);
  CHECK(ps[1].lang == Language::kEs);
  CHECK(ps[2].lang == Language::kEs);
  CHECK(ps[3].lang == Language::kEn);
  CHECK(ps[4].lang == Language::kOther);
  // Too little confident text (under 100 letters): nothing to go by.
  std::vector<Paragraph> few{{{0, 50}, Language::kEn, 0.9f}, {{52, 55}, Language::kOther, 0.0f}};
  apply_document_language(std::string(50, 'a') + "\n\nxyz", few);
  CHECK(few[1].lang == Language::kOther);
}

TEST_CASE("latin plural: the chains without a stemmer fold a final plural -s",
          "[analysis][plural]") {
  const auto folded = [](std::string t) {
    LatinPluralFilter::fold(t);
    return t;
  };
  CHECK(folded("sockets") == "socket");
  CHECK(folded("permissions") == "permission");
  CHECK(folded("événements") == "événement");
  CHECK(folded("process") == "process");
  CHECK(folded("status") == "status");
  CHECK(folded("analysis") == "analysis");
  CHECK(folded("bus") == "bus");      // too short
  CHECK(folded("x86s") == "x86s");    // not letters only
  CHECK(folded("ключи") == "ключи");  // not Latin
  // In a chain: a French paragraph's plural meets the query's singular, and Latin words in a
  // Korean paragraph too; a stemmed chain (English) is unchanged.
  const AnalyzedText fr =
      analyzer().analyze("les événements de permissions des sockets", Language::kOther);
  CHECK(has_term(fr, "evenement"));
  CHECK(has_term(fr, "permission"));
  const AnalyzedText ko = analyzer().analyze("소켓 sockets 목록", Language::kKo);
  CHECK(has_term(ko, "socket"));
}
