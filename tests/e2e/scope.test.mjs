// The views' scope (issue 17: "entities, timeline and network are views of the current result
// set or of the whole corpus, switchable"): with "Current results" the entity list, the network
// and the timeline keep what the search finds (the engine's entity and year facets of its
// passages); "All documents" brings the corpus back.
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

test('entities, network and timeline show all documents or the current results', async () => {
  const { page, context, problems } = await withSamples(env);
  await page.getByLabel('Search the documents').fill('Romero');
  await drawnFor(page, [], 'Romero');
  await showView(page, 'entities');
  const corpus = await listed(page);
  await showView(page, 'timeline');
  const corpusYears = await bars(page);
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
  await page.screenshot({ path: `${shots}scope-results.png` });
  // The timeline counts the hit passages' years; the month zoom is the corpus's only.
  await showView(page, 'timeline');
  const years = await bars(page);
  assert.ok(Object.keys(years).length > 0);
  for (const [y, n] of Object.entries(years))
    assert.ok(n >= 1 && n <= corpusYears[y], `${y}: ${n} of ${corpusYears[y]}`);
  assert.ok(
    Object.entries(years).some(([y, n]) => n < corpusYears[y]),
    'fewer dates than the corpus',
  );
  assert.equal(await page.isHidden('#timeline-unit [data-unit="month"]'), true);

  // Back to every document.
  await page.click('#scope [data-scope="corpus"]');
  await scopeIs(page, 'corpus');
  assert.deepEqual(await bars(page), corpusYears);
  assert.equal(await page.isVisible('#timeline-unit [data-unit="month"]'), true);
  await showView(page, 'entities');
  assert.deepEqual(await listed(page), corpus);
  assert.deepEqual(problems, []);
  await context.close();
});
