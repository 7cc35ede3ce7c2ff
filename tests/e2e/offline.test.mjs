// After load the app makes no network request at all (http and file:// builds), even while it
// loads the samples, reads a PDF (pdf.js inside the worker) and exports; the ?samples=1 start
// preloads the sample corpus; exports hold what exists.
// Not covered yet: a full storage quota (CDP Storage.overrideQuotaForOrigin did not take effect
// in this Chromium); app-store.js writes one document per transaction for that case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, startServer, openPage, appReady, fileUrl, shots } from './browser.mjs';
import { files } from './fixtures.mjs';

let browser, server, httpUrl;
before(async () => {
  browser = await launch();
  ({ server, url: httpUrl } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const [name, url] of [['http', () => httpUrl], ['file', () => fileUrl]]) {
  test(`${name}: zero requests after load; samples preload; export JSON and CSV`, async () => {
    const { page, context, problems } = await openPage(browser, null);
    const requests = [];
    let loaded = false;
    // Context-wide, so the worker's requests (importScripts, pdf.js) count too.
    context.on('request', (r) => { if (loaded && !r.url().startsWith('blob:')) requests.push(r.url()); });
    await page.goto(`${url()}?samples=1`);
    await appReady(page);
    loaded = true;
    assert.equal(await page.locator('#docs li').count(), 5);
    assert.match(await page.textContent('#docs'), /ko-harbor\.txt/);

    const f = files();
    await page.setInputFiles('#files', [f.pdf, f.html]);
    await page.waitForFunction(() => document.querySelectorAll('#docs li').length === 7, null, { timeout: 30000 });
    await page.getByRole('button', { name: /^Show / }).first().click();
    await page.waitForSelector('#doc-panel:not([hidden])');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
    assert.equal(data.documents.length, 7);
    assert.ok(data.documents.some((d) => d.name === 'report.pdf' && d.type === 'pdf'));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const lines = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    assert.equal(lines[0], 'section,id,name,type,value,count');
    assert.equal(lines.filter((l) => l.startsWith('document,')).length, 7);
    assert.ok(lines.some((l) => /^document,[^,]+,uk-harbor\.txt,text,486,/.test(l)), lines.join('\n'));

    await page.screenshot({ path: `${shots}offline-${name}.png`, fullPage: true });
    assert.deepEqual(requests, [], `requests after load: ${requests.join(', ')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
