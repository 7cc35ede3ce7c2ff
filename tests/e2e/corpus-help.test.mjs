// Issue 17's problems 7 and 8 on the real corpus (../shared/corpus, not ours: read, never
// copied; skipped with a notice without it): documents named 000_<hash>.txt are shown by their
// first line, `negociacion` suggests the corpus' `negociación`, and `Putin` offers the entity's
// names in every script (푸틴, Путин), in English and in the Korean interface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { useBrowser, openPage, appReady, showView, shots } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl
const dir = process.env.LOUPE_CORPUS_DIR || fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(dir);
if (!present) console.log(`# SKIPPED corpus-help: no corpus at ${dir}`);

for (const [lang, viewport] of [
  ['en', { width: 1440, height: 900 }],
  ['ko', { width: 390, height: 844 }],
]) {
  test(
    `${lang} ${viewport.width}: corpus titles, a spelling for a miss, all names of Putin`,
    { skip: !present },
    async () => {
      const { page, context, problems } = await openPage(env.browser, env.httpUrl, { viewport });
      page.setDefaultTimeout(20000);
      await appReady(page);
      if (lang === 'ko') await page.click('#lang');
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      await page.setInputFiles(
        '#files',
        files.map((f) => dir + f),
      );
      await page.waitForSelector(`body[data-analysed="${files.length}"]`, { timeout: 120000 });
      // No document is known by its hash: each has a title with letters, the file name under it.
      await showView(page, 'library');
      const listed = await page.$$eval('#docs li', (lis) =>
        lis.map((li) => [li.querySelector('.doc-title').textContent, li.querySelector('.name').textContent]),
      );
      assert.equal(listed.length, files.length);
      for (const [title, name] of listed) {
        assert.notEqual(title, name);
        assert.match(title, /\p{L}{3}/u, `${name} has a readable title: ${title}`);
      }
      await page.screenshot({ path: `${shots}corpus-docs-${lang}-${viewport.width}.png` });
      const query = page.locator('#query');
      await query.fill('negociacion');
      await page.waitForSelector('#suggest .respell');
      assert.equal(await page.textContent('#suggest .respell'), 'negociación');
      assert.doesNotMatch(await page.textContent('#search-panel'), /null/);
      await page.screenshot({ path: `${shots}corpus-miss-${lang}-${viewport.width}.png` });
      await query.fill('Putin');
      await page.waitForSelector('#suggest .all-names');
      const offer = await page.textContent('#suggest .all-names');
      assert.match(offer, /푸틴/);
      assert.match(offer, /Путин/);
      await page.screenshot({ path: `${shots}corpus-putin-${lang}-${viewport.width}.png` });
      assert.deepEqual(problems, []);
      await context.close();
    },
  );
}
