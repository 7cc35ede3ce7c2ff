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

void put_token(JsonWriter& w, const PreparedDocument& doc, const analysis::AnalyzedToken& t,
               TokenRepairs& repairs, std::vector<const char*>& touched) {
  const core::ByteRange src = doc.source_range(t.bytes);
  w.open('{').key("surface").str(std::string_view(doc.source).substr(src.begin_byte, src.size()));
  w.key("term").str(t.term).key("position").num(t.position);
  put_source_offsets(w, doc, src);
  touched.clear();
  repairs.kinds_touching(t.bytes, touched);
  if (!touched.empty()) {
    w.key("repairs").open('[');
    for (const char* kind : touched) w.str(kind);
    w.close(']');
  }
  w.close('}');
}

// "tokens": each with its source surface, term, position, offsets and the repairs that touched
// it; a document prepared per paragraph (TokenMode::kPerParagraph) makes them as they are written.
void put_tokens(JsonWriter& w, PreparedDocument& doc) {
  TokenRepairs repairs(doc.repairs);
  std::vector<const char*> touched;
  w.key("tokens").open('[');
  for (const auto& t : doc.analyzed.tokens) put_token(w, doc, t, repairs, touched);
  std::vector<analysis::AnalyzedToken> tokens;
  std::uint32_t paragraph = 0;
  while (!w.overflowed() && doc.next_tokens(tokens, paragraph)) {  // a reply too long: stop
    for (const auto& t : tokens) put_token(w, doc, t, repairs, touched);
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

std::string analysis_envelope(PreparedDocument& doc, bool include_text) {
  JsonWriter w;
  write_analysis_envelope(w, doc, include_text);
  return w.take();
}

void write_analysis_envelope(JsonWriter& w, PreparedDocument& doc, bool include_text) {
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
std::string tokens_envelope(std::string_view utf8, segment::WordSegmenter& words) {
  JsonWriter w;
  write_tokens_envelope(w, utf8, words);
  return w.take();
}

void write_tokens_envelope(JsonWriter& w, std::string_view utf8, segment::WordSegmenter& words) {
  constexpr std::size_t kPieceBytes = std::size_t{1} << 18;  // ~3 MB of spans and ICU copy
  const core::Utf16Index u16(utf8);
  w.open('{').key("ok").boolean(true).key("tokens").open('[');
  words.segment_pieces(utf8, kPieceBytes, [&](const std::vector<segment::WordSpan>& spans) {
    if (w.overflowed()) return;  // a reply too long (JsonWriter::stream_to): no more to write
    for (const segment::WordSpan& span : spans) {
      const core::ByteRange b = span.bytes;
      const core::Utf16Range u = u16.to_utf16(b);
      w.open('{').key("begin_byte").num(b.begin_byte).key("begin_u16").num(u.begin_u16);
      w.key("end_byte").num(b.end_byte).key("end_u16").num(u.end_u16);
      w.key("kind").str(segment::word_kind_name(span.kind));
      w.key("surface").str(utf8.substr(b.begin_byte, b.size())).close('}');
    }
  });
  w.close(']').key("v").num(kVersion).close('}');
}

}  // namespace loupe::envelope
