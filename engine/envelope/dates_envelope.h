// The dates envelope (Engine::dates_json, engine.h) of one extraction over a document's
// normalized text, with offsets through the document's maps.
#pragma once
#include <string>

#include "document/prepared_document.h"
#include "extract/dates/date_extractor.h"

namespace loupe::envelope {

std::string dates_envelope(const document::PreparedDocument& doc,
                           const dates::DateExtraction& result);

}  // namespace loupe::envelope
