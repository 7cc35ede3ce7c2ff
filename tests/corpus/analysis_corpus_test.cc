// analyze_text over every real document: structural invariants of AnalyzedText, Korean stems
// that the issue names as traps, and a printout of surface -> term pairs for a few Korean
// paragraphs so a person can read the particle separation by eye. The corpus files are raw PDF
// text for now (the normalizer will come in front of the analyzer later).
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>

#include "analysis/text_analyzer.h"
#include "support/corpus.h"

using loupe::analysis::AnalyzedText;
using loupe::analysis::AnalyzedToken;

namespace {

std::string_view slice(const AnalyzedText& a, loupe::core::ByteRange r) {
  return std::string_view(a.text).substr(r.begin_byte, r.size());
}

void check_structure(const AnalyzedText& a) {
  for (std::size_t i = 1; i < a.paragraphs.size(); ++i) {
    REQUIRE(a.paragraphs[i - 1].bytes.end_byte <= a.paragraphs[i].bytes.begin_byte);
  }
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const auto& s = a.sentences[i];
    REQUIRE(s.paragraph < a.paragraphs.size());
    const auto& p = a.paragraphs[s.paragraph].bytes;
    REQUIRE(p.begin_byte <= s.bytes.begin_byte);
    REQUIRE(s.bytes.end_byte <= p.end_byte);
    REQUIRE(s.bytes.size() > 0);
    if (i > 0) REQUIRE(a.sentences[i - 1].bytes.end_byte <= s.bytes.begin_byte);
  }
  std::size_t s = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const AnalyzedToken& t = a.tokens[i];
    while (s < a.sentences.size() && a.sentences[s].bytes.end_byte <= t.bytes.begin_byte) ++s;
    REQUIRE(s < a.sentences.size());
    const auto& sen = a.sentences[s].bytes;
    const auto& par = a.paragraphs[a.sentences[s].paragraph].bytes;
    REQUIRE(sen.begin_byte <= t.bytes.begin_byte);
    REQUIRE(t.bytes.end_byte <= sen.end_byte);
    REQUIRE(par.begin_byte <= t.bytes.begin_byte);
    REQUIRE(t.bytes.end_byte <= par.end_byte);
    REQUIRE(t.bytes.begin_byte <= t.stem_bytes.begin_byte);
    REQUIRE(t.stem_bytes.end_byte <= t.bytes.end_byte);
    REQUIRE(t.stem_bytes.size() > 0);
    REQUIRE_FALSE(t.term.empty());
    if (i > 0) REQUIRE(a.tokens[i - 1].position <= t.position);
    // A separated Korean stem is exactly its term (Hangul has no case to fold).
    if ((t.flags & loupe::analysis::kTokenStripped) &&
        !(t.flags & loupe::analysis::kTokenCapitalized)) {
      bool ascii_free = true;
      for (char c : slice(a, t.stem_bytes)) ascii_free &= static_cast<unsigned char>(c) >= 0x80;
      if (ascii_free) REQUIRE(slice(a, t.stem_bytes) == t.term);
    }
  }
}

// Prints "surface→term" for the tokens of one paragraph.
void print_paragraph(const AnalyzedText& a, std::size_t p) {
  const auto& pr = a.paragraphs[p].bytes;
  std::string line;
  for (const AnalyzedToken& t : a.tokens) {
    if (t.bytes.begin_byte < pr.begin_byte || t.bytes.end_byte > pr.end_byte) continue;
    line += std::string(slice(a, t.bytes));
    if (t.term != slice(a, t.bytes)) line += "→" + t.term;
    line += "  ";
  }
  std::printf("  [paragraph %zu, %s] %s\n", p,
              std::string(loupe::core::language_code(a.paragraphs[p].lang)).c_str(), line.c_str());
}

}  // namespace

