// Engine::prepare and Engine::analyze_json: the analysis pipeline as one call, and its JSON.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "analysis/text_analyzer.h"
#include "engine.h"
#include "prepared_document.h"

namespace loupe {
namespace {

using json = nlohmann::json;

void put_offsets(json& j, const PreparedDocument& doc, core::ByteRange normalized) {
  const core::ByteRange in = doc.input_range(normalized);
  const core::Utf16Range u = doc.utf16_range(normalized);
  j["begin_byte"] = in.begin_byte;
  j["end_byte"] = in.end_byte;
  j["begin_u16"] = u.begin_u16;
  j["end_u16"] = u.end_u16;
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

json analysis_body(const PreparedDocument& doc, bool include_text) {
  const analysis::AnalyzedText& a = doc.analyzed;
  json j = {{"v", 1}, {"ok", true}, {"encoding", doc.decode.encoding}, {"bom", doc.decode.bom},
            {"invalid_sequences", doc.decode.invalid_sequences}};
  if (include_text) j["text"] = doc.source;
  json paragraphs = json::array(), sentences = json::array(), tokens = json::array();
  for (const auto& p : a.paragraphs) {
    json o = {{"lang", core::language_code(p.lang)}, {"confidence", p.lang_confidence}};
    put_offsets(o, doc, p.bytes);
    paragraphs.push_back(std::move(o));
  }
  for (const auto& s : a.sentences) {
    json o = {{"paragraph", s.paragraph}};
    put_offsets(o, doc, s.bytes);
    sentences.push_back(std::move(o));
  }
  const auto touched = repairs_per_token(doc);
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const auto& t = a.tokens[i];
    const core::ByteRange src = doc.source_range(t.bytes);
    json o = {{"surface", doc.source.substr(src.begin_byte, src.size())},
              {"term", t.term}, {"position", t.position}};
    put_offsets(o, doc, t.bytes);
    if (!touched[i].empty()) o["repairs"] = touched[i];
    tokens.push_back(std::move(o));
  }
  json repairs = json::array(), removed = json::array();
  for (const auto& r : doc.repairs) {
    const core::ByteRange in = doc.source_to_input.to_source(r.source);
    const core::Utf16Range u = doc.source_u16->to_utf16(r.source);
    repairs.push_back({{"kind", normalize::repair_kind_name(r.kind)},
                       {"begin_byte", in.begin_byte}, {"end_byte", in.end_byte},
                       {"begin_u16", u.begin_u16}, {"end_u16", u.end_u16}});
  }
  for (const auto& r : doc.removed_source) {
    const core::ByteRange in = doc.source_to_input.to_source(r);
    const core::Utf16Range u = doc.source_u16->to_utf16(r);
    removed.push_back({{"begin_byte", in.begin_byte}, {"end_byte", in.end_byte},
                       {"begin_u16", u.begin_u16}, {"end_u16", u.end_u16}});
  }
  j["paragraphs"] = std::move(paragraphs);
  j["sentences"] = std::move(sentences);
  j["tokens"] = std::move(tokens);
  j["repairs"] = std::move(repairs);
  j["removed"] = std::move(removed);
  return j;
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

std::string Engine::analyze_json(std::string_view input, bool include_text) {
  auto doc = prepare(input);
  if (!doc.ok()) return error_json(doc.status());
  return analysis_body(*doc.value(), include_text)
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace loupe
