// <loupe-search index="..."> (web/src/lib/loupe-site-element.js) over a chunked static index
// written by the native `loupe site`, served by a plain static server with the strict CSP: the
// element opens the index, the first query fetches only a few of its chunks, and the hits (page,
// score, in order) and totals are those of the native `loupe site-search` on the same folder.
// Needs the native CLI (build/native/cli/loupe or $LOUPE_BIN) and the site build in $LOUPE_DIST
// (make wasm: loupe-site.{js,wasm}, loupe-site-element.js, loupe-site-worker.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, dist, shots } from './browser.mjs';
import { serve } from '../../web/serve.mjs';

const loupeBin = process.env.LOUPE_BIN || fileURLToPath(new URL('../../build/native/cli/loupe', import.meta.url));

// Pages of our own in four languages; each page mixes a few topics so words spread over pages.
const topics = [
  ['Ferry timetable', 'The ferry leaves the harbour office at dawn. Passengers board with a paper ticket.'],
  ['Bridge repairs', 'The old bridge closed for repairs; cyclists take the ferry across the river instead.'],
  ['Harbour strike', 'Dock workers went on strike on Monday and the harbour office promised talks by Friday.'],
  ['Lighthouse museum', 'The lighthouse museum shows lenses, logbooks and a keeper’s brass telescope 🔭.'],
  ['Horario del ferri', 'El ferri sale del puerto al amanecer. Los pasajeros suben con un billete de papel.'],
  ['Huelga en el puerto', 'Los estibadores hicieron huelga el lunes y la oficina del puerto prometió negociar.'],
  ['Расписание парома', 'Паром отходит от причала на рассвете. Пассажиры поднимаются на борт с билетом.'],
  ['Забастовка в порту', 'Портовые рабочие объявили забастовку, и администрация порта обещала переговоры.'],
  ['여객선 시간표', '여객선은 새벽에 항구를 떠난다. 승객들은 종이 표를 들고 배에 오른다.'],
  ['항구 파업', '항만 노동자들이 월요일에 파업했고 항만청은 금요일까지 협상을 약속했다.'],
];
const langs = { 0: 'en', 1: 'en', 2: 'en', 3: 'en', 4: 'es', 5: 'es', 6: 'ru', 7: 'ru', 8: 'ko', 9: 'ko' };
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// Made-up stop names, 40 per page and none twice: a vocabulary big enough for many chunks.
const syllables = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'vo', 'de', 'ba', 'zu', 'pe'];
const stop = (n) => [n % 12, Math.floor(n / 12) % 12, Math.floor(n / 144) % 12].map((k) => syllables[k]).join('') + 'n';

let root; // the site: pages, lib/ (the element), loupe/ (the index)
let server;
let browser;
let origin;

