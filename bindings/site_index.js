// The `SiteIndex` class of the search-only engine (--post-js of loupe-site.js: it runs inside
// the module, beside the exports of bindings/site_exports.cc), with the methods the Embind
// class had: new SiteIndex(), provide(name, Uint8Array), open(), search(query, limit, perDoc),
// facets(query, entity, year, month, limit) -> the JSON envelope string, delete(). Bytes are copied into wasm memory through the
// handle's input buffer; HEAPU8 is read again after every call (memory growth replaces it).
/* global Module, HEAPU8: true, _loupe_site_new, _loupe_site_delete, _loupe_site_input,
   _loupe_site_provide, _loupe_site_open, _loupe_site_search, _loupe_site_facets, _loupe_site_reply_size */
Module['SiteIndex'] = class {
  constructor() {
    this.h = _loupe_site_new();
  }
  // Copies head then tail into the handle's input buffer.
  write(head, tail = new Uint8Array(0)) {
    const at = _loupe_site_input(this.h, head.length + tail.length);
    HEAPU8.set(head, at);
    HEAPU8.set(tail, at + head.length);
  }
  read(at) {
    return new TextDecoder().decode(HEAPU8.subarray(at, at + _loupe_site_reply_size(this.h)));
  }
  provide(name, bytes) {
    const n = new TextEncoder().encode(name);
    this.write(n, bytes);
    _loupe_site_provide(this.h, n.length);
  }
  open() {
    return this.read(_loupe_site_open(this.h));
  }
  search(query, limit, perDoc) {
    this.write(new TextEncoder().encode(query));
    return this.read(_loupe_site_search(this.h, limit, perDoc));
  }
  // entity, year, month: booleans, the facets to count; limit: entities listed.
  facets(query, entity, year, month, limit) {
    this.write(new TextEncoder().encode(query));
    return this.read(_loupe_site_facets(this.h, entity ? 1 : 0, year ? 1 : 0, month ? 1 : 0, limit));
  }
  delete() {
    _loupe_site_delete(this.h);
    this.h = 0;
  }
};
