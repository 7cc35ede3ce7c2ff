// PreparedDocument: one input taken through the whole front of the pipeline,
//   input bytes -> decode_input -> source (UTF-8) -> normalize -> analyze_text -> AnalyzedText
// together with the maps that take any range of the analyzed (normalized) text back to
//   - bytes of the ORIGINAL INPUT (what `begin_byte`/`end_byte` mean everywhere we emit them),
//   - UTF-16 code units of the decoded source text (what JavaScript holds: for UTF-8 input this
//     is exactly TextDecoder's string of the same bytes).
// Dates, entities and search all read `analyzed` and report through these maps, so every
// feature answers with the same offsets.
// E.g. prepare_document("라브\n로프가", a) -> analyzed.text "라브로프가", to_input({0,15}) ==
// {0,16}.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"
#include "analysis/text_analyzer.h"
#include "core/byte_range.h"
#include "core/status.h"
#include "core/utf16_index.h"
#include "normalize/input_decoder.h"
#include "normalize/normalizer.h"

namespace loupe::document {

struct PreparedDocument {
  normalize::DecodeReport decode;
  std::string source;                           // the decoded UTF-8 text
  normalize::OffsetMap source_to_input;         // source offsets -> input offsets
  normalize::OffsetMap to_source;               // analyzed.text offsets -> source offsets
  std::vector<normalize::Repair> repairs;       // normalized ranges index analyzed.text
  std::vector<core::ByteRange> removed_source;  // headers, page numbers, footnote markers
  analysis::AnalyzedText analyzed;
  std::unique_ptr<core::Utf16Index> source_u16;  // over `source` (which must not move)
  // Prepared with TokenMode::kPerParagraph: analyzed.tokens is empty; next_tokens gives them a
  // paragraph (or a long paragraph's next sentences) at a time (TextAnalyzer::next_piece).
  analysis::TextAnalyzer* analyzer = nullptr;
  analysis::TextAnalyzer::Pending pending;

  core::ByteRange source_range(core::ByteRange normalized) const {
    return to_source.to_source(normalized);
  }
  core::ByteRange input_range(core::ByteRange normalized) const {
    return source_to_input.to_source(source_range(normalized));
  }
  core::Utf16Range utf16_range(core::ByteRange normalized) const {
    return source_u16->to_utf16(source_range(normalized));
  }
  // The next piece of tokens and its paragraph's index; false after the last (at once when
  // analyzed whole: the tokens are in analyzed.tokens).
  bool next_tokens(std::vector<analysis::AnalyzedToken>& tokens, std::uint32_t& paragraph);
};

// kWhole: analyzed.tokens holds every token. kPerParagraph: none are held (a document's tokens
// cost ~70 bytes each, ~12 per byte of text); PreparedDocument::next_tokens makes them.
enum class TokenMode { kWhole, kPerParagraph };

// The largest input a document may be: larger is kOutOfRange, whose message states the limit.
// Offsets stay far from 32 bits, and analysis peaks at tens of bytes per input byte.
constexpr std::size_t kMaxDocumentBytes = std::size_t{128} << 20;

// Fails with kInvalidData for input that is not text (binary junk), kOutOfRange for input over
// kMaxDocumentBytes; never on other text.
core::Result<std::unique_ptr<PreparedDocument>> prepare_document(
    std::string_view input, analysis::TextAnalyzer& analyzer, TokenMode mode = TokenMode::kWhole);
// Decoding and normalization only (for extractors that read the text themselves): analyzed.text
// holds the normalized text, with no paragraphs, sentences or tokens.
core::Result<std::unique_ptr<PreparedDocument>> normalize_document(std::string_view input);

// The normalized text's UTF-16 offsets -> the decoded source's UTF-16 offsets (what a search hit
// reports in JavaScript's terms), built from the byte maps; text_u16 indexes doc.analyzed.text.
normalize::OffsetMap utf16_map(const PreparedDocument& doc, const core::Utf16Index& text_u16);

}  // namespace loupe::document
