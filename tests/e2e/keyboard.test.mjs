// The keyboard (issue 17, item 10): a skip link to the search box, `/` focuses it, ArrowDown
// goes into the results and moves through them, Enter opens one in the reading pane, Escape
// comes back to it; the document's marks are one Tab stop; on a phone too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, shots } from './browser.mjs';
import { withSamples } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return { id: a.id, cls: a.className, text: a.textContent.slice(0, 40), inResults: !!a.closest('#results') };
  });

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`${viewport.width}: skip link, / to search, arrows through the results, Enter, Escape`, async () => {
    const { page, context, problems } = await withSamples(env, { viewport });
    // The skip link is the stop just before the search box, the first of the page.
    await page.focus('#query');
    await page.keyboard.press('Shift+Tab');
    const skip = await focused(page);
    assert.match(skip.cls, /skip-link/);
    const shown = await page.$eval('.skip-link', (a) => a.getBoundingClientRect().height > 0);
    assert.ok(shown, 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'query');
    await page.locator('#doc-panel, #tab-library').first().focus();
    await page.keyboard.press('/');
    assert.equal((await focused(page)).id, 'query');
    await page.keyboard.type('Busan');
    await page.waitForFunction(() => document.querySelectorAll('#results .passage').length >= 3);
    await page.keyboard.press('ArrowDown');
    const first = await focused(page);
    assert.ok(first.inResults, JSON.stringify(first));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await focused(page);
    assert.ok(third.inResults && third.text !== first.text, JSON.stringify({ first, third }));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(page), third);
    // Enter on a passage opens it, Escape brings the focus back to it.
    while (!(await page.evaluate(() => document.activeElement.classList.contains('open'))))
      await page.keyboard.press('ArrowDown');
    const opened = await focused(page);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#doc-text mark.hit.current');
    assert.equal((await focused(page)).id, 'doc-text');
    // The document's marks are one Tab stop together (a roving tabindex), not one each: an
    // older build made 871 stops of one document.
    const stops = await page.$$eval('#doc-text mark', (ms) => ({
      marks: ms.length,
      tabbable: ms.filter((m) => m.tabIndex >= 0).length,
    }));
    assert.ok(stops.marks >= 5, JSON.stringify(stops));
    assert.equal(stops.tabbable, 1, JSON.stringify(stops));
    await page.screenshot({ path: `${shots}keyboard-${viewport.width}-reader.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement.closest('#results') !== null);
    assert.deepEqual(await focused(page), opened);
    // ArrowUp from the first result goes back to the search box.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    assert.equal((await focused(page)).id, 'query');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
