// The first `date:` query's cost (issue 15: within 1.8 s on the 27 MB man-page corpus): indexing
// runs no extractor, so that query extracts the dates of every document (SearchAnnotations::
// ensure_dates); the next one reads the cache. For each build, the corpus is indexed, then the
// first and a second `date:` query are timed by the process's CPU time (what a loaded machine
// does not inflate) and by the wall clock.
//   node --no-experimental-fetch bench/extract/first_date_query.mjs [--dir DIR] DIST_DIR...
// DIR defaults to $LOUPE_CORPUS_DIR, else ../shared/corpus (the man pages: bash
// ../shared/bench/make-bigcorpus.sh /tmp/loupe-bigcorpus, then --dir /tmp/loupe-bigcorpus).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
let dir = process.env.LOUPE_CORPUS_DIR ?? resolve(here, '..', '..', '..', 'shared', 'corpus');
const dists = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--dir') dir = resolve(args[++i]);
  else dists.push(resolve(args[i]));
}
if (dists.length === 0) dists.push(resolve(here, '..', '..', 'web', 'dist'));
if (!existsSync(dir)) {
  console.log(`SKIP: no corpus at ${dir}`);
  process.exit(0);
}

// As wasm_throughput.mjs: the classic CommonJS engine script evaluated as require would.
async function load(dist) {
  const path = `${dist}/loupe-engine.single.js`;
  const module = { exports: {} };
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`;
  vm.runInThisContext(wrapped, { filename: path })(module.exports, require, module, path, dist);
  return module.exports();
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const timed = (f) => {
  const c = cpu(),
    w = performance.now();
  const r = f();
  return { cpu: cpu() - c, wall: (performance.now() - w) / 1e3, r };
};
console.log(`${files.length} documents, ${mb.toFixed(3)} MB`);
for (const dist of dists) {
  const engine = new (await load(dist)).Engine();
  const indexed = timed(() => files.forEach((f, i) => engine.addDocument(f, f, texts[i])));
  const first = timed(() => JSON.parse(engine.search('date:2022', '{"snippet_bytes":0}')));
  const again = timed(() => JSON.parse(engine.search('date:2021', '{"snippet_bytes":0}')));
  const s = (t) => `${t.cpu.toFixed(2)} s CPU (${t.wall.toFixed(2)} s wall)`;
  console.log(
    `${dist}\n  indexing ${s(indexed)}\n  first date: ${s(first)}, total ${first.r.total}` +
      `\n  second date: ${s(again)}, total ${again.r.total}`,
  );
  engine.delete();
}
