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
// A document prepared with TokenMode::kPerParagraph has its tokens made as they are written
// (doc.next_tokens), so writing consumes them: once per document.
std::string analysis_envelope(document::PreparedDocument& doc, bool include_text);
// The words of utf8 with byte and UTF-16 offsets into it.
std::string tokens_envelope(std::string_view utf8, segment::WordSegmenter& words);
// The same two written into w (which may stream them: JsonWriter::stream_to). The words are
// segmented a piece at a time (WordSegmenter::segment_pieces), so a streamed envelope holds
// no list of them.
void write_analysis_envelope(core::JsonWriter& w, document::PreparedDocument& doc,
                             bool include_text);
void write_tokens_envelope(core::JsonWriter& w, std::string_view utf8,
                           segment::WordSegmenter& words);

}  // namespace loupe::envelope
