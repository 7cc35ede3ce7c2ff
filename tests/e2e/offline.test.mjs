// After load the app makes no network request at all (http and file:// builds), even while it
// loads the samples, reads a PDF (pdf.js inside the worker) and exports; the ?samples=1 start
// preloads the sample corpus; exports hold what exists.
// A full storage quota: CDP Storage.overrideQuotaForOrigin did not take effect in this Chromium,
// so an init script makes the third IndexedDB write fail the way a full disk does (the
// transaction aborts with a QuotaExceededError); app-store.js writes one document per transaction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, openPage, appReady, fileUrl, shots, showView } from './browser.mjs';
import { files } from './fixtures.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

for (const [name, url] of [
  ['http', () => env.httpUrl],
  ['file', () => fileUrl],
]) {
  test(`${name}: zero requests after load; samples preload; export JSON and CSV`, async () => {
    const { page, context, problems } = await openPage(env.browser, null);
    const requests = [];
    let loaded = false;
    // Context-wide, so the worker's requests (importScripts, pdf.js) count too.
    context.on('request', (r) => {
      if (loaded && !r.url().startsWith('blob:')) requests.push(r.url());
    });
    await page.goto(`${url()}?samples=1`);
    await appReady(page);
    loaded = true;
    await showView(page, 'library');
    assert.equal(await page.locator('#docs li').count(), 5);
    assert.match(await page.textContent('#docs'), /ko-harbor\.txt/);

    const f = files();
    await page.setInputFiles('#files', [f.pdf, f.html]);
    await page.waitForFunction(() => document.querySelectorAll('#docs li').length === 7, null, { timeout: 30000 });
    await page
      .getByRole('button', { name: /^Show / })
      .first()
      .click();
    await page.waitForSelector('#doc-panel.open');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
    assert.equal(data.documents.length, 7);
    assert.ok(data.documents.some((d) => d.name === 'report.pdf' && d.type === 'pdf'));
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'section,id,name,type,value,count');
    assert.equal(lines.filter((l) => l.startsWith('document,')).length, 7);
    assert.ok(
      lines.some((l) => /^document,[^,]+,uk-harbor\.txt,text,486,/.test(l)),
      lines.join('\n'),
    );

    await page.screenshot({ path: `${shots}offline-${name}.png`, fullPage: true });
    assert.deepEqual(requests, [], `requests after load: ${requests.join(', ')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('http: a full storage quota says so and keeps what was stored before', async () => {
  const { page, context, problems } = await openPage(env.browser, null);
  await page.addInitScript(() => {
    let writes = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const request = put.apply(this, args);
      if (this.name === 'documents' && ++writes > 2) {
        const tx = this.transaction;
        Object.defineProperty(tx, 'error', {
          value: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        });
        tx.abort();
      }
      return request;
    };
  });
  await page.goto(env.httpUrl);
  await appReady(page);
  const f = files();
  await page.setInputFiles('#files', [f.text, f.markdown, f.html]);
  await page.waitForFunction(
    () => document.querySelectorAll('#file-status li.ok, #file-status li.error').length === 3,
    null,
    { timeout: 30000 },
  );
  const status = await page.textContent('#status');
  assert.equal(status, 'Storage is full: page.html was not saved. Everything saved before is kept.');
  assert.equal(await page.getAttribute('#status', 'class'), 'error');
  assert.match(await page.textContent('#file-status li.error'), /page\.html.*Storage is full/);
  // The refused document is gone from the engine too, so the page shows what a reload will.
  const names = () => page.$$eval('#docs .name', (n) => n.map((x) => x.textContent).sort());
  assert.deepEqual(await names(), ['notes.txt', 'plan.md']);
  await page.waitForSelector('body[data-analysed="2"]');
  assert.equal(await page.textContent('#status'), status, 'the message outlasts the analysis');
  await page.screenshot({ path: `${shots}offline-quota.png`, fullPage: true });
  await showView(page, 'library');
  await page.getByRole('button', { name: 'Show plan.md' }).click();
  await page.waitForFunction(() => document.getElementById('doc-name').textContent === 'plan.md');
  const before = await page.textContent('#doc-text');
  assert.match(before, /Valencia/);
  await page.reload();
  await appReady(page);
  assert.match(await page.textContent('#status'), /Restored 2 documents/);
  assert.deepEqual(await names(), ['notes.txt', 'plan.md']);
  await showView(page, 'library');
  await page.getByRole('button', { name: 'Show plan.md' }).click();
  await page.waitForFunction(() => document.getElementById('doc-name').textContent === 'plan.md');
  assert.equal(await page.textContent('#doc-text'), before);
  assert.deepEqual(problems, []);
  await context.close();
});
