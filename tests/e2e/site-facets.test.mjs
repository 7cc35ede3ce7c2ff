// <loupe-search index="..." facets> (web/src/lib/loupe-site-element.js, facet-panel.js) over a
// chunked static index with annotations, written by the native `loupe site` from our own
// sentences: the "Names and dates" panel lists the facets the library gives for the query,
// fetches the annotation pages only once it is opened, and in the rounds of the query's chunks
// (no round after them); a click on a name or a year adds its filter to the query, and the
// hits are the native `loupe site-search` hits of that query.
// Needs the native CLI (build/native/cli/loupe or $LOUPE_BIN) and the site build in $LOUPE_DIST.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, dist, shots } from './browser.mjs';
import { serve } from '../../web/serve.mjs';

const loupeBin = process.env.LOUPE_BIN || fileURLToPath(new URL('../../build/native/cli/loupe', import.meta.url));

// Our own sentences: people, organizations and places, dates in several years.
const pages = {
  'berlin.html': [
    'Talks in Berlin',
    'Angela Merkel met Sergei Lavrov in Berlin on 14 March 2019 to discuss the harbor treaty.',
    'UNESCO added the old harbor of Lübeck to its list in June 2021.',
  ],
  'hamburg.html': [
    'Hamburg after the storm',
    'The harbor of Hamburg reopened in March 2019 after the storm closed the locks.',
    'Angela Merkel visited the harbor workers in Hamburg in May 2020.',
  ],
  'rotterdam.html': [
    'Grain in Rotterdam',
    'The harbor of Rotterdam signed a grain contract with a Danish firm in 2018.',
    'Sergei Lavrov spoke about grain prices in Geneva in October 2020.',
  ],
  'museum.html': ['The lighthouse museum', 'The lighthouse museum shows lenses and logbooks of keepers.'],
};
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const all = ['entity', 'year', 'month'];
const annotationPage = (file) => /^[aey]-/.test(file);

