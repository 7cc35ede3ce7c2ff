// Wasm engine vs. Intl.Segmenter, in one Node process, over the same documents.
//   node --no-experimental-fetch bench/analysis/wasm_vs_intl.mjs --list FILE_OF_PATHS
//        [--dist DIR] [--op tokenize] [--reps 5] [--min-ms 300] [--native op=MBs,op_json=MBs]
// Throughput is MB/s of UTF-8 input (1 MB = 10^6 bytes), median of --reps repetitions; the
// variants take turns within each repetition so machine load hits them alike. Each document is
// one call, as in real use. Variants:
//   wasm <op>          engine[op](text): JS string in, JSON envelope string out (what the worker gets)
//   wasm <op> + parse  the same plus JSON.parse of the envelope (what the page then does)
//   Intl.Segmenter     new Intl.Segmenter('und', {granularity: 'word'}) over the text, collecting
//                      the word-like segments as {segment, index}: the browser's own tokenizer
// --native passes the native figures from native_bench so one table shows all the ratios.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import vm from 'node:vm';

const OP = 'tokenize'; // the one line to change for the full analysis: 'analyze' (or pass --op)

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const op = args.op ?? OP;
const reps = Math.max(1, Number(args.reps ?? 5));
const minMs = Number(args['min-ms'] ?? 300);
const dist = args.dist ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));
if (!args.list) {
  console.error('usage: wasm_vs_intl.mjs --list FILE_OF_PATHS [--dist DIR] [--op tokenize] ...');
  process.exit(2);
}

const paths = readFileSync(args.list, 'utf8').split('\n').filter(Boolean);
const docs = paths.map((p) => readFileSync(p, 'utf8'));
const bytes = paths.reduce((n, p) => n + readFileSync(p).length, 0);

// Evaluates the Emscripten script as CommonJS whatever package.json around it says (a
// "type": "module" there makes Node's require() load it as ESM, where it exports nothing).
function requireClassic(file) {
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    { filename: file },
  );
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

async function loadModule() {
  const single = path.join(dist, 'loupe-engine.single.js');
  if (existsSync(single)) return { Module: await requireClassic(single)(), file: single };
  const js = path.join(dist, 'loupe-engine.js');
  const wasmBinary = readFileSync(path.join(dist, 'loupe-engine.wasm'));
  return { Module: await requireClassic(js)({ wasmBinary }), file: js };
}

const { Module, file } = await loadModule();
const engine = new Module.Engine();
if (typeof engine[op] !== 'function') {
  console.error(`the wasm Engine in ${file} has no method "${op}"`);
  process.exit(1);
}
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

let sink = 0; // results feed this so no call can be optimised away
const variants = [
  [
    `wasm ${op}`,
    (t) => {
      sink += engine[op](t).length;
    },
  ],
  [
    `wasm ${op} + parse`,
    (t) => {
      sink += Object.keys(JSON.parse(engine[op](t))).length;
    },
  ],
  [
    'Intl.Segmenter',
    (t) => {
      const words = [];
      for (const s of segmenter.segment(t)) if (s.isWordLike) words.push({ segment: s.segment, index: s.index });
      sink += words.length;
    },
  ],
];

// Token counts, to show both sides did comparable work on the same text.
let wasmTokens = 0;
let intlTokens = 0;
for (const t of docs) {
  const env = JSON.parse(engine[op](t));
  if (!env.ok) throw new Error(`engine.${op} failed: ${JSON.stringify(env.error)}`);
  wasmTokens += (env.tokens ?? []).length;
  for (const s of segmenter.segment(t)) if (s.isWordLike) intlTokens += 1;
}

function oneRep(fn) {
  const start = performance.now();
  let passes = 0;
  let ms;
  do {
    for (const t of docs) fn(t);
    passes += 1;
    ms = performance.now() - start;
  } while (ms < minMs);
  return (bytes * passes) / 1e6 / (ms / 1e3);
}

for (const [, fn] of variants) for (const t of docs) fn(t); // warm-up (JIT, wasm tiers)
const runs = variants.map(() => []);
for (let r = 0; r < reps; r += 1) variants.forEach(([, fn], i) => runs[i].push(oneRep(fn)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`node ${process.version} (ICU ${process.versions.icu}); wasm from ${file}`);
console.log(`${docs.length} documents, ${bytes} bytes; tokens: wasm ${wasmTokens}, Intl.Segmenter ${intlTokens}`);
const results = new Map();
variants.forEach(([name], i) => {
  results.set(name, median(runs[i]));
  console.log(
    `${name.padEnd(24)} median ${median(runs[i]).toFixed(2).padStart(8)} MB/s  (runs: ${runs[i].map((v) => v.toFixed(2)).join(' ')})`,
  );
});
for (const kv of (args.native ?? '').split(',').filter(Boolean)) {
  const [name, value] = kv.split('=');
  results.set(`native ${name}`, Number(value));
}

const intl = results.get('Intl.Segmenter');
console.log(`\nthroughput, MB/s of UTF-8 input (${op}; ratio = x / Intl.Segmenter):`);
for (const [name, v] of results) {
  console.log(`  ${name.padEnd(24)} ${v.toFixed(2).padStart(8)}   x${(v / intl).toFixed(2)}`);
}
const wasmJson = results.get(`wasm ${op}`);
const nativeJson = results.get(`native ${op}_json`);
if (nativeJson) console.log(`  wasm/native (same JSON call): x${(wasmJson / nativeJson).toFixed(2)}`);
engine.delete();
if (sink < 0) console.log(sink);
