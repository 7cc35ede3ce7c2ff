// Search help (issue 17, item 8): a search that finds nothing says so (never "nullnull", as an
// older build printed: two empty facet groups appended as null); a miss suggests the spelling
// the documents use (fuzzy `word~`: an accent left out, two letters swapped); a query word that
// is an entity offers all its names (other scripts too) as one click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, shots } from './browser.mjs';
import { withSamples, count, chips } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

test('a miss says so and suggests the documents spelling; an entity word offers all its names', async () => {
  const { page, context, problems } = await withSamples(env);
  const query = page.getByLabel('Search the documents');

  // Nothing found: a sentence, no "null" anywhere on the page.
  await query.fill('zzyzxqv');
  await page.waitForFunction(() => /Nothing found/.test(document.getElementById('result-count').textContent));
  const text = await page.textContent('#search-panel');
  assert.doesNotMatch(text, /null|undefined|NaN/, text);
  assert.equal(await page.locator('#results li').count(), 0);

  // No accent: the Spanish spelling is suggested with its count, and a click searches it.
  await query.fill('investigacion');
  await page.waitForSelector('#suggest .respell');
  assert.equal(await page.textContent('#suggest .respell'), 'Investigación');
  assert.doesNotMatch(await page.textContent('#search-panel'), /null/);
  await page.click('#suggest .respell');
  await page.waitForFunction(() => document.querySelectorAll('#results .passage').length > 0);
  assert.equal(await query.inputValue(), 'Investigación');
  assert.ok((await count(page)) >= 1);
  await page.screenshot({ path: `${shots}search-help-respell.png` });

  // Two letters swapped (two edits): still found.
  await query.fill('Kovlaenko');
  await page.waitForSelector('#suggest .respell');
  assert.match(await page.textContent('#suggest .respell'), /^Kovalenko$/);

  // A query word that names an entity: all its names, one click to the entity's chip.
  await query.fill('Kovalenko');
  await page.waitForSelector('#suggest .all-names');
  const offer = await page.textContent('#suggest .all-names');
  assert.match(offer, /Kovalenko/);
  assert.match(offer, /[\uAC00-\uD7A3]/, `a Korean name among them: ${offer}`);
  assert.match(offer, /[\u0400-\u04FF]/, `a Cyrillic name among them: ${offer}`);
  const typedOnly = await count(page);
  await page.click('#suggest .all-names');
  await page.waitForSelector('#filter .chip-entity');
  assert.equal((await chips(page)).length, 1);
  assert.equal(await query.inputValue(), '', 'the word became the chip');
  await page.waitForFunction(() => /mention/.test(document.getElementById('result-count').textContent));
  const mentions = await count(page);
  assert.ok(
    mentions > typedOnly,
    `every script's mentions (${mentions}) beyond the Latin word's passages (${typedOnly})`,
  );
  await page.screenshot({ path: `${shots}search-help-all-names.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
