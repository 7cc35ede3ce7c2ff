// The wasm boundary: the only file that includes <emscripten/*>. No logic lives here; each
// method unpacks its arguments, calls the Engine facade and returns its JSON envelope string.
#include <emscripten/bind.h>

#include <memory>
#include <string>

#include "engine.h"

namespace {

// The one class JS sees. Construction never throws: if the engine cannot start, every call
// returns the error envelope instead.
class EngineHandle {
 public:
  EngineHandle() {
    auto engine = loupe::Engine::create();
    if (engine.ok()) engine_ = std::move(engine.value());
    else init_error_ = loupe::error_json(engine.status());
  }
  std::string tokenize(const std::string& text) {
    return engine_ ? engine_->tokenize_json(text) : init_error_;
  }

 private:
  std::unique_ptr<loupe::Engine> engine_;
  std::string init_error_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(loupe) {
  emscripten::class_<EngineHandle>("Engine")
      .constructor<>()
      .function("tokenize", &EngineHandle::tokenize);
}
