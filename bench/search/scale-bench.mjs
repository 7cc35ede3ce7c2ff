// Scale check for the target: index ~50 MB of real text in one wasm instance (the big
// corpus, each file added `COPIES` times under distinct ids), then report MB/s, wasm memory,
// saved index bytes per input byte and query latency p50/p99.
//   node bench/search/scale-bench.mjs [DIR] [COPIES=2]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loupeAdapter } from './engines.mjs';

const dir = process.argv[2] ?? '/tmp/loupe-bigcorpus';
const copies = Number(process.argv[3] ?? 2);
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
const loupe = await loupeAdapter();
let bytes = 0;
const t0 = performance.now();
for (let c = 0; c < copies; c++) {
  for (const [f, text] of files) {
    const r = JSON.parse(loupe.engine.addDocument(`${c}/${f}`, f, text));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    bytes += Buffer.byteLength(text);
  }
}
const ms = performance.now() - t0;
const saved = loupe.engine.saveIndex();
const bare = loupe.engine.saveIndexWithoutText();
const stats = JSON.parse(loupe.engine.indexStats());
const queries = [
  'socket',
  'permissions',
  '"file descriptor"',
  'allocat*',
  'процесс',
  'archivo',
  '패키지',
  '이미지 -레이어',
  'signal~',
  'a*',
];
const times = [];
for (let r = 0; r < 10; r++) {
  for (const q of queries) {
    const s = performance.now();
    const reply = JSON.parse(loupe.engine.search(q, '{"limit":10}'));
    times.push(performance.now() - s);
    if (!reply.ok) throw new Error(q);
  }
}
times.sort((a, b) => a - b);
console.log(
  `${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s = ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s;` +
    ` wasm memory ${(loupe.module.HEAPU8.length / 1e6).toFixed(0)} MB; ${stats.documents} documents, ${stats.passages} passages, ${stats.terms} terms`,
);
console.log(
  `saved index ${(saved.length / 1e6).toFixed(1)} MB = ${(saved.length / bytes).toFixed(2)} bytes/input byte` +
    `; saveIndexWithoutText() ${(bare.length / 1e6).toFixed(1)} MB = ${(bare.length / bytes).toFixed(2)} bytes/input byte`,
);
console.log(
  `query latency with snippets, 10 hits: p50 ${times[Math.floor(times.length / 2)].toFixed(2)} ms, p99 ${times[Math.floor(times.length * 0.99)].toFixed(2)} ms`,
);
