// Entity and year facets from the engine (search option facets: entity, year) over the sample
// corpus: each facet names what the hit passages mention, and clicking one adds a chip that
// sends the engine's entity:"..." or date:YYYY filter with the query (the query box keeps what
// was typed), so the next results are those passages only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { useBrowser, openPage, appReady, shots } from './browser.mjs';

// The sample paragraph a hit's snippet was cut from (whitespace ignored: the engine re-joins
// lines), so a check sees the whole passage, not just the snippet.
const samplesDir = new URL('../../web/samples/', import.meta.url);
const squash = (s) => s.replace(/\s+/g, '');
const paragraphs = readdirSync(samplesDir).flatMap((f) =>
  readFileSync(new URL(f, samplesDir), 'utf8')
    .split(/\n\s*\n/)
    .map((text) => ({ name: f, text })),
);
const passageOf = (hit) => {
  const found = paragraphs.filter((p) => p.name === hit.name && squash(p.text).includes(squash(hit.snippet)));
  assert.equal(found.length, 1, JSON.stringify(hit));
  return found[0].text;
};

const env = useBrowser(); // env.browser, env.httpUrl

const facets = (page, kind) =>
  page.$$eval(`#facets [data-facet^="${kind}:"]`, (bs) =>
    bs.map((b) => ({
      key: b.dataset.facet.slice(b.dataset.facet.indexOf(':') + 1),
      n: Number(b.querySelector('.n').textContent),
    })),
  );
const hits = (page) =>
  page.$$eval('#results li.passage', (lis) =>
    lis.map((li) => ({
      name: li.closest('.result-doc').querySelector('.result-head .name').textContent,
      snippet: li.querySelector('.snippet').textContent,
    })),
  );
const count = (page) => page.$eval('#result-count', (e) => Number.parseInt(e.textContent, 10));

test('entity and year facets list what the hits mention, and a click filters by it', async () => {
  const { page, context, problems } = await openPage(env.browser, null, { viewport: { width: 1280, height: 1200 } });
  page.setDefaultTimeout(10000);
  await page.goto(`${env.httpUrl}?samples=1`);
  await appReady(page);
  await page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  const query = page.getByLabel('Search the documents');

  // The meeting in every language: its people, places and years are facets.
  await query.fill('meeting OR 회의 OR reunión');
  await page.waitForSelector('#facets [data-facet^="year:"]');
  const total = await count(page);
  const years = await facets(page, 'year');
  const entities = await facets(page, 'entity');
  assert.ok(years.some((y) => y.key === '2024') && years.some((y) => y.key === '2025'), JSON.stringify(years));
  assert.ok(
    years.every((y) => y.n >= 1 && y.n <= total),
    JSON.stringify(years),
  );
  const kovalenko = entities.find((e) => /Kovalenko/.test(e.key));
  assert.ok(kovalenko, `a linked person among the entity facets: ${JSON.stringify(entities)}`);
  assert.ok(entities.every((e) => e.n >= 1 && e.n <= total));
  await page.screenshot({ path: `${shots}facets-entity-year.png`, fullPage: true });

  // A year facet adds a date:YYYY chip: the hits are the passages with a date in that year.
  const y2025 = years.find((y) => y.key === '2025');
  await page.click('#facets [data-facet="year:2025"]');
  await page.waitForSelector('#filter [data-chip="period:2025"]');
  await page.waitForFunction(
    (n) => Number.parseInt(document.getElementById('result-count').textContent, 10) === n,
    y2025.n,
  );
  assert.equal(await query.inputValue(), 'meeting OR 회의 OR reunión');
  for (const h of await hits(page)) assert.match(passageOf(h), /2025/, JSON.stringify(h));

  // An entity facet adds an entity:"Name" chip: passages that mention the person in any script.
  await page.click('#filter [data-chip="period:2025"] .chip-remove');
  await page.waitForSelector(`#facets [data-facet="entity:${kovalenko.key}"]`);
  await page.click(`#facets [data-facet="entity:${kovalenko.key}"]`);
  await page.waitForFunction(
    (n) => Number.parseInt(document.getElementById('result-count').textContent, 10) === n,
    kovalenko.n,
  );
  assert.equal(await query.inputValue(), 'meeting OR 회의 OR reunión');
  assert.match(await page.textContent('#filter'), new RegExp(kovalenko.key));
  const found = await hits(page);
  assert.ok(found.length >= 3, JSON.stringify(found));
  for (const h of found) assert.match(passageOf(h), /Kovalenko|코발렌코|Коваленк/, JSON.stringify(h));
  assert.ok(new Set(found.map((h) => h.name)).size >= 3, 'found in several languages');
  await page.screenshot({ path: `${shots}facets-entity-filter.png`, fullPage: true });

  // Typed by hand, a malformed date is said once typing pauses, with its position.
  await page.click('#filter .chip-remove');
  await query.fill('meeting date:2024-13');
  await page.waitForFunction(() => /not a date/.test(document.getElementById('result-count').textContent));
  assert.match(await page.textContent('#result-count'), /\(at character 19\)$/);

  // Korean interface, 360 px wide: the facet groups are labelled and nothing overflows.
  await page.setViewportSize({ width: 360, height: 900 });
  await page.click('#lang');
  await page.fill('#query', '회의');
  await page.waitForSelector('#facets [data-facet^="year:"]');
  const labels = await page.$$eval('#facets .facet-group > .meta', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(labels, ['언어', '문서', '언급', '연도']);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scroll at 360 px');
  await page.locator('#search-panel').screenshot({ path: `${shots}facets-ko-360.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
