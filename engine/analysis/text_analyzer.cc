#include "analysis/text_analyzer.h"

#include "analysis/document_language.h"
#include "analysis/korean_particles.h"
#include "analysis/word_parts.h"
#include "langid/language_identifier.h"
#include "segment/paragraph_segmenter.h"

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
  const std::string_view view = out.text;
  // Steps 1-4: paragraphs, language, sentences, raw tokens (one vector per paragraph).
  std::vector<std::vector<AnalyzedToken>> per_paragraph;
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
    std::vector<AnalyzedToken>& tokens = per_paragraph.emplace_back();
    for (core::ByteRange sr : sentences_->segment(view, pr)) {
      out.sentences.push_back({sr, paragraph_index});
      tokenizer_->tokenize(view, sr, tokens);
    }
    add_parts(view, tokens);
  }
  // Step 2b: weakly identified paragraphs take the document's language (document_language.h).
  if (!fixed) apply_document_language(out.paragraphs, scripts);
  // Step 5: document evidence for Korean stems.
  KoreanEvidence evidence;
  for (const auto& tokens : per_paragraph) {
    for (const AnalyzedToken& t : tokens) {
      if (t.flags & kTokenHangul) evidence.add(view.substr(t.bytes.begin_byte, t.bytes.size()));
    }
  }
  // Steps 6-7: the paragraph's chain, then document positions.
  FilterContext ctx{view, &evidence};
  std::uint32_t position = 0;
  std::size_t total = 0;
  for (const auto& tokens : per_paragraph) total += tokens.size();
  out.tokens.reserve(total);  // filters keep or drop tokens here: an estimate, not a bound
  for (std::size_t i = 0; i < per_paragraph.size(); ++i) {
    std::vector<AnalyzedToken>& tokens = per_paragraph[i];
    registry_.get(out.paragraphs[i].lang).apply(ctx, tokens);
    drop_repeated_parts(tokens);
    for (AnalyzedToken& t : tokens) {
      // A word's parts share its position (phrases and passage lengths count words).
      t.position = (t.flags & kTokenPart) && position > 0 ? position - 1 : position++;
      out.tokens.push_back(std::move(t));
    }
  }
  return out;
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
