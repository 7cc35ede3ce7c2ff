#include "document/prepared_document.h"

namespace loupe::document {

namespace {

core::Result<std::unique_ptr<PreparedDocument>> prepare(std::string_view input,
                                                        analysis::TextAnalyzer* analyzer,
                                                        TokenMode mode) {
  if (input.size() > kMaxDocumentBytes) {
    return core::Status(core::StatusCode::kOutOfRange,
                        "the document is " + std::to_string(input.size()) +
                            " bytes; the limit is " + std::to_string(kMaxDocumentBytes) +
                            " bytes (128 MiB): split it");
  }
  auto decoded = normalize::decode_input(input);
  if (!decoded.ok()) return decoded.status();
  auto doc = std::make_unique<PreparedDocument>();
  doc->decode = decoded.value().report;
  doc->source = std::move(decoded.value().text);
  doc->source_to_input = std::move(decoded.value().to_input);
  normalize::NormalizedText normalized = normalize::normalize(doc->source);
  doc->to_source = std::move(normalized.to_source);
  doc->repairs = std::move(normalized.repairs);
  doc->removed_source = std::move(normalized.removed_source);
  // The analyzer keeps the normalized text (analyzed.text); no second copy is held.
  if (analyzer && mode == TokenMode::kPerParagraph) {
    doc->analyzed.text = std::move(normalized.text);
    analyzer->begin(doc->analyzed, doc->pending);
    doc->analyzer = analyzer;
  } else if (analyzer) {
    doc->analyzed = analyzer->analyze(std::move(normalized.text));
  } else {
    doc->analyzed.text = std::move(normalized.text);
  }
  doc->source_u16 = std::make_unique<core::Utf16Index>(doc->source);
  return doc;
}

}  // namespace

bool PreparedDocument::next_tokens(std::vector<analysis::AnalyzedToken>& tokens,
                                   std::uint32_t& paragraph) {
  return analyzer && analyzer->next_piece(analyzed, pending, tokens, paragraph);
}

core::Result<std::unique_ptr<PreparedDocument>> prepare_document(std::string_view input,
                                                                 analysis::TextAnalyzer& analyzer,
                                                                 TokenMode mode) {
  return prepare(input, &analyzer, mode);
}

core::Result<std::unique_ptr<PreparedDocument>> normalize_document(std::string_view input) {
  return prepare(input, nullptr, TokenMode::kWhole);
}

}  // namespace loupe::document
