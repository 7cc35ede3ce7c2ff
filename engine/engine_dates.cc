// Engine::dates_json: date and time expressions of a text (extract/dates/), with byte and
// UTF-16 offsets into that text, and the reference date relative expressions were resolved
// against. The extractor is built once and shared: it is immutable after construction.
// The envelope is written by hand (not through nlohmann::json): a dense text has a mention
// every few words and building a JSON tree for each cost a third of the time.
#include <cstdio>

#include "core/utf16_index.h"
#include "core/utf8.h"
#include "engine.h"
#include "extract/dates/date_extractor.h"
#include "prepared_document.h"

namespace loupe {
namespace {

// Appends `s` as a JSON string; invalid UTF-8 becomes U+FFFD, as error_json's dump does.
void append_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
      else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8(s, i);
    if (d.valid) out.append(s.substr(i, d.length));
    else out += "\xEF\xBF\xBD";
    i += d.length;
  }
  out += '"';
}

void append_field(std::string& out, const char* key, std::string_view value) {
  out += '"', out += key, out += "\":";
  append_string(out, value);
}

void append_field(std::string& out, const char* key, std::size_t value) {
  out += '"', out += key, out += "\":", out += std::to_string(value);
}

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
  std::string out = "{\"v\":1,\"ok\":true,\"reference\":{";
  append_field(out, "date", result.reference.date);
  out += ',';
  append_field(out, "source", result.reference.source);
  if (result.reference.source == "document") {
    const core::ByteRange b = doc.input_range(result.reference.bytes);
    const core::Utf16Range r = doc.utf16_range(result.reference.bytes);
    out += ',', append_field(out, "begin_byte", b.begin_byte);
    out += ',', append_field(out, "end_byte", b.end_byte);
    out += ',', append_field(out, "begin_u16", r.begin_u16);
    out += ',', append_field(out, "end_u16", r.end_u16);
  }
  out += "},\"dates\":[";
  for (std::size_t i = 0; i < result.mentions.size(); ++i) {
    const dates::DateMention& m = result.mentions[i];
    const core::ByteRange b = doc.input_range(m.bytes);
    const core::ByteRange src = doc.source_range(m.bytes);
    const core::Utf16Range r = doc.utf16_range(m.bytes);
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", static_cast<double>(m.confidence));
    out += i ? ",{" : "{";
    append_field(out, "surface", std::string_view(doc.source).substr(src.begin_byte, src.size()));
    out += ',', append_field(out, "kind", dates::date_kind_name(m.kind));
    out += ',', append_field(out, "as_written", m.as_written);
    out += ',', append_field(out, "value", m.value);
    out += ',', append_field(out, "mod", m.mod);
    out += ",\"confidence\":", out += confidence;
    out += ",\"uses_reference\":", out += m.uses_reference ? "true" : "false";
    out += ',', append_field(out, "begin_byte", b.begin_byte);
    out += ',', append_field(out, "end_byte", b.end_byte);
    out += ',', append_field(out, "begin_u16", r.begin_u16);
    out += ',', append_field(out, "end_u16", r.end_u16);
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace loupe
