// The wasm boundary: the only file that includes <emscripten/*>. No logic lives here; each
// method unpacks its arguments, calls the Engine facade and returns its JSON envelope string.
// tokenize and analyze stream theirs out of the wasm heap into JS strings (JsReply).
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine.h"

namespace {

// What one JS string can hold: V8's limit (2^29 - 24 UTF-16 units; Firefox's and Safari's are
// larger). A reply of at most that many UTF-8 bytes has at most that many UTF-16 units.
constexpr std::size_t kMaxJsStringBytes = (std::size_t{1} << 29) - 24;

// A streamed reply: each piece becomes a JS string as it is written (so the JSON never sits
// whole in the wasm heap), joined at the end; a failure answers its error envelope instead.
class JsReply {
 public:
  loupe::Engine::JsonSink sink() {
    return [this](std::string_view piece) {
      parts_.call<void>("push", emscripten::val(std::string(piece)));
    };
  }
  emscripten::val answer(const loupe::core::Status& status) {
    if (!status.ok()) return emscripten::val(loupe::error_json(status));
    return parts_.call<emscripten::val>("join", std::string());
  }

 private:
  emscripten::val parts_ = emscripten::val::array();
};

// A reply string to JS by one TextDecoder call over its bytes in the wasm heap. Embind's
// std::string return walks the bytes twice in JavaScript, one at a time (looking for NULs,
// then UTF8ToString's end), before the same TextDecoder: ~3 % of Engine.entities on new text
// (node --cpu-prof, bench/entities/SPEED.md). The engine's JSON is valid UTF-8; a NUL byte
// decodes to U+0000 either way, so the string is the same.
emscripten::val utf8_reply(const std::string& bytes) {
  static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
  return decoder.call<emscripten::val>(
      "decode", emscripten::val(emscripten::typed_memory_view(
                    bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()))));
}

// The one class JS sees. Construction never throws: if the engine cannot start, every call
// returns the error envelope instead.
class EngineHandle {
 public:
  EngineHandle() {
    auto engine = loupe::Engine::create();
    if (engine.ok())
      engine_ = std::move(engine.value());
    else
      init_error_ = loupe::error_json(engine.status());
    if (engine_) engine_->set_free_memory_probe(free_heap_bytes);
  }
  // What malloc can still hand out: the heap's growth left to MAXIMUM_MEMORY plus its free
  // chunks. mallinfo walks every chunk, so it is asked only when the growth left is not enough.
  static std::size_t free_heap_bytes(std::size_t need) {
    const std::size_t growth = emscripten_get_heap_max() - emscripten_get_heap_size();
    if (growth >= need) return growth;
    const struct mallinfo m = mallinfo();
    return growth + m.fordblks;
  }
  emscripten::val tokenize(const std::string& text) {
    if (!engine_) return emscripten::val(init_error_);
    JsReply reply;
    return reply.answer(engine_->tokenize_to(text, reply.sink(), kMaxJsStringBytes));
  }
  // Search (search/search_corpus.h). saveIndex copies the bytes out: a live typed_memory_view would
  // be detached by the next memory growth. loadIndex copies a Uint8Array in.
  std::string add_document(const std::string& id, const std::string& name,
                           const std::string& text) {
    return engine_ ? engine_->add_document_json(id, name, text) : init_error_;
  }
  // A file's bytes in any supported encoding; hit byte offsets then index these bytes.
  std::string add_document_bytes(const std::string& id, const std::string& name,
                                 const emscripten::val& bytes) {
    return engine_ ? engine_->add_document_json(id, name, copy_bytes(bytes)) : init_error_;
  }
  bool remove_document(const std::string& id) { return engine_ && engine_->remove_document(id); }
  std::string search(const std::string& query, const std::string& options) {
    return engine_ ? engine_->search_json(query, options) : init_error_;
  }
  // Only the ranked documents' ids and scores (Engine::search_top_docs_json).
  std::string search_top_docs(const std::string& query, std::size_t limit) {
    return engine_ ? engine_->search_top_docs_json(query, limit) : init_error_;
  }
  emscripten::val dates(const std::string& text, const std::string& ref) {
    return utf8_reply(engine_ ? engine_->dates_json(text, ref) : init_error_);
  }
  // The indexed documents' entities, from the linking the entity: filter shares.
  emscripten::val index_entities() {
    return utf8_reply(engine_ ? engine_->index_entities_json() : init_error_);
  }
  // The indexed documents' dates and their counts, from the cache the date: filter shares.
  std::string index_dates(const std::string& options) {
    return engine_ ? engine_->index_dates_json(options) : init_error_;
  }
  // Entity models: the languages the indexed documents need that are not loaded, and one
  // model's bytes (a Uint8Array of models/ner-<lang>.bin, fetched by the worker).
  std::string entity_models_needed() {
    return engine_ ? engine_->entity_models_needed_json() : init_error_;
  }
  std::string load_entity_model(const std::string& lang, const emscripten::val& bytes) {
    return engine_ ? engine_->load_entity_model_json(lang, copy_bytes(bytes)) : init_error_;
  }
  std::string index_stats() { return engine_ ? engine_->index_stats_json() : init_error_; }
  // docs: a JS array of {name, text}; entities link across all of them.
  emscripten::val entities(const emscripten::val& docs) {
    std::vector<std::pair<std::string, std::string>> named;
    for (std::size_t i = 0, n = docs["length"].as<std::size_t>(); i < n; ++i)
      named.emplace_back(docs[i]["name"].as<std::string>(), docs[i]["text"].as<std::string>());
    return utf8_reply(engine_ ? engine_->entities_json(named) : init_error_);
  }
  // Entities below this confidence left out of entities() (Engine::set_entity_min_confidence;
  // default 0.4, 0: all): {"v":1,"ok":true}, or an error for a value outside [0, 1].
  std::string set_entity_min_confidence(double c) {
    if (!engine_) return init_error_;
    const loupe::core::Status s = engine_->set_entity_min_confidence(static_cast<float>(c));
    return s.ok() ? loupe::ok_json() : loupe::error_json(s);
  }
  emscripten::val save_index() { return save(true); }
  // Without the documents' text (storage/FORMAT.md flag 1): for callers that keep the documents.
  emscripten::val save_index_without_text() { return save(false); }
  // sources: a JS function (id) => the string (or Uint8Array) that addDocument(Bytes) was given.
  std::string load_index_with_sources(const emscripten::val& bytes,
                                      const emscripten::val& sources) {
    const std::string copy = copy_bytes(bytes);
    if (!engine_) return init_error_;
    const loupe::core::Status s = engine_->load_index(
        copy, [&sources](std::string_view id) -> loupe::core::Result<std::string> {
          const emscripten::val v = sources(std::string(id));
          if (v.isString()) return v.as<std::string>();
          if (v.instanceof (emscripten::val::global("Uint8Array"))) return copy_bytes(v);
          return loupe::core::Status(loupe::core::StatusCode::kInvalidArgument,
                                     "no source for this document");
        });
    return s.ok() ? loupe::ok_json() : loupe::error_json(s);
  }
  emscripten::val save(bool with_text) {
    const std::vector<std::uint8_t> bytes =
        engine_ ? engine_->save_index(with_text) : std::vector<std::uint8_t>();
    emscripten::val out = emscripten::val::global("Uint8Array").new_(bytes.size());
    out.call<void>("set",
                   emscripten::val(emscripten::typed_memory_view(bytes.size(), bytes.data())));
    return out;
  }
  emscripten::val analyze(const std::string& text) { return analyze_text(text, false); }
  // Bytes of a file (any supported encoding); the reply carries the decoded "text".
  emscripten::val analyze_bytes(const emscripten::val& bytes) {
    return analyze_text(copy_bytes(bytes), true);
  }
  std::string load_index(const emscripten::val& bytes) {
    const std::string copy = copy_bytes(bytes);
    if (!engine_) return init_error_;
    const loupe::core::Status s = engine_->load_index(copy);
    return s.ok() ? loupe::ok_json() : loupe::error_json(s);
  }

