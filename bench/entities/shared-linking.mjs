// The entities of indexed documents two ways (wasm): indexEntities(), which reads the linking
// the entity: filter ran, vs entities(docs), which links the texts again (what the worker did
// before). The envelopes must match but for surfaces the normalization re-joined.
//   node --max-old-space-size=8000 bench/entities/shared-linking.mjs [DIR]   (default /tmp/loupe-bigcorpus)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { loadEngine } from '../../tests/wasm/load-engine.mjs';

const dir = process.argv[2] ?? '/tmp/loupe-bigcorpus';
const module = await loadEngine('single');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const e = new module.Engine();
for (const d of docs) e.addDocument(d.name, d.name, d.text);
const ms = (f) => {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
};
const [filterMs] = ms(() => e.search('entity:Linux', '{"limit":10,"facets":false}'));
const [sharedMs, shared] = ms(() => e.indexEntities());
const [ownMs, own] = ms(() => e.entities(docs));
const strip = (j) => {
  const r = JSON.parse(j);
  for (const m of r.mentions) delete m.surface;
  return JSON.stringify(r);
};
console.log(
  `${docs.length} files; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  `first entity: query (links) ${filterMs.toFixed(0)} ms; indexEntities() ${sharedMs.toFixed(0)} ms;` +
    ` entities(docs) ${ownMs.toFixed(0)} ms; same envelope but surfaces: ${strip(shared) === strip(own)}`,
);
