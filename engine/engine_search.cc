// Engine's search methods (engine.h): thin calls into search::SearchCorpus, made on first use
// with the Engine's analyzer and date extractor.
#include <limits>

#include "document/prepared_document.h"
#include "engine.h"
#include "envelope/envelope.h"
#include "extract/dates/date_extractor.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/entity_models.h"
#include "search/search_corpus.h"

namespace loupe {

search::SearchCorpus& Engine::search_corpus() {
  if (!search_) {
    search_ = std::make_unique<search::SearchCorpus>(text_analyzer(), [this] {
      const auto& extractor = date_extractor();
      return extractor.ok() ? extractor.value().get() : nullptr;
    });
  }
  return *search_;
}

void Engine::set_free_memory_probe(FreeMemoryProbe free_bytes) {
  free_bytes_ = std::move(free_bytes);
}

void Engine::release_kept_memory() {
  entity_docs_ = {};
  entities::release_kept_memory();
}

core::Status Engine::room_for(std::size_t input_bytes, std::size_t per_byte, const char* doing) {
  if (!free_bytes_) return core::Status::ok_status();
  // Saturates: input_bytes * 48 overflows wasm's 32-bit size_t past 89 MB.
  const std::size_t max = std::numeric_limits<std::size_t>::max();
  const std::size_t need = input_bytes > max / per_byte ? max : input_bytes * per_byte;
  std::size_t free = free_bytes_(need);
  if (input_bytes <= free / per_byte) return core::Status::ok_status();
  // The caches kept for speed (tens of MiB at most) give way to a document before it is refused.
  release_kept_memory();
  free = free_bytes_(need);
  if (input_bytes <= free / per_byte) return core::Status::ok_status();
  // In MiB, for the same reason.
  constexpr std::size_t kMiB = 1 << 20;
  const std::size_t need_mib = (input_bytes / kMiB + 1) * per_byte;
  return core::Status(core::StatusCode::kOutOfMemory,
                      "out of memory: this text (" + std::to_string(input_bytes) +
                          " bytes) needs about " + std::to_string(need_mib) + " MiB to " + doing +
                          " and " + std::to_string(free / kMiB) + " MiB are free");
}

// Refused for room: nothing changed.
core::Status Engine::room_to_add(std::size_t input_bytes) {
  core::Status room = room_for(input_bytes, kAddBytesPerInputByte, "index");
  if (room.ok()) return room;
  return core::Status(room.code(), room.message() + "; the documents already indexed are kept");
}

core::Status Engine::add_document(std::string_view id, std::string_view name,
                                  std::string_view input) {
  if (core::Status room = room_to_add(input.size()); !room.ok()) return room;
  return search_corpus().add_document(id, name, input);
}

std::string Engine::add_document_json(std::string_view id, std::string_view name,
                                      std::string_view input) {
  if (core::Status room = room_to_add(input.size()); !room.ok()) return envelope::error_json(room);
  return search_corpus().add_document_json(id, name, input);
}

bool Engine::remove_document(std::string_view id) { return search_corpus().remove_document(id); }

Reply Engine::search_reply(std::string_view query, std::string_view options_json) {
  search::SearchReply r = search_corpus().search(query, options_json);
  return {std::move(r.status), std::move(r.json)};
}

std::string Engine::search_json(std::string_view query, std::string_view options_json) {
  return search_corpus().search(query, options_json).json;
}

TopDocs Engine::search_top_docs(std::string_view query, std::size_t limit) {
  search::SearchCorpus& c = search_corpus();
  search::RankedHits r = c.top_hits(query, limit);
  TopDocs out{std::move(r.status), r.error_begin_byte, r.error_begin_u16, {}};
  for (const query::Hit& h : r.hits) {
    const std::uint32_t doc = c.index().passages()[h.passage].doc;
    out.docs.push_back({c.index().docs()[doc].id, doc, h.score});
  }
  return out;
}

std::string Engine::search_top_docs_json(std::string_view query, std::size_t limit) {
  return search_corpus().top_docs_json(query, limit);
}

std::string Engine::index_stats_json() { return search_corpus().stats_json(); }

std::string Engine::index_entities_json() { return search_corpus().entities_json(); }

std::string Engine::entity_models_needed_json() {
  unsigned languages = 0;
  for (const index::DocInfo& d : search_corpus().index().docs())
    if (d.alive) languages |= entities::entity_model_languages(d.text);
  core::JsonWriter w;
  w.open('{').key("languages").open('[');
  for (core::Language lang : entities::missing_entity_models(languages))
    w.str(core::language_code(lang));
  w.close(']');
  envelope::close_sorted_ok(w);
  return w.take();
}

std::string Engine::load_entity_model_json(std::string_view lang, std::string_view bytes) {
  const core::Status s = entities::load_entity_model(lang, bytes);
  if (!s.ok()) return envelope::error_json(s);
  if (search_) search_->forget_entities();  // linked before with the cues, or another model
  return envelope::ok_json();
}

std::vector<std::uint8_t> Engine::save_index(bool with_text) {
  return search_corpus().save(with_text);
}

core::Status Engine::load_index(std::string_view bytes, const SourceLookup& sources) {
  // The analyzed text is the normalized text (analysis keeps it as is), so decode + normalize
  // re-derive it without the analysis chain.
  const storage::TextSource text = [&sources](std::string_view id) -> core::Result<std::string> {
    if (!sources) return core::Status(core::StatusCode::kInvalidArgument, "no source given");
    auto input = sources(id);
    if (!input.ok()) return input.status();
    auto prepared = document::normalize_document(input.value());
    if (!prepared.ok()) return prepared.status();
    return std::move(prepared.value()->analyzed.text);
  };
  return search_corpus().load(bytes, text);
}

}  // namespace loupe
