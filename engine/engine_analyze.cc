// Engine::prepare and Engine::analyze_json: the analysis pipeline as one call, and its JSON.
#include <algorithm>

#include "analysis/text_analyzer.h"
#include "core/json_writer.h"
#include "engine.h"
#include "prepared_document.h"

namespace loupe {
namespace {

using core::JsonWriter;

void put_offsets(JsonWriter& w, core::ByteRange input, core::Utf16Range u) {
  w.key("begin_byte").num(input.begin_byte).key("end_byte").num(input.end_byte);
  w.key("begin_u16").num(u.begin_u16).key("end_u16").num(u.end_u16);
}

void put_offsets(JsonWriter& w, const PreparedDocument& doc, core::ByteRange normalized) {
  put_offsets(w, doc.input_range(normalized), doc.utf16_range(normalized));
}

void put_source_offsets(JsonWriter& w, const PreparedDocument& doc, core::ByteRange source) {
  put_offsets(w, doc.source_to_input.to_source(source), doc.source_u16->to_utf16(source));
}

// For each token, the kinds of the repairs that touched it: a repair whose normalized range
// overlaps the token, or a removal (empty range) strictly inside it. One sweep over both
// lists sorted by begin.
std::vector<std::vector<const char*>> repairs_per_token(const PreparedDocument& doc) {
  std::vector<const normalize::Repair*> repairs;
  for (const auto& r : doc.repairs) repairs.push_back(&r);
  std::sort(repairs.begin(), repairs.end(), [](auto* a, auto* b) {
    return a->normalized.begin_byte < b->normalized.begin_byte;
  });
  const auto& tokens = doc.analyzed.tokens;
  std::vector<std::vector<const char*>> out(tokens.size());
  std::size_t first = 0;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const core::ByteRange tb = tokens[t].bytes;
    while (first < repairs.size() && repairs[first]->normalized.end_byte <= tb.begin_byte &&
           repairs[first]->normalized.size() > 0) {
      ++first;
    }
    for (std::size_t r = first; r < repairs.size(); ++r) {
      const core::ByteRange rb = repairs[r]->normalized;
      if (rb.begin_byte >= tb.end_byte) break;
      const bool touches = rb.size() > 0 ? rb.end_byte > tb.begin_byte
                                         : rb.begin_byte > tb.begin_byte;
      const char* kind = normalize::repair_kind_name(repairs[r]->kind);
      if (touches && std::find(out[t].begin(), out[t].end(), kind) == out[t].end()) {
        out[t].push_back(kind);
      }
    }
  }
  return out;
}

std::string analysis_body(const PreparedDocument& doc, bool include_text) {
  const analysis::AnalyzedText& a = doc.analyzed;
  JsonWriter w;
  w.open('{').key("v").num(1).key("ok").boolean(true);
  w.key("encoding").str(doc.decode.encoding).key("bom").boolean(doc.decode.bom);
  w.key("invalid_sequences").num(doc.decode.invalid_sequences);
  if (include_text) w.key("text").str(doc.source);
  w.key("paragraphs").open('[');
  for (const auto& p : a.paragraphs) {
    w.open('{').key("lang").str(core::language_code(p.lang)).key("confidence").real(p.lang_confidence);
    put_offsets(w, doc, p.bytes);
    w.close('}');
  }
  w.close(']').key("sentences").open('[');
  for (const auto& s : a.sentences) {
    w.open('{').key("paragraph").num(s.paragraph);
    put_offsets(w, doc, s.bytes);
    w.close('}');
  }
  w.close(']').key("tokens").open('[');
  const auto touched = repairs_per_token(doc);
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const auto& t = a.tokens[i];
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
  w.close(']').key("repairs").open('[');
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
  w.close(']').close('}');
  return w.take();
}

}  // namespace

analysis::TextAnalyzer* Engine::text_analyzer() {
  if (!analyzer_) {
    auto created = analysis::TextAnalyzer::create();
    if (!created.ok()) return nullptr;
    analyzer_ = std::move(created.value());
  }
  return analyzer_.get();
}

core::Result<std::unique_ptr<PreparedDocument>> Engine::prepare(std::string_view input) {
  analysis::TextAnalyzer* analyzer = text_analyzer();
  if (!analyzer) return core::Status(core::StatusCode::kInternal, "ICU break rules unavailable");
  return prepare_document(input, *analyzer);
}

core::Result<std::unique_ptr<PreparedDocument>> Engine::analyze(std::string_view input) {
  return prepare(input);
}

std::string Engine::analyze_json(std::string_view input, bool include_text) {
  auto doc = prepare(input);
  if (!doc.ok()) return error_json(doc.status());
  return analysis_body(*doc.value(), include_text);
}

}  // namespace loupe
