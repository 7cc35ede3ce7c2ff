// LoupeSite: search a chunked static index written by `loupe site` (engine/site/FORMAT.md) from
// any static host. Only the manifest and the table are fetched at open; each query fetches the
// chunks its words fall in and the fragments of the hits it shows. The engine (loupe-site.js,
// search-only) runs in a worker (loupe-site-worker.js), both found beside this file.
//   const site = await LoupeSite.open('/loupe/');
//   const { total, hits } = await site.search('harbour', { limit: 10 });
//   hits[0]: { doc, name, title, field, passage, lang, score, snippet, highlights: [{begin_u16,
//   end_u16}] }  (highlights index `snippet`: snippet.slice(begin_u16, end_u16))
// A page opened from file:// cannot fetch the index: use the single-file app there.
import { LoupeError } from './errors.js';

export class LoupeSite {
  #worker;
  #pending = new Map();
  #nextId = 1;
  /** What the last call fetched: [{file, bytes}] in the order the files arrived. */
  lastNetwork = [];

  /** Opens the index at `indexUrl` (a folder URL, relative to the page). Options: { workerUrl?,
   *  wasmUrl?, engineUrl? } (defaults: the worker and the engine's wasm file beside this module;
   *  the engine's glue comes bundled in the worker, engineUrl loads another one, with its wasm
   *  file beside it). Resolves once the manifest and table are read. */
  static async open(indexUrl, options = {}) {
    if (location.protocol === 'file:') {
      throw new LoupeError(
        'unsupported',
        'a chunked index cannot be fetched from file://: serve the folder over http, or use the single-file app',
      );
    }
    const workerUrl = options.workerUrl || new URL('./loupe-site-worker.js', import.meta.url);
    const engineUrl = options.engineUrl ? new URL(options.engineUrl, location.href).href : null;
    const wasmUrl = new URL(
      options.wasmUrl || new URL('./loupe-site.wasm', engineUrl || import.meta.url),
      location.href,
    ).href;
    const index = new URL(indexUrl, document.baseURI).href;
    const site = new LoupeSite(new Worker(workerUrl));
    try {
      const opened = site.#call({ op: 'open', indexUrl: index, wasmUrl, engineUrl });
      // Fetched here while the worker starts (its thread and its script: tens of milliseconds
      // before it could fetch anything); the worker compiles the engine's bytes.
      site.#handOver('engine', wasmUrl, wasmUrl);
      site.#handOver(
        'manifest.bin',
        new URL('manifest.bin', index.endsWith('/') ? index : `${index}/`),
        'manifest.bin',
      );
      const reply = await opened;
      site.documents = reply.documents;
      site.chunks = reply.chunks;
    } catch (err) {
      site.dispose();
      throw err;
    }
    return site;
  }

  constructor(worker) {
    this.#worker = worker;
    worker.onmessage = (e) => {
      const { id, ok, reply, network, error } = e.data;
      const p = this.#pending.get(id);
      if (!p) return;
      this.#pending.delete(id);
      if (ok) {
        this.lastNetwork = network;
        p.resolve(reply);
      } else p.reject(new LoupeError(error.code, error.message, error));
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      for (const p of this.#pending.values()) p.reject(new LoupeError('worker', e.message || 'the worker failed'));
      this.#pending.clear();
    };
  }

  /** { total, total_docs, hits, fetched, chunks_total } for `query` (the engine's query
   *  language). options: { limit: 1..1000, default 10; perDoc: passages of one page, 1..1000,
   *  default 3 }. */
  search(query, options = {}) {
    return this.#call({ op: 'search', query: String(query), limit: options.limit ?? 10, perDoc: options.perDoc ?? 3 });
  }

  // Fetches `url` and posts its bytes to the worker as `name` (an HTTP error as an error named
  // `label`; no response at all: {unreachable}, and the worker fetches it itself).
  async #handOver(name, url, label) {
    let message;
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (response.ok) message = { bytes: await response.arrayBuffer() };
      else message = { error: { code: 'fetch', message: `${label}: HTTP ${response.status}` } };
    } catch {
      message = { unreachable: true };
    }
    this.#worker?.postMessage({ op: 'handed', name, ...message }, message.bytes ? [message.bytes] : []);
  }

  dispose() {
    this.#worker?.terminate();
    this.#worker = null;
    for (const p of this.#pending.values()) p.reject(new LoupeError('disposed', 'disposed'));
    this.#pending.clear();
  }

  #call(message) {
    if (!this.#worker) return Promise.reject(new LoupeError('disposed', 'disposed'));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...message });
    });
  }
}
