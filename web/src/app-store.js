// IndexedDB persistence for the app: one record per document, each written in its own
// transaction, so a full quota refuses only the document being written and keeps the rest.
'use strict';
(function () {
  const DB = 'loupe-app';
  const STORE = 'documents';

  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  async function open() {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    const db = await request(req);
    const tx = (mode, fn) => new Promise((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      let result;
      Promise.resolve(fn(t.objectStore(STORE))).then((r) => { result = r; });
      t.oncomplete = () => resolve(result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error || new DOMException('aborted', 'AbortError'));
    });
    return {
      all: () => tx('readonly', (s) => request(s.getAll())),
      put: (doc) => tx('readwrite', (s) => { s.put(doc); }),
      remove: (id) => tx('readwrite', (s) => { s.delete(id); }),
      clear: () => tx('readwrite', (s) => { s.clear(); }),
    };
  }

  const isQuota = (err) => err && (err.name === 'QuotaExceededError' || /quota/i.test(err.message || ''));
  const app = (globalThis.LoupeApp = globalThis.LoupeApp || {});
  Object.assign(app, { openStore: open, isQuota });
})();
