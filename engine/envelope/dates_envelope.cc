// Written with core::JsonWriter (not an nlohmann tree): a dense text has a mention every few
// words and building a tree for each cost a third of the time.
#include "envelope/dates_envelope.h"

#include <cstdio>

#include "envelope/envelope.h"

namespace loupe::envelope {

std::string dates_envelope(const document::PreparedDocument& doc,
                           const dates::DateExtraction& result) {
  core::JsonWriter w;
  open_ok(w);
  w.key("reference").open('{');
  w.key("date").str(result.reference.date).key("source").str(result.reference.source);
  if (result.reference.source == "document") {
    put_offsets(w, doc.input_range(result.reference.bytes),
                doc.utf16_range(result.reference.bytes));
  }
  w.close('}').key("dates").open('[');
  for (const dates::DateMention& m : result.mentions) {
    const core::ByteRange src = doc.source_range(m.bytes);
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", static_cast<double>(m.confidence));
    w.open('{').key("surface").str(std::string_view(doc.source).substr(src.begin_byte, src.size()));
    w.key("kind").str(dates::date_kind_name(m.kind)).key("as_written").str(m.as_written);
    w.key("value").str(m.value).key("grain").str(dates::grain_name(m.grain)).key("mod").str(m.mod);
    w.key("confidence").lit(confidence).key("uses_reference").boolean(m.uses_reference);
    put_offsets(w, doc.input_range(m.bytes), doc.utf16_range(m.bytes));
    w.close('}');
  }
  w.close(']').close('}');
  return w.take();
}

}  // namespace loupe::envelope
