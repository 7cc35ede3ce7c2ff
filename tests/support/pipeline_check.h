// Offset checks for the whole pipeline (decode -> normalize -> analyze), shared by the unit
// property test and the corpus test. For every token:
//  - its input range, sliced from the ORIGINAL input bytes, decodes to its source range of the
//    decoded text (checked byte-for-byte when the input was valid UTF-8 without a BOM);
//  - a token no repair touched is byte-identical in source and normalized text;
//  - a repaired token's source span starts with its first and ends with its last character;
//  - its UTF-16 range equals an independent ICU conversion of the source prefix.
#pragma once
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "analysis/text_analyzer.h"
#include "core/utf8.h"
#include "document/prepared_document.h"
#include "support/utf16_reference.h"

namespace loupe::test {

using document::PreparedDocument;

// The whole front of the pipeline on one input, with one analyzer for the test binary.
inline core::Result<std::unique_ptr<PreparedDocument>> prepare(std::string_view input) {
  static core::Result<std::unique_ptr<analysis::TextAnalyzer>> analyzer =
      analysis::TextAnalyzer::create();
  REQUIRE(analyzer.ok());
  return document::prepare_document(input, *analyzer.value());
}

struct PipelineCheckCounts {
  std::size_t tokens = 0, untouched = 0, repaired = 0;
};

inline std::string_view head_char(std::string_view s) {
  return s.empty() ? s : s.substr(0, core::decode_utf8(s, 0).length);
}
inline std::string_view tail_char(std::string_view s) {
  if (s.empty()) return s;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return s.substr(i);
}

inline bool repair_touches(const normalize::Repair& r, core::ByteRange t) {
  const auto& n = r.normalized;
  if (n.size() == 0) return t.begin_byte < n.begin_byte && n.begin_byte < t.end_byte;
  return n.begin_byte < t.end_byte && n.end_byte > t.begin_byte;
}

inline PipelineCheckCounts check_pipeline_offsets(std::string_view input,
                                                  const PreparedDocument& doc) {
  PipelineCheckCounts counts;
  const std::string& norm = doc.analyzed.text;
  const bool identity_decode =
      doc.decode.encoding == "UTF-8" && !doc.decode.bom && doc.decode.invalid_sequences == 0;
  for (const auto& t : doc.analyzed.tokens) {
    ++counts.tokens;
    const std::string_view word = std::string_view(norm).substr(t.bytes.begin_byte, t.bytes.size());
    const core::ByteRange src = doc.source_range(t.bytes);
    const core::ByteRange in = doc.input_range(t.bytes);
    const std::string_view source_word =
        std::string_view(doc.source).substr(src.begin_byte, src.size());
    INFO("token '" << word << "' source '" << source_word << "'");
    REQUIRE(src.begin_byte <= src.end_byte);
    REQUIRE(src.end_byte <= doc.source.size());
    REQUIRE(in.end_byte <= input.size());
    if (identity_decode) REQUIRE(input.substr(in.begin_byte, in.size()) == source_word);
    bool touched = false, rewrote_chars = false;
    for (const auto& r : doc.repairs) {
      if (!repair_touches(r, t.bytes)) continue;
      touched = true;
      rewrote_chars = rewrote_chars || r.kind == normalize::RepairKind::kNfc ||
                      r.kind == normalize::RepairKind::kInvalidUtf8;
    }
    if (!touched) {
      ++counts.untouched;
      REQUIRE(source_word == word);
    } else {
      ++counts.repaired;
      // NFC or U+FFFD may rewrite an edge character itself; other repairs never do.
      if (!rewrote_chars) {
        CHECK(head_char(source_word) == head_char(word));
        CHECK(tail_char(source_word) == tail_char(word));
      }
    }
    const core::Utf16Range u = doc.utf16_range(t.bytes);
    REQUIRE(u.begin_u16 == utf16_length_of_prefix(doc.source, src.begin_byte));
    REQUIRE(u.end_u16 == utf16_length_of_prefix(doc.source, src.end_byte));
  }
  return counts;
}

}  // namespace loupe::test
