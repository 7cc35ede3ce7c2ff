// Envelopes of the front of the pipeline: Engine::analyze_json and Engine::tokenize_json
// (engine.h shows their members).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/json_writer.h"
#include "document/prepared_document.h"
#include "segment/word_segmenter.h"

namespace loupe::envelope {

// include_text adds the decoded source text as "text".
std::string analysis_envelope(const document::PreparedDocument& doc, bool include_text);
// The words of utf8 with byte and UTF-16 offsets into it.
std::string tokens_envelope(std::string_view utf8, const std::vector<segment::WordSpan>& words);
// The same two written into w (which may stream them: JsonWriter::stream_to).
void write_analysis_envelope(core::JsonWriter& w, const document::PreparedDocument& doc,
                             bool include_text);
void write_tokens_envelope(core::JsonWriter& w, std::string_view utf8,
                           const std::vector<segment::WordSpan>& words);

}  // namespace loupe::envelope
