// The in-memory <loupe-search facets> (web/src/lib/element.js) on the example site (strict CSP):
// the same "Names and dates" panel as the site index's element (facet-panel.js,
// site-facets.test.mjs): closed, the element asks for no name or date facet; opened, it shows the facets
// the library gives for the query; a name's button adds entity:"Name" to the query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage } from './browser.mjs';

const env = useBrowser();

// Our own sentences.
const docs = [
  { id: 'a', name: 'a.txt', text: 'Angela Merkel met Sergei Lavrov in Berlin on 14 March 2019 to discuss the harbor.' },
  {
    id: 'b',
    name: 'b.txt',
    text: 'The harbor of Hamburg reopened in March 2019.\n\nAngela Merkel visited the harbor in May 2020.',
  },
  { id: 'c', name: 'c.txt', text: 'The harbor of Rotterdam signed a grain contract in 2018.' },
];

// The detail of the faceted element's next loupe-results event for `query` once `act` ran.
async function results(page, query, act) {
  const detail = page.evaluate(
    (q) =>
      new Promise((resolve) => {
        const el = document.getElementById('faceted');
        el.addEventListener('loupe-results', (e) => e.detail.query === q && resolve(e.detail));
      }),
    query,
  );
  await act();
  return detail;
}

test('the in-memory element: the facet panel, fetched only once opened; a name filters the query', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.httpUrl}examples/`);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
  await page.evaluate(async (texts) => {
    const el = document.createElement('loupe-search');
    el.id = 'faceted';
    el.setAttribute('facets', '');
    document.body.append(el);
    const loupe = await el.loupe;
    for (const d of texts) await loupe.add(d);
  }, docs);
  const box = page.locator('#faceted');
  const closed = await results(page, 'harbor', () => box.locator('input').fill('harbor'));
  // The engine always counts languages and documents; names and dates only when asked.
  assert.deepEqual(
    Object.keys(closed.facets ?? {}).filter((k) => !['lang', 'doc'].includes(k)),
    [],
  );
  const opened = await results(page, 'harbor', () => box.locator('summary').click());
  const want = await page.evaluate(async () => {
    const loupe = await document.getElementById('faceted').loupe;
    const { entity, year, month } = (
      await loupe.search('harbor', { limit: 10, facets: ['entity', 'year', 'month'], facet_limit: 10 })
    ).facets;
    return { entity, year, month };
  });
  const { entity, year, month } = opened.facets;
  assert.deepEqual({ entity, year, month }, want);
  assert.ok(
    want.entity.some((e) => e.canonical === 'Angela Merkel'),
    JSON.stringify(want.entity),
  );
  const buttons = await box.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('button.facet')].map((b) => b.dataset.facet),
  );
  assert.deepEqual(buttons, [
    ...want.entity.map((e) => `entity:${e.canonical}`),
    ...Object.keys(want.year).map((y) => `year:${y}`),
    ...Object.keys(want.month).map((m) => `month:${m}`),
  ]);
  const byName = 'harbor entity:"Angela Merkel"';
  const named = await results(page, byName, () =>
    box.locator('button.facet[data-facet="entity:Angela Merkel"]').click(),
  );
  assert.equal(await box.locator('input').inputValue(), byName);
  assert.ok(named.total > 0 && named.total < closed.total, `${named.total} of ${closed.total}`);
  assert.deepEqual(problems, []);
  await context.close();
});
