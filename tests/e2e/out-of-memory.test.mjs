// Out of memory through the app (issue 20, B4e): a file the wasm engine refuses for lack of
// memory shows the engine's out-of-memory message on its row (not "cannot be read as text"),
// the documents added before stay searchable, and a file dropped after it is still added.
// No test hook: the file is really too big. Engine::add_document asks 16 bytes of heap per
// input byte (Engine::kAddBytesPerInputByte) of what the 2 GiB heap has left, so 125 MiB
// (~2 GiB asked) is refused before any work, as tests/wasm/limits.test.mjs shows in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, dropFiles } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

// The rows of #file-status once `count` of them are done: { name: { ok, state } }.
async function rows(page, count) {
  await page.waitForFunction(
    (n) => {
      const done = [...document.querySelectorAll('#file-status li')].filter(
        (r) => r.className === 'ok' || r.className === 'error',
      );
      return done.length >= n;
    },
    count,
    { timeout: 120000 },
  );
  return page.$$eval('#file-status li', (lis) =>
    Object.fromEntries(
      lis.map((r) => [
        r.querySelector('.name').textContent,
        { ok: r.className === 'ok', state: r.querySelector('.state').textContent },
      ]),
    ),
  );
}

// The names of the documents the search box finds for `query`.
async function found(page, query) {
  await page.getByLabel('Search the documents').fill(query);
  await page.waitForFunction((q) => document.getElementById('result-count').dataset.query === q, query);
  return page.$$eval('#results .result-head .name', (b) => b.map((x) => x.textContent));
}

const text = (name, body) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });

test('a file too big for the memory left: its row says out of memory, the app goes on', async () => {
  const { page, context, problems } = await openPage(env.browser, env.httpUrl);
  page.setDefaultTimeout(60000);
  await appReady(page);

  await dropFiles(page, '#drop', [text('before.txt', 'The lighthouse keeper counted ferries at dawn.\n')]);
  assert.equal((await rows(page, 1))['before.txt'].ok, true);

  // 125 MiB of ordinary text made in the page (not sent over the wire), then a small file.
  const big = await page.evaluateHandle(() => {
    const body = 'harbor '.repeat((125 * 1024 * 1024) / 7);
    return [
      new File([body], 'huge.txt', { type: 'text/plain' }),
      new File(['Seagulls circled the quiet marina at noon.\n'], 'after.txt', { type: 'text/plain' }),
    ];
  });
  await dropFiles(page, '#drop', big);
  const got = await rows(page, 3);

  assert.equal(got['huge.txt'].ok, false);
  assert.match(got['huge.txt'].state, /out of memory/i);
  assert.match(got['huge.txt'].state, /already indexed are kept/);
  assert.doesNotMatch(got['huge.txt'].state, /cannot be read|encoding|binary/i);
  assert.equal(got['after.txt'].ok, true, got['after.txt'].state);

  assert.deepEqual((await page.$$eval('#docs .name', (n) => n.map((x) => x.textContent))).sort(), [
    'after.txt',
    'before.txt',
  ]);
  assert.deepEqual(await found(page, 'lighthouse'), ['before.txt']);
  assert.deepEqual(await found(page, 'marina'), ['after.txt']);
  assert.deepEqual(await found(page, 'harbor'), []);
  assert.deepEqual(problems, []);
  await context.close();
});
