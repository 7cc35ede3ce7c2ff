#include "analysis/text_analyzer.h"

#include <algorithm>
#include <iterator>

#include "analysis/document_language.h"
#include "analysis/korean_particles.h"
#include "analysis/word_parts.h"
#include "core/utf8.h"
#include "langid/language_identifier.h"
#include "segment/paragraph_segmenter.h"
#include "segment/word_segmenter.h"

namespace loupe::analysis {

core::Result<std::unique_ptr<TextAnalyzer>> TextAnalyzer::create() {
  auto tokenizer = Tokenizer::create();
  if (!tokenizer.ok()) return tokenizer.status();
  auto sentences = segment::SentenceSegmenter::create();
  if (!sentences.ok()) return sentences.status();
  return std::unique_ptr<TextAnalyzer>(
      new TextAnalyzer(std::move(tokenizer.value()), std::move(sentences.value())));
}

AnalyzedText TextAnalyzer::analyze(std::string normalized_text) {
  return run(std::move(normalized_text), std::nullopt);
}

AnalyzedText TextAnalyzer::analyze(std::string normalized_text, core::Language lang) {
  return run(std::move(normalized_text), lang);
}

AnalyzedText TextAnalyzer::run(std::string text, std::optional<core::Language> fixed) {
  AnalyzedText out;
  out.text = std::move(text);
  structure(out, fixed);
  Pending state;
  collect_evidence(out, state);
  std::vector<AnalyzedToken> tokens;
  std::uint32_t k = 0;
  while (next_piece(out, state, tokens, k)) {
    if (out.tokens.empty()) out.tokens.reserve(out.text.size() / 6);  // ~6 bytes a token
    std::move(tokens.begin(), tokens.end(), std::back_inserter(out.tokens));
  }
  return out;
}

void TextAnalyzer::begin(AnalyzedText& out, Pending& state) {
  structure(out, std::nullopt);
  state = Pending();
  collect_evidence(out, state);
}

// Steps 1-3 and 2b: paragraphs, their language, sentences.
void TextAnalyzer::structure(AnalyzedText& out, std::optional<core::Language> fixed) {
  const std::string_view view = out.text;
  std::vector<langid::ScriptLetters> scripts;  // per paragraph, for step 2b
  for (core::ByteRange pr : segment::segment_paragraphs(view)) {
    Paragraph p;
    p.bytes = pr;
    if (fixed) {
      p.lang = *fixed;
      p.lang_confidence = 1;
    } else {
      langid::LanguageGuess guess =
          langid::identify_language(view.substr(pr.begin_byte, pr.size()));
      p.lang = guess.lang;
      p.lang_confidence = guess.confidence;
      scripts.push_back(guess.dominant);
    }
    const auto paragraph_index = static_cast<std::uint32_t>(out.paragraphs.size());
    out.paragraphs.push_back(p);
    for (core::ByteRange sr : sentences_->segment(view, pr)) {
      out.sentences.push_back({sr, paragraph_index});
    }
  }
  // Step 2b: weakly identified paragraphs take the document's language (document_language.h).
  if (!fixed) apply_document_language(out.paragraphs, scripts);
}

namespace {

bool has_hangul(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0xE1) {  // Hangul and jamo are 3-byte characters
      ++i;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(s, i);
    if (is_hangul(d.code_point)) return true;
    i += d.length;
  }
  return false;
}

}  // namespace

// Step 5: the Korean evidence, from the tokens of every paragraph that holds Hangul (the
// others have no Hangul token); they are dropped after each piece.
void TextAnalyzer::collect_evidence(const AnalyzedText& a, Pending& state) {
  const std::string_view view = a.text;
  state.evidence = KoreanEvidence();
  state.evidence_text = a.text.data();
  std::vector<AnalyzedToken> tokens;
  std::uint32_t sentence = 0;
  std::size_t resume = 0;
  for (std::uint32_t k = 0; k < a.paragraphs.size(); ++k) {
    const core::ByteRange pr = a.paragraphs[k].bytes;
    if (!has_hangul(view.substr(pr.begin_byte, pr.size()))) {
      while (sentence < a.sentences.size() && a.sentences[sentence].paragraph == k) ++sentence;
      continue;
    }
    for (bool ended = false; !ended;) {
      tokens.clear();
      ended = paragraph_tokens(a, k, sentence, resume, tokens, kPieceTokens);
      for (const AnalyzedToken& t : tokens) {
        if (t.flags & kTokenHangul)
          state.evidence.add(view.substr(t.bytes.begin_byte, t.bytes.size()));
      }
    }
  }
}

