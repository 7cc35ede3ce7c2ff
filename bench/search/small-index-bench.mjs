// Cold indexing of the seed corpus, as a page meets it: a fresh process loads the wasm engine
// and indexes the 392 paragraph units of ../shared/corpus once (search-bench.mjs small's units
// and ids), so what is timed includes V8's first compilation and tiering of the engine's code.
//   node --no-experimental-fetch bench/search/small-index-bench.mjs [RUNS] [ROUNDS]
// RUNS fresh processes (default 15), then each figure's median [min-max] and the load average
// before and after. ROUNDS > 1 indexes the units again in new Engines in the same process (the
// warm figure). LOUPE_DIST_DIR picks another build; LOUPE_DIST_DIRS=a,b,... compares builds,
// one process of each in turn per run (the machine's drift hits all alike); KIND=normal loads
// the .wasm file instead of the single-file script; NODE_FLAGS adds flags to the child
// processes (e.g. --no-liftoff). ENTRIES=string,bytes compares the two ways in: addDocument with
// the JS string (embind copies it character by character) and addDocumentBytes with its
// TextEncoder bytes (encoding timed too), one process of each in turn per run and build.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

function units() {
  const dir = process.env.LOUPE_CORPUS_DIR ?? new URL('../../../shared/corpus/', import.meta.url).pathname;
  const out = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    readFileSync(join(dir, f), 'utf8')
      .split(/\n\s*\n/)
      .forEach((p, i) => {
        if (p.trim()) out.push({ id: `${f}#${i}`, text: p.trim() });
      });
  }
  return out;
}

async function child(rounds) {
  const list = units();
  const { loadEngine } = await import('../../tests/wasm/load-engine.mjs');
  let t = performance.now();
  const module = await loadEngine(process.env.KIND ?? 'single');
  const r = { load: performance.now() - t };
  t = performance.now();
  let engine = new module.Engine();
  const bytes = process.env.ENTRY === 'bytes';
  const encoder = new TextEncoder();
  r.construct = performance.now() - t;
  for (let round = 0; round < rounds; round++) {
    if (round > 0) engine = new module.Engine();
    t = performance.now();
    for (const [i, u] of list.entries()) {
      const reply = bytes
        ? engine.addDocumentBytes(u.id, u.id, encoder.encode(u.text))
        : engine.addDocument(u.id, u.id, u.text);
      if (i === 0) r[`first${round}`] = performance.now() - t;
      if (!reply.includes('"ok":true')) throw new Error(reply);
    }
    r[`index${round}`] = performance.now() - t;
  }
  console.log(JSON.stringify(r));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]));
} else {
  const runs = Number(process.argv[2] ?? 15);
  const rounds = Number(process.argv[3] ?? 1);
  const flags = (process.env.NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const self = fileURLToPath(import.meta.url);
  const dirs = (process.env.LOUPE_DIST_DIRS ?? process.env.LOUPE_DIST_DIR ?? '').split(',');
  const entries = (process.env.ENTRIES ?? 'string').split(',');
  const rows = new Map(dirs.flatMap((d) => entries.map((e) => [`${d}|${e}`, []])));
  const load = loadavg()[0];
  for (let i = 0; i < runs; i++) {
    for (const d of dirs) {
      for (const e of entries) {
        const env = { ...process.env, LOUPE_DIST_DIR: d, ENTRY: e };
        if (!d) delete env.LOUPE_DIST_DIR;
        const out = execFileSync(
          process.execPath,
          ['--no-experimental-fetch', ...flags, self, '--child', String(rounds)],
          { env },
        );
        rows.get(`${d}|${e}`).push(JSON.parse(out.toString()));
      }
    }
  }
  const fmt = (x) => x.toFixed(1);
  for (const [key, rs] of rows) {
    const [d, e] = key.split('|');
    const cells = Object.keys(rs[0]).map((k) => {
      const xs = rs.map((r) => r[k]);
      return `${k} ${fmt(median(xs))} [${fmt(Math.min(...xs))}-${fmt(Math.max(...xs))}]`;
    });
    console.log(`${d || 'web/dist'}${entries.length > 1 ? ` (${e})` : ''}: ${runs} runs, ms: ${cells.join(', ')}`);
  }
  console.log(`load average ${load.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`);
}