TEST_CASE("analyze_text over the corpus keeps every range inside its sentence and paragraph",
          "[corpus]") {
  const auto files = loupe::test::corpus_files();
  REQUIRE_FALSE(files.empty());
  std::map<std::string, int> korean_terms;
  // Surfaces that start with a name the issue lists as a trap, and the term they got.
  std::size_t name_tokens = 0, name_kept = 0;
  // The examples of the issue and their expected terms, looked up wherever they occur.
  const std::map<std::string, std::string> expected = {
      {"라브로프가", "라브로프"}, {"러시아의", "러시아"},
      {"협상을", "협상"},         {"외무장관은", "외무장관"},
      {"미국과", "미국"},         {"뉴욕에서", "뉴욕"},
      {"관리들을", "관리"},       {"우크라이나", "우크라이나"},
      {"러시아", "러시아"},       {"4월", "4월"}};
  std::map<std::string, std::map<std::string, int>> seen;  // surface -> term -> count
  std::size_t hangul_tokens = 0, stripped = 0, bytes = 0;
  double seconds = 0;
  for (const auto& path : files) {
    std::string text = loupe::test::read_bytes(path);
    bytes += text.size();
    auto start = std::chrono::steady_clock::now();
    AnalyzedText a = loupe::analysis::analyze_text(text);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(path.filename().string());
    CHECK(a.text == text);
    CHECK(a.tokens.size() > 100);
    check_structure(a);
    std::size_t printed = 0;
    std::printf("%s: %zu paragraphs, %zu sentences, %zu tokens\n", path.filename().string().c_str(),
                a.paragraphs.size(), a.sentences.size(), a.tokens.size());
    for (std::size_t p = 0; p < a.paragraphs.size() && printed < 2; ++p) {
      if (a.paragraphs[p].lang == loupe::core::Language::kKo &&
          a.paragraphs[p].bytes.size() > 300) {
        print_paragraph(a, p);
        ++printed;
      }
    }
    for (const AnalyzedToken& t : a.tokens) {
      if (!(t.flags & loupe::analysis::kTokenHangul)) continue;
      ++hangul_tokens;
      if (t.flags & loupe::analysis::kTokenStripped) ++stripped;
      ++korean_terms[t.term];
      std::string_view surface = slice(a, t.bytes);
      if (expected.count(std::string(surface))) ++seen[std::string(surface)][t.term];
      for (std::string_view name : {"우크라이나", "러시아", "김정은"}) {
        if (surface.substr(0, name.size()) == name) {
          ++name_tokens;
          name_kept += t.term.compare(0, name.size(), name) == 0;
        }
      }
    }
  }
  std::printf("Korean tokens: %zu, particle/ending separated: %zu (%.0f%%)\n", hangul_tokens,
              stripped, hangul_tokens ? 100.0 * stripped / hangul_tokens : 0.0);
  std::printf("analyze_text throughput over the corpus: %.2f MB/s (%zu bytes, %.3f s)\n",
              bytes / 1e6 / seconds, bytes, seconds);
  for (const auto& [surface, terms] : seen) {
    for (const auto& [term, count] : terms) {
      std::printf("  %s -> %s  (x%d)\n", surface.c_str(), term.c_str(), count);
      CHECK(term == expected.at(surface));
    }
  }
  CHECK(seen.size() == expected.size());
  // Korean particles are frequent in running text: between a quarter and three quarters of
  // Hangul words carry one.
  CHECK(stripped * 4 > hangul_tokens);
  CHECK(stripped * 4 < hangul_tokens * 3);
  // The traps the issue names: names must not lose a syllable that is also a particle.
  // (The raw text also holds "러시" and "아" split by a line wrap; the normalizer joins those.)
  std::printf("tokens starting with 우크라이나/러시아/김정은: %zu, name kept in the term: %zu\n",
              name_tokens, name_kept);
  CHECK(name_tokens > 50);
  CHECK(name_kept == name_tokens);
  CHECK(korean_terms.count("우크라이") == 0);
  CHECK(korean_terms["우크라이나"] > 0);
  CHECK(korean_terms["러시아"] > 0);
  CHECK(korean_terms["라브로프"] > 0);
  CHECK(korean_terms.count("라브로프가") == 0);
}
