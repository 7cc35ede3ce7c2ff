// Search help (issue 17, item 8): a search that finds nothing says so (never "nullnull", as an
// older build printed: two empty facet groups appended as null); a miss suggests the spelling
// the documents use (fuzzy `word~`: an accent left out, two letters swapped); a query word that
// is an entity offers all its names (other scripts too) as one click. A query the engine cannot
// read yet (a phrase being typed) is said only once typing pauses, short, in the interface's
// language (an older build said "unclosed quote at byte 0 (UTF-16 0)" at every keystroke).
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

test('a query error waits until typing pauses and is said in the interface language', async () => {
  const { page, context, problems } = await withSamples(env);
  await page.click('#lang'); // 한국어
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  // Every text #result-count shows while the phrase is typed, and when.
  await page.evaluate(() => {
    window.countTexts = [];
    new MutationObserver(() =>
      window.countTexts.push({ at: performance.now(), text: document.getElementById('result-count').textContent }),
    ).observe(document.getElementById('result-count'), { childList: true, characterData: true, subtree: true });
  });
  await page.focus('#query');
  await page.keyboard.type('"cleanup mee', { delay: 120 }); // a phrase ("cleanup meeting"), its quote not closed yet
  const typedAt = await page.evaluate(() => performance.now());
  const error = /검색어가 완성되지 않았습니다/;
  await page.waitForFunction(
    (re) => new RegExp(re).test(document.getElementById('result-count').textContent),
    error.source,
  );
  const said = await page.evaluate(() => window.countTexts);
  const first = said.find((s) => error.test(s.text));
  assert.ok(
    first.at - typedAt >= 500,
    `said ${Math.round(first.at - typedAt)} ms after the last key, not while typing`,
  );
  assert.equal(said.filter((s) => error.test(s.text)).length, 1, JSON.stringify(said.map((s) => s.text)));
  const message = await page.textContent('#result-count');
  assert.match(message, /따옴표가 닫히지 않았습니다 \(1번째 글자\)/);
  assert.doesNotMatch(message, /byte|UTF-16|quote/);
  await page.screenshot({ path: `${shots}search-help-query-error-ko.png` });
  // The quote closed: results, no error.
  await page.keyboard.type('ting"');
  await page.waitForFunction(() => document.querySelectorAll('#results .passage').length > 0);
  assert.doesNotMatch(await page.textContent('#result-count'), error);
  assert.deepEqual(problems, []);
  await context.close();
});
