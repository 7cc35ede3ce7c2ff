// The pasted text's tokens and offsets, computed in the worker, over http and from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, fileUrl, shots } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const text = '라브로프 외무장관은 Лавров встретился 😀 Нью-Йорк';
const expected = ['라브로프', '외무장관은', 'Лавров', 'встретился', 'Нью', 'Йорк'];

for (const [name, url] of [
  ['http', () => env.httpUrl],
  ['file', () => fileUrl],
]) {
  test(`${name}: typed Korean and Russian text shows its tokens and offsets`, async () => {
    const { page, context, problems } = await openPage(env.browser, url());
    await appReady(page);
    await page.getByLabel('Paste text').fill(text);
    await page.waitForFunction((n) => document.querySelectorAll('#tokens li').length === n, expected.length);
    const tokens = await page.$$eval('#tokens li', (lis) =>
      lis.map((li) => ({ surface: li.firstChild.textContent, u16: li.dataset.u16 })),
    );
    assert.deepEqual(
      tokens.map((t) => t.surface),
      expected,
    );
    for (const t of tokens) {
      const [b, e] = t.u16.split('-').map(Number);
      assert.equal(text.slice(b, e), t.surface);
    }
    // The work happened in a worker: the page itself has no engine global.
    assert.equal(await page.evaluate(() => typeof createLoupeModule), 'undefined');
    // Keyboard only: Tab moves from the paste box to its name field, then to "Add text".
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'paste-name');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'add-paste');
    await page.screenshot({ path: `${shots}tokens-${name}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}
