// The analysis envelope (Engine::analyze_json, engine.h) of a PreparedDocument, and the tokens
// envelope (Engine::tokenize_json) of a segmentation.
#include "envelope/analysis_envelope.h"

#include "core/utf16_index.h"
#include "envelope/envelope.h"
#include "envelope/token_repairs.h"

namespace loupe::envelope {
namespace {

using core::JsonWriter;
using document::PreparedDocument;

void put_offsets(JsonWriter& w, const PreparedDocument& doc, core::ByteRange normalized) {
  envelope::put_offsets(w, doc.input_range(normalized), doc.utf16_range(normalized));
}

void put_source_offsets(JsonWriter& w, const PreparedDocument& doc, core::ByteRange source) {
  envelope::put_offsets(w, doc.source_to_input.to_source(source), doc.source_u16->to_utf16(source));
}

// "tokens": each with its source surface, term, position, offsets and the repairs that touched it.
void put_tokens(JsonWriter& w, const PreparedDocument& doc) {
  const auto& tokens = doc.analyzed.tokens;
  const auto touched = repairs_per_token(tokens, doc.repairs);
  w.key("tokens").open('[');
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    const core::ByteRange src = doc.source_range(t.bytes);
    w.open('{').key("surface").str(std::string_view(doc.source).substr(src.begin_byte, src.size()));
    w.key("term").str(t.term).key("position").num(t.position);
    put_source_offsets(w, doc, src);
    if (!touched[i].empty()) {
      w.key("repairs").open('[');
      for (const char* kind : touched[i]) w.str(kind);
      w.close(']');
    }
    w.close('}');
  }
  w.close(']');
}

// "repairs" (kind and source range) and "removed" (source ranges of headers, page numbers...).
void put_repairs(JsonWriter& w, const PreparedDocument& doc) {
  w.key("repairs").open('[');
  for (const auto& r : doc.repairs) {
    w.open('{').key("kind").str(normalize::repair_kind_name(r.kind));
    put_source_offsets(w, doc, r.source);
    w.close('}');
  }
  w.close(']').key("removed").open('[');
  for (const auto& r : doc.removed_source) {
    w.open('{');
    put_source_offsets(w, doc, r);
    w.close('}');
  }
  w.close(']');
}

}  // namespace

std::string analysis_envelope(const PreparedDocument& doc, bool include_text) {
  JsonWriter w;
  write_analysis_envelope(w, doc, include_text);
  return w.take();
}

void write_analysis_envelope(JsonWriter& w, const PreparedDocument& doc, bool include_text) {
  const analysis::AnalyzedText& a = doc.analyzed;
  open_ok(w);
  w.key("encoding").str(doc.decode.encoding).key("bom").boolean(doc.decode.bom);
  w.key("invalid_sequences").num(doc.decode.invalid_sequences);
  if (include_text) w.key("text").str(doc.source);
  w.key("paragraphs").open('[');
  for (const auto& p : a.paragraphs) {
    w.open('{').key("lang").str(core::language_code(p.lang));
    w.key("confidence").real(p.lang_confidence);
    put_offsets(w, doc, p.bytes);
    w.close('}');
  }
  w.close(']').key("sentences").open('[');
  for (const auto& s : a.sentences) {
    w.open('{').key("paragraph").num(s.paragraph);
    put_offsets(w, doc, s.bytes);
    w.close('}');
  }
  w.close(']');
  put_tokens(w, doc);
  put_repairs(w, doc);
  w.close('}');
}

// Keys sorted, as nlohmann wrote this envelope first.
std::string tokens_envelope(std::string_view utf8, const std::vector<segment::WordSpan>& words) {
  JsonWriter w;
  write_tokens_envelope(w, utf8, words);
  return w.take();
}

void write_tokens_envelope(JsonWriter& w, std::string_view utf8,
                           const std::vector<segment::WordSpan>& words) {
  const core::Utf16Index u16(utf8);
  w.open('{').key("ok").boolean(true).key("tokens").open('[');
  for (const segment::WordSpan& span : words) {
    const core::ByteRange b = span.bytes;
    const core::Utf16Range u = u16.to_utf16(b);
    w.open('{').key("begin_byte").num(b.begin_byte).key("begin_u16").num(u.begin_u16);
    w.key("end_byte").num(b.end_byte).key("end_u16").num(u.end_u16);
    w.key("kind").str(segment::word_kind_name(span.kind));
    w.key("surface").str(utf8.substr(b.begin_byte, b.size())).close('}');
  }
  w.close(']').key("v").num(kVersion).close('}');
}

}  // namespace loupe::envelope
