// Entities merged, renamed and hidden for good (issue 17, item 3): kept in IndexedDB (a reload
// keeps them), applied to the list, the network and the search filters (a merged entity's chip
// filters on every member); hides kept in localStorage before move to IndexedDB once; a hide
// for this visit only is not kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, showView, shots } from './browser.mjs';
import { withSamples, count } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const row = (page, name) => page.locator('#entities li[data-entity]', { hasText: name }).first();
const mentionsOf = async (page, name) =>
  Number.parseInt((await row(page, name).locator('.meta').textContent()).match(/\d+/)[0], 10);
const mentionCount = (page) => page.$eval('#result-count', (e) => Number.parseInt(e.textContent, 10));
const idbPrefs = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('loupe-app');
        req.onsuccess = () => {
          const get = req.result.transaction('prefs').objectStore('prefs').get('entities');
          get.onsuccess = () => resolve(get.result || null);
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );

test('merge and rename: one entity in the list and the network, its chip filters on all members', async () => {
  const { page, context, problems } = await withSamples(env);
  await showView(page, 'entities');
  const a = await mentionsOf(page, 'Kovalenko');
  const b = await mentionsOf(page, 'Romero');
  const before = await page.locator('#entities li[data-entity]').count();
  await row(page, 'Kovalenko').locator('input.tick').check();
  await row(page, 'Romero').locator('input.tick').check();
  await page.click('#entity-merge button:not(.link)');
  await page.waitForFunction((n) => document.querySelectorAll('#entities li[data-entity]').length === n, before - 1);
  const merged = row(page, 'Kovalenko');
  assert.equal(await mentionsOf(page, 'Kovalenko'), a + b, 'the mentions add up');
  assert.match(await merged.locator('.aliases').textContent(), /Romero/);
  // Rename it: the list and the network say the new name.
  await merged.locator('button.rename').click();
  const input = page.locator('#entities .rename-input');
  await input.fill('Harbour scientists');
  await input.press('Enter');
  await page.waitForSelector('#entities li[data-entity] button.link:text-is("Harbour scientists")');
  await showView(page, 'network');
  assert.equal(await page.locator('#network .node', { hasText: 'Romero' }).count(), 0, 'no node of its own');
  assert.equal(
    (await page
      .locator('#network [aria-label*="Harbour scientists"], #network .node:has-text("Harbour scientists")')
      .count()) > 0,
    true,
  );
  // Its chip lists the mentions of both members, and filters a query on both.
  await showView(page, 'entities');
  await page.click('#entities li[data-entity] button.link:text-is("Harbour scientists")');
  await page.waitForSelector('#filter .chip-entity');
  assert.match(await page.textContent('#filter'), /Harbour scientists/);
  await page.waitForFunction(
    (n) => Number.parseInt(document.getElementById('result-count').textContent, 10) === n,
    a + b,
  );
  assert.equal(await mentionCount(page), a + b);
  await page.getByLabel('Search the documents').fill('Valencia OR Kyiv OR Київ OR Valencii OR 발렌시아 OR 키이우');
  await page.waitForFunction(() => /passage/.test(document.getElementById('result-count').textContent));
  assert.ok((await count(page)) > 0, await page.textContent('#result-count'));
  await page.screenshot({ path: `${shots}entity-merge.png` });
  // Kept in IndexedDB: a reload shows the merged, renamed entity.
  const prefs = await idbPrefs(page);
  assert.equal(Object.keys(prefs.merges).length, 1);
  assert.deepEqual(Object.values(prefs.renames), ['Harbour scientists']);
  await page.reload();
  await appReady(page);
  await page.waitForSelector('body[data-analysed="5"]');
  await showView(page, 'entities');
  await page.waitForSelector('#entities li[data-entity] button.link:text-is("Harbour scientists")');
  assert.equal(await page.locator('#entities li[data-entity]').count(), before - 1);
  // Unmerge: both again.
  await row(page, 'Harbour scientists').locator('button.unmerge').click();
  await page.waitForFunction((n) => document.querySelectorAll('#entities li[data-entity]').length === n, before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hides are kept in IndexedDB; hides kept in localStorage before move there once', async () => {
  const opened = await openPage(env.browser, null, { viewport: { width: 1440, height: 900 } });
  const p = opened.page;
  // An older build's hide, in localStorage, set once before the app starts.
  await p.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('loupe-hidden-entities', JSON.stringify(['LOC:Valencia']));
  });
  await p.goto(`${env.httpUrl}?samples=1`);
  await appReady(p);
  await p.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  await showView(p, 'entities');
  assert.equal(await p.locator('#entities li[data-entity] button.link:text-is("Valencia")').count(), 0);
  assert.equal(await p.evaluate(() => localStorage.getItem('loupe-hidden-entities')), null, 'moved out');
  assert.deepEqual((await idbPrefs(p)).hidden, ['LOC:Valencia']);
  // Hide another one, reload: both stay hidden.
  const busan = p.locator('#entities li[data-entity]', { hasText: 'Busan' }).first();
  await busan.locator('button.hide').click();
  await p.waitForFunction(() => document.getElementById('entity-hidden-count').textContent === '2');
  // Hidden for this visit only: gone from the list, back after a reload, never stored.
  await p.getByLabel('Hide for this visit only').check();
  const kyiv = p.locator('#entities li[data-entity]', { hasText: 'Kyiv' }).first();
  await kyiv.locator('button.hide').click();
  await p.waitForFunction(() => document.getElementById('entity-hidden-count').textContent === '3');
  await p.reload();
  await appReady(p);
  await p.waitForSelector('body[data-analysed="5"]');
  await showView(p, 'entities');
  await p.waitForFunction(() => document.getElementById('entity-hidden-count').textContent === '2');
  assert.equal((await idbPrefs(p)).hidden.length, 2);
  assert.equal((await p.locator('#entities li[data-entity]', { hasText: 'Kyiv' }).count()) > 0, true);
  assert.deepEqual(opened.problems, []);
  await opened.context.close();
});
