// Documents known by title (issue 17, item 7): the engine's title (a Markdown heading, else the
// file name's words) or, when the name is only a hash, the first line; the file name second.
// The results, the document list, the document chip and the reading pane say it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, dropFiles, showView, shots } from './browser.mjs';
import { chips } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl
const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

test('documents are shown by title and first line, the file name second', async () => {
  const { page, context, problems } = await openPage(env.browser, env.httpUrl, {
    viewport: { width: 1440, height: 900 },
  });
  page.setDefaultTimeout(15000);
  await appReady(page);
  await dropFiles(page, '#drop', [
    file('000_d74994d38762cac4.txt', '\n  Ferry schedule for the winter\nBoats leave the quay at dawn.\n'),
    { name: 'plan.md', mimeType: 'text/markdown', buffer: Buffer.from('# Harbour plan\n\nThe quay opens in May.\n') },
  ]);
  await page.waitForSelector('body[data-analysed="2"]', { timeout: 30000 });
  const listed = await page.$$eval('#docs li', (lis) =>
    lis.map((li) => ({
      title: li.querySelector('.doc-title').textContent,
      line: li.querySelector('.first-line')?.textContent || '',
      name: li.querySelector('.name').textContent,
    })),
  );
  assert.deepEqual(listed, [
    { title: 'Ferry schedule for the winter', line: '', name: '000_d74994d38762cac4.txt' },
    { title: 'Harbour plan', line: '', name: 'plan.md' },
  ]);
  await page.screenshot({ path: `${shots}titles-documents.png` });

  // The results: grouped under the title, the file name under it.
  await page.getByLabel('Search the documents').fill('quay');
  await page.waitForSelector('#results .result-doc');
  const heads = await page.$$eval('#results .result-head', (hs) =>
    hs.map((h) => [h.querySelector('.title').textContent, h.querySelector('.name').textContent]),
  );
  assert.deepEqual(heads.sort(), [
    ['Ferry schedule for the winter', '000_d74994d38762cac4.txt'],
    ['Harbour plan', 'plan.md'],
  ]);
  // The document facet and its chip say the title, never the internal id.
  const facet = page.locator('#facets [data-facet^="doc:"]', { hasText: 'Ferry schedule' });
  await facet.click();
  await page.waitForSelector('#filter .chip-doc');
  assert.match(await page.textContent('#filter'), /Ferry schedule for the winter/);
  assert.doesNotMatch(await page.textContent('#filter'), /doc-\d+/);
  assert.equal(await page.inputValue('#query'), 'quay');
  assert.equal((await chips(page)).length, 1);
  // The reading pane: the title, the file name under it.
  await page.locator('#results .passage .open').first().click();
  await page.waitForSelector('#doc-text mark.hit');
  assert.equal(await page.textContent('#doc-title'), 'Ferry schedule for the winter');
  assert.equal(await page.textContent('#doc-name'), '000_d74994d38762cac4.txt');
  await page.screenshot({ path: `${shots}titles-results.png` });
  // The sample corpus' documents keep their engine titles after a reload (the snapshot path).
  await page.reload();
  await appReady(page);
  await showView(page, 'library');
  assert.deepEqual(await page.$$eval('#docs .doc-title', (ts) => ts.map((x) => x.textContent)), [
    'Ferry schedule for the winter',
    'Harbour plan',
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});
