// Loupe (wasm) vs MiniSearch, FlexSearch, Lunr and Orama in one Node process, on the same
// units and queries: indexing time and throughput, serialized index size, query latency
// (p50/p99, 10 hits; Loupe through its ids-only searchIds), and recall/precision against
// judged answers (bench/search/queries.mjs).
//   node bench/search/search-bench.mjs small            the seed corpus, one unit per paragraph
//   node bench/search/search-bench.mjs big [DIR]        make-bigcorpus.sh output, one unit per file
// LOUPE_DIST_DIR=dir picks the wasm build (default web/dist).
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loupeAdapter, peerFactories } from './engines.mjs';
import { smallQueries, bigQueries } from './queries.mjs';

const mode = process.argv[2] ?? 'small';
const RECALL_LIMIT = 100000; // every hit counts for recall
const LATENCY_LIMIT = 10;
// 100 x the queries: the p99 of 1,300 samples is not one stall of a shared machine.
const REPEATS = Number(process.env.REPEATS ?? 100);

function loadUnits() {
  const units = [];
  if (mode === 'small') {
    const dir = process.env.LOUPE_CORPUS_DIR ?? new URL('../../../shared/corpus/', import.meta.url).pathname;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      readFileSync(join(dir, f), 'utf8')
        .split(/\n\s*\n/)
        .forEach((p, i) => {
          if (p.trim()) units.push({ id: `${f}#${i}`, text: p.trim() });
        });
    }
  } else {
    const dir = process.argv[3] ?? '/tmp/loupe-bigcorpus';
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      units.push({ id: f, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  return units;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');

async function measure(adapter, units, queries, inputBytes) {
  const before = process.memoryUsage();
  const t0 = performance.now();
  await adapter.build(units);
  const indexMs = performance.now() - t0;
  const saved = await adapter.serialize();
  const size = saved.length;
  const gzip = gzipSync(saved).length; // default level 6, as a web server would send it
  const out = { name: adapter.name, indexMs, mbps: inputBytes / 1e6 / (indexMs / 1000), size, gzip, groups: {} };
  if (adapter.serializeWithoutText) {
    const bare = adapter.serializeWithoutText();
    out.bare = bare.length;
    out.bareGzip = gzipSync(bare).length;
  }
  out.heapMB = (process.memoryUsage().heapUsed - before.heapUsed) / 1e6;
  if (adapter.module) out.wasmMB = adapter.module.HEAPU8.length / 1e6;
  for (const q of queries) {
    const got = await adapter.search(q, RECALL_LIMIT);
    const rel = q.relevant;
    const hit = got.filter((id) => rel.has(id)).length;
    const g = (out.groups[q.group] ??= { recall: [], precision: [] });
    g.recall.push(rel.size ? hit / rel.size : 1);
    g.precision.push(got.length ? hit / got.length : rel.size ? 0 : 1);
    q.results ??= {};
    q.results[adapter.name] = `${hit}/${got.length}`;
  }
  // The latency loop takes an adapter's ids-only entry where it has one, which must rank
  // exactly as its full search.
  const latencySearch = adapter.searchIds ? adapter.searchIds.bind(adapter) : adapter.search.bind(adapter);
  if (adapter.searchIds) {
    for (const q of queries) {
      const full = JSON.stringify(await adapter.search(q, LATENCY_LIMIT));
      const ids = JSON.stringify(await adapter.searchIds(q, LATENCY_LIMIT));
      if (full !== ids) throw new Error(`${adapter.name}: searchIds and search disagree on ${q.q}: ${ids} vs ${full}`);
    }
  }
  const times = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const q of queries) {
      const s = performance.now();
      await latencySearch(q, LATENCY_LIMIT);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  out.p50 = percentile(times, 0.5);
  out.p99 = percentile(times, 0.99);
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const all = Object.values(out.groups);
  out.recall = avg(all.flatMap((g) => g.recall));
  out.precision = avg(all.flatMap((g) => g.precision));
  if (adapter.textBytes) out.textBytes = adapter.textBytes();
  return out;
}

const units = loadUnits();
const inputBytes = units.reduce((n, u) => n + Buffer.byteLength(u.text), 0);
const queries = (mode === 'small' ? smallQueries : bigQueries).map((q) => ({
  ...q,
  relevant: new Set(units.filter((u) => q.rel.test(u.text)).map((u) => u.id)),
}));
console.log(
  `${mode} corpus: ${units.length} units, ${(inputBytes / 1e6).toFixed(2)} MB, ${queries.length} judged queries; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

const results = [await measure(await loupeAdapter(), units, queries, inputBytes)];
for (const make of peerFactories) {
  try {
    results.push(await measure(make(), units, queries, inputBytes));
  } catch (e) {
    console.log(`${make.name} failed: ${e.message}`);
  }
}

console.log('\nengine       index ms    MB/s   size bytes   gzip bytes  bytes/in  p50 ms  p99 ms  recall  precision');
const row = (name, r, size, gzip) =>
  `${name.padEnd(12)} ${fmt(r.indexMs, 0).padStart(8)} ${fmt(r.mbps, 2).padStart(7)}` +
  ` ${String(size).padStart(12)} ${String(gzip).padStart(12)} ${fmt(size / inputBytes, 2).padStart(9)}` +
  ` ${fmt(r.p50, 3).padStart(7)} ${fmt(r.p99, 3).padStart(7)} ${fmt(r.recall, 3).padStart(7)} ${fmt(r.precision, 3).padStart(10)}`;
for (const r of results) {
  console.log(row(r.name, r, r.size, r.gzip));
  if (r.bare !== undefined) console.log(row(`${r.name}-notext`, r, r.bare, r.bareGzip));
}
const loupe = results[0];
console.log(
  `\nloupe: saveIndex() ${loupe.size} bytes with the documents' text (${loupe.textBytes} text bytes),` +
    ` saveIndexWithoutText() ${loupe.bare} bytes (what the peers' indexes are: the documents are the caller's); wasm memory ${fmt(loupe.wasmMB)} MB`,
);
console.log('\nrecall / precision by group');
const groups = Object.keys(loupe.groups);
console.log('group'.padEnd(16) + results.map((r) => r.name.padStart(16)).join(''));
for (const g of groups) {
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    g.padEnd(16) +
      results
        .map((r) => `${fmt(avg(r.groups[g].recall), 2)}/${fmt(avg(r.groups[g].precision), 2)}`.padStart(16))
        .join(''),
  );
}
console.log('\nper query: relevant retrieved / retrieved (relevant total)');
for (const q of queries) {
  console.log(
    `${q.q.padEnd(26)} (${String(q.relevant.size).padStart(4)})` +
      results.map((r) => `${r.name}:${q.results[r.name]}`.padStart(20)).join(''),
  );
}

console.log(
  '\nratios (peer / loupe; > 1 means loupe is better for time and size, < 1 for recall; size vs loupe without text, raw and gzip)',
);
for (const r of results.slice(1)) {
  console.log(
    `${r.name.padEnd(12)} index time x${fmt(r.indexMs / loupe.indexMs, 2)}  size x${fmt(r.size / loupe.bare, 2)}` +
      ` gzip x${fmt(r.gzip / loupe.bareGzip, 2)} (vs loupe with text x${fmt(r.size / loupe.size, 2)}, gzip x${fmt(r.gzip / loupe.gzip, 2)})` +
      `  p50 x${fmt(r.p50 / loupe.p50, 2)}  p99 x${fmt(r.p99 / loupe.p99, 2)}  recall x${fmt(r.recall / loupe.recall, 2)}  precision x${fmt(r.precision / loupe.precision, 2)}`,
  );
}
