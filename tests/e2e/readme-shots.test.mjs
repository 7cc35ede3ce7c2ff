// The README's pictures of the app (issue 17): the samples searched, on a desktop (results beside
// the reading pane, the document opened at its hit) and on a phone (one column), in English
// and in Korean. Each shot is taken once the state it shows is on screen, saved under build/e2e/
// as readme-<lang>-<desktop|phone>.png; docs/ keeps copies shrunk with pngquant (README.md
// says how to renew them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, shots } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const screens = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
};
// The query: one name in the scripts the samples write it in.
const query = 'Kovalenko OR 코발렌코 OR Коваленко';

for (const lang of ['en', 'ko'])
  for (const [screen, viewport] of Object.entries(screens))
    test(`${lang}, ${screen}: the samples searched${screen === 'desktop' ? ', a result open at its hit' : ''}`, async () => {
      const { page, context, problems } = await openPage(env.browser, null, { viewport });
      await page.addInitScript((l) => localStorage.setItem('loupe-lang', l), lang);
      await page.goto(`${env.httpUrl}?samples=1`);
      await appReady(page);
      await page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await page.fill('#query', query);
      await page.waitForFunction((q) => document.getElementById('result-count').dataset.query === q, query);
      await page.waitForSelector('#results .passage');
      if (screen === 'desktop') {
        await page.locator('#results .passage .open').first().click();
        await page.waitForSelector('#doc-text mark.hit.current');
        assert.match(await page.textContent('#doc-text mark.hit.current'), /Kovalenko|코발렌코|Коваленко/);
      }
      // The search bar in the picture (the click scrolled the window), no focus ring.
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: `${shots}readme-${lang}-${screen}.png` });
      assert.deepEqual(problems, []);
      await context.close();
    });
