// A visitor's queries in Chromium against both static indexes on one local server (cold cache,
// a fresh browser context per engine): requests and bytes for the first query and for a visit
// of ten, and the time to the first result (from the page asking to the ten best pages' titles
// and snippets in hand, the engine's start-up included; in brackets the part before the first
// query: LoupeSite.open, i.e. the engine, manifest and table, or pagefind.init()). Bytes are counted as a host that
// gzips would send them: each fetched file's gzip -9 size (Pagefind's index files are gzipped
// already, so theirs barely change), and raw.
// "of it, the index": the bytes of the index's files alone, without the engine's download (Loupe's
// files under lib/, Pagefind's pagefind.js and wasm file), which a returning visitor has
// cached and which does not grow with the site.
//   node bench/site/visit.mjs SITE_DIR   (SITE_DIR/loupe/ from `loupe site`, SITE_DIR/lib/ the
//   files of web/dist/loupe-site*, SITE_DIR/pagefind/ from `pagefind --site SITE_DIR`)
//   ENGINES=loupe (default loupe,pagefind): only these; FIRST='signal,파일' (default the visit's
//   first word): each measured as a first query of its own, in a fresh context.
//   LIBS='main=/tmp/main-lib,new=web/dist': instead of SITE_DIR/lib/, Loupe from each folder (its
//   four loupe-site* files, served as /lib-NAME/), one engine each ("loupe-NAME"), measured
//   interleaved in the same run. RUNS=3: everything that many times (engines in a rotating order),
//   then the median of each row. TRACE=1: where Loupe's open goes, per run (worker-side timestamps
//   of the engine's download, compile, SiteIndex calls and each file: open-trace.mjs); the trace
//   adds a wrapper worker, so time it apart from the untraced runs; the medians then add the time
//   inside the engine's open and search calls (wasm on the worker's thread). VISIT=0: no visit of ten.
//   CPU=1: each page under Chromium's tracing, its threads' CPU time (less sensitive to the
//   machine's load than wall time): the page's main thread, Loupe's worker, the renderer's pool
//   (wasm compile and tier-up, streams).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, normalize, extname, resolve } from 'node:path';
import { launch } from '../../tests/e2e/browser.mjs';
import { traceWorker, traceLine, threadCpu, cpuCategories } from './open-trace.mjs';

const root = process.argv[2];
const queries = ['signal', 'fichier', 'archivo', 'файл', '파일', 'socket', 'процесс', '설정', 'memory', 'network'];
const firsts = process.env.FIRST ? process.env.FIRST.split(',') : queries.slice(0, 1);
const chosen = (process.env.ENGINES || 'loupe,pagefind').split(',');
const runs = Number(process.env.RUNS) || 1;
const tracing = Boolean(process.env.TRACE);
const cpuTracing = Boolean(process.env.CPU);
// Loupe's builds: name -> folder ('' = SITE_DIR/lib/ as /lib/).
const libs = process.env.LIBS
  ? new Map(process.env.LIBS.split(',').map((x) => [x.split('=')[0], resolve(x.split('=')[1])]))
  : new Map([['', '']]);
