// The cost of crossing into the wasm engine, per call, on a saved index (default the big
// corpus' /tmp/search-big.loupe): the full search envelope + JSON.parse, the ids-only
// searchTopDocs + JSON.parse, and embind calls that do almost nothing (the floor).
//   node bench/search/crossing-bench.mjs [saved.loupe] [rounds]
// (LOUPE_DIST_DIR=dir for another build; searchTopDocs' median per query is printed too.)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadEngine } from '../../tests/wasm/load-engine.mjs';
import { bigQueries } from './queries.mjs';

const file = process.argv[2] ?? '/tmp/search-big.loupe';
const rounds = Number(process.argv[3] ?? 200);
const module = await loadEngine('single');
const engine = new module.Engine();
const loaded = JSON.parse(engine.loadIndex(readFileSync(file)));
if (!loaded.ok) throw new Error(JSON.stringify(loaded));
const queries = bigQueries.map((q) => q.q);
const opts = JSON.stringify({ limit: 10, per_doc: 1, snippet_bytes: 0, facets: false });

const ways = {
  'embind no-op (removeDocument of no id)': () => engine.removeDocument(''),
  'embind search, no hits (zzzzqqq)': () => JSON.parse(engine.search('zzzzqqq', opts)),
  'search + JSON.parse': (q) => JSON.parse(engine.search(q, opts)).hits.map((h) => h.doc),
  'searchTopDocs + JSON.parse': (q) => JSON.parse(engine.searchTopDocs(q, 10)).docs,
  'searchTopDocs, reply not parsed': (q) => engine.searchTopDocs(q, 10),
};
for (const [name, f] of Object.entries(ways)) {
  if (name.startsWith('searchTopDocs') && !engine.searchTopDocs) continue; // an older build
  for (const q of queries) f(q); // warm: analysis memo, V8 tiers
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const s = performance.now();
      f(q);
      times.push(performance.now() - s);
    }
  }
  const byQuery = queries.map((q, i) => times.filter((_, k) => k % queries.length === i).sort((a, b) => a - b));
  times.sort((a, b) => a - b);
  const pct = (p) => (times[Math.floor(times.length * p)] * 1000).toFixed(1);
  console.log(
    `${name.padEnd(44)} p50 ${pct(0.5).padStart(7)} us  p90 ${pct(0.9).padStart(7)} us  p99 ${pct(0.99).padStart(7)} us`,
  );
  if (name !== 'searchTopDocs + JSON.parse' && name !== 'search + JSON.parse') continue;
  // Each query's median: which queries the p99 is made of.
  for (const [i, q] of queries.entries()) {
    const t = byQuery[i];
    console.log(`    ${q.padEnd(24)} median ${(t[t.length >> 1] * 1000).toFixed(1).padStart(7)} us`);
  }
}
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
engine.delete();
