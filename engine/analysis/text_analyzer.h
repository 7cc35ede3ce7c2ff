// TextAnalyzer: normalized text in, AnalyzedText out (paragraphs with language, sentences,
// tokens with terms and positions). The steps:
//   1. paragraphs: segment::segment_paragraphs (blank lines);
//   2. language of each paragraph: langid::identify_language, unless the caller fixes it; a
//      weak guess takes the document's language for its script (document_language.h);
//   3. sentences of each paragraph: segment::SentenceSegmenter;
//   4. tokens of each sentence: Tokenizer; then each word's parts ("socket.h" also gives
//      "socket", word_parts.h), at the word's position;
//   5. KoreanEvidence from every Hangul surface of the document (a stem seen with a particle
//      elsewhere in the document keeps its last syllable, e.g. 우크라이나 beside 우크라이나의);
//   6. each paragraph's tokens through its language's Analyzer (AnalyzerRegistry);
//   7. positions: one per word, counting through the whole document.
// Steps 4-7 can also run one paragraph at a time (begin/next_piece): a document's tokens
// cost ~70 bytes each, about 12 per byte of text, so the index and the analysis envelope take
// them paragraph by paragraph instead of holding them all.
// All ranges are bytes of the normalized text. Reuses one ICU word and one sentence iterator and
// one sb_stemmer per language across calls. Not thread-safe: one TextAnalyzer per thread.
// E.g. analyze("라브로프가 왔다.") -> 1 paragraph (ko), 1 sentence, tokens {라브로프, 왔다}.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"
#include "analysis/analyzer.h"
#include "analysis/korean_particles.h"
#include "analysis/tokenizer.h"
#include "core/status.h"
#include "segment/sentence_segmenter.h"

namespace loupe::analysis {

class TextAnalyzer {
 public:
  // Fails only when ICU's break rules are missing from the data package.
  static core::Result<std::unique_ptr<TextAnalyzer>> create();

  // Language identified per paragraph.
  AnalyzedText analyze(std::string normalized_text);
  // Every paragraph analyzed as `lang` (known-language input, tests).
  AnalyzedText analyze(std::string normalized_text, core::Language lang);

  // The same analysis in two steps. begin(): paragraphs, languages and sentences into `out`
  // (whose text is set: out.text must not change until the last next_piece), tokens left
  // empty, the Korean evidence in `state`. next_piece(): the next tokens in text order (what
  // analyze() gives, positions counting on through the document) and the index of their
  // paragraph: a paragraph's tokens, or for a long paragraph the tokens of its next whole
  // sentences (at least kPieceTokens; the pieces of one paragraph come one after the other);
  // false after the last. A sentence over kLongSentence bytes (lines without a full stop) is
  // tokenized in pieces that end where words always break (segment::piece_end).
  // Step 4 runs twice for paragraphs holding Hangul (once for the evidence).
  // 16,384 tokens: ~1.2 MB of AnalyzedTokens (72 bytes each) held at once, whatever the text.
  static constexpr std::size_t kPieceTokens = 1 << 14;
  static constexpr std::size_t kLongSentence = 1 << 16;
  struct Pending {
    KoreanEvidence evidence;              // views out.text
    const char* evidence_text = nullptr;  // out.text.data() when the evidence was collected
    std::uint32_t paragraph = 0, sentence = 0, position = 0;
    std::size_t resume = 0;  // where to go on inside a long sentence (0: at its start)
  };
  void begin(AnalyzedText& out, Pending& state);
  bool next_piece(const AnalyzedText& a, Pending& state, std::vector<AnalyzedToken>& tokens,
                  std::uint32_t& paragraph);

  // Terms of a short text (a query) in a given language, without document evidence:
  // the same chain the document went through, so query and index terms agree.
  // hangul_whole: every Hangul word counts as evidenced (rule 6 of korean_particles.h), so none
  // loses a particle-like last syllable: "정상회의" stays whole instead of "정상회" + 의. A
  // document that also writes "정상회의는" indexed the whole word, one that does not indexed
  // "정상회": a query needs both readings (search/query_readings.cc asks for each).
  // with_parts: add word parts as documents get them (snippets highlight a part that matched);
  // a query word is matched whole, so queries leave them out.
  std::vector<AnalyzedToken> analyze_terms(std::string_view text, core::Language lang,
                                           bool hangul_whole = false, bool with_parts = false);

 private:
  TextAnalyzer(std::unique_ptr<Tokenizer> tokenizer,
               std::unique_ptr<segment::SentenceSegmenter> sentences)
      : tokenizer_(std::move(tokenizer)), sentences_(std::move(sentences)) {}
  AnalyzedText run(std::string text, std::optional<core::Language> fixed);
  void structure(AnalyzedText& out, std::optional<core::Language> fixed);
  void collect_evidence(const AnalyzedText& a, Pending& state);
  // Step 4: tokens of paragraph k's sentences from `sentence` (at byte `resume` of it) on,
  // until the paragraph ends or there are `max_tokens`, with their word parts. True when the
  // paragraph has ended.
  bool paragraph_tokens(const AnalyzedText& a, std::uint32_t k, std::uint32_t& sentence,
                        std::size_t& resume, std::vector<AnalyzedToken>& tokens,
                        std::size_t max_tokens);
  // Interleaves each word's parts (word_parts.h) after it.
  void add_parts(std::string_view text, std::vector<AnalyzedToken>& tokens);

  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<segment::SentenceSegmenter> sentences_;
  AnalyzerRegistry registry_;
  std::vector<AnalyzedToken> parts_scratch_;
};

// Convenience over a per-thread TextAnalyzer. If ICU's break rules are missing (a broken data
// package), returns the text with paragraphs and no sentences or tokens rather than failing.
AnalyzedText analyze_text(std::string normalized_text);

}  // namespace loupe::analysis
