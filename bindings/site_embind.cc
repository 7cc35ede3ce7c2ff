// The search-only wasm entry (loupe-site.js): a chunked static index (engine/site/FORMAT.md)
// read through site::SiteSession. No logic here: each method unpacks its arguments, calls the
// session and returns its JSON envelope string. The caller (web/src/lib/site-worker.js) fetches
// what a {"need":[...]} lists, hands each file over with provide(name, Uint8Array) and calls
// again. Links no extractors (entities, dates) and no transliteration.
#include <emscripten/bind.h>

#include <memory>
#include <string>

#include "envelope/envelope.h"
#include "site/site_session.h"

namespace {

// The one class JS sees. Construction never throws: if the session cannot start, every call
// returns the error envelope instead.
class SiteHandle {
 public:
  SiteHandle() {
    auto session = loupe::site::SiteSession::create();
    if (session.ok())
      session_ = std::move(session.value());
    else
      init_error_ = loupe::envelope::error_json(session.status());
  }
  // A Uint8Array copied into wasm memory (never a live view: memory growth detaches it).
  void provide(const std::string& name, const emscripten::val& bytes) {
    std::string copy(bytes["length"].as<std::size_t>(), '\0');
    emscripten::val(
        emscripten::typed_memory_view(copy.size(), reinterpret_cast<std::uint8_t*>(copy.data())))
        .call<void>("set", bytes);
    if (session_) session_->provide(name, std::move(copy));
  }
  std::string open() { return session_ ? session_->open_json() : init_error_; }
  std::string search(const std::string& query, std::size_t limit, std::size_t per_doc) {
    return session_ ? session_->search_json(query, limit, per_doc) : init_error_;
  }

 private:
  std::unique_ptr<loupe::site::SiteSession> session_;
  std::string init_error_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(loupe_site) {
  emscripten::class_<SiteHandle>("SiteIndex")
      .constructor<>()
      .function("provide", &SiteHandle::provide)
      .function("open", &SiteHandle::open)
      .function("search", &SiteHandle::search);
}
