// The search-only wasm entry (loupe-site.js): a chunked static index (engine/site/FORMAT.md)
// read through site::SiteSession, as plain C exports rather than Embind (Embind's runtime was
// about 8 KB gzip of the glue and the wasm, in a file every visitor of an embedding site
// downloads). No logic here: each function unpacks its arguments, calls the session and keeps
// its JSON envelope for JS to read. bindings/site_index.js (--post-js) wraps these in the
// `SiteIndex` class JS sees; web/src/lib/loupe-site-worker.js fetches what a {"need":[...]}
// lists, hands each file over with provide(name, Uint8Array) and calls again. Links no
// extractors (entities, dates) and no transliteration.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <memory>
#include <string>

#include "envelope/envelope.h"
#include "site/site_session.h"

namespace {

// One index. Construction never fails: if the session cannot start, every call answers the
// error envelope instead.
struct SiteHandle {
  std::unique_ptr<loupe::site::SiteSession> session;
  std::string init_error;
  std::string input;  // the caller's bytes for the next call, written by JS
  std::string reply;  // the last call's envelope, read by JS

  const char* answer(std::string json) {
    reply = std::move(json);
    return reply.c_str();
  }
};

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE SiteHandle* loupe_site_new() {
  auto* h = new SiteHandle;
  auto session = loupe::site::SiteSession::create();
  if (session.ok())
    h->session = std::move(session.value());
  else
    h->init_error = loupe::envelope::error_json(session.status());
  return h;
}

EMSCRIPTEN_KEEPALIVE void loupe_site_delete(SiteHandle* h) { delete h; }

// Where JS writes `size` bytes of input (a file's name then its bytes, or a query).
EMSCRIPTEN_KEEPALIVE char* loupe_site_input(SiteHandle* h, std::size_t size) {
  h->input.assign(size, '\0');
  return h->input.data();
}

// The input is a file: its first name_size bytes the name, the rest the bytes.
EMSCRIPTEN_KEEPALIVE void loupe_site_provide(SiteHandle* h, std::size_t name_size) {
  if (!h->session || name_size > h->input.size()) return;
  std::string name = h->input.substr(0, name_size);
  h->input.erase(0, name_size);
  h->session->provide(std::move(name), std::move(h->input));
  h->input.clear();
}

// The envelope's UTF-8 bytes, NUL-terminated; its length is loupe_site_reply_size().
EMSCRIPTEN_KEEPALIVE const char* loupe_site_open(SiteHandle* h) {
  return h->answer(h->session ? h->session->open_json() : h->init_error);
}

// The input is the query.
EMSCRIPTEN_KEEPALIVE const char* loupe_site_search(SiteHandle* h, std::size_t limit,
                                                   std::size_t per_doc) {
  return h->answer(h->session ? h->session->search_json(h->input, limit, per_doc) : h->init_error);
}

// The input is the query; entity/year/month (0 or 1) say which facets to count, limit how many
// entities the entity facet lists.
EMSCRIPTEN_KEEPALIVE const char* loupe_site_facets(SiteHandle* h, int entity, int year, int month,
                                                   std::size_t limit) {
  return h->answer(
      h->session ? h->session->facets_json(h->input, entity != 0, year != 0, month != 0, limit)
                 : h->init_error);
}

EMSCRIPTEN_KEEPALIVE std::size_t loupe_site_reply_size(const SiteHandle* h) {
  return h->reply.size();
}

}  // extern "C"
