// Ingest through the file picker and by drag-and-drop: each file type becomes a document with the right text, bad
// files get a clear message while the others carry on, hostile markup stays text, and the
// documents survive a reload (IndexedDB). Runs over http (strict CSP) and from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, fileUrl, shots, dropFiles } from './browser.mjs';
import { files, hostileName, hostileText } from './fixtures.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

async function statuses(page, count) {
  await page.waitForFunction(
    (n) => {
      const rows = [...document.querySelectorAll('#file-status li')];
      return rows.length === n && rows.every((r) => r.className === 'ok' || r.className === 'error');
    },
    count,
    { timeout: 30000 },
  );
  return page.$$eval('#file-status li', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.querySelector('.name').textContent,
        { ok: r.className === 'ok', state: r.querySelector('.state').textContent },
      ]),
    ),
  );
}

// Waits for the document view to show it: the worker may still be busy with entities.
const docText = async (page, name) => {
  await page.evaluate((n) => {
    const row = [...document.querySelectorAll('#docs li')].find((li) => li.querySelector('.name').textContent === n);
    row.querySelector('button').click(); // "View"
  }, name);
  await page.waitForFunction((n) => document.getElementById('doc-name').textContent === n, name);
  return page.textContent('#doc-text');
};

for (const [name, url] of [
  ['http', () => env.httpUrl],
  ['file', () => fileUrl],
]) {
  test(`${name}: every file type, bad files and hostile names`, async () => {
    const { page, context, problems } = await openPage(env.browser, url());
    await appReady(page);
    const f = files();
    await page.setInputFiles('#files', Object.values(f));
    const got = await statuses(page, Object.keys(f).length);

    for (const k of ['text', 'markdown', 'html', 'pdf', 'legacy', 'hostile'])
      assert.ok(got[f[k].name].ok, `${k}: ${got[f[k].name].state}`);
    assert.match(got['secret.pdf'].state, /password-protected/);
    assert.match(got['image.txt'].state, /binary/);
    assert.match(got['junk.txt'].state, /binary/);
    assert.equal(await page.locator('#docs li').count(), 6);
    // The bar counted every file, then left once they were all in.
    assert.match(await page.textContent('#progress-text'), /^9 of 9 files/);
    await page.waitForSelector('#progress-box', { state: 'hidden' });

    assert.equal(await docText(page, 'notes.txt'), 'Ferries leave Busan at dawn. 부산 항구.\n');
    // Neither UTF-8 nor UTF-16: the engine's detection names windows-1251.
    assert.equal(await docText(page, 'legacy.txt'), 'Встреча в');
    const html = await docText(page, 'page.html');
    assert.match(html, /Київ & Busan/);
    assert.match(html, /Встреча в\u00A0мае\./);
    assert.doesNotMatch(html, /pwned|HTML_SCRIPT_TEXT|color:red|<h1>/);
    const pdfText = await docText(page, 'report.pdf');
    assert.match(pdfText, /Harbor report for Busan/);
    assert.match(pdfText, /Second line of text/);

    // Hostile markup: shown as text, never run.
    assert.equal(await docText(page, hostileName), hostileText);
    assert.equal(await page.locator('#docs .name', { hasText: hostileName }).count(), 1);
    assert.equal(await page.evaluate(() => document.querySelectorAll('main img, #doc-text script').length), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    // ...and in search results: its name and its snippet are text too.
    await page.getByLabel('Search the documents').fill('부산');
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('#results .result-head .name')].some((b) => b.textContent === n),
      hostileName,
    );
    const hostileHit = await page.$$eval(
      '#results li.passage',
      (lis, n) =>
        lis
          .map((li) => ({
            name: li.closest('.result-doc').querySelector('.result-head .name').textContent,
            snippet: li.querySelector('.snippet').textContent,
          }))
          .find((h) => h.name === n),
      hostileName,
    );
    assert.match(hostileHit.snippet, /<img src=x onerror=alert\(3\)> 부산/);
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('#results img, #results script, main img').length),
      0,
    );
    await page.screenshot({ path: `${shots}ingest-${name}.png`, fullPage: true });

    // Reload: the six documents come back from IndexedDB, with the engine's index kept beside
    // them (loaded, not rebuilt), and search answers from it.
    await page.waitForSelector('body[data-index-kept="6"]');
    await page.reload();
    await appReady(page);
    assert.match(await page.textContent('#status'), /Restored 6 documents/);
    assert.equal(await page.evaluate(() => document.body.dataset.restored), 'snapshot');
    assert.deepEqual(
      (await page.$$eval('#docs .name', (n) => n.map((x) => x.textContent))).sort(),
      ['legacy.txt', 'notes.txt', 'page.html', 'plan.md', 'report.pdf', hostileName].sort(),
    );
    assert.match(await docText(page, 'report.pdf'), /Harbor report for Busan/);
    const searchNames = async (q) => {
      await page.getByLabel('Search the documents').fill(q);
      await page.waitForFunction(() => document.querySelectorAll('#results .result-head .name').length > 0);
      return page.$$eval('#results .result-head .name', (b) => b.map((x) => x.textContent));
    };
    assert.ok((await searchNames('Harbor')).includes('report.pdf'));
    // A kept index that is garbage: the documents are indexed again, nothing is lost.
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('loupe-app');
          req.onsuccess = () => {
            const t = req.result.transaction('index', 'readwrite');
            t.objectStore('index').put(new Uint8Array([76, 79, 85, 80, 69, 1, 2, 3]), 'engine');
            t.oncomplete = () => {
              req.result.close();
              resolve();
            };
            t.onerror = () => reject(t.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.reload();
    await appReady(page);
    assert.equal(await page.evaluate(() => document.body.dataset.restored), 'rebuilt');
    assert.equal(await page.locator('#docs .name').count(), 6);
    assert.ok((await searchNames('Harbor')).includes('report.pdf'));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// A real drop (DataTransfer of Files, drag events on the drop zone): several files at once,
// the bad ones refused with their reason while the others are added.
for (const [name, url] of [
  ['http', () => env.httpUrl],
  ['file', () => fileUrl],
]) {
  test(`${name}: drag and drop several files, bad ones among them`, async () => {
    const { page, context, problems } = await openPage(env.browser, url());
    await appReady(page);
    const f = files();
    const dropped = [f.text, f.encrypted, f.pdf, f.binary, f.html];
    const zone = [];
    // Every state the progress bar shows, as it shows it (it leaves the page when done).
    await page.evaluate(() => {
      window.progressSeen = [];
      const box = document.getElementById('progress-box');
      new MutationObserver(() => {
        const p = document.getElementById('progress');
        const text = document.getElementById('progress-text').textContent;
        if (!box.hidden && window.progressSeen.at(-1)?.text !== text)
          window.progressSeen.push({ text, value: p.value, max: p.max });
      }).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await dropFiles(page, '#drop', dropped, async (type) =>
      zone.push([type, await page.getAttribute('#drop', 'class')]),
    );
    assert.deepEqual(zone, [
      ['dragenter', 'drop'],
      ['dragover', 'drop dragging'],
      ['drop', 'drop'],
    ]);
    const got = await statuses(page, dropped.length);
    assert.deepEqual(
      Object.keys(got),
      dropped.map((d) => d.name),
      'one status row per dropped file, in order',
    );
    for (const d of [f.text, f.pdf, f.html]) assert.ok(got[d.name].ok, `${d.name}: ${got[d.name].state}`);
    assert.match(got['secret.pdf'].state, /^not added: This PDF is password-protected/);
    assert.match(got['image.txt'].state, /^not added: This looks like a binary file/);
    assert.match(got['notes.txt'].state, /^added \(36 characters\)$/);
    assert.deepEqual(await page.$$eval('#docs .name', (n) => n.map((x) => x.textContent)), [
      'notes.txt',
      'report.pdf',
      'page.html',
    ]);
    // Progress by files and bytes, file after file up to all of both; then the bar leaves the
    // page (it stayed on screen at "5 of 5 files" before, issue 17).
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    const bytes = dropped.reduce((n, d) => n + d.buffer.length, 0);
    await page.waitForSelector('#progress-box', { state: 'hidden' });
    const seen = await page.evaluate(() => window.progressSeen);
    assert.deepEqual(
      seen.map((p) => p.text.split(',')[0]),
      [0, 1, 2, 3, 4, 5].map((n) => `${n} of 5 files`),
    );
    assert.deepEqual(seen.at(-1), { text: `5 of 5 files, ${kib(bytes)} of ${kib(bytes)}`, value: bytes, max: bytes });
    assert.match(await docText(page, 'report.pdf'), /Harbor report for Busan/);
    await page.screenshot({ path: `${shots}ingest-drop-${name}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('http: pasted text, forget everything, Korean interface at 360 px', async () => {
  const { page, context, problems } = await openPage(env.browser, env.httpUrl, {
    viewport: { width: 360, height: 740 },
  });
  await appReady(page);
  await page.getByLabel('Paste text').fill('세르게이 외무장관은 Лавров встретился');
  await page.waitForFunction(() => document.querySelectorAll('#tokens li').length === 4);
  await page.getByLabel('Name for the pasted text').fill('memo');
  await page.getByRole('button', { name: 'Add text' }).click();
  await statuses(page, 1);
  assert.equal(await page.locator('#docs .name').textContent(), 'memo');
  await page.getByRole('button', { name: 'Switch the interface to Korean' }).click();
  assert.equal(await page.getByRole('button', { name: '모두 지우기' }).count(), 1);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no horizontal scroll at 360 px (scrollWidth ${width})`);
  await page.screenshot({ path: `${shots}narrow-ko.png`, fullPage: true });
  page.removeAllListeners('dialog');
  page.on('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '모두 지우기' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#docs .name').length === 0);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('#docs .name').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
