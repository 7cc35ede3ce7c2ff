// IndexedDB persistence for the app: one record per document, each written in its own
// transaction, so a full quota refuses only the document being written and keeps the rest;
// and, in a store of its own, the engine's index of those documents (without their text), so
// that the next start loads it instead of indexing everything again. A stale or missing index
// only costs that speed: the worker checks it against the documents (loupe.restore).
const DB = 'loupe-app';
const STORE = 'documents';
const INDEX = 'index'; // one record, key "engine": saveIndex()'s bytes
const PREFS = 'prefs'; // the user's choices by name, e.g. "entities" (entity-prefs.js)

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function open() {
  const req = indexedDB.open(DB, 3);
  req.onupgradeneeded = () => {
    // version 1 had the documents only, version 2 no prefs
    const names = req.result.objectStoreNames;
    if (!names.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
    if (!names.contains(INDEX)) req.result.createObjectStore(INDEX);
    if (!names.contains(PREFS)) req.result.createObjectStore(PREFS);
  };
  const db = await request(req);
  const tx = (mode, fn, name = STORE) =>
    new Promise((resolve, reject) => {
      const t = db.transaction(name, mode);
      let result;
      Promise.resolve(fn(t.objectStore(name))).then((r) => {
        result = r;
      });
      t.oncomplete = () => resolve(result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error || new DOMException('aborted', 'AbortError'));
    });
  return {
    all: () => tx('readonly', (s) => request(s.getAll())),
    put: (doc) =>
      tx('readwrite', (s) => {
        s.put(doc);
      }),
    remove: (id) =>
      tx('readwrite', (s) => {
        s.delete(id);
      }),
    clear: async () => {
      await tx('readwrite', (s) => {
        s.clear();
      });
      await tx(
        'readwrite',
        (s) => {
          s.clear();
        },
        INDEX,
      );
      await tx(
        'readwrite',
        (s) => {
          s.clear();
        },
        PREFS,
      );
    },
    getPref: (key) => tx('readonly', (s) => request(s.get(key)), PREFS),
    putPref: (key, value) =>
      tx(
        'readwrite',
        (s) => {
          s.put(value, key);
        },
        PREFS,
      ),
    getIndex: () => tx('readonly', (s) => request(s.get('engine')), INDEX),
    putIndex: (bytes) =>
      tx(
        'readwrite',
        (s) => {
          s.put(bytes, 'engine');
        },
        INDEX,
      ),
    dropIndex: () =>
      tx(
        'readwrite',
        (s) => {
          s.delete('engine');
        },
        INDEX,
      ),
  };
}

const isQuota = (err) => err && (err.name === 'QuotaExceededError' || /quota/i.test(err.message || ''));
export { open as openStore, isQuota };
