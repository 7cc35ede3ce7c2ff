// One adapter per engine, same interface: build(units) indexes [{id, text}], search(query,
// limit) returns unit ids best first (Loupe's also has searchIds, the ids-only entry the
// latency loop uses; search-bench checks both give the same ids), serialize() the saved index as bytes (a Buffer or
// Uint8Array: the bench prints its size raw and gzipped). Peers run with
// their default analysis (what a user gets out of the box) and their nearest features:
// prefix search where the query is a prefix, all words required (AND) where they allow it.
// Phrases are not supported by any peer: they get the words, ANDed.
import { loadEngine } from '../../tests/wasm/load-engine.mjs';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import { create, insertMultiple, search as oramaSearch, save as oramaSave } from '@orama/orama';

export async function loupeAdapter() {
  // The tests' loader: web/ is "type": "module", so the classic engine script cannot be
  // require()d; LOUPE_DIST_DIR picks another build (default web/dist).
  const module = await loadEngine('single');
  const engine = new module.Engine();
  return {
    name: 'loupe',
    module,
    engine,
    build(units) {
      for (const u of units) {
        const r = engine.addDocument(u.id, u.id, u.text);
        if (!JSON.parse(r).ok) throw new Error(r);
      }
    },
    // facets: false — the peers compute none; snippet_bytes: 0 — they make none either.
    search(q, limit) {
      const r = JSON.parse(engine.search(q.q, JSON.stringify({ limit, per_doc: 1, snippet_bytes: 0, facets: false })));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.hits.map((h) => h.doc);
    },
    // Engine::search_top_docs: the same documents in the same order, without offsets or
    // totals (FlexSearch's answer is ids too).
    searchIds(q, limit) {
      const r = JSON.parse(engine.searchTopDocs(q.q, limit));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.docs;
    },
    serialize() {
      return engine.saveIndex();
    },
    // Without the documents' text (they are the caller's, as for every peer): what the JS
    // library's save() container needs beside the documents it holds anyway.
    serializeWithoutText() {
      return engine.saveIndexWithoutText();
    },
    textBytes() {
      return JSON.parse(engine.indexStats()).text_bytes;
    },
  };
}

export function miniSearchAdapter() {
  const ms = new MiniSearch({ fields: ['text'] });
  return {
    name: 'minisearch',
    build(units) {
      ms.addAll(units);
    },
    search(q, limit) {
      return ms
        .search(q.words, { prefix: !!q.prefix, combineWith: 'AND' })
        .slice(0, limit)
        .map((r) => r.id);
    },
    serialize() {
      return Buffer.from(JSON.stringify(ms));
    },
  };
}

export function flexSearchAdapter() {
  // "forward" indexes every word prefix: the only way FlexSearch answers prefix queries.
  const index = new FlexSearch.Index({ tokenize: 'forward' });
  return {
    name: 'flexsearch',
    build(units) {
      for (const u of units) index.add(u.id, u.text);
    },
    search(q, limit) {
      return index.search(q.words, { limit });
    },
    async serialize() {
      const parts = [];
      await index.export((key, data) => {
        parts.push(String(key), typeof data === 'string' ? data : JSON.stringify(data ?? ''));
      });
      return Buffer.from(parts.join(''));
    },
  };
}

export function lunrAdapter() {
  let idx;
  return {
    name: 'lunr',
    build(units) {
      idx = lunr(function () {
        this.ref('id');
        this.field('text');
        for (const u of units) this.add(u);
      });
    },
    search(q, limit) {
      const query = q.words
        .split(/\s+/)
        .map((w) => `+${w.replace(/[:~^*+-]/g, ' ')}${q.prefix ? '*' : ''}`)
        .join(' ');
      try {
        return idx
          .search(query)
          .slice(0, limit)
          .map((r) => r.ref);
      } catch {
        return []; // lunr's query parser throws on some input
      }
    },
    serialize() {
      return Buffer.from(JSON.stringify(idx));
    },
  };
}

export function oramaAdapter() {
  const db = create({ schema: { id: 'string', text: 'string' } });
  return {
    name: 'orama',
    async build(units) {
      await insertMultiple(db, units, 1000);
    },
    async search(q, limit) {
      const r = await oramaSearch(db, { term: q.words, properties: ['text'], limit, threshold: 0 });
      return r.hits.map((h) => h.document.id);
    },
    serialize() {
      return Buffer.from(JSON.stringify(oramaSave(db)));
    },
  };
}

export const peerFactories = [miniSearchAdapter, flexSearchAdapter, lunrAdapter, oramaAdapter];
