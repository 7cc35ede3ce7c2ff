// The dates envelopes: Engine::dates_json, one extraction over a document's normalized text with
// offsets through the document's maps; Engine::index_dates_json, the indexed documents' dates at
// once with their counts by decade, year and month (the extractions search/search_annotations.h
// keeps for the date: filter).
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "document/prepared_document.h"
#include "envelope/entities_envelope.h"
#include "extract/dates/date_extractor.h"

namespace loupe::envelope {

std::string dates_envelope(const document::PreparedDocument& doc,
                           const dates::DateExtraction& result);

// One indexed document's extraction.
struct DatedDocument {
  std::string_view id, name;
  const dates::DateExtraction* found;
};
// Which dates index_dates_envelope lists (the counts are always the corpus's).
struct DatesPick {
  bool dates = true;  // false: none
  bool one_doc = false;
  std::string doc;       // with one_doc: only that document's
  std::string from, to;  // "" = open; else only values in from..to, each at its own precision
};
// place(i, bytes): where bytes of document i's normalized text are, asked in text order per
// document (the reference first).
std::string index_dates_envelope(
    const std::vector<DatedDocument>& docs, const DatesPick& pick,
    const std::function<MentionPlace(std::size_t, core::ByteRange)>& place);

// A date value's bucket for unit 'd'ecade, 'y'ear or 'm'onth ("2024-03-14": "202", "2024",
// "2024-03"), "" when the value does not start with one (a weekday, a duration).
std::string_view date_bucket(std::string_view value, char unit);
// Whether `value` falls in from..to, each bound compared at its own precision ("" = open).
bool date_in_period(std::string_view value, std::string_view from, std::string_view to);

}  // namespace loupe::envelope
