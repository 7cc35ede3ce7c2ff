// The engine's worker: owns the wasm module and the documents of one Loupe instance, and
// answers {id, op, args} with {id, ok, result} or {id, ok:false, error:{code, message}}.
// web/build.mjs bundles src/worker/ into one classic script, dist/worker.js. Served over http it
// loads the engine beside it with importScripts; the file:// build puts the single-file engine in
// front of it (nothing can be fetched from file://).
/* global createLoupeModule */
import { engineMethods } from './engine-methods.js';
import * as LoupeExtract from './extract.js';
import { ensureModels, preloadModels, setModelsUrl } from './models.js';
import { isEngineAbort, outOfMemoryMessage } from './out-of-memory.js';

if (typeof createLoupeModule === 'undefined') importScripts('loupe-engine.js');

const startEngine = () =>
  createLoupeModule().then((module) => {
    const missing = engineMethods.filter((name) => typeof module.Engine.prototype[name] !== 'function');
    if (missing.length) throw new Error(`this engine build lacks ${missing.join(', ')}: rebuild it (make wasm)`);
    return new module.Engine();
  });
// Replaced by a new engine when this one aborts (out-of-memory.js, restartEngine below).
let ready = startEngine();
const documents = new Map(); // id -> { id, name, type, chars, bytes, text }
const cancelled = new Set(); // ids of add requests the page cancelled
// Adds that finished (request id -> document id): a cancel that arrives after its add already
// ran undoes it, so a cancelled add is never kept whichever message came first.
const finishedAdds = new Map();

