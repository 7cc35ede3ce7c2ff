// The engine's worker: owns the wasm module and the documents of one Loupe instance, and
// answers {id, op, args} with {id, ok, result} or {id, ok:false, error:{code, message}}.
// A classic script: served over http it loads its helpers beside it with importScripts; in the
// file:// build web/build.mjs concatenates them in front of this file (no fetch from file://).
/* global createLoupeModule, importScripts, LoupeExtract */
'use strict';
if (typeof createLoupeModule === 'undefined') importScripts('loupe-engine.js');
if (typeof LoupeExtract === 'undefined') importScripts('worker-extract.js');

const ready = createLoupeModule().then((module) => new module.Engine());
const documents = new Map();  // id -> { id, name, type, chars, bytes, text }
const cancelled = new Set();  // ids of add requests the page cancelled
// Adds that finished (request id -> document id): a cancel that arrives after its add already
// ran undoes it, so a cancelled add is never kept whichever message came first.
const finishedAdds = new Map();

// The engine's optional methods, detected at run time so that a view lights up as soon as the
// bindings gain it. Each entry: the Embind method it needs and how it is called.
// The envelope is parsed here; {ok:false} becomes an error reply.
const engineMethods = {
  search: 'search', addDocument: 'addDocument', removeDocument: 'removeDocument',
  entities: 'entities', dates: 'dates', save: 'saveIndex', load: 'loadIndex',
};
const has = (engine, name) => typeof engine[engineMethods[name]] === 'function';

class ReplyError extends Error {
  constructor(code, message, details) { super(message); this.code = code; this.details = details; }
}
const unsupported = (what) => new ReplyError('unsupported',
  `${what} is not available: this engine build has no ${what} method yet`);

function envelope(json) {
  const reply = JSON.parse(json);
  if (!reply.ok) throw new ReplyError(reply.error?.code || 'internal', reply.error?.message || 'engine error');
  return reply;
}
// toWellFormed: a lone surrogate becomes U+FFFD (same length), so UTF-16 offsets hold.
const wellFormed = (text) => String(text).toWellFormed();
const summary = ({ text, ...rest }) => rest;

const ops = {
  async init(engine, options) {
    // pdf.js comes with the start (not on the first PDF) so that nothing is fetched after load.
    if (options?.preloadPdf !== false) { try { LoupeExtract.loadPdfJs(); } catch { /* reported per file */ } }
    const caps = { tokenize: true, documents: true };
    for (const name of ['search', 'entities', 'dates', 'save', 'load']) caps[name] = has(engine, name);
    return caps;
  },
  tokenize: (engine, text) => envelope(engine.tokenize(wellFormed(text))).tokens,

  async add(engine, doc, requestId) {
    let text = doc.text;
    let type = doc.type || 'text';
    if (doc.bytes) {
      const got = await LoupeExtract.extract(doc.name, doc.type, doc.bytes, () => cancelled.has(requestId));
      text = got.text;
      type = got.type;
    }
    if (cancelled.has(requestId)) throw new ReplyError('aborted', 'the operation was cancelled');
    text = wellFormed(text);
    if (has(engine, 'addDocument')) {
      if (documents.has(doc.id) && has(engine, 'removeDocument')) envelope(engine.removeDocument(doc.id));
      envelope(engine.addDocument(doc.id, doc.name, text));
    }
    const stored = { id: doc.id, name: doc.name, type, chars: text.length,
      bytes: doc.bytes ? doc.bytes.byteLength : new TextEncoder().encode(text).length, text };
    documents.set(doc.id, stored);
    finishedAdds.set(requestId, doc.id);
    if (finishedAdds.size > 256) finishedAdds.delete(finishedAdds.keys().next().value);
    return summary(stored);
  },
  remove(engine, id) {
    if (!documents.has(id)) throw new ReplyError('not_found', `no document with id ${id}`);
    if (has(engine, 'removeDocument')) envelope(engine.removeDocument(id));
    documents.delete(id);
    return true;
  },
  list: () => [...documents.values()].map(summary),
  get(engine, id) {
    const doc = documents.get(id);
    if (!doc) throw new ReplyError('not_found', `no document with id ${id}`);
    return { ...doc };
  },
  search(engine, query, options) {
    if (!has(engine, 'search')) throw unsupported('search');
    return envelope(engine.search(query, JSON.stringify(options || {})));
  },
  entities(engine) {
    if (!has(engine, 'entities')) throw unsupported('entities');
    const docs = [...documents.values()].map(({ id, name, text }) => ({ id, name, text }));
    return envelope(engine.entities(JSON.stringify(docs)));
  },
  dates(engine, options) {
    if (!has(engine, 'dates')) throw unsupported('dates');
    const ref = (options && options.refDate) || new Date().toISOString().slice(0, 10);
    return [...documents.values()].map((doc) => ({ id: doc.id, name: doc.name, ...envelope(engine.dates(doc.text, ref)) }));
  },
  save(engine) {
    const index = has(engine, 'save') ? new Uint8Array(engine[engineMethods.save]()) : new Uint8Array(0);
    return LoupeExtract.pack([...documents.values()].map(({ id, name, type, text }) => ({ id, name, type, text })), index);
  },
  load(engine, bytes) {
    const { docs, index } = LoupeExtract.unpack(bytes);
    const indexed = index.length > 0 && has(engine, 'load');
    if (indexed) envelope(engine[engineMethods.load](index));
    documents.clear();
    for (const d of docs) {
      if (!indexed && has(engine, 'addDocument')) envelope(engine.addDocument(d.id, d.name, d.text));
      documents.set(d.id, { ...d, chars: d.text.length, bytes: new TextEncoder().encode(d.text).length });
    }
    return docs.length;
  },
};

self.onmessage = async (event) => {
  const { id, op, args = [] } = event.data || {};
  if (op === 'cancel') {
    const docId = finishedAdds.get(args[0]);
    if (docId === undefined) cancelled.add(args[0]);
    else if (documents.has(docId)) ops.remove(await ready, docId);
    return;
  }
  try {
    const engine = await ready;
    if (!Object.hasOwn(ops, op)) throw new ReplyError('invalid_argument', `unknown operation ${op}`);
    const result = await ops[op](engine, ...args, id);
    const transfer = result instanceof Uint8Array ? [result.buffer] : [];
    self.postMessage({ id, ok: true, result }, transfer);
  } catch (err) {
    const code = typeof err?.code === 'string' ? err.code : 'internal';
    self.postMessage({ id, ok: false, error: { code, message: String(err?.message || err), details: err?.details } });
  } finally {
    cancelled.delete(id);
  }
};
