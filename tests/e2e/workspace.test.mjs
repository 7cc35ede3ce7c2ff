// The app as a workspace (issue 17, items 5, 9 and 10): the search bar on top, the views as tabs
// beside a reading pane (one column with a reading tab on a phone), the developer's tokens
// behind a switch; "Forget everything" clears the screen and stays forgotten on ?samples=1;
// a removal can be undone; the keyboard goes back from the document to its result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, showView, shots } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const box = (page, selector) =>
  page.$eval(selector, (n) => {
    const r = n.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, shown: r.width > 0 && r.height > 0 };
  });

async function samples(viewport) {
  const opened = await openPage(env.browser, `${env.httpUrl}?samples=1`, { viewport });
  await appReady(opened.page);
  await opened.page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  return opened;
}

test('1440 px: search on top, results beside the reading pane, tokens behind a switch', async () => {
  const { page, context, problems } = await samples({ width: 1440, height: 900 });
  assert.ok((await box(page, '#query')).top < 60, 'the search box is at the top');
  assert.equal((await box(page, '#tokens-panel')).shown, false, 'no token panel by default');
  await page.getByLabel('Search the documents').fill('Busan');
  await page.locator('#results .passage .open').nth(1).click();
  await page.waitForSelector('#doc-text mark.hit.current');
  const list = await box(page, '#search-panel');
  const reader = await box(page, '#doc-panel');
  assert.ok(list.shown && reader.shown);
  assert.ok(reader.left >= list.right, `side by side: ${JSON.stringify({ list, reader })}`);
  assert.ok(reader.top < 200 && reader.bottom <= 900, `the reading pane is in view: ${JSON.stringify(reader)}`);
  // A filter from the entity list shows its mentions where the results are, the reader beside.
  await showView(page, 'entities');
  await page.locator('#entities li[data-entity] button').first().click();
  await page.waitForSelector('#filter:not([hidden])');
  assert.ok((await box(page, '#search-panel')).top < 200);
  assert.ok((await box(page, '#doc-panel')).shown);
  // Nine panels no more: one view beside the reader.
  const shown = await page.$$eval(
    '.side > section',
    (ss) => ss.filter((s) => s.getBoundingClientRect().height > 0).length,
  );
  assert.equal(shown, 1);
  await page.screenshot({ path: `${shots}workspace-1440.png` });
  // The debug switch shows the tokens: off by default, also beside the documents.
  await showView(page, 'library');
  assert.equal((await box(page, '#tokens-panel')).shown, false, 'no token panel by default');
  await page.getByLabel("Show the developer's token view").check();
  assert.equal((await box(page, '#tokens-panel')).shown, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('390 px: the search box first, one view at a time, Escape back to the result', async () => {
  const { page, context, problems } = await samples({ width: 390, height: 844 });
  assert.ok((await box(page, '#query')).top < 120, 'the search box is near the top on a phone');
  await page.keyboard.press('/');
  await page.keyboard.type('Busan');
  await page.waitForSelector('#results .passage .open');
  await page.waitForSelector('#facets [data-facet^="entity:"]'); // the facets drawn too
  const firstResult = await box(page, '#results .passage .open');
  assert.ok(firstResult.bottom <= 844, `the first result on the first screen: ${JSON.stringify(firstResult)}`);
  assert.equal((await box(page, '#doc-panel')).shown, false, 'the reader waits for a result');
  const opened = page.locator('#results .passage .open').nth(1);
  await opened.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#doc-text mark.hit.current');
  assert.equal((await box(page, '#search-panel')).shown, false);
  assert.equal((await box(page, '#doc-panel')).shown, true);
  await page.screenshot({ path: `${shots}workspace-390-reader.png` });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.body.dataset.view === 'results');
  assert.equal(
    await page.evaluate(() => document.activeElement.closest('.passage') !== null),
    true,
    'the focus is back on the result',
  );
  await page.screenshot({ path: `${shots}workspace-390-results.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('forget everything clears the screen and stays forgotten; a removal can be undone', async () => {
  const { page, context, problems } = await samples({ width: 1440, height: 900 });
  await page.getByLabel('Search the documents').fill('Busan');
  await page.locator('#results .passage .open').first().click();
  await page.waitForSelector('#doc-text mark.hit');
  // Remove one document, then undo: it comes back, searchable.
  await showView(page, 'library');
  await page.getByRole('button', { name: 'Remove en-harbor.txt' }).click();
  await page.waitForSelector('#undo-bar:not([hidden])');
  assert.equal(await page.locator('#docs .name', { hasText: 'en-harbor.txt' }).count(), 0);
  await page.click('#undo');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#docs .name')].some((n) => n.textContent === 'en-harbor.txt'),
  );
  await page.waitForSelector('body[data-analysed="5"]');
  // Forget everything: nothing of the documents stays on screen.
  page.removeAllListeners('dialog');
  page.on('dialog', (d) => d.accept());
  await page.click('#forget');
  await page.waitForSelector('body[data-analysed="0"]');
  const left = await page.evaluate(() => ({
    results: document.querySelectorAll('#results li').length,
    count: document.getElementById('result-count').textContent,
    query: document.getElementById('query').value,
    doc: document.getElementById('doc-text').textContent,
    entities: document.querySelectorAll('#entities li[data-entity]').length,
    bars: document.querySelectorAll('#timeline button.bar').length,
    nodes: document.querySelectorAll('#network .node').length,
    tokens: document.querySelectorAll('#tokens li').length,
  }));
  assert.deepEqual(left, { results: 0, count: '', query: '', doc: '', entities: 0, bars: 0, nodes: 0, tokens: 0 });
  // A reload of ?samples=1 does not bring the forgotten samples back.
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('#docs .name').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the entity list filters as you type (accents ignored) and hides an entity for good', async () => {
  const { page, context, problems } = await samples({ width: 1440, height: 900 });
  await showView(page, 'entities');
  await page.waitForSelector('#entities li[data-entity]');
  const names = () => page.$$eval('#entities li[data-entity] > button.link', (bs) => bs.map((b) => b.textContent));
  const all = await names();
  // Each type's rows most mentioned first: the most mentioned name is on the first screen.
  const counts = await page.$$eval('#entities > li.group', (gs) =>
    gs.map((g) => [...g.querySelectorAll('li[data-entity] .meta')].map((m) => Number.parseInt(m.textContent, 10))),
  );
  assert.ok(
    counts.some((c) => c.length > 2 && c[0] > c.at(-1)),
    JSON.stringify(counts),
  );
  for (const c of counts)
    assert.deepEqual(
      c,
      [...c].sort((a, b) => b - a),
      'sorted by mentions',
    );
  await page.getByLabel('Filter the entities').fill('investigacion');
  await page.waitForFunction((n) => document.querySelectorAll('#entities li[data-entity]').length < n, all.length);
  assert.deepEqual(await names(), ['Instituto de Investigación Marina']);
  await page.getByLabel('Filter the entities').fill('');
  // Hide the most mentioned entity: it leaves the list and the network, and stays hidden.
  const top = all[0];
  await page.getByRole('button', { name: `Hide ${top}` }).click();
  assert.ok(!(await names()).includes(top));
  await showView(page, 'network');
  const labels = await page.$$eval('#network .node', (ns) => ns.map((n) => n.getAttribute('aria-label')));
  assert.ok(labels.length > 0 && labels.every((l) => !l.startsWith(`${top},`)), labels.join(' | '));
  await page.reload();
  await appReady(page);
  await page.waitForSelector('body[data-analysed="5"]');
  await showView(page, 'entities');
  assert.ok(!(await names()).includes(top), 'still hidden after a reload');
  await page.getByLabel('Show hidden').check();
  assert.deepEqual(await names(), [top]);
  await page.getByRole('button', { name: `Show ${top} again` }).click();
  await page.getByLabel('Show hidden').uncheck();
  assert.ok((await names()).includes(top));
  await page.screenshot({ path: `${shots}workspace-entities.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the timeline opens on its data, not on an old outlier; every month says its year', async () => {
  const { page, context, problems } = await samples({ width: 1440, height: 900 });
  await showView(page, 'library');
  await page.getByLabel('Paste text').fill('The old pier was built in 1918 and rebuilt much later.');
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.waitForSelector('body[data-analysed="6"]', { timeout: 30000 });
  await showView(page, 'timeline');
  await page.waitForSelector('#timeline button.bar[data-period="1918"]');
  const place = await page.$eval('#timeline', (box) => {
    const bar = box.querySelector(`.bar[data-period="${box.dataset.busiest}"]`);
    const b = bar.getBoundingClientRect();
    const r = box.getBoundingClientRect();
    return { busiest: box.dataset.busiest, inView: b.left >= r.left && b.right <= r.right, scrolled: box.scrollLeft };
  });
  assert.match(place.busiest, /^202\d$/);
  assert.ok(place.inView && place.scrolled > 0, JSON.stringify(place));
  await page.screenshot({ path: `${shots}workspace-timeline.png` });
  await page.click('#timeline-unit [data-unit="month"]');
  const labels = await page.$$eval('#timeline .bar .label', (ls) => ls.map((l) => l.textContent));
  assert.ok(labels.length > 2 && labels.every((l) => /^\d\d\d{4}$/.test(l)), labels.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});
