// Loupe: the promise-based client. Each instance owns one Web Worker (which owns one wasm
// engine); instances share nothing, so a page may hold several. Byte buffers cross to the
// worker and back as transfers, not copies. Engine replies of the form
// {ok:false, error:{code, message}} become a thrown LoupeError.
import { LoupeError } from './errors.js';
import { defaultModelsUrl, defaultWorker } from './locate.js';

export class Loupe {
  #worker;
  #pending = new Map();
  #nextId = 1;
  #failure = null;
  #capabilities = {};
  #restored;

  /** Starts a worker and its engine. Options: { worker: true, workerUrl?, createWorker?,
   *  preloadPdf? (default false: pdf.js, 370 KiB gzip, is fetched on the first PDF; true loads it
   *  with the worker, so nothing is fetched after start, as the offline app needs),
   *  modelsUrl? (the folder of the entity models, ner-<lang>.bin; default: models/ beside the
   *  library; each is fetched the first time a document of its language needs entities),
   *  preloadModels? (default false; true fetches all five with the worker, 1.3 MiB gzip, so that
   *  nothing is fetched after start; each is still parsed only when first needed) }. */
  static async create(options = {}) {
    if (options.worker === false) {
      throw new LoupeError('unsupported', 'worker: false is not supported: the engine always runs in a Web Worker');
    }
    const make = options.createWorker || (options.workerUrl ? () => new Worker(options.workerUrl) : defaultWorker);
    const loupe = new Loupe(make());
    try {
      const modelsUrl = options.modelsUrl ? new URL(options.modelsUrl, location.href).href : defaultModelsUrl();
      loupe.#capabilities = await loupe.#call('init', [
        { preloadPdf: options.preloadPdf === true, preloadModels: options.preloadModels === true, modelsUrl },
      ]);
    } catch (err) {
      loupe.dispose();
      throw err;
    }
    return loupe;
  }

  /** A new instance restored from bytes made by save(). The bytes are transferred. Its
   *  `restored` says how: "snapshot" (the saved index) or "rebuilt" (the documents were indexed
   *  again, e.g. a snapshot from an older engine: slower, nothing lost; save() again). */
  static async load(bytes, options = {}) {
    const loupe = await Loupe.create(options);
    try {
      loupe.#restored = (await loupe.#call('load', [toBytes(bytes)], [toBytes(bytes).buffer])).index;
    } catch (err) {
      loupe.dispose();
      throw err;
    }
    return loupe;
  }

  constructor(worker) {
    if (!(worker instanceof Worker)) throw new LoupeError('invalid_argument', 'use Loupe.create()');
    this.#worker = worker;
    worker.onmessage = (e) => this.#receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.#fail(new LoupeError('worker', `the Loupe worker failed: ${e.message || 'could not start'}`));
    };
  }

  /** Which engine features this build has, e.g. { tokenize: true, search: false, ... }. */
  get capabilities() {
    return { ...this.#capabilities };
  }
  /** "snapshot" or "rebuilt" for an instance made by Loupe.load(), else undefined. */
  get restored() {
    return this.#restored;
  }

  /** Adds one document: { id, name, text } or { id, name, bytes, type? } (bytes are transferred).
   *  options: { signal?: AbortSignal }. Resolves to the stored document's summary. */
  add(doc, options = {}) {
    if (!doc || doc.id === undefined || doc.id === null) {
      return Promise.reject(new LoupeError('invalid_argument', 'a document needs an id'));
    }
    const message = { id: String(doc.id), name: String(doc.name ?? doc.id), type: doc.type || '' };
    const transfer = [];
    if (doc.bytes !== undefined) {
      message.bytes = toBytes(doc.bytes);
      transfer.push(message.bytes.buffer);
    } else if (typeof doc.text === 'string') {
      message.text = doc.text;
    } else {
      return Promise.reject(new LoupeError('invalid_argument', 'a document needs text or bytes'));
    }
    return this.#call('add', [message], transfer, options.signal);
  }

  remove(id) {
    return this.#call('remove', [String(id)]);
  }
  /** Summaries of every document: [{ id, name, type, chars, bytes }]. */
  list() {
    return this.#call('list', []);
  }
  /** One document with its text: { id, name, type, chars, bytes, text }. */
  get(id) {
    return this.#call('get', [String(id)]);
  }
  /** Word tokens of a text: [{ surface, kind, begin_u16, end_u16, begin_byte, end_byte }]. */
  tokenize(text) {
    return this.#call('tokenize', [String(text)]);
  }
  search(query, options = {}) {
    return this.#call('search', [String(query), options]);
  }
  entities(options = {}) {
    return this.#call('entities', [options]);
  }
  dates(options = {}) {
    return this.#call('dates', [options]);
  }
  /** The corpus's dates in one call, counted by decade, year and month: { documents, counts,
   *  total, dates }; options pick the dates sent: { dates: false } none, { doc } one
   *  document's, { from, to } a period's (loupe.d.ts says more). */
  indexDates(options = {}) {
    return this.#call('indexDates', [options]);
  }

  /** A snapshot (Uint8Array) that Loupe.load() restores: the documents, plus the engine's
   *  index when the engine can save one. */
  save() {
    return this.#call('save', []);
  }

  /** For callers that store the documents themselves (one record each, say): the engine's
   *  index alone, without the texts, as a Uint8Array for restore(). */
  saveIndex() {
    return this.#call('saveIndex', []);
  }

  /** Replaces this instance's documents with `documents` ([{ id, name, type, text }], as get()
   *  returns them) and their index from saveIndex(); if the index does not match them (other
   *  documents, changed texts, an older engine) the documents are indexed again. Resolves to
   *  { documents: count, index: "snapshot" | "rebuilt" }. */
  restore(documents, index) {
    const bytes = index instanceof Uint8Array || index instanceof ArrayBuffer ? index : new Uint8Array(0);
    return this.#call('restore', [documents, bytes]);
  }

  /** Ends the worker; pending calls reject with code "disposed". */
  dispose() {
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = null;
    this.#fail(new LoupeError('disposed', 'this Loupe instance was disposed'));
  }

  #call(op, args, transfer = [], signal) {
    if (this.#failure) return Promise.reject(this.#failure);
    if (signal?.aborted) return Promise.reject(abortError());
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#pending.delete(id);
        this.#worker?.postMessage({ id: this.#nextId++, op: 'cancel', args: [id] });
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.#pending.set(id, {
        resolve: (v) => {
          done();
          resolve(v);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
      this.#worker.postMessage({ id, op, args }, transfer);
    });
  }

  #receive(message) {
    const entry = message && this.#pending.get(message.id);
    if (!entry) return; // a cancelled call, or not ours
    this.#pending.delete(message.id);
    if (message.ok) entry.resolve(message.result);
    else
      entry.reject(
        new LoupeError(
          message.error?.code || 'internal',
          message.error?.message || 'unknown error',
          message.error?.details,
        ),
      );
  }

  #fail(error) {
    this.#failure = error;
    for (const entry of this.#pending.values()) entry.reject(error);
    this.#pending.clear();
  }
}

Loupe.LoupeError = LoupeError;

function abortError() {
  return new LoupeError('aborted', 'the operation was cancelled');
}

function toBytes(value) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new LoupeError('invalid_argument', 'bytes must be a Uint8Array or ArrayBuffer');
}
