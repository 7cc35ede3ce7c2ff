// Engine::dates_json: date and time expressions of a text (extract/dates/), with byte and
// UTF-16 offsets into that text, and the reference date relative expressions were resolved
// against. The extractor is built once and shared: it is immutable after construction.
// The envelope is written with core::JsonWriter (not an nlohmann tree): a dense text has a
// mention every few words and building a tree for each cost a third of the time.
#include <cstdio>

#include "core/json_writer.h"
#include "engine.h"
#include "extract/dates/date_extractor.h"
#include "prepared_document.h"

namespace loupe {
namespace {

const core::Result<std::unique_ptr<dates::DateExtractor>>& date_extractor() {
  static const core::Result<std::unique_ptr<dates::DateExtractor>> extractor = dates::DateExtractor::create();
  return extractor;
}

}  // namespace

std::string Engine::dates_json(std::string_view utf8, std::string_view reference_date) {
  const auto& extractor = date_extractor();
  if (!extractor.ok()) return error_json(extractor.status());
  // Dates are found in the normalized text (lines re-joined, footnote markers out) and reported
  // in the input's bytes and the decoded text's UTF-16 units.
  auto prepared = normalize_document(utf8);
  if (!prepared.ok()) return error_json(prepared.status());
  const PreparedDocument& doc = *prepared.value();
  auto found = extractor.value()->extract(doc.analyzed.text, reference_date);
  if (!found.ok()) return error_json(found.status());
  const dates::DateExtraction& result = found.value();
  core::JsonWriter w;
  w.open('{').key("v").num(1).key("ok").boolean(true).key("reference").open('{');
  w.key("date").str(result.reference.date).key("source").str(result.reference.source);
  if (result.reference.source == "document") {
    const core::ByteRange b = doc.input_range(result.reference.bytes);
    const core::Utf16Range r = doc.utf16_range(result.reference.bytes);
    w.key("begin_byte").num(b.begin_byte).key("end_byte").num(b.end_byte);
    w.key("begin_u16").num(r.begin_u16).key("end_u16").num(r.end_u16);
  }
  w.close('}').key("dates").open('[');
  for (const dates::DateMention& m : result.mentions) {
    const core::ByteRange b = doc.input_range(m.bytes);
    const core::ByteRange src = doc.source_range(m.bytes);
    const core::Utf16Range r = doc.utf16_range(m.bytes);
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", static_cast<double>(m.confidence));
    w.open('{').key("surface").str(std::string_view(doc.source).substr(src.begin_byte, src.size()));
    w.key("kind").str(dates::date_kind_name(m.kind)).key("as_written").str(m.as_written);
    w.key("value").str(m.value).key("mod").str(m.mod);
    w.key("confidence").lit(confidence).key("uses_reference").boolean(m.uses_reference);
    w.key("begin_byte").num(b.begin_byte).key("end_byte").num(b.end_byte);
    w.key("begin_u16").num(r.begin_u16).key("end_u16").num(r.end_u16);
    w.close('}');
  }
  w.close(']').close('}');
  return w.take();
}

}  // namespace loupe
