// A faceted query against a chunked index in Chromium, cold (a fresh context each run): the
// files it fetches, the rounds they come in (a file whose request starts after another one
// finished is in a later round) and the time from the call to the answer with its facets,
// from a local static server that holds every response `DELAY` ms (a network's round trip, so
// that rounds show in the time). One row per Loupe build.
//   node bench/site/facet-rounds.mjs INDEX_DIR [QUERY ...]
//   LIBS='main=/tmp/main-dist,new=web/dist' (default new=web/dist): each folder's three
//   loupe-site* files; DELAY=40 (ms); RUNS=3 (the median time).
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize, extname, resolve } from 'node:path';
import { launch } from '../../tests/e2e/browser.mjs';

const index = resolve(process.argv[2] || '');
if (!existsSync(join(index, 'manifest.bin'))) {
  console.log(`facet-rounds: no index at ${index} (loupe site SRC -o DIR): skipped`);
  process.exit(0);
}
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['signal'];
const libs = (process.env.LIBS || 'new=web/dist').split(',').map((s) => s.split('='));
const delay = Number(process.env.DELAY ?? 40);
const runs = Number(process.env.RUNS) || 3;
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  let file = null;
  if (path === '/search.html') file = { body: Buffer.from('<!doctype html><meta charset="utf-8"><title>f</title>') };
  else if (path.startsWith('/loupe/')) file = join(index, path.slice(7));
  else {
    const [, name, rest] = path.match(/^\/lib-([^/]+)\/(.+)$/) || [];
    const lib = libs.find(([n]) => n === name);
    if (lib) file = join(resolve(lib[1]), rest);
  }
  setTimeout(() => {
    if (file?.body) return res.writeHead(200, { 'content-type': 'text/html' }).end(file.body);
    if (!file || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  }, delay);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

// Rounds of the index's requests: a request starting after an earlier one ended opens a round.
function rounds(requests) {
  let round = 0;
  let lastEnd = -1;
  for (const r of requests.sort((a, b) => a.start - b.start)) {
    if (r.start > lastEnd) round++;
    lastEnd = Math.max(lastEnd, r.end);
  }
  return round;
}

async function once(name, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  let measuring = false;
  context.on('requestfinished', (r) => {
    const path = new URL(r.url()).pathname;
    const t = r.timing();
    if (measuring && path.startsWith('/loupe/'))
      requests.push({ file: path.slice(7), start: t.startTime, end: t.startTime + t.responseEnd });
  });
  await page.goto(`${origin}/search.html`);
  await page.evaluate(async (lib) => {
    const { LoupeSite } = await import(`/lib-${lib}/loupe-site-element.js`);
    window.site = await LoupeSite.open('/loupe/');
  }, name);
  measuring = true;
  const out = await page.evaluate(async (q) => {
    const t0 = performance.now();
    const reply = await window.site.search(q, { limit: 10, perDoc: 1, facets: ['entity', 'year', 'month'] });
    return { ms: performance.now() - t0, total: reply.total, entities: reply.facets.entity.length };
  }, query);
  await new Promise((done) => setTimeout(done, 50)); // the last requestfinished events
  await context.close();
  return { ...out, files: requests.length, rounds: rounds(requests) };
}

for (const query of queries) {
  for (const [name] of libs) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await once(name, query));
    const ms = all.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs / 2)];
    const { total, entities, files, rounds: r } = all[0];
    console.log(
      `facet-rounds ${name.padEnd(6)} ${JSON.stringify(query)}: ${files} files in ${r} rounds, ` +
        `${ms.toFixed(0)} ms (median of ${runs}, ${delay} ms a response), total ${total}, ${entities} entities`,
    );
  }
}
await browser.close();
server.close();