bool TextAnalyzer::paragraph_tokens(const AnalyzedText& a, std::uint32_t k, std::uint32_t& sentence,
                                    std::size_t& resume, std::vector<AnalyzedToken>& tokens,
                                    std::size_t max_tokens) {
  const auto in_paragraph = [&] {
    return sentence < a.sentences.size() && a.sentences[sentence].paragraph == k;
  };
  while (in_paragraph() && tokens.size() < max_tokens) {
    const core::ByteRange sr = a.sentences[sentence].bytes;
    const std::size_t from = std::max(sr.begin_byte, resume);
    std::size_t to = sr.end_byte;
    if (to - from > kLongSentence) {
      to = std::min(
          to, segment::piece_end(std::string_view(a.text).substr(0, to), from + kLongSentence));
    }
    tokenizer_->tokenize(a.text, {from, to}, tokens);
    if (to == sr.end_byte) {
      ++sentence, resume = 0;
    } else {
      resume = to;
    }
  }
  add_parts(a.text, tokens);
  return !in_paragraph();
}

// Steps 4, 6 and 7 for one paragraph, or the next sentences of a long one. Every filter reads
// one token at a time and a word's parts come from its sentence, so pieces give the tokens
// the whole paragraph would.
bool TextAnalyzer::next_piece(const AnalyzedText& a, Pending& state,
                              std::vector<AnalyzedToken>& tokens, std::uint32_t& paragraph) {
  if (state.paragraph >= a.paragraphs.size()) return false;
  // The evidence views the text: a short string's move copies its bytes elsewhere.
  if (state.evidence_text != a.text.data()) collect_evidence(a, state);  // keeps the cursor
  paragraph = state.paragraph;
  tokens.clear();
  if (paragraph_tokens(a, paragraph, state.sentence, state.resume, tokens, kPieceTokens)) {
    ++state.paragraph;
  }
  FilterContext ctx{a.text, &state.evidence};
  registry_.get(a.paragraphs[paragraph].lang).apply(ctx, tokens);
  drop_repeated_parts(tokens);
  for (AnalyzedToken& t : tokens) {
    // A word's parts share its position (phrases and passage lengths count words).
    t.position =
        (t.flags & kTokenPart) && state.position > 0 ? state.position - 1 : state.position++;
  }
  return true;
}

void TextAnalyzer::add_parts(std::string_view text, std::vector<AnalyzedToken>& tokens) {
  parts_scratch_.clear();
  for (const AnalyzedToken& t : tokens) append_word_parts(text, t, parts_scratch_);
  if (parts_scratch_.empty()) return;  // the usual case: nothing to interleave
  std::vector<AnalyzedToken> merged;
  merged.reserve(tokens.size() + parts_scratch_.size());
  std::size_t p = 0;
  for (AnalyzedToken& t : tokens) {
    const std::size_t end = t.bytes.end_byte;
    merged.push_back(std::move(t));
    while (p < parts_scratch_.size() && parts_scratch_[p].bytes.end_byte <= end) {
      merged.push_back(std::move(parts_scratch_[p++]));
    }
  }
  tokens = std::move(merged);
}

std::vector<AnalyzedToken> TextAnalyzer::analyze_terms(std::string_view text, core::Language lang,
                                                       bool hangul_whole, bool with_parts) {
  std::vector<AnalyzedToken> tokens;
  tokenizer_->tokenize(text, {0, text.size()}, tokens);
  if (with_parts) add_parts(text, tokens);
  KoreanEvidence whole;
  if (hangul_whole) {
    for (const AnalyzedToken& t : tokens) {
      if (t.flags & kTokenHangul) whole.add_stem(text.substr(t.bytes.begin_byte, t.bytes.size()));
    }
  }
  FilterContext ctx{text, hangul_whole ? &whole : nullptr};
  registry_.get(lang).apply(ctx, tokens);
  if (with_parts) drop_repeated_parts(tokens);
  return tokens;
}

AnalyzedText analyze_text(std::string normalized_text) {
  thread_local std::unique_ptr<TextAnalyzer> analyzer;
  if (!analyzer) {
    auto made = TextAnalyzer::create();
    if (!made.ok()) {
      AnalyzedText out;
      out.text = std::move(normalized_text);
      for (core::ByteRange pr : segment::segment_paragraphs(out.text))
        out.paragraphs.push_back({pr});
      return out;
    }
    analyzer = std::move(made.value());
  }
  return analyzer->analyze(std::move(normalized_text));
}

}  // namespace loupe::analysis
