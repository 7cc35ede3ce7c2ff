// A visitor's queries in Chromium against both static indexes on one local server (cold cache,
// a fresh browser context per engine): requests and bytes for the first query and for a visit
// of ten, and the time to the first result (from the page asking to the ten best pages' titles
// and snippets in hand, the engine's start-up included; in brackets the part before the first
// query: LoupeSite.open, i.e. the engine, manifest and table, or pagefind.init()). Bytes are counted as a host that
// gzips would send them: each fetched file's gzip -9 size (Pagefind's index files are gzipped
// already, so theirs barely change), and raw.
// "of it, the index": the bytes of the index's files alone, without the engine's download (Loupe's
// four files under lib/, Pagefind's pagefind.js and wasm file), which a returning visitor has
// cached and which does not grow with the site.
//   node bench/site/visit.mjs SITE_DIR   (SITE_DIR/loupe/ from `loupe site`, SITE_DIR/lib/ the
//   four files of web/dist/loupe-site*, SITE_DIR/pagefind/ from `pagefind --site SITE_DIR`)
//   ENGINES=loupe (default loupe,pagefind): only these; FIRST='signal,파일' (default the visit's
//   first word): each measured as a first query of its own, in a fresh context.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, normalize, extname } from 'node:path';
import { launch } from '../../tests/e2e/browser.mjs';

const root = process.argv[2];
const queries = ['signal', 'fichier', 'archivo', 'файл', '파일', 'socket', 'процесс', '설정', 'memory', 'network'];
const firsts = process.env.FIRST ? process.env.FIRST.split(',') : queries.slice(0, 1);
const chosen = (process.env.ENGINES || 'loupe,pagefind').split(',');
// The engine's own files (the rest is the index).
const isEngine = (url) => /^\/(lib\/|pagefind\/(pagefind\.js|wasm\.))/.test(new URL(url).pathname);
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
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
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
  const path = join(root, decodeURIComponent(new URL(url).pathname));
  if (!gz.has(path)) {
    const b = readFileSync(path);
    gz.set(path, { raw: b.length, gzip: gzipSync(b, { level: 9 }).length });
  }
  return gz.get(path);
};

// Runs in the page: opens the engine, then per query the ten best pages with their snippets.
const engines = {
  loupe: async (qs) => {
    const t0 = performance.now();
    const { LoupeSite } = await import('/lib/loupe-site-element.js');
    const site = await LoupeSite.open('/loupe/');
    const opened = performance.now() - t0;
    const out = [];
    for (const q of qs) {
      const r = await site.search(q, { limit: 10, perDoc: 1 });
      out.push({ q, ms: performance.now() - t0, hits: r.hits.map((h) => h.doc), total: r.total_docs });
    }
    return { opened, out };
  },
  pagefind: async (qs) => {
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

const browser = await launch();
const rows = [];
for (const [name, run] of Object.entries(engines).filter(([n]) => chosen.includes(n))) {
  for (const [label, qs] of [...firsts.map((q) => [`first query ${q}`, [q]]), ['visit of ten', queries]]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`); // an empty page of the same origin
    const fetched = [];
    context.on('requestfinished', (r) => fetched.push(r.url()));
    const { opened, out: results } = await page.evaluate(run, qs);
    await context.close();
    const sum = (urls) =>
      urls.map(gzipped).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
    const bytes = sum(fetched);
    const index = fetched.filter((u) => !isEngine(u));
    rows.push({
      engine: name,
      label,
      requests: fetched.length,
      ...bytes,
      index_requests: index.length,
      index: sum(index),
      open_ms: opened,
      first_ms: results[0].ms,
      results,
    });
  }
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
for (const r of rows.filter((x) => x.label === 'visit of ten')) {
  console.log(`${r.engine} pages found per query: ${r.results.map((x) => `${x.q} ${x.total}`).join(', ')}`);
}
