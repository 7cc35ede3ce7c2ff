// One filter model (issue 17, item 7): every facet (language, document, entity, year), an
// entity picked in the list and a period picked on the timeline is a removable chip above the
// results; the query box keeps only what the user typed; the chips are sent as the engine's
// filters, so the counts are the engine's for the query and the filters together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, showView, shots } from './browser.mjs';
import { withSamples, count, chips, countIs, drawnFor } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

test('facets, entities and periods are chips; the query box keeps what was typed', async () => {
  const { page, context, problems } = await withSamples(env);
  const query = page.getByLabel('Search the documents');
  const typed = 'meeting OR 회의 OR reunión';
  await query.fill(typed);
  await page.waitForSelector('#facets [data-facet^="year:"]');
  const all = await count(page);
  const langEn = await page.$eval('#facets [data-facet="lang:en"] .n', (n) => Number(n.textContent));
  const y2025 = await page.$eval('#facets [data-facet="year:2025"] .n', (n) => Number(n.textContent));

  // A language facet: a chip, the same query, the engine's count for lang:en.
  await page.click('#facets [data-facet="lang:en"]');
  await countIs(page, langEn);
  assert.deepEqual(await chips(page), ['lang:en']);
  assert.equal(await query.inputValue(), typed);
  // A year facet adds a period chip beside it (date:2025 with lang:en: fewer or as many).
  await page.click('#facets [data-facet="year:2025"]');
  await page.waitForFunction(() => document.querySelectorAll('#filter .chip').length === 2);
  assert.deepEqual(await chips(page), ['lang:en', 'period:2025']);
  await drawnFor(page, ['lang:en', 'period:2025'], typed); // not the count lang:en alone left
  const both = await count(page);
  assert.ok(both >= 1 && both <= Math.min(langEn, y2025), `${both} of ${langEn} and ${y2025}`);
  assert.equal(await query.inputValue(), typed);
  await page.screenshot({ path: `${shots}chips-two.png` });
  // Removing the language chip leaves the period: the count is the year facet's.
  await page.click('#filter [data-chip="lang:en"] .chip-remove');
  await countIs(page, y2025);
  assert.deepEqual(await chips(page), ['period:2025']);
  await page.click('#filter [data-chip="period:2025"] .chip-remove');
  await countIs(page, all);
  assert.equal(await page.locator('#filter').isHidden(), true);
  // A document facet: a chip named by the document's title, not its id written into the query.
  const docFacet = page.locator('#facets [data-facet^="doc:"]').first();
  const docKey = (await docFacet.getAttribute('data-facet')).slice('doc:'.length);
  const inDoc = Number(await docFacet.locator('.n').textContent());
  await docFacet.click();
  await countIs(page, inDoc);
  assert.deepEqual(await chips(page), [`doc:${docKey}`]);
  assert.equal(await query.inputValue(), typed);
  assert.doesNotMatch(await page.textContent('#filter'), new RegExp(docKey.replace(/\W/g, '.')));
  await page.click(`#filter [data-chip="doc:${docKey}"] .chip-remove`);
  await countIs(page, all);

  // An entity from the list and a period from the timeline are chips of the same row.
  await showView(page, 'entities');
  const kovalenko = page.locator('#entities li[data-entity]', { hasText: 'Kovalenko' }).first();
  await kovalenko.locator('button.link').click();
  await page.waitForSelector('#filter .chip-entity');
  assert.equal(await query.inputValue(), typed, 'the entity is no word of the query');
  await drawnFor(page, await chips(page), typed);
  const withEntity = await count(page);
  assert.ok(withEntity >= 3 && withEntity < all, `${withEntity} of ${all}`);
  await showView(page, 'timeline');
  await page.click('#timeline .bar[data-period="2024"]');
  await page.waitForFunction(() => document.querySelectorAll('#filter .chip').length === 2);
  const kinds = (await chips(page)).map((c) => c.split(':')[0]);
  assert.deepEqual(kinds, ['entity', 'period']);
  assert.equal(await query.inputValue(), typed);
  await page.screenshot({ path: `${shots}chips-entity-period.png` });
  // Emptying the query with one chip left lists that entity's mentions.
  await page.click('#filter [data-chip^="period:"] .chip-remove');
  await query.fill('');
  await page.waitForFunction(() => /mentions? of/.test(document.getElementById('result-count').textContent));
  assert.deepEqual(problems, []);
  await context.close();
});
