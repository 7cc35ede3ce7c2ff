// The page shows the tokens of typed Korean and Russian text, computed in a Web Worker, both
// when served over http and when index.html is opened straight from disk (file://).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openPage, fileUrl, shots } from './browser.mjs';

let browser, server, httpUrl;
before(async () => {
  browser = await launch();
  ({ server, url: httpUrl } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

const text = '라브로프 외무장관은 Лавров встретился 😀 Нью-Йорк';
const expected = ['라브로프', '외무장관은', 'Лавров', 'встретился', 'Нью', 'Йорк'];

async function typeAndRead(page) {
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Ready.');
  await page.getByLabel('Type or paste text, or drop a text file here').fill(text);
  await page.waitForFunction((n) => document.querySelectorAll('#tokens li').length === n, expected.length);
  return page.$$eval('#tokens li', (lis) => lis.map((li) => ({
    surface: li.firstChild.textContent, u16: li.dataset.u16 })));
}

for (const [name, url] of [['http', () => httpUrl], ['file', () => fileUrl]]) {
  test(`${name}: typed Korean and Russian text shows its tokens and offsets`, async () => {
    const { page, problems } = await openPage(browser, url());
    const tokens = await typeAndRead(page);
    assert.deepEqual(tokens.map((t) => t.surface), expected);
    for (const t of tokens) {
      const [b, e] = t.u16.split('-').map(Number);
      assert.equal(text.slice(b, e), t.surface);
    }
    // The work happened in a worker: the page itself has no engine global.
    assert.equal(await page.evaluate(() => typeof createLoupeModule), 'undefined');
    await page.screenshot({ path: `${shots}tokens-${name}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
}
