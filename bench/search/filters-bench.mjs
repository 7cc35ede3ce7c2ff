// What entity:/date: filters and the entity/year facets cost (issue 4): indexing runs no
// extractor, so the first query that needs them pays for the extraction over every document;
// later ones read the cache; a document update re-extracts its dates and re-links entities.
//   node bench/search/filters-bench.mjs [DIR]     (default ../shared/corpus; LOUPE_DIST_DIR=...)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../../tests/wasm/load-engine.mjs';

const dir = process.argv[2] || new URL('../../../shared/corpus/', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const engine = new (await loadEngine()).Engine();
const ms = (f) => {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
};
const [indexMs] = ms(() => files.forEach((f, i) => engine.addDocument(f, f, texts[i])));
console.log(`${files.length} documents, ${(bytes / 1e6).toFixed(3)} MB: indexed in ${indexMs.toFixed(0)} ms`);
const run = (label, q, options = '{"snippet_bytes":0}') => {
  const [t, json] = ms(() => engine.search(q, options));
  const r = JSON.parse(json);
  console.log(`${label.padEnd(34)} ${t.toFixed(1).padStart(8)} ms  total ${r.total ?? r.error?.message}`);
};
run('plain query', 'Lavrov OR 라브로프');
run('first date: (extracts dates)', 'date:2022');
run('date: again (cached)', 'date:2022-11..2023-07');
run('first entity: (extracts + links)', 'entity:Lavrov');
run('entity: again (cached)', 'entity:라브로프');
run('facets entity+year (cached)', 'Lavrov OR 라브로프', '{"snippet_bytes":0,"facets":["lang","doc","entity","year"]}');
engine.addDocument(files[0], files[0], texts[0]); // an update: its annotations are dropped
run('entity: after one update (re-links)', 'entity:Lavrov');
run('date: after one update', 'date:2022');
engine.delete();
