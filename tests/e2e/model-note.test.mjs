// An entity model that cannot be loaded (issue 17): the engine reports model_unavailable for
// its language (web/src/worker/models.js); the app says so on screen, in the interface's
// language, and keeps working: the other languages' entities, search and the timeline. Here
// the Korean model's request fails (a 404 from the browser context's route).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, showView, shots } from './browser.mjs';
import { count } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

async function samplesWithout(lang) {
  const opened = await openPage(env.browser, null, { viewport: { width: 1440, height: 900 } });
  if (lang) await opened.context.route(`**/models/ner-${lang}.bin`, (r) => r.fulfill({ status: 404, body: 'gone' }));
  opened.page.setDefaultTimeout(15000);
  await opened.page.goto(`${env.httpUrl}?samples=1`);
  await appReady(opened.page);
  await opened.page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  return opened;
}

test('a missing Korean model is said on screen; entities, search and dates keep working', async () => {
  const { page, context, problems } = await samplesWithout('ko');
  await page.waitForSelector('#model-note:not([hidden])');
  assert.equal(await page.getAttribute('#model-note', 'data-langs'), 'ko');
  assert.match(await page.textContent('#model-note'), /The entity model for Korean could not be loaded/);
  await showView(page, 'entities');
  await page.waitForSelector('#entities li[data-entity] button.link:text-is("Maria Kovalenko")');
  await page.screenshot({ path: `${shots}model-note.png` });
  await page.getByLabel('Search the documents').fill('harbor');
  await page.waitForFunction(() => /^\d+ /.test(document.getElementById('result-count').textContent));
  assert.ok((await count(page)) > 0, 'search works');
  await showView(page, 'timeline');
  await page.waitForSelector('#timeline .bar');
  // In the Korean interface the note is Korean too.
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  assert.match(await page.textContent('#model-note'), /한국어 개체 모델을 불러오지 못했습니다/);
  // Only the failed model's request may show as an error (Chromium logs the 404).
  assert.deepEqual(
    problems.filter((p) => !/404/.test(p)),
    [],
  );
  await context.close();
});

test('with every model there, no note', async () => {
  const { page, context, problems } = await samplesWithout(null);
  await showView(page, 'entities');
  await page.waitForSelector('#entities li[data-entity]');
  assert.equal(await page.isHidden('#model-note'), true);
  assert.deepEqual(problems, []);
  await context.close();
});
