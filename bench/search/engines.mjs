// One adapter per engine, same interface: build(units) indexes [{id, text}], search(query,
// limit) returns unit ids best first, size() the serialized index in bytes. Peers run with
// their default analysis (what a user gets out of the box) and their nearest features:
// prefix search where the query is a prefix, all words required (AND) where they allow it.
// Phrases are not supported by any peer: they get the words, ANDed.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import { create, insertMultiple, search as oramaSearch, save as oramaSave } from '@orama/orama';

const require = createRequire(import.meta.url);
const bytes = (s) => Buffer.byteLength(s, 'utf8');

export async function loupeAdapter() {
  const dist = process.env.LOUPE_DIST ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));
  const module = await require(`${dist}/loupe-engine.single.js`)();
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
    search(q, limit) {
      const r = JSON.parse(engine.search(q.q, JSON.stringify({ limit, per_doc: 1, snippet_bytes: 0 })));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.hits.map((h) => h.doc);
    },
    size() {
      return engine.saveIndex().length;
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
    build(units) { ms.addAll(units); },
    search(q, limit) {
      return ms.search(q.words, { prefix: !!q.prefix, combineWith: 'AND' }).slice(0, limit).map((r) => r.id);
    },
    size() { return bytes(JSON.stringify(ms)); },
  };
}

export function flexSearchAdapter() {
  // "forward" indexes every word prefix: the only way FlexSearch answers prefix queries.
  const index = new FlexSearch.Index({ tokenize: 'forward' });
  return {
    name: 'flexsearch',
    build(units) { for (const u of units) index.add(u.id, u.text); },
    search(q, limit) { return index.search(q.words, { limit }); },
    async size() {
      let total = 0;
      await index.export((key, data) => { total += bytes(String(key)) + bytes(typeof data === 'string' ? data : JSON.stringify(data ?? '')); });
      return total;
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
      const query = q.words.split(/\s+/).map((w) => `+${w.replace(/[:~^*+-]/g, ' ')}${q.prefix ? '*' : ''}`).join(' ');
      try {
        return idx.search(query).slice(0, limit).map((r) => r.ref);
      } catch {
        return [];  // lunr's query parser throws on some input
      }
    },
    size() { return bytes(JSON.stringify(idx)); },
  };
}

export function oramaAdapter() {
  const db = create({ schema: { id: 'string', text: 'string' } });
  return {
    name: 'orama',
    async build(units) { await insertMultiple(db, units, 1000); },
    async search(q, limit) {
      const r = await oramaSearch(db, { term: q.words, properties: ['text'], limit, threshold: 0 });
      return r.hits.map((h) => h.document.id);
    },
    size() { return bytes(JSON.stringify(oramaSave(db))); },
  };
}

export const peerFactories = [miniSearchAdapter, flexSearchAdapter, lunrAdapter, oramaAdapter];