class ReplyError extends Error {
  constructor(code, message, details) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

function envelope(json) {
  const reply = JSON.parse(json);
  if (!reply.ok)
    throw new ReplyError(reply.error?.code || 'internal', reply.error?.message || 'engine error', reply.error);
  return reply;
}
// toWellFormed: a lone surrogate becomes U+FFFD (same length), so UTF-16 offsets hold.
const wellFormed = (text) => String(text).toWellFormed();
// A summary names the document by its first line too (the app shows it under the title).
const firstLine = (text) => (/\S[^\n]*/.exec(text.slice(0, 2000))?.[0] || '').trim().slice(0, 160);
const summary = ({ text, ...rest }) => ({ ...rest, first_line: firstLine(text) });

// Entities and dates are computed over every document at once; they are kept until the set of
// documents changes (version counts the changes).
let version = 0;
const cache = new Map(); // key -> { version, value }
function cached(key, make) {
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value;
  const value = make();
  cache.set(key, { version, value });
  return value;
}

// indexDates' reply as dates() gives it: its dates under their documents, in text order.
function datesByDocument(corpus) {
  const byDoc = new Map(corpus.documents.map((d) => [d.id, []]));
  for (const { doc, ...date } of corpus.dates) byDoc.get(doc)?.push(date);
  return corpus.documents.map(({ id, name, reference }) => ({ id, name, reference, dates: byDoc.get(id) }));
}

// The engine's charset detection, for files that are neither UTF-8 nor UTF-16 with a BOM.
// Its "invalid_data" (mostly control bytes) means binary; any other failure, an unknown encoding.
const engineDecoder = (engine) => (bytes) => {
  const reply = JSON.parse(engine.analyzeBytes(bytes));
  if (reply.error?.code === 'invalid_data')
    throw new LoupeExtract.FileError('binary', 'This looks like a binary file, not text.');
  return reply.ok && typeof reply.text === 'string' ? reply.text : null;
};

function forget(engine, id) {
  if (!documents.has(id)) return false;
  engine.removeDocument(id);
  documents.delete(id);
  version++;
  return true;
}

// Indexes one document; the text kept is exactly the text whose offsets the engine reports.
// Returns { text, title } (title: the engine's, document/document_title.h; "" for none).
function index(engine, id, name, text, bytes, kind) {
  if (documents.has(id)) forget(engine, id); // same id replaces
  if (bytes && (kind === 'text' || kind === 'markdown')) {
    // The engine decodes the file itself, so its offsets index its own decoding of the bytes.
    LoupeExtract.refuseBinary(bytes);
    let reply;
    try {
      reply = envelope(engine.addDocumentBytes(id, name, bytes));
    } catch (err) {
      // Not the file's fault: the engine refused it for lack of memory, or aborted.
      if (err.code === 'out_of_memory' || isEngineAbort(err)) throw err;
      throw new LoupeExtract.FileError(
        err.code === 'invalid_data' ? 'binary' : 'bad_encoding',
        `This file cannot be read as text (${err.message}).`,
      );
    }
    const decoded =
      typeof reply.text === 'string' ? reply.text : LoupeExtract.decode(bytes, undefined, engineDecoder(engine));
    return { text: decoded, title: reply.title || '' };
  }
  return { text, title: envelope(engine.addDocument(id, name, text)).title || '' };
}

const ops = {
  async init(engine, options) {
    setModelsUrl(options?.modelsUrl);
    if (options?.preloadModels === true) await preloadModels();
    // pdf.js comes with the start (not on the first PDF) so that nothing is fetched after load.
    if (options?.preloadPdf === true) {
      try {
        LoupeExtract.loadPdfJs();
      } catch {
        /* reported per file */
      }
    }
    // Every build has every view (the engine's methods are checked at start); the capabilities
    // stay in the API for callers written against older builds.
    const caps = { tokenize: true, documents: true, search: true, entities: true, dates: true, save: true, load: true };
    return caps;
  },
  tokenize: (engine, text) => envelope(engine.tokenize(wellFormed(text))).tokens,

  async add(engine, doc, requestId) {
    let text = doc.text === undefined ? undefined : wellFormed(doc.text);
    let type = doc.type || 'text';
    const bytes = doc.bytes;
    if (bytes) {
      type = LoupeExtract.kindOf(doc.name, doc.type, bytes);
      const direct = type === 'text' || type === 'markdown';
      if (!direct) {
        const got = await LoupeExtract.extract(
          doc.name,
          doc.type,
          bytes,
          () => cancelled.has(requestId),
          engineDecoder(engine),
        );
        text = wellFormed(got.text);
        type = got.type;
      }
    }
    if (cancelled.has(requestId)) throw new ReplyError('aborted', 'the operation was cancelled');
    const indexed = index(engine, doc.id, doc.name, text, bytes, type);
    text = indexed.text;
    const stored = {
      id: doc.id,
      name: doc.name,
      title: indexed.title,
      type,
      chars: text.length,
      bytes: bytes ? bytes.byteLength : new TextEncoder().encode(text).length,
      text,
    };
    documents.set(doc.id, stored);
    version++;
    finishedAdds.set(requestId, doc.id);
    if (finishedAdds.size > 256) finishedAdds.delete(finishedAdds.keys().next().value);
    return summary(stored);
  },
  remove(engine, id) {
    if (!forget(engine, id)) throw new ReplyError('not_found', `no document with id ${id}`);
    return true;
  },
  list: () => [...documents.values()].map(summary),
  get(engine, id) {
    const doc = documents.get(id);
    if (!doc) throw new ReplyError('not_found', `no document with id ${id}`);
    return { ...doc, first_line: firstLine(doc.text) };
  },
  // The engine's hits as they are: { total, total_docs, hits: [{ doc (id), name, passage, field,
  // lang, score, snippet, snippet_begin_u16, snippet_end_u16, highlights: [{begin_u16, end_u16}],
  // begin_u16, end_u16 }], facets: { lang: {code: n}, doc: {id: n} } }; offsets index the text
  // that get(doc) returns (title hits: the title, i.e. the snippet). options.facets, e.g.
  // ["lang","doc","entity","year"], adds entity: [{id, canonical, type, count}] and year:
  // {"2022": n}; the engine computes those on the first search that asks (then caches them).
  // A search that filters or facets by entity waits for the entity models its documents need
  // (models.js); `errors` lists the languages whose model could not be loaded, if any.
  async search(engine, query, options) {
    const facets = options?.facets;
    const errors =
      /entity:/i.test(String(query)) || (Array.isArray(facets) && facets.includes('entity'))
        ? await ensureModels(engine, () => version, envelope)
        : [];
    const { v, ok, ...reply } = envelope(engine.search(String(query), JSON.stringify(options || {})));
    return errors.length ? { ...reply, errors } : reply;
  },
  // Entities linked across every document: { entities: [{ id, canonical, type, aliases,
  // mention_count, documents: [doc id], cooccurs, confidence_mean, confidence_max (of its
  // mentions, 0-1) }], mentions: [{ doc (id), surface, type,
  // entity, confidence, begin_u16, end_u16, ... }] } with offsets into that document's text.
  // The mentions grow with the corpus (190,000 for 16 MB: a 250 ms pause for the page to
  // receive), so options keep them here: { mentions: false } sends none, { doc } or { entity }
  // only that document's or that entity's.
  // The models of the documents' languages are loaded first (models.js): `errors` lists
  // [{ code: 'model_unavailable', lang, message }] for those that could not be.
  async entities(engine, options) {
    const errors = await ensureModels(engine, () => version, envelope);
    // The index's own linking, the one entity: filters and facets use. Its surfaces are the
    // normalized text's; ours are the slices of the text get() returns, as the offsets promise.
    const all = cached('entities', () => {
      const { v, ok, ...reply } = envelope(engine.indexEntities());
      for (const m of reply.mentions) m.surface = documents.get(m.doc)?.text.slice(m.begin_u16, m.end_u16) ?? m.surface;
      return reply;
    });
    const { doc, entity, mentions } = options || {};
    const reply = errors.length ? { ...all, errors } : all;
    if (mentions === false) return { ...reply, mentions: [] };
    if (doc === undefined && entity === undefined) return reply;
    return {
      ...reply,
      mentions: all.mentions.filter(
        (m) => (doc === undefined || m.doc === String(doc)) && (entity === undefined || m.entity === entity),
      ),
    };
  },
  // Dates per document: [{ id, name, reference: {date, source}, dates: [{ surface, kind, value,
  // mod, confidence, begin_u16, end_u16, ... }] }]. refDate "" (default): each document's own
  // stated date resolves its relative expressions, and the engine's kept extractions answer
  // (those of the date: filter and indexDates: nothing is read twice); a refDate re-reads each
  // text against it.
  dates(engine, options) {
    const ref = String(options?.refDate || '');
    if (!ref) return datesByDocument(ops.indexDates(engine, {}));
    return cached(`dates:${ref}`, () =>
      [...documents.values()].map((doc) => {
        const { v, ok, ...reply } = envelope(engine.dates(doc.text, ref));
        return { id: doc.id, name: doc.name, ...reply };
      }),
    );
  },
  // The corpus's dates in one call, from the extractions the engine keeps for the date: filter
  // (Engine::index_dates_json): { documents: [{ id, name, reference, count }], counts: { decade,
  // year, month }: { bucket: dates }, total, dates: [{ doc, ...}] }, the dates as options pick
  // them: { dates: false }, { doc }, { from, to }, or all. Surfaces are re-sliced from the text
  // get() returns, as the offsets promise (the engine's are the normalized text's).
  indexDates(engine, options) {
    const { dates: pick, doc, from, to } = options || {};
    const asked = { dates: pick !== false, doc: doc === undefined ? undefined : String(doc), from, to };
    const { v, ok, ...reply } = envelope(engine.indexDates(JSON.stringify(asked)));
    for (const d of reply.dates) d.surface = documents.get(d.doc)?.text.slice(d.begin_u16, d.end_u16) ?? d.surface;
    return reply;
  },
  // The snapshot's document table holds every text already, so the engine's index goes without
  // them (storage/FORMAT.md flag 1: about a quarter of the bytes).
  save(engine) {
    return LoupeExtract.pack(
      [...documents.values()].map(({ id, name, type, bytes, text }) => ({ id, name, type, bytes, text })),
      engineIndex(engine),
    );
  },
  // The engine's index alone (no texts), for callers that keep the documents themselves and
  // give both back to restore().
  saveIndex(engine) {
    return engineIndex(engine);
  },
  // The documents come back with their text; the engine's snapshot restores the index without
  // re-analysis, taking each document's text from the table when the index left it out (the
  // engine checks it against the length and CRC it kept). If the engine cannot read the snapshot
  // (an older format, a text that differs), the texts are indexed again, so a snapshot whose
  // document table is intact always loads. Resolves to { documents, index: "snapshot" | "rebuilt",
  // skipped: [ids the engine refused when indexing again] }.
  load(engine, bytes) {
    const { docs, index: snapshot } = LoupeExtract.unpack(bytes);
    return restore(engine, docs, snapshot, 'not a Loupe snapshot');
  },
  // The same from documents [{ id, name, type, text }] (as get() gives them) and saveIndex()'s
  // bytes, kept apart by the caller (the app keeps one IndexedDB record per document).
  restore(engine, docs, index) {
    if (!Array.isArray(docs)) throw new ReplyError('invalid_argument', 'restore: documents must be an array');
    return restore(engine, docs, toBytes(index), 'restore');
  },
};

// The engine's index without the texts; the last one made is what a restarted engine loads
// (restartEngine), if its documents are still exactly the worker's.
let lastIndex = new Uint8Array(0);
const engineIndex = (engine) => {
  lastIndex = new Uint8Array(engine.saveIndexWithoutText());
  return lastIndex;
};

const toBytes = (x) => (x instanceof Uint8Array ? x : x instanceof ArrayBuffer ? new Uint8Array(x) : new Uint8Array(0));

// An empty index: what restore() starts from, and goes back to when a loaded one turns out not
// to match the documents.
let emptyIndex = null;
ready.then(
  (engine) => {
    emptyIndex = engineIndex(engine);
  },
  () => {},
);

// Loads `snapshot` for exactly the documents `docs`: false if the engine refuses it or it
// holds another set of documents (then the engine is left empty for re-indexing).
function loadIndexFor(engine, docs, snapshot) {
  if (snapshot.length === 0) return false;
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  try {
    envelope(engine.loadIndexWithSources(snapshot, (id) => texts.get(id) ?? null));
  } catch {
    return false;
  }
  // Every indexed document was found in the table (its text was asked for); equal counts mean
  // the table has no document the index lacks.
  if (JSON.parse(engine.indexStats()).documents === texts.size) return true;
  envelope(engine.loadIndexWithSources(emptyIndex, () => null));
  return false;
}

function restore(engine, docs, snapshot, what) {
  for (const d of docs) {
    if (typeof d?.id !== 'string' || typeof d.text !== 'string') {
      throw new ReplyError('invalid_argument', `${what}: a document has no id or text`);
    }
  }
  envelope(engine.loadIndexWithSources(emptyIndex, () => null)); // one step, not a removal each
  const indexed = loadIndexFor(engine, docs, snapshot);
  documents.clear();
  version++;
  const skipped = [];
  for (const d of docs) {
    let title = typeof d.title === 'string' ? d.title : ''; // a snapshot keeps the caller's
    if (!indexed) {
      try {
        title = envelope(engine.addDocument(d.id, String(d.name ?? d.id), d.text)).title || '';
      } catch {
        skipped.push(d.id);
        continue;
      }
    }
    documents.set(d.id, {
      id: d.id,
      name: String(d.name ?? d.id),
      title,
      type: d.type || 'text',
      chars: d.text.length,
      bytes: d.bytes ?? new TextEncoder().encode(d.text).length,
      text: d.text,
    });
  }
  return { documents: documents.size, index: indexed ? 'snapshot' : 'rebuilt', skipped };
}

// The engine aborted (out of memory past its estimate): this module is unusable. A new one
// starts from the worker's own copies of the documents: the last saved index if it still
// matches them, else each text indexed again. Calls that arrive meanwhile wait for it.
function restartEngine() {
  const docs = [...documents.values()];
  const saved = lastIndex;
  ready = startEngine().then((engine) => {
    restore(engine, docs, saved, 'restart');
    return engine;
  });
  ready.catch(() => {}); // a failed start is reported by the next call
}

self.onmessage = async (event) => {
  const { id, op, args = [] } = event.data || {};
  if (op === 'cancel') {
    const docId = finishedAdds.get(args[0]);
    if (docId === undefined) cancelled.add(args[0]);
    else forget(await ready, docId);
    return;
  }
  try {
    const engine = await ready;
    if (!Object.hasOwn(ops, op)) throw new ReplyError('invalid_argument', `unknown operation ${op}`);
    const result = await ops[op](engine, ...args, id);
    // The last index stays here for a restart: the page gets a copy of it.
    const transfer = result instanceof Uint8Array && result !== lastIndex ? [result.buffer] : [];
    self.postMessage({ id, ok: true, result }, transfer);
  } catch (err) {
    if (isEngineAbort(err)) {
      restartEngine();
      self.postMessage({ id, ok: false, error: { code: 'out_of_memory', message: outOfMemoryMessage } });
      return;
    }
    const code = typeof err?.code === 'string' ? err.code : 'internal';
    self.postMessage({ id, ok: false, error: { code, message: String(err?.message || err), details: err?.details } });
  } finally {
    cancelled.delete(id);
  }
};
