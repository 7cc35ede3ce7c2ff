// LoupeSite: search a chunked static index written by `loupe site` (engine/site/FORMAT.md) from
// any static host. Only the manifest and the table are fetched at open; each query fetches the
// chunks its words fall in and the fragments of the hits it shows. The engine (loupe-site.js,
// search-only) runs in a worker (loupe-site-worker.js), both found beside this file.
//   const site = await LoupeSite.open('/loupe/');
//   const { total, hits } = await site.search('harbour', { limit: 10 });
//   hits[0]: { doc, name, title, field, passage, lang, score, snippet, highlights: [{begin_u16,
//   end_u16}] }  (highlights index `snippet`: snippet.slice(begin_u16, end_u16))
//   const { facets } = await site.search('harbour', { facets: ['entity', 'year', 'month'] });
//   facets: { entity: [{ id, canonical, type, count }], year: { '2021': n }, month: { '2021-06': n } }
//   (as LoupeClient's search facets; counted over every matching passage, not only the hits shown)
// A page opened from file:// cannot fetch the index: use the single-file app there.
import { LoupeError } from './errors.js';

// The facets a site index holds (its entity and date pages, engine/site/FORMAT.md).
const SITE_FACETS = ['entity', 'year', 'month'];

export class LoupeSite {
  #worker;
  #pending = new Map();
  #nextId = 1;
  /** What the last call fetched: [{file, bytes, round}] in the order the files arrived (round: 1,
   *  2, ...: the files of one round are fetched together). */
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

  /** { total, total_docs, hits, fetched, chunks_total, facets? } for `query` (the engine's query
   *  language). options: { limit: 1..1000, default 10; perDoc: passages of one page, 1..1000,
   *  default 3; facets: any of 'entity', 'year', 'month' (the site's index holds no lang or doc
   *  facet), default none; facet_limit: entities the entity facet lists, 1..100000, default 20 }. */
  search(query, options = {}) {
    const facets = options.facets ?? [];
    const unknown = facets.filter((name) => !SITE_FACETS.includes(name));
    if (unknown.length) {
      const message = `unknown facet ${unknown[0]}: a site index counts ${SITE_FACETS.join(', ')}`;
      return Promise.reject(new LoupeError('invalid_argument', message));
    }
    const facetLimit = options.facet_limit ?? 20;
    if (!Number.isInteger(facetLimit) || facetLimit < 1 || facetLimit > 100000)
      return Promise.reject(new LoupeError('invalid_argument', `facet_limit ${facetLimit}: not between 1 and 100000`));
    return this.#call({
      op: 'search',
      query: String(query),
      limit: options.limit ?? 10,
      perDoc: options.perDoc ?? 3,
      facets,
      facetLimit,
    });
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
