// The views' scope (issue 17: "entities, timeline and network are views of the current result
// set or of the whole corpus, switchable"): with "Current results" the entity list, the network
// and the timeline keep what the search finds (the engine's entity, year and month facets of its
// passages), each entity row counting its passages in the results and the month zoom counting
// the results' months; "All documents" brings the corpus back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, showView, shots } from './browser.mjs';
import { withSamples, drawnFor } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const listed = (page) => page.$$eval('#entities li[data-entity] button.link', (bs) => bs.map((b) => b.textContent));
const bars = (page) =>
  page.$$eval('#timeline button.bar', (bs) =>
    Object.fromEntries(bs.map((b) => [b.dataset.period, Number(b.querySelector('.n').textContent)])),
  );
const scopeIs = (page, s) => page.waitForFunction((want) => document.body.dataset.scoped === want, s);
const rowMeta = (page, name) =>
  page.$eval(`#entities li[data-entity]:has(button.link:text-is("${name}")) .meta`, (m) => m.textContent);
const zoom = async (page, unit) => {
  await page.click(`#timeline-unit [data-unit="${unit}"]`);
  await page.waitForFunction((u) => document.getElementById('timeline').dataset.unit === u, unit);
};

test('entities, network and timeline show all documents or the current results', async () => {
  const { page, context, problems } = await withSamples(env);
  await page.getByLabel('Search the documents').fill('Romero');
  await drawnFor(page, [], 'Romero');
  await showView(page, 'entities');
  const corpus = await listed(page);
  const corpusMeta = await rowMeta(page, 'Carlos Romero');
  await showView(page, 'timeline');
  const corpusYears = await bars(page);
  await zoom(page, 'month');
  const corpusMonths = await bars(page);
  await zoom(page, 'year');
  await showView(page, 'network');
  const corpusNodes = await page.locator('#network .node').count();

  await page.click('#scope [data-scope="results"]');
  await scopeIs(page, 'results');
  assert.equal(await page.getAttribute('#scope [data-scope="results"]', 'aria-pressed'), 'true');
  assert.ok((await page.locator('#network .node').count()) <= corpusNodes);
  await showView(page, 'entities');
  const found = await listed(page);
  assert.ok(found.includes('Carlos Romero'), found.join(', '));
  assert.ok(found.length < corpus.length, `${found.length} of ${corpus.length}`);
  for (const name of found) assert.ok(corpus.includes(name), name);
  // Each row counts the passages of the results that mention it, not the corpus's mentions:
  // as many as the search "Romero" narrowed by that entity finds.
  const scopedMeta = await rowMeta(page, 'Carlos Romero');
  const inResults = Number(/^in (\d+) passages? of the results$/.exec(scopedMeta)?.[1]);
  assert.ok(inResults >= 1, `${scopedMeta} (corpus: ${corpusMeta})`);
  assert.notEqual(scopedMeta, corpusMeta);
  await page.screenshot({ path: `${shots}scope-results.png` });
  // The timeline counts the hit passages' years, and their months when zoomed in.
  await showView(page, 'timeline');
  const years = await bars(page);
  assert.ok(Object.keys(years).length > 0);
  for (const [y, n] of Object.entries(years))
    assert.ok(n >= 1 && n <= corpusYears[y], `${y}: ${n} of ${corpusYears[y]}`);
  assert.ok(
    Object.entries(years).some(([y, n]) => n < corpusYears[y]),
    'fewer dates than the corpus',
  );
  assert.equal(await page.isVisible('#timeline-unit [data-unit="month"]'), true);
  await zoom(page, 'month');
  const months = await bars(page);
  assert.ok(months['2025-05'] >= 1, `the meeting's month: ${JSON.stringify(months)}`);
  for (const [m, n] of Object.entries(months)) assert.ok(n <= corpusMonths[m], `${m}: ${n} of ${corpusMonths[m]}`);
  assert.ok(
    Object.entries(corpusMonths).some(([m, n]) => (months[m] || 0) < n),
    `fewer dates than the corpus: ${JSON.stringify(months)} of ${JSON.stringify(corpusMonths)}`,
  );
  await page.screenshot({ path: `${shots}scope-results-months.png` });
  await zoom(page, 'year');
  await page.click('#scope [data-scope="corpus"]');
  await scopeIs(page, 'corpus');
  await page.getByLabel('Search the documents').fill('Romero entity:"Carlos Romero"');
  await drawnFor(page, [], 'Romero entity:"Carlos Romero"');
  assert.equal(
    Number.parseInt(await page.textContent('#result-count'), 10),
    inResults,
    'the row counts what the search narrowed by the entity finds',
  );
  await page.getByLabel('Search the documents').fill('Romero');
  await drawnFor(page, [], 'Romero');

  // Back to every document.
  await showView(page, 'timeline');
  assert.deepEqual(await bars(page), corpusYears);
  assert.equal(await page.isVisible('#timeline-unit [data-unit="month"]'), true);
  await showView(page, 'entities');
  assert.deepEqual(await listed(page), corpus);
  assert.equal(await rowMeta(page, 'Carlos Romero'), corpusMeta);
  assert.deepEqual(problems, []);
  await context.close();
});

// A merged entity's row in "Current results" counts each passage once: the samples' English and
// Spanish meeting paragraphs name both Kovalenko and Romero, so adding the members' counts up
// would say more passages than its chip finds.
test('a merged entity counts a passage naming two of its members once', async () => {
  const { page, context, problems } = await withSamples(env);
  await page.getByLabel('Search the documents').fill('Valencia');
  await drawnFor(page, [], 'Valencia');
  await showView(page, 'entities');
  await page.click('#scope [data-scope="results"]');
  await scopeIs(page, 'results');
  const count = async (name) => Number(/(\d+)/.exec(await rowMeta(page, name))[1]);
  const each = [await count('Maria Kovalenko'), await count('Carlos Romero')];
  const rows = await page.locator('#entities li[data-entity]').count();
  for (const name of ['Maria Kovalenko', 'Carlos Romero'])
    await page.locator(`#entities li[data-entity]:has(button.link:text-is("${name}")) input.tick`).check();
  await page.click('#entity-merge button:not(.link)');
  await page.waitForFunction((n) => document.querySelectorAll('#entities li[data-entity]').length === n, rows - 1);
  const merged = (await listed(page)).find((n) => n === 'Maria Kovalenko' || n === 'Carlos Romero');
  await page.waitForFunction(
    ([name, most]) => {
      const li = [...document.querySelectorAll('#entities li[data-entity]')].find(
        (l) => l.querySelector('button.link')?.textContent === name,
      );
      const n = Number(/(\d+)/.exec(li?.querySelector('.meta')?.textContent || '')?.[1]);
      return n >= most; // drawn again after the merge
    },
    [merged, Math.max(...each)],
  );
  const rowCount = await count(merged);
  await page.screenshot({ path: `${shots}scope-merged.png` });
  // Its chip narrows the same search: the list counts as many passages as the row says.
  await page.click(`#entities li[data-entity] button.link:text-is("${merged}")`);
  await page.waitForSelector('#filter .chip-entity');
  await page.waitForFunction(() => document.getElementById('result-count').dataset.chips?.startsWith('entity:'));
  const listedCount = Number.parseInt(await page.textContent('#result-count'), 10);
  assert.equal(rowCount, listedCount, `row ${rowCount}, its chip lists ${listedCount} (members: ${each})`);
  assert.ok(rowCount < each[0] + each[1], `passages naming both count once: ${rowCount} of ${each}`);
  assert.deepEqual(problems, []);
  await context.close();
});
