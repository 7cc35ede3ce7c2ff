// The embeddable library (web/src/lib) on the example site, which is served with a strict
// Content-Security-Policy: the page's own API use, <loupe-search> in its shadow DOM, and the
// promise API driven from the test (instances, transfers, errors, save/load).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, shots } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

test('example site: strict CSP header, no violation, element and API work', async () => {
  const { page, context, problems } = await openPage(env.browser, null);
  const response = await page.goto(`${env.httpUrl}examples/`);
  const policy = response.headers()['content-security-policy'];
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'/);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
  const api = await page.$$eval('#api-output dd', (dds) =>
    Object.fromEntries(dds.map((d) => [d.dataset.term, d.textContent])),
  );
  assert.equal(api['instance a'], 'note.txt');
  assert.equal(api['instance b'], 'memo.txt');
  assert.equal(api.tokens, '부산 | 항구는 | 새벽에 | 붐빈다');
  assert.equal(api.restored, 'note.txt (28 characters)');

  const el = page.locator('loupe-search');
  await page.waitForFunction(
    () =>
      document.querySelector('loupe-search').shadowRoot.querySelector('.status').textContent === '3 documents ready.',
  );
  // Isolation: the page's `p, label, input { color: red; font-family: Courier }` stays outside...
  const inside = await el.evaluate((e) => {
    const s = getComputedStyle(e.shadowRoot.querySelector('.status'));
    const input = getComputedStyle(e.shadowRoot.querySelector('input'));
    return {
      color: s.color,
      font: s.fontFamily,
      inputColor: input.color,
      outline: e.shadowRoot.querySelector('input'),
    };
  });
  assert.notEqual(inside.color, 'rgb(200, 0, 0)');
  assert.doesNotMatch(inside.font, /Courier/);
  assert.notEqual(inside.inputColor, 'rgb(200, 0, 0)');
  // ...its custom property themes the element...
  const accent = await el.evaluate((e) => {
    e.shadowRoot.querySelector('input').focus();
    return getComputedStyle(e.shadowRoot.querySelector('input')).outlineColor;
  });
  assert.equal(accent, 'rgb(0, 128, 96)');
  // ...and the element's `.status`/`li` rules do not reach the page.
  assert.equal(await page.$eval('main p.status', (p) => getComputedStyle(p).color), 'rgb(200, 0, 0)');
  assert.equal(await page.$eval('main p.status', (p) => getComputedStyle(p).fontSize), '17px');

  await el.locator('input').fill('Busan');
  const status = el.locator('.status');
  await page.waitForFunction(() =>
    /Search is not available|results/.test(
      document.querySelector('loupe-search').shadowRoot.querySelector('.status').textContent,
    ),
  );
  const caps = await page.evaluate(async () => (await document.querySelector('loupe-search').loupe).capabilities);
  if (caps.search) assert.match(await status.textContent(), /\d+ results/);
  else assert.equal(await status.textContent(), 'Search is not available in this engine build yet.');
  await page.screenshot({ path: `${shots}example-csp.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('API: instances are independent, bytes are transferred, errors are LoupeErrors', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.httpUrl}examples/`);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
  const r = await page.evaluate(async () => {
    const { Loupe, LoupeError } = await import('/loupe.js');
    const out = {};
    const catchCode = (p) =>
      p.then(
        () => 'resolved',
        (e) => (e instanceof LoupeError ? `${e.code}:${e.reason || ''}` : `other:${e}`),
      );
    const a = await Loupe.create({ worker: true });
    const b = await Loupe.create({ worker: true });
    const bytes = new TextEncoder().encode('Ferries leave Busan at dawn.');
    out.added = await a.add({ id: 1, name: 'a.txt', bytes });
    out.detached = bytes.byteLength; // 0: the buffer went to the worker, not a copy
    await b.add({ id: 'x', name: 'b', text: 'другой документ' });
    out.listA = (await a.list()).map((d) => d.id);
    out.listB = (await b.list()).map((d) => d.id);
    out.tokens = (await a.tokenize('😀 Нью-Йорк')).map((t) => [t.surface, t.begin_u16, t.end_u16]);
    out.removeMissing = await catchCode(a.remove('nope'));
    out.binary = await catchCode(a.add({ id: 2, name: 'z.bin', bytes: new Uint8Array([1, 0, 2, 0]) }));
    out.noId = await catchCode(a.add({ name: 'x', text: 'y' }));
    out.badSnapshot = await catchCode(Loupe.load(new Uint8Array([1, 2, 3])));
    const snapshot = await a.save();
    out.snapshotIsBytes = snapshot instanceof Uint8Array;
    const truncated = snapshot.slice(0, 20);
    out.truncated = await catchCode(Loupe.load(truncated));
    // The engine's part (after the document table) keeps no second copy of the text.
    const tableEnd = 16 + new DataView(snapshot.buffer).getUint32(12, true);
    out.indexHoldsText = new TextDecoder().decode(snapshot.subarray(tableEnd)).includes('Ferries leave Busan');
    out.indexBytes = snapshot.length - tableEnd;
    // A document table whose text no longer matches the index (same length, other words):
    // the index is refused and the documents are indexed again, so the new text is searchable.
    const edited = snapshot.slice();
    const at = new TextDecoder().decode(edited.subarray(0, tableEnd)).indexOf('dawn');
    edited.set(new TextEncoder().encode('dusk'), at);
    const e = await Loupe.load(edited);
    out.edited = [e.restored, (await e.search('dusk')).total, (await e.search('dawn')).total];
    e.dispose();
    const c = await Loupe.load(snapshot);
    out.snapshotDetached = snapshot.byteLength;
    out.restoredHow = c.restored;
    out.restored = await c.get('1');
    // Documents kept by the caller + saveIndex(): loaded when they match, indexed again when not
    // (here a second document the index has never seen), and searchable either way.
    const bare = await c.saveIndex();
    const d = await Loupe.create({ worker: true });
    const same = await d.restore([out.restored], bare);
    const more = await d.restore([out.restored, { id: 'n', name: 'n.txt', text: 'Ferries return at dusk.' }], bare);
    out.restoreApi = [
      same.index,
      same.documents,
      more.index,
      more.documents,
      (await d.search('dusk')).total,
      (await d.list()).map((x) => x.id).join(),
    ];
    d.dispose();
    out.caps = a.capabilities;
    for (const op of ['search', 'entities', 'dates']) {
      out[op] = await catchCode(op === 'search' ? a.search('Busan') : a[op]());
    }
    // The restored instance searches without re-adding: its index came from the snapshot.
    const slice = (text, from, r) => text.slice(r.begin_u16 - from, r.end_u16 - from);
    const inSnippet = (h, r) =>
      Number.isInteger(r.in_snippet_begin_u16)
        ? h.snippet.slice(r.in_snippet_begin_u16, r.in_snippet_end_u16)
        : slice(h.snippet, h.snippet_begin_u16, r);
    out.restoredHits = (await c.search('Busan')).hits.map((h) => [
      h.doc,
      h.name,
      ...h.highlights.map((r) => inSnippet(h, r)),
    ]);
    const text = 'On 14 March 2024 Dr. Maria Kovalenko of Kyiv met Professor Carlos Romero in Valencia.';
    await a.add({ id: 'm', name: 'meeting.txt', text });
    out.dateValues = (await a.dates()).find((d) => d.id === 'm').dates.map((d) => [d.value, slice(text, 0, d)]);
    const ents = await a.entities();
    out.mentionsMatch = ents.mentions.filter((m) => m.doc === 'm').map((m) => slice(text, 0, m) === m.surface);
    out.entityDocs = ents.entities.flatMap((e) => e.documents);
    // The mention filters: one document's, one entity's, none; the entities are always whole.
    const key = (m) => `${m.doc}:${m.entity}:${m.begin_u16}`;
    const ofDoc = await a.entities({ doc: 'm' }),
      none = await a.entities({ mentions: false });
    const first = ents.mentions.find((m) => m.doc === 'm').entity;
    const ofEntity = await a.entities({ entity: first });
    out.filters = {
      doc:
        ofDoc.mentions.map(key).join() ===
          ents.mentions
            .filter((m) => m.doc === 'm')
            .map(key)
            .join() && ofDoc.mentions.length > 0,
      entity:
        ofEntity.mentions.map(key).join() ===
        ents.mentions
          .filter((m) => m.entity === first)
          .map(key)
          .join(),
      none: none.mentions.length === 0,
      whole: [ofDoc, ofEntity, none].every((r) => JSON.stringify(r.entities) === JSON.stringify(ents.entities)),
    };
    await a.remove('m');
    out.searchAfterRemove = (await a.search('Kovalenko')).total;
    out.badQuery = await catchCode(a.search('"unclosed'));
    const ctl = new AbortController();
    const pending = a.add({ id: 3, name: 'late.txt', text: 'late' }, { signal: ctl.signal });
    ctl.abort();
    out.aborted = await catchCode(pending);
    await a.remove(1);
    out.afterRemove = (await a.list()).map((d) => d.id);
    a.dispose();
    out.disposed = await catchCode(a.list());
    out.bStillWorks = (await b.list()).length;
    b.dispose();
    c.dispose();
    return out;
  });
  assert.deepEqual(r.added, {
    id: '1',
    name: 'a.txt',
    title: 'a',
    first_line: 'Ferries leave Busan at dawn.',
    type: 'text',
    chars: 28,
    bytes: 28,
  });
  assert.deepEqual(r.filters, { doc: true, entity: true, none: true, whole: true });
  assert.equal(r.detached, 0);
  assert.deepEqual(r.listA, ['1']);
  assert.deepEqual(r.listB, ['x']);
  assert.deepEqual(r.tokens, [
    ['Нью', 3, 6],
    ['Йорк', 7, 11],
  ]);
  assert.equal(r.removeMissing, 'not_found:');
  assert.equal(r.binary, 'bad_file:binary');
  assert.equal(r.noId, 'invalid_argument:');
  assert.equal(r.badSnapshot, 'invalid_argument:');
  assert.equal(r.truncated, 'invalid_argument:');
  assert.equal(r.snapshotIsBytes, true);
  assert.equal(r.snapshotDetached, 0);
  assert.equal(r.restored.text, 'Ferries leave Busan at dawn.');
  assert.equal(r.restoredHow, 'snapshot');
  assert.deepEqual(r.restoreApi, ['snapshot', 1, 'rebuilt', 2, 1, '1,n']);
  assert.equal(r.indexHoldsText, false, 'the saved index leaves the text to the document table');
  assert.ok(r.indexBytes > 0, 'the engine index is in the snapshot');
  assert.deepEqual(r.edited, ['rebuilt', 1, 0]);
  // Engine parts not built yet are refused honestly; once present they must answer.
  for (const op of ['search', 'entities', 'dates']) {
    assert.equal(r.caps[op], true, `the engine build has ${op}`);
    assert.equal(r[op], 'resolved', op);
  }
  assert.deepEqual(r.restoredHits, [['1', 'a.txt', 'Busan']]);
  assert.deepEqual(r.dateValues, [['2024-03-14', '14 March 2024']]);
  assert.ok(r.mentionsMatch.length >= 2 && r.mentionsMatch.every(Boolean), JSON.stringify(r.mentionsMatch));
  assert.ok(
    r.entityDocs.every((id) => id === '1' || id === 'm'),
    r.entityDocs.join(','),
  );
  assert.equal(r.searchAfterRemove, 0);
  assert.equal(r.badQuery, 'invalid_argument:');
  assert.equal(r.aborted, 'aborted:');
  assert.deepEqual(r.afterRemove, []);
  assert.equal(r.disposed, 'disposed:');
  assert.equal(r.bStillWorks, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('API: pdf.js is optional data, fetched on the first PDF only (under the strict CSP)', async () => {
  const { pdf } = await import('./fixtures.mjs');
  const { page, context, problems } = await openPage(env.browser, `${env.httpUrl}examples/`);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const created = await page.evaluate(async () => {
    const { Loupe } = await import('/loupe.js');
    window.lazyLoupe = await Loupe.create({ worker: true });
    await window.lazyLoupe.add({ id: 't', name: 't.txt', text: 'plain text first' });
    return true;
  });
  assert.equal(created, true);
  assert.deepEqual(
    requests.filter((p) => /pdf/i.test(p)),
    [],
    'no pdf.js before a PDF',
  );
  const bytes = [...pdf(['Ferries leave Busan at dawn.'])];
  const doc = await page.evaluate(async (b) => {
    const d = await window.lazyLoupe.add({ id: 'p', name: 'p.pdf', bytes: new Uint8Array(b) });
    return (await window.lazyLoupe.get(d.id ?? 'p')).text;
  }, bytes);
  assert.match(doc, /Ferries leave Busan at dawn/);
  assert.ok(
    requests.some((p) => /pdf/i.test(p)),
    'pdf.js was fetched for the PDF',
  );
  assert.deepEqual(problems, []);
  await context.close();
});