function writeSite() {
  root = mkdtempSync(join(tmpdir(), 'loupe-site-e2e-'));
  for (let i = 0; i < 40; i++) {
    const a = i % topics.length;
    const b = (i * 3 + 1) % topics.length;
    const lang = langs[a];
    const dir = join(root, lang);
    mkdirSync(dir, { recursive: true });
    const stops = `Stops: ${Array.from({ length: 40 }, (_, k) => stop(i * 40 + k)).join(', ')}.`;
    const body = [topics[a][1], `Page ${i}.`, topics[b][1], stops].map((p) => `<p>${escape(p)}</p>`).join('\n');
    writeFileSync(
      join(dir, `page-${String(i).padStart(2, '0')}.html`),
      `<!doctype html><html lang="${lang}"><head><title>${escape(topics[a][0])} ${i}</title>` +
        `<script>var ignored = "ferry";</script></head><body><nav>Home · Ferry · Search</nav>` +
        `<main><h1>${escape(topics[a][0])}</h1>\n${body}</main></body></html>\n`,
    );
  }
  // Small chunks, so that the index has many and "a few" means something.
  execFileSync(loupeBin, ['site', root, '-o', join(root, 'loupe'), '--chunk-kb', '1']);
  mkdirSync(join(root, 'lib'));
  for (const f of ['loupe-site-element.js', 'loupe-site-worker.js', 'loupe-site.js', 'loupe-site.wasm'])
    copyFileSync(join(dist, f), join(root, 'lib', f));
  copyFileSync(join(dist, 'loupe-site.wasm'), join(root, 'lib', 'engine.bin')); // served untyped
  writeFileSync(
    join(root, 'search.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title><link rel="icon" href="data:,">' +
      '<script type="module" src="lib/loupe-site-element.js"></script></head><body>' +
      '<loupe-search index="loupe/" label="Search the site"></loupe-search></body></html>\n',
  );
}

// A page whose own policy forbids it every fetch (a <meta> CSP): the worker, under the policy
// its script was served with, fetches what the page could not.
function writeClosedPage() {
  writeFileSync(
    join(root, 'closed.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title><link rel="icon" href="data:,">' +
      `<meta http-equiv="Content-Security-Policy" content="connect-src 'none'">` +
      '<script type="module" src="lib/loupe-site-element.js"></script></head><body>' +
      '<loupe-search index="loupe/" label="Search the site"></loupe-search></body></html>\n',
  );
}

function native(query) {
  return JSON.parse(
    execFileSync(loupeBin, ['site-search', join(root, 'loupe'), query, '--limit', '10', '--per-doc', '1'], {
      encoding: 'utf8',
    }),
  );
}

before(async () => {
  writeSite();
  writeClosedPage();
  server = await serve(0, '127.0.0.1', root);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

// Types `query` into the element and resolves to its loupe-results event's detail.
async function ask(page, query) {
  const detail = page.evaluate(
    (q) =>
      new Promise((resolve) => {
        const el = document.querySelector('loupe-search');
        el.addEventListener('loupe-results', (e) => e.detail.query === q && resolve(e.detail));
      }),
    query,
  );
  await page.locator('loupe-search input').fill(query);
  return detail;
}

test('the element opens a chunked index and its first query fetches a few chunks', async () => {
  const chunksTotal = readdirSync(join(root, 'loupe')).filter((f) => f.startsWith('c-')).length;
  assert.ok(chunksTotal >= 20, `the test index has ${chunksTotal} chunks; want many`);
  const { page, context, problems } = await openPage(browser, null);
  const fetched = []; // every request under /loupe/, as the browser made them (worker included)
  const libs = []; // and under /lib/
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/loupe/')) fetched.push(path.slice('/loupe/'.length));
    if (path.startsWith('/lib/')) libs.push(path.slice('/lib/'.length));
  });
  await page.goto(`${origin}/search.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('loupe-search')?.shadowRoot.querySelector('.status').textContent === '40 pages indexed.',
    null,
    { timeout: 30000 },
  );
  assert.deepEqual(fetched, ['manifest.bin'], `at open: the manifest only (${fetched})`);
  // The engine's glue comes inside the worker script: three files, each once.
  assert.deepEqual(libs.sort(), ['loupe-site-element.js', 'loupe-site-worker.js', 'loupe-site.wasm']);

  const first = await ask(page, 'ferry');
  const chunks = first.network.filter((n) => n.file.startsWith('c-'));
  assert.ok(chunks.length >= 1 && chunks.length <= 3, `first query fetched ${chunks.length} of ${chunksTotal} chunks`);
  // The browser's own log agrees with the worker's: nothing else was fetched from the index.
  assert.deepEqual(fetched.slice(1).sort(), first.network.map((n) => n.file).sort());
  const fragments = first.network.filter((n) => n.file.startsWith('f-')).length;
  assert.equal(fragments, new Set(first.hits.map((h) => h.doc)).size, 'one fragment per page shown');

  const bytes = first.network.reduce((n, f) => n + f.bytes, 0);
  console.log(`first query: ${chunks.length} of ${chunksTotal} chunks, ${first.network.length} files, ${bytes} bytes`);
  const expected = native('ferry');
  assert.equal(first.total, expected.total);
  assert.deepEqual(
    first.hits.map((h) => [h.doc, h.score]),
    expected.hits.map((h) => [h.doc, h.score]),
  );
  // The list shows each hit with a link to its page and the query word marked.
  const shown = await page.evaluate(() =>
    [...document.querySelector('loupe-search').shadowRoot.querySelectorAll('li')].map((li) => ({
      doc: li.dataset.doc,
      href: li.querySelector('a').getAttribute('href'),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase()),
    })),
  );
  assert.equal(shown.length, expected.hits.length);
  for (const [i, s] of shown.entries()) {
    assert.equal(s.doc, expected.hits[i].doc);
    assert.equal(s.href, `${origin}/${expected.hits[i].doc}`);
    assert.ok(s.marks.includes('ferry'), `hit ${i} marks ${s.marks}`);
  }
  await page.screenshot({ path: join(shots, 'site-search.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('queries in four languages and the query forms give the native hits', async () => {
  const { page, context, problems } = await openPage(browser, `${origin}/search.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('loupe-search')?.shadowRoot.querySelector('.status').textContent === '40 pages indexed.',
    null,
    { timeout: 30000 },
  );
  const queries = [
    'harbour office',
    '"harbour office"',
    'ferr*',
    'fery~',
    'harbur~',
    'telscope~2',
    'пором~',
    '여객션~',
    'fery~ office',
    'puerto',
    'парома',
    'паром',
    '항구',
    '항만청',
    'ferry -bridge',
    'strike OR huelga',
    'telescope',
    'kalomin',
    'kalo*',
  ];
  for (const q of queries) {
    const got = await ask(page, q);
    const want = native(q);
    assert.equal(got.total, want.total, q);
    assert.deepEqual(
      got.hits.map((h) => [h.doc, h.score]),
      want.hits.map((h) => [h.doc, h.score]),
      q,
    );
    assert.ok(want.total > 0, `${q}: the test wants queries that find something`);
  }
  const bad = page.evaluate(
    () =>
      new Promise((resolve) => {
        const status = document.querySelector('loupe-search').shadowRoot.querySelector('.status');
        new MutationObserver(() => status.classList.contains('error') && resolve(status.textContent)).observe(status, {
          attributes: true,
          childList: true,
        });
      }),
  );
  await page.locator('loupe-search input').fill('"harbour');
  assert.match(await bad, /quot|phrase|"/i);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the engine starts from a wasm file served untyped, or from another glue; a missing one fails the open', async () => {
  const { page, context } = await openPage(browser, `${origin}/search.html`);
  const glues = []; // requests for the glue alone: only the engineUrl open makes one
  context.on('request', (r) => new URL(r.url()).pathname === '/lib/loupe-site.js' && glues.push(r.url()));
  const got = await page.evaluate(async () => {
    const { LoupeSite } = await import('/lib/loupe-site-element.js');
    // application/octet-stream: compiled from its bytes, as instantiateStreaming refuses it.
    const site = await LoupeSite.open('/loupe/', { wasmUrl: '/lib/engine.bin' });
    const reply = await site.search('ferry', { limit: 10, perDoc: 1 });
    site.dispose();
    // Another glue, loaded by the worker, with the wasm file beside it.
    const other = await LoupeSite.open('/loupe/', { engineUrl: '/lib/loupe-site.js' });
    const again = await other.search('ferry', { limit: 10, perDoc: 1 });
    other.dispose();
    const failed = await LoupeSite.open('/loupe/', { wasmUrl: '/lib/missing.wasm' }).then(
      () => null,
      (err) => ({ code: err.code, message: err.message }),
    );
    return {
      hits: reply.hits.map((h) => [h.doc, h.score]),
      total: reply.total,
      again: again.hits.map((h) => [h.doc, h.score]),
      failed,
    };
  });
  const want = native('ferry');
  assert.equal(got.total, want.total);
  assert.deepEqual(
    got.hits,
    want.hits.map((h) => [h.doc, h.score]),
  );
  assert.deepEqual(got.again, got.hits);
  assert.equal(glues.length, 1);
  assert.equal(got.failed?.code, 'fetch');
  assert.match(got.failed.message, /missing\.wasm: HTTP 404/);
  await context.close();
});

test('a page whose CSP forbids it fetching still opens the index (the worker fetches)', async () => {
  const { page, context, problems } = await openPage(browser, `${origin}/closed.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('loupe-search')?.shadowRoot.querySelector('.status').textContent === '40 pages indexed.',
    null,
    { timeout: 30000 },
  );
  const got = await ask(page, 'ferry');
  assert.equal(got.total, native('ferry').total);
  // The page's two fetches (the engine, the manifest) were refused, nothing else went wrong.
  assert.ok(problems.length > 0, 'the page did try');
  assert.deepEqual(
    problems.filter((p) => !/connect-src|Content Security Policy/.test(p)),
    [],
  );
  await context.close();
});