 private:
  emscripten::val analyze_text(const std::string& input, bool include_text) {
    if (!engine_) return emscripten::val(init_error_);
    JsReply reply;
    return reply.answer(engine_->analyze_to(input, include_text, reply.sink(), kMaxJsStringBytes));
  }
  // A Uint8Array copied into wasm memory (never a live view: memory growth detaches it).
  static std::string copy_bytes(const emscripten::val& bytes) {
    std::string copy(bytes["length"].as<std::size_t>(), '\0');
    emscripten::val(
        emscripten::typed_memory_view(copy.size(), reinterpret_cast<std::uint8_t*>(copy.data())))
        .call<void>("set", bytes);
    return copy;
  }
  std::unique_ptr<loupe::Engine> engine_;
  std::string init_error_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(loupe) {
  emscripten::class_<EngineHandle>("Engine")
      .constructor<>()
      .function("tokenize", &EngineHandle::tokenize)
      .function("analyze", &EngineHandle::analyze)
      .function("analyzeBytes", &EngineHandle::analyze_bytes)
      .function("dates", &EngineHandle::dates)
      .function("entities", &EngineHandle::entities)
      .function("setEntityMinConfidence", &EngineHandle::set_entity_min_confidence)
      .function("indexEntities", &EngineHandle::index_entities)
      .function("indexDates", &EngineHandle::index_dates)
      .function("entityModelsNeeded", &EngineHandle::entity_models_needed)
      .function("loadEntityModel", &EngineHandle::load_entity_model)
      .function("addDocument", &EngineHandle::add_document)
      .function("addDocumentBytes", &EngineHandle::add_document_bytes)
      .function("removeDocument", &EngineHandle::remove_document)
      .function("search", &EngineHandle::search)
      .function("searchTopDocs", &EngineHandle::search_top_docs)
      .function("indexStats", &EngineHandle::index_stats)
      .function("saveIndex", &EngineHandle::save_index)
      .function("loadIndex", &EngineHandle::load_index)
      .function("saveIndexWithoutText", &EngineHandle::save_index_without_text)
      .function("loadIndexWithSources", &EngineHandle::load_index_with_sources);
}
