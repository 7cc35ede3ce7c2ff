// What a restart costs (wasm): indexing every file again vs loading the index saved without
// the texts, given the texts back (what the app and the library's save()/restore() do).
//   node --max-old-space-size=8000 bench/search/restart-bench.mjs [DIR]   (default /tmp/loupe-bigcorpus)
// LOUPE_DIST_DIR=dir picks the wasm build (default web/dist).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { loadEngine } from '../../tests/wasm/load-engine.mjs';

const dir = process.argv[2] ?? '/tmp/loupe-bigcorpus';
const module = await loadEngine('single');
const texts = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
);
const ms = (f) => {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
};

const a = new module.Engine();
const [indexMs] = ms(() => {
  for (const [id, text] of texts) a.addDocument(id, id, text);
});
const [saveMs, bare] = ms(() => a.saveIndexWithoutText());
const b = new module.Engine();
const [loadMs, reply] = ms(() => b.loadIndexWithSources(bare, (id) => texts.get(id) ?? null));
if (!JSON.parse(reply).ok) throw new Error(reply);
const same = a.search('socket', '{"limit":10}') === b.search('socket', '{"limit":10}');
const mb = [...texts.values()].reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
console.log(
  `${texts.size} files, ${mb.toFixed(1)} MB; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  `index ${indexMs.toFixed(0)} ms; saveIndexWithoutText ${saveMs.toFixed(0)} ms, ${bare.length} bytes;` +
    ` loadIndexWithSources ${loadMs.toFixed(0)} ms (x${(indexMs / loadMs).toFixed(1)} faster than indexing); same hits: ${same}`,
);
