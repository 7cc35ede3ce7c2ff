// Recall and precision of the two static indexes on bench/search's judged queries of the big
// corpus (bench/search/queries.mjs: a pattern a relevant page's text must match; one unit per
// page), by query group. Loupe: every document `loupe site-search` finds (per_doc 1, no limit:
// the native reader, whose hits the wasm reader's equal, tests/wasm/site.test.mjs). Pagefind:
// every result of `pagefind.search(words)` in Chromium, from a page whose <html lang> is the
// query's language (Pagefind searches the index of the page's language only; so it is at its
// best here), each result's URL through `data()`.
//   node bench/site/recall.mjs CORPUS_DIR SITE_DIR   (SITE_DIR as pagefind-compare.sh leaves it:
//   SITE_DIR/loupe/ from `loupe site`, SITE_DIR/pagefind/; LOUPE=path/to/loupe)
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, normalize, extname, basename } from 'node:path';
import { launch } from '../../tests/e2e/browser.mjs';
import { bigQueries } from '../search/queries.mjs';

const [corpus, site] = process.argv.slice(2);
if (!corpus || !site || !existsSync(join(site, 'pagefind')) || !existsSync(join(site, 'loupe'))) {
  console.log('skipped: usage recall.mjs CORPUS_DIR SITE_DIR (run bench/site/pagefind-compare.sh first)');
  process.exit(0);
}
const loupe = process.env.LOUPE || 'build/native/cli/loupe';
const units = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f.slice(0, -4), text: readFileSync(join(corpus, f), 'utf8') }));
const page = (url) => basename(decodeURIComponent(url)).replace(/\.html?$/, '');

const langOf = (g) =>
  g.startsWith('ko') ? 'ko' : g.startsWith('ru') ? 'ru' : g.startsWith('uk') ? 'uk' : g.startsWith('es') ? 'es' : 'en';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') {
    const lang = url.searchParams.get('lang') || 'en';
    return res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><html lang="${lang}"><title>r</title>`);
  }
  const path = normalize(join(site, decodeURIComponent(url.pathname)));
  let body;
  try {
    body = readFileSync(path);
  } catch {
    return res.writeHead(404).end();
  }
  const type = extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream';
  res.writeHead(200, { 'content-type': type }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

const rows = [];
for (const q of bigQueries) {
  const relevant = new Set(units.filter((u) => q.rel.test(u.text)).map((u) => u.name));
  const out = execFileSync(loupe, ['site-search', join(site, 'loupe'), q.q, '--limit', '1000000', '--per-doc', '1'], {
    maxBuffer: 1 << 30,
  });
  const loupeHits = new Set(JSON.parse(out).hits.map((h) => page(h.doc)));
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/?lang=${langOf(q.group)}`);
  const urls = await tab.evaluate(async (words) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const s = await pagefind.search(words);
    const data = await Promise.all(s.results.map((r) => r.data()));
    return data.map((d) => d.url);
  }, q.words);
  await context.close();
  const pagefindHits = new Set(urls.map(page));
  const score = (hits) => {
    let found = 0;
    for (const h of hits) found += relevant.has(h);
    return { found, retrieved: hits.size };
  };
  rows.push({ q, relevant: relevant.size, loupe: score(loupeHits), pagefind: score(pagefindHits) });
}
await browser.close();
server.close();

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const groups = [...new Set(rows.map((r) => r.q.group))];
console.log('| group | queries | relevant | Loupe recall | Loupe precision | Pagefind recall | Pagefind precision |');
console.log('|---|---|---|---|---|---|---|');
const line = (label, rs) => {
  const sum = (f) => rs.reduce((a, r) => a + f(r), 0);
  const rel = sum((r) => r.relevant);
  const cells = ['loupe', 'pagefind'].map((e) => {
    const found = sum((r) => r[e].found),
      retrieved = sum((r) => r[e].retrieved);
    return `${ratio(found, rel).toFixed(3)} | ${ratio(found, retrieved).toFixed(3)}`;
  });
  console.log(`| ${label} | ${rs.length} | ${rel} | ${cells.join(' | ')} |`);
};
for (const g of groups)
  line(
    g,
    rows.filter((r) => r.q.group === g),
  );
line('all', rows);
console.log('\nper query: relevant found / retrieved (relevant)');
for (const r of rows) {
  console.log(
    `${r.q.q.padEnd(22)} (${String(r.relevant).padStart(5)})  loupe ${r.loupe.found}/${r.loupe.retrieved}` +
      `  pagefind ${r.pagefind.found}/${r.pagefind.retrieved}`,
  );
}
