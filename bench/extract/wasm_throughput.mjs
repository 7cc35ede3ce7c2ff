// Wasm throughput of the two extraction facades on the real documents, for one or more builds
// side by side: Engine.dates(text) per document and Engine.entities(docs) over all documents
// at once (what the web app calls), JSON.parse of the envelope included. Runs are interleaved
// across builds, so that a load spike on this shared machine hits every build alike.
//   node --no-experimental-fetch bench/extract/wasm_throughput.mjs [--rounds N] [--only dates|entities]
//        [--cpu] [--fresh] DIST_DIR...
// Prints, per build and call, the min, median and best MB/s over the rounds (1 MB = 10^6 bytes
// of UTF-8 input), the module's first call apart (one-time work, empty per-word tables), and
// for each build after the first its per-round ratio to the first (min / median / max).
// --cpu times each call by the process's CPU time (process.cpuUsage) instead of the wall clock:
// on a loaded machine, time spent waiting for a core then does not count. It counts every thread
// of the process, V8's too: the optimizing compiler tiering the module up in the background and
// the concurrent garbage collector added 0-25 % to a round's CPU time over its wall-clock time
// on an idle machine (2026-12-07, median 3 %), work that a browser does beside the worker.
// --fresh: every entities() call gets texts it has not seen (each document with a line of its
// own appended, numbered per call), so what the engine keeps per text (the tagger's spans, the
// scans, the prepared documents) is never reused; its per-word tables still are. MB/s count the
// documents' own bytes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
let rounds = 7;
let only = null;
let cpu = false;
let fresh = false;
const dists = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--only') only = args[++i];
  else if (args[i] === '--cpu') cpu = true;
  else if (args[i] === '--fresh') fresh = true;
  else dists.push(resolve(args[i]));
}
if (dists.length === 0) dists.push(resolve(here, '..', '..', 'web', 'dist'));

// The engine script is classic CommonJS in a "type": "module" folder: evaluate it as require would.
// Builds since issue 16 hold no entity model: the five of DIST/models are loaded as the worker
// would (older builds embed them and have no models/ folder).
async function load(dist) {
  const path = `${dist}/loupe-engine.single.js`;
  const module = { exports: {} };
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`;
  vm.runInThisContext(wrapped, { filename: path })(module.exports, require, module, path, dist);
  const engine = await module.exports();
  if (existsSync(`${dist}/models`)) {
    const e = new engine.Engine();
    for (const f of readdirSync(`${dist}/models`).filter((n) => /^ner-..\.bin$/.test(n)))
      if (!JSON.parse(e.loadEntityModel(f.slice(4, 6), readFileSync(`${dist}/models/${f}`))).ok) throw new Error(f);
    e.delete();
  }
  return engine;
}

const corpusDir = process.env.LOUPE_CORPUS_DIR ?? resolve(here, '..', '..', '..', 'shared', 'corpus');
const docs = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(`${corpusDir}/${f}`, 'utf8') }));
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;

let callSerial = 0;
const engines = [];
for (const dist of dists) engines.push({ dist, engine: new (await load(dist)).Engine(), dates: [], entities: [] });
const allCalls = {
  dates: (e) => {
    for (const d of docs) JSON.parse(e.dates(d.text, ''));
  },
  entities: (e) =>
    JSON.parse(
      e.entities(fresh ? docs.map((d) => ({ name: d.name, text: `${d.text}\n\nCall ${++callSerial}.` })) : docs),
    ),
};
const calls = only ? { [only]: allCalls[only] } : allCalls;
const seconds = cpu
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    }
  : () => Number(process.hrtime.bigint()) / 1e9;
// The first call of each module is timed apart: it pays the one-time work (lexicon,
// transliterators) and finds the per-word tables empty; the rounds after find them filled.
for (const x of engines)
  for (const [name, f] of Object.entries(calls)) {
    const t0 = seconds();
    f(x.engine);
    x[`${name}First`] = mb / (seconds() - t0);
  }
for (let r = 0; r < rounds; ++r) {
  for (const x of engines) {
    for (const [name, f] of Object.entries(calls)) {
      const t0 = seconds();
      f(x.engine);
      x[name].push(mb / (seconds() - t0));
    }
  }
}
console.log(
  `${docs.length} documents, ${mb.toFixed(3)} MB, ${rounds} rounds${cpu ? ', CPU time' : ''}${fresh ? ', new texts each call' : ''}`,
);
for (const x of engines) {
  for (const name of Object.keys(calls)) {
    const v = [...x[name]].sort((a, b) => a - b);
    console.log(
      `${name.padEnd(9)} min ${v[0].toFixed(2)}  median ${v[v.length >> 1].toFixed(2)}  best ${v[v.length - 1].toFixed(2)} MB/s` +
        `  (first call ${x[`${name}First`].toFixed(2)})  ${x.dist}`,
    );
  }
  x.engine.delete();
}
// Each build against the first, round by round (the same round's runs are neighbours in time):
// min / median / max of the per-round ratio of MB/s.
for (const x of engines.slice(1)) {
  for (const name of Object.keys(calls)) {
    const r = x[name].map((v, i) => v / engines[0][name][i]).sort((a, b) => a - b);
    console.log(
      `${name.padEnd(9)} ratio to the first build, per round: min ${r[0].toFixed(3)} median ${r[r.length >> 1].toFixed(3)} max ${r[r.length - 1].toFixed(3)}  ${x.dist}`,
    );
  }
}