let root;
let server;
let browser;
let origin;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'loupe-site-facets-e2e-'));
  for (const [name, [title, ...paragraphs]] of Object.entries(pages)) {
    const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
    writeFileSync(
      join(root, name),
      `<!doctype html><html lang="en"><head><title>${escape(title)}</title></head>` +
        `<body><main><h1>${escape(title)}</h1>\n${body}</main></body></html>\n`,
    );
  }
  // Small chunks and annotation pages: a query reads a few of each.
  execFileSync(loupeBin, ['site', root, '-o', join(root, 'loupe'), '--chunk-kb', '1', '--annotation-kb', '1']);
  mkdirSync(join(root, 'lib'));
  for (const f of ['loupe-site-element.js', 'loupe-site-worker.js', 'loupe-site.js', 'loupe-site.wasm'])
    copyFileSync(join(dist, f), join(root, 'lib', f));
  writeFileSync(
    join(root, 'search.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title><link rel="icon" href="data:,">' +
      '<script type="module" src="lib/loupe-site-element.js"></script></head><body>' +
      '<loupe-search index="loupe/" label="Search the site" facets></loupe-search></body></html>\n',
  );
  server = await serve(0, '127.0.0.1', root);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function native(query) {
  return JSON.parse(
    execFileSync(loupeBin, ['site-search', join(root, 'loupe'), query, '--limit', '10', '--per-doc', '1'], {
      encoding: 'utf8',
    }),
  );
}

async function ready() {
  const opened = await openPage(browser, `${origin}/search.html`);
  await opened.page.waitForFunction(
    () =>
      document.querySelector('loupe-search')?.shadowRoot.querySelector('.status').textContent === '4 pages indexed.',
    null,
    { timeout: 30000 },
  );
  return opened;
}

// Resolves to the detail of the element's next loupe-results event for `query` once `act` ran.
async function results(page, query, act) {
  const detail = page.evaluate(
    (q) =>
      new Promise((resolve) => {
        const el = document.querySelector('loupe-search');
        el.addEventListener('loupe-results', (e) => e.detail.query === q && resolve(e.detail), { once: false });
      }),
    query,
  );
  await act();
  return detail;
}

const shownFacets = (page) =>
  page.evaluate(() =>
    [...document.querySelector('loupe-search').shadowRoot.querySelectorAll('button.facet')].map((b) => b.dataset.facet),
  );

test('the panel shows the library facets, fetched only once opened; a click filters the query', async () => {
  const { page, context, problems } = await ready();
  const closed = await results(page, 'harbor', () => page.locator('loupe-search input').fill('harbor'));
  assert.equal(closed.facets, undefined, 'a closed panel asks for no facets');
  assert.deepEqual(closed.network.map((n) => n.file).filter(annotationPage), [], 'nor any annotation page');
  assert.deepEqual(await shownFacets(page), []);

  const opened = await results(page, 'harbor', () => page.locator('loupe-search summary').click());
  assert.ok(
    opened.network.some((n) => annotationPage(n.file)),
    'opening fetched the annotation pages',
  );
  const want = await page.evaluate(async (facets) => {
    const site = await document.querySelector('loupe-search').site;
    return (await site.search('harbor', { facets, facet_limit: 10 })).facets;
  }, all);
  assert.deepEqual(opened.facets, want);
  assert.ok(
    want.entity.some((e) => e.canonical === 'Angela Merkel'),
    JSON.stringify(want.entity),
  );
  assert.ok(want.year['2019'] > 0 && want.month['2019-03'] > 0, JSON.stringify(want));
  const buttons = await shownFacets(page);
  assert.deepEqual(buttons, [
    ...want.entity.map((e) => `entity:${e.canonical}`),
    ...Object.keys(want.year).map((y) => `year:${y}`),
    ...Object.keys(want.month).map((m) => `month:${m}`),
  ]);
  await page.screenshot({ path: join(shots, 'site-facets.png') });

  const byName = 'harbor entity:"Angela Merkel"';
  const named = await results(page, byName, () =>
    page.locator('loupe-search button.facet[data-facet="entity:Angela Merkel"]').click(),
  );
  assert.equal(await page.locator('loupe-search input').inputValue(), byName);
  const nativeNamed = native(byName);
  assert.ok(nativeNamed.total > 0 && nativeNamed.total < closed.total, `${nativeNamed.total} of ${closed.total}`);
  assert.equal(named.total, nativeNamed.total);
  assert.deepEqual(
    named.hits.map((h) => [h.doc, h.score]),
    nativeNamed.hits.map((h) => [h.doc, h.score]),
  );
  assert.ok(named.facets, 'the panel stays open: the filtered query has its facets');

  const byYear = `${byName} date:2020`;
  const dated = await results(page, byYear, () =>
    page.locator('loupe-search button.facet[data-facet="year:2020"]').click(),
  );
  assert.equal(dated.total, native(byYear).total);
  assert.ok(dated.total > 0 && dated.total < named.total, `${dated.total} of ${named.total}`);
  assert.ok(dated.facets.year['2020'] === dated.total, JSON.stringify(dated.facets.year));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a query with the panel open fetches the annotation pages in the rounds of its chunks', async () => {
  // The same query without facets, then with the panel opened before it: no round more.
  const plain = await ready();
  const alone = await results(plain.page, 'harbor grain', () =>
    plain.page.locator('loupe-search input').fill('harbor grain'),
  );
  await plain.context.close();
  const { page, context, problems } = await ready();
  await page.locator('loupe-search summary').click();
  const faceted = await results(page, 'harbor grain', () => page.locator('loupe-search input').fill('harbor grain'));
  const rounds = (network) => Math.max(...network.map((n) => n.round));
  const roundOf = (network, test) => network.filter((n) => test(n.file)).map((n) => n.round);
  const chunkRounds = roundOf(faceted.network, (f) => f.startsWith('c-'));
  const pageRounds = roundOf(faceted.network, (f) => /^[ey]-/.test(f));
  console.log(
    `rounds: ${rounds(alone.network)} without facets, ${rounds(faceted.network)} with; ` +
      `chunks in ${chunkRounds}, entity and date pages in ${pageRounds}, files ${alone.network.length} -> ${faceted.network.length}`,
  );
  assert.ok(faceted.facets?.entity.length > 0, JSON.stringify(faceted.facets));
  assert.ok(pageRounds.length > 0);
  assert.equal(rounds(faceted.network), rounds(alone.network), 'the facets add no round');
  assert.ok(Math.max(...pageRounds) <= Math.max(...chunkRounds), 'the pages come with the chunks');
  assert.deepEqual(problems, []);
  await context.close();
});