// The engine's own files (the rest is the index).
const isEngine = (url) => /^\/(lib(-[^/]+)?\/|pagefind\/(pagefind\.js|wasm\.)|__trace)/.test(new URL(url).pathname);
// A URL path -> the file it serves.
const fileOf = (pathname) => {
  const lib = /^\/lib-([^/]+)\/(.*)$/.exec(pathname);
  if (lib && libs.has(lib[1])) return join(libs.get(lib[1]), lib[2]);
  return normalize(join(root, pathname));
};
const types = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.html': 'text/html',
  '.json': 'application/json',
};
const gz = new Map();
const server = createServer((req, res) => {
  if (req.url === '/')
    return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>visit</title>');
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (pathname === '/__trace-worker.js')
    return res.writeHead(200, { 'content-type': 'text/javascript' }).end(traceWorker);
  const path = fileOf(pathname);
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': types[extname(path)] || 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const gzipped = (url) => {
  const path = fileOf(decodeURIComponent(new URL(url).pathname));
  if (!gz.has(path)) {
    const b = readFileSync(path);
    gz.set(path, { raw: b.length, gzip: gzipSync(b, { level: 9 }).length });
  }
  return gz.get(path);
};

// Runs in the page: opens the engine, then per query the ten best pages with their snippets.
const engines = {
  loupe: async ({ qs, lib, trace }) => {
    const t0 = performance.now();
    const traces = [];
    if (trace) {
      // The trace worker posts its timestamps beside the worker's replies (the client ignores them).
      const Real = Worker;
      window.Worker = class extends Real {
        constructor(url, options) {
          super(`/__trace-worker.js?worker=${encodeURIComponent(new URL(url, location.href).href)}`, options);
          this.addEventListener('message', (e) => e.data?.trace && traces.push(e.data.trace));
        }
      };
    }
    const { LoupeSite } = await import(`${lib}loupe-site-element.js`);
    const imported = performance.now() - t0;
    const site = await LoupeSite.open('/loupe/');
    const opened = performance.now() - t0;
    const out = [];
    for (const q of qs) {
      const r = await site.search(q, { limit: 10, perDoc: 1 });
      out.push({ q, ms: performance.now() - t0, hits: r.hits.map((h) => h.doc), total: r.total_docs });
    }
    await new Promise((done) => setTimeout(done, trace ? 50 : 0)); // the last trace message
    return { opened, out, trace: trace && { start: performance.timeOrigin + t0, imported, opened, traces } };
  },
  pagefind: async ({ qs }) => {
    const t0 = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const opened = performance.now() - t0;
    const out = [];
    for (const q of qs) {
      const s = await pagefind.search(q);
      const data = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
      out.push({ q, ms: performance.now() - t0, hits: data.map((d) => d.url), total: s.results.length });
    }
    return { opened, out };
  },
};

const variants = [];
for (const name of chosen) {
  if (name !== 'loupe') variants.push({ name, run: engines[name] });
  else
    for (const lib of libs.keys())
      variants.push({ name: lib ? `loupe-${lib}` : 'loupe', run: engines.loupe, lib: lib ? `/lib-${lib}/` : '/lib/' });
}
const browser = await launch();
const rows = [];
const load = [loadavg()[0]];
for (let round = 0; round < runs; round++) {
  const visits = [...firsts.map((q) => [`first query ${q}`, [q]]), ['visit of ten', queries]];
  for (const [label, qs] of process.env.VISIT === '0' ? visits.slice(0, -1) : visits) {
    // Rotated each round so that no engine always runs first (or right after another).
    const order = variants.map((_, i) => variants[(i + round) % variants.length]);
    for (const { name, run, lib } of order) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`); // an empty page of the same origin
      const fetched = [];
      context.on('requestfinished', (r) => fetched.push(r.url()));
      const arg = { qs, lib, trace: tracing && Boolean(lib) };
      if (cpuTracing) await browser.startTracing(page, { categories: cpuCategories });
      const { opened, out: results, trace } = await page.evaluate(run, arg);
      const cpu = cpuTracing ? threadCpu(await browser.stopTracing()) : null;
      await context.close();
      const sum = (urls) =>
        urls.map(gzipped).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
      const counted = fetched.filter((u) => !new URL(u).pathname.startsWith('/__trace'));
      const bytes = sum(counted);
      const index = counted.filter((u) => !isEngine(u));
      rows.push({
        round,
        engine: name,
        label,
        requests: counted.length,
        ...bytes,
        index_requests: index.length,
        index: sum(index),
        open_ms: opened,
        first_ms: results[0].ms,
        results,
        cpu,
      });
      if (trace) {
        const { line, calls } = traceLine(trace);
        rows.at(-1).calls = calls;
        console.log(`trace ${name} ${label} (round ${round + 1}): ${line}`);
      }
    }
  }
  load.push(loadavg()[0]);
}
await browser.close();
server.close();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  '| engine | what | requests | gzip | raw | of it, the index: requests, gzip (raw) | time to first result (of it: open) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const index = `${r.index_requests}, ${kb(r.index.gzip)} (${kb(r.index.raw)})`;
  console.log(
    `| ${r.engine} | ${r.label} | ${r.requests} | ${kb(r.gzip)} | ${kb(r.raw)} | ${index} | ${r.first_ms.toFixed(0)} ms (${r.open_ms.toFixed(0)}) |`,
  );
}
for (const r of rows.filter((x) => x.label === 'visit of ten' && x.round === 0)) {
  console.log(`${r.engine} pages found per query: ${r.results.map((x) => `${x.q} ${x.total}`).join(', ')}`);
}
// Loupe's builds side by side (LIBS) must answer alike: every query's total and ten pages, in order.
const loupes = rows.filter((r) => r.engine.startsWith('loupe'));
if (libs.size > 1) {
  const answer = (r) => JSON.stringify(r.results.map((x) => [x.q, x.total, x.hits]));
  const differ = loupes.filter((r) => answer(r) !== answer(loupes.find((x) => x.label === r.label)));
  console.log(
    differ.length
      ? `DIFFERENT ANSWERS: ${differ.map((r) => `${r.engine} ${r.label} (round ${r.round + 1})`).join('; ')}`
      : `Loupe's builds gave the same totals and pages for every query (${loupes.length} pages loaded)`,
  );
}
if (runs > 1) {
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  console.log(
    `\nmedians of ${runs} runs (load average at each run's start and at the end: ${load.map((x) => x.toFixed(1)).join(', ')})`,
  );
  console.log('| engine | what | time to first result, median (each) | open, median (each) |');
  console.log('|---|---|---|---|');
  const keys = [...new Set(rows.map((r) => `${r.label}\u0000${r.engine}`))];
  for (const key of keys) {
    const [label, engine] = key.split('\u0000');
    const same = rows.filter((r) => r.label === label && r.engine === engine);
    const first = same.map((r) => r.first_ms);
    const open = same.map((r) => r.open_ms);
    const each = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
    const calls = same.filter((r) => r.calls).map((r) => r.calls);
    const cpus = same.filter((r) => r.cpu).map((r) => r.cpu);
    const cpu = cpus.length
      ? ` CPU: ${['main', 'worker', 'pool'].map((k) => `${k} ${median(cpus.map((c) => c[k])).toFixed(0)} ms (${each(cpus.map((c) => c[k]))})`).join(', ')} |`
      : '';
    const inside = calls.length
      ? ` engine calls: open ${median(calls.map((c) => c.open)).toFixed(0)} ms (${each(calls.map((c) => c.open))}), search ${median(calls.map((c) => c.search)).toFixed(0)} ms (${each(calls.map((c) => c.search))}) |`
      : '';
    console.log(
      `| ${engine} | ${label} | ${median(first).toFixed(0)} ms (${each(first)}) | ${median(open).toFixed(0)} ms (${each(open)}) |${inside}${cpu}`,
    );
  }
}
