// The app's analysis views on the real engine over the sample corpus (web/samples/, loaded by
// ?samples=1): search with highlighted snippets and facets, entities linked across languages,
// the timeline, entity and date filters, and the document view with its marks. Every check
// compares what is drawn with the text it claims to mark, so wrong offsets fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, fileUrl, shots, showView } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const hangul = /[\uAC00-\uD7A3]/;
const cyrillic = /[\u0400-\u04FF]/;

async function samples(page, url) {
  await page.goto(`${url}?samples=1`);
  await appReady(page);
  await page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
}

// The results' hit marks and the snippet text around them: a search's passages (grouped under
// their document's title) or, with no query, an entity's or a period's mentions.
const results = (page) =>
  page.$$eval('#results li.passage, #results > li:not(.result-doc)', (lis) =>
    lis.map((li) => ({
      name: (li.closest('.result-doc')?.querySelector('.result-head .name') || li.querySelector('.name')).textContent,
      snippet: li.querySelector('.snippet').textContent,
      marks: [...li.querySelectorAll('mark.hit')].map((m) => m.textContent),
    })),
  );

test('http: search, facets, entities, timeline, filters and the document view', async () => {
  const { page, context, problems } = await openPage(env.browser, null, { viewport: { width: 1280, height: 1400 } });
  page.setDefaultTimeout(10000);
  await samples(page, env.httpUrl);

  // A Korean noun with a particle (회의를) finds the noun under its other particles.
  await page.getByLabel('Search the documents').fill('회의를');
  await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0);
  const hits = await results(page);
  assert.ok(
    hits.every((h) => h.name === 'ko-harbor.txt'),
    JSON.stringify(hits),
  );
  const marked = hits.flatMap((h) => h.marks);
  assert.ok(marked.length > 0 && marked.every((m) => m.startsWith('회의')), marked.join(', '));
  assert.ok(marked.includes('회의에'), `the particle form is highlighted: ${marked.join(', ')}`);
  for (const h of hits) for (const m of h.marks) assert.ok(h.snippet.includes(m));
  // Facets: language and document, from the engine's counts; a facet narrows the query.
  assert.equal(await page.locator('#facets [data-facet="lang:ko"]').count(), 1);
  // (the document facet says its title: ko-harbor.txt's first line)
  assert.deepEqual(await page.$$eval('#facets [data-facet^="doc:"]', (bs) => bs.map((b) => b.textContent)), [
    `부산 항구 정화 회의${hits.length}`,
  ]);
  await page.getByLabel('Search the documents').fill('Busan');
  await page.waitForFunction(() => document.querySelector('#facets [data-facet="lang:en"]'));
  await page.click('#facets [data-facet="lang:en"]');
  await page.waitForFunction(
    () =>
      document.querySelector('#filter [data-chip="lang:en"]') &&
      [...document.querySelectorAll('#results .result-head .name')].every((b) => b.textContent === 'en-harbor.txt'),
  );
  assert.ok((await results(page)).every((h) => h.marks.every((m) => m === 'Busan')));
  await page.screenshot({ path: `${shots}views-search.png`, fullPage: true });
  await page.click('#filter [data-chip="lang:en"] .chip-remove'); // the chip stays until removed
  // A hit opens its document with the matches marked where they are in the text.
  await page.getByLabel('Search the documents').fill('부산에서');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#results .result-head .name')].some((b) => b.textContent === 'ko-harbor.txt'),
  );
  await page
    .locator('#results .result-doc', { has: page.locator('.result-head .name', { hasText: 'ko-harbor.txt' }) })
    .locator('.passage .open')
    .last()
    .click();
  await page.waitForSelector('#doc-text mark.hit');
  // A hit that crosses an entity's edge (부산 is a place) is marked in pieces: join each hit's.
  const hitMarks = await page.$$eval('#doc-text mark.hit', (ms) => {
    const byHit = new Map();
    for (const m of ms) byHit.set(m.dataset.hit, (byHit.get(m.dataset.hit) || '') + m.textContent);
    return [...byHit.values()];
  });
  assert.ok(hitMarks.includes('부산에서'), hitMarks.join(', '));

  // Entities: grouped by type; one person is linked across Korean, Latin and Cyrillic names.
  await showView(page, 'entities');
  await page.waitForSelector('#entities li[data-entity]');
  const entities = await page.$$eval('#entities li[data-entity]', (lis) =>
    lis.map((li) => ({
      id: li.dataset.entity,
      name: li.querySelector('button').textContent,
      meta: li.querySelector('.meta').textContent,
      aliases: li.querySelector('.aliases')?.textContent || '',
      group: li.closest('.group').querySelector('h3').textContent,
    })),
  );
  const linked = entities.find(
    (e) =>
      hangul.test(`${e.name} ${e.aliases}`) &&
      cyrillic.test(`${e.name} ${e.aliases}`) &&
      /[A-Za-z]/.test(`${e.name} ${e.aliases}`),
  );
  assert.ok(linked, `an entity linked across scripts: ${JSON.stringify(entities.slice(0, 10))}`);
  assert.match(linked.meta, /^\d+ mentions in [2-5] documents$/);
  assert.ok(['People', 'Organizations', 'Places'].includes(linked.group), linked.group);

  // Clicking it filters: with the query cleared, its mentions in context, each marked.
  await page.getByLabel('Search the documents').fill('');
  await showView(page, 'entities');
  await page.click(`#entities li[data-entity="${linked.id}"] button`);
  await page.waitForSelector('#filter:not([hidden])');
  assert.match(await page.textContent('#filter'), new RegExp(`mention ${linked.name}`));
  await page.waitForFunction(() => document.querySelectorAll('#results li mark.hit').length > 0);
  const mentions = await results(page);
  const names = [linked.name, ...linked.aliases.split(' · ')];
  for (const m of mentions)
    assert.ok(
      m.marks.length === 1 && names.some((n) => m.marks[0].includes(n) || n.includes(m.marks[0])),
      JSON.stringify(m),
    );
  // ...and a query goes to the engine with its entity: clause: only passages that mention it.
  await page.getByLabel('Search the documents').fill('Busan OR 부산');
  await page.waitForFunction(() => document.querySelectorAll('#results li .meta').length > 0);
  const filteredNames = new Set((await results(page)).map((h) => h.name));
  assert.ok(filteredNames.size > 0 && !filteredNames.has('ko-ru-sample.txt'));
  await page.click('#filter button');
  await page.waitForSelector('#filter[hidden]', { state: 'attached' });

  // Timeline: bars by year, then by month; a bar filters by its period.
  await showView(page, 'timeline');
  const years = await page.$$eval('#timeline button.bar', (bars) => bars.map((b) => b.dataset.period));
  assert.ok(years.includes('2024') && years.includes('2025'), years.join(','));
  await page.click('#timeline-unit [data-unit="month"]');
  const months = await page.$$eval('#timeline button.bar', (bars) => bars.map((b) => b.dataset.period));
  assert.ok(months.includes('2024-03'), months.join(','));
  assert.ok((await page.locator('#timeline .bar.empty').count()) > 0, 'months without dates are drawn empty');
  await page.getByLabel('Search the documents').fill('');
  await showView(page, 'timeline');
  await page.click('#timeline button.bar[data-period="2024-03"]');
  await page.waitForFunction(
    () =>
      /2024-03/.test(document.getElementById('filter').textContent) &&
      document.querySelectorAll('#results li mark.hit').length > 0,
  );
  assert.ok(
    (await results(page)).some((h) => h.marks.includes('2024년 3월 14일')),
    JSON.stringify(await results(page)),
  );
  await page.screenshot({ path: `${shots}views-timeline.png`, fullPage: true });
  await showView(page, 'timeline');
  await page.locator('#timeline-panel').screenshot({ path: `${shots}views-timeline-months.png` });

  // Document view: the text unchanged, entities and dates marked at their own words.
  await showView(page, 'library');
  await page.getByRole('button', { name: 'Show ko-harbor.txt' }).click();
  await page.waitForSelector('#doc-text mark.date');
  const doc = await page.evaluate(() => ({
    text: document.getElementById('doc-text').textContent,
    dates: [...document.querySelectorAll('#doc-text mark.date')].map((m) => m.textContent),
    entities: [...document.querySelectorAll('#doc-text mark.entity')].map((m) => [m.textContent, m.title]),
  }));
  assert.ok(doc.text.startsWith('부산 항구 정화 회의\n'));
  assert.ok(doc.dates.includes('2024년 3월 14일'), doc.dates.join(', '));
  assert.ok(doc.entities.length >= 2, JSON.stringify(doc.entities));
  assert.ok(
    doc.entities.some(([surface]) => /코발렌코/.test(surface)),
    JSON.stringify(doc.entities),
  );
  await page.screenshot({ path: `${shots}views-document.png`, fullPage: true });
  await page.locator('#doc-panel').screenshot({ path: `${shots}views-document-panel.png` });
  // A mark is a link to its entity: Enter on it sets the entity filter.
  await page.locator('#doc-text mark.entity', { hasText: '코발렌코' }).first().press('Enter');
  await page.waitForFunction(() => /mention/.test(document.getElementById('filter').textContent));
  assert.deepEqual(problems, []);
  await context.close();
});

test('file: the sample corpus is searched and analysed from disk too', async () => {
  const { page, context, problems } = await openPage(env.browser, null);
  await samples(page, fileUrl);
  await page.getByLabel('Search the documents').fill('Valencia');
  await page.waitForFunction(() => document.querySelectorAll('#results mark.hit').length > 0);
  assert.ok((await results(page)).flatMap((h) => h.marks).every((m) => m === 'Valencia'));
  assert.ok((await page.locator('#entities li[data-entity]').count()) > 3);
  assert.ok((await page.locator('#timeline button.bar').count()) >= 2);
  assert.ok((await page.locator('#network .node').count()) >= 5, 'the entity network is drawn from disk too');
  await page.screenshot({ path: `${shots}views-file.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
