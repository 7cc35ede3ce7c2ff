// Search through the wasm bindings: add documents, query, offsets that slice the JS string,
// errors with UTF-16 positions, save to a Uint8Array that survives memory growth, load back.
// LOUPE_DIST=dir runs it against another build than web/dist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { loadEngine, loadModels } from './load-engine.mjs';

const require = createRequire(import.meta.url);
const load = async () =>
  process.env.LOUPE_DIST
    ? loadModels(await require(`${process.env.LOUPE_DIST}/loupe-engine.single.js`)(), undefined, process.env.LOUPE_DIST)
    : loadEngine();

const korean = '오늘 라브로프가 도착했다 😀.\n\n라브로프와 외교관계위원회 위원들이 만났다.';
const russian = 'Министр Лавров прилетел в Нью-Йорк.\n\nПереговоры продолжались весь день.';

test('hits carry UTF-16 offsets that slice the JS string', async () => {
  const module = await load();
  const engine = new module.Engine();
  assert.equal(JSON.parse(engine.addDocument('ko', 'korean.txt', korean)).ok, true);
  assert.equal(JSON.parse(engine.addDocument('ru', 'russian.txt', russian)).ok, true);
  const r = JSON.parse(engine.search('라브로프', '{"limit":10}'));
  assert.equal(r.ok, true);
  assert.equal(r.total, 2);
  assert.deepEqual(r.facets.lang, { ko: 2 });
  for (const h of r.hits) {
    assert.equal(korean.slice(h.snippet_begin_u16, h.snippet_end_u16), h.snippet);
    for (const m of h.highlights) assert.ok(korean.slice(m.begin_u16, m.end_u16).startsWith('라브로프'));
  }
  const second = r.hits.find((h) => h.passage === 1);
  assert.ok(second, 'the paragraph after the emoji');
  assert.equal(korean.slice(second.begin_u16, second.end_u16), korean.split('\n\n')[1]);
  assert.equal(JSON.parse(engine.search('위원회', '')).total, 1);
  engine.delete();
});

test('addDocumentBytes: byte offsets index the file, UTF-16 offsets its decoded text', async () => {
  const engine = new (await load()).Engine();
  // A BOM, CRLF line ends and a Hangul word broken across a hard wrap, which search re-joins.
  const text =
    '어제 라브로프가 모스크바를 떠났다는 소식이\r\n전해졌다. 외무부에 따르면 세르게이 라브\r\n' +
    '로프가 오늘 뉴욕에 도착해 회담을 가졌고\r\n내일 다시 만날 예정이라고 한다.\r\n';
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  assert.equal(JSON.parse(engine.addDocumentBytes('k', 'k.txt', bytes)).ok, true);
  const decoded = new TextDecoder().decode(bytes); // drops the BOM, as the engine does
  assert.equal(decoded, text);
  const r = JSON.parse(engine.search('라브로프', '{}'));
  assert.equal(r.ok, true);
  const marks = r.hits.flatMap((h) => h.highlights.map((m) => ({ h, m })));
  const fromBytes = marks.map(({ m }) => new TextDecoder().decode(bytes.subarray(m.begin_byte, m.end_byte)));
  assert.deepEqual(fromBytes, ['라브로프가', '라브\r\n로프가']);
  assert.deepEqual(
    marks.map(({ m }) => decoded.slice(m.begin_u16, m.end_u16)),
    fromBytes,
  );
  for (const { h, m } of marks) {
    assert.ok(h.snippet.slice(m.in_snippet_begin_u16, m.in_snippet_end_u16).startsWith('라브로프'));
    assert.ok(decoded.slice(h.begin_u16, h.end_u16).includes(decoded.slice(m.begin_u16, m.end_u16)));
  }
  const junk = new Uint8Array(400).map((_, i) => i % 7);
  assert.equal(JSON.parse(engine.addDocumentBytes('j', 'j.bin', junk)).error.code, 'invalid_data');
  engine.delete();
});

test('a malformed query reports its UTF-16 position', async () => {
  const engine = new (await load()).Engine();
  const r = JSON.parse(engine.search('😀 (라브로프', '{}'));
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'invalid_argument');
  assert.equal(r.error.begin_u16, 3);
  assert.match(r.error.message, /never closed/);
  engine.delete();
});

test('saveIndex gives a copied Uint8Array; loadIndex restores it; bad bytes are refused', async () => {
  const module = await load();
  const engine = new module.Engine();
  engine.addDocument('ko', 'korean.txt', korean);
  engine.addDocument('ru', 'russian.txt', russian);
  const saved = engine.saveIndex();
  assert.ok(saved instanceof Uint8Array);
  assert.notEqual(saved.buffer, module.HEAPU8.buffer, 'a copy, not a view into wasm memory');
  const head = new TextDecoder().decode(saved.subarray(0, 8));
  assert.equal(head, 'LOUPEIDX');
  // Grow wasm memory: a live view would now be detached or stale; the copy is intact.
  const before = module.HEAPU8.length;
  for (let i = 0; i < 20 && module.HEAPU8.length === before; i++) {
    engine.addDocument(`big${i}`, 'big', 'слово '.repeat(100000));
  }
  assert.ok(module.HEAPU8.length > before, 'memory grew');
  assert.equal(new TextDecoder().decode(saved.subarray(0, 8)), 'LOUPEIDX');
  const other = new module.Engine();
  assert.deepEqual(JSON.parse(other.loadIndex(saved)), { v: 1, ok: true });
  assert.equal(JSON.parse(other.search('Лавров', '{}')).total, 1);
  const broken = saved.slice(0, saved.length - 3);
  const r = JSON.parse(other.loadIndex(broken));
  assert.equal(r.ok, false);
  assert.match(r.error.message, /truncated/);
  assert.equal(JSON.parse(other.search('Лавров', '{}')).total, 1, 'a failed load keeps the index');
  assert.equal(other.removeDocument('ru'), true);
  assert.equal(JSON.parse(other.search('Лавров', '{}')).total, 0);
  engine.delete();
  other.delete();
});

test('saveIndexWithoutText leaves the text out; loadIndexWithSources re-derives it, or refuses a changed source', async () => {
  const module = await load();
  const engine = new module.Engine();
  engine.addDocument('ko', 'korean.txt', korean);
  engine.addDocument('ru', 'russian.txt', russian);
  const full = engine.saveIndex();
  const bare = engine.saveIndexWithoutText();
  assert.ok(bare.length < full.length - Buffer.byteLength(russian) / 2);
  const sources = { ko: korean, ru: russian };
  const other = new module.Engine();
  assert.equal(JSON.parse(other.loadIndex(bare)).ok, false, 'no sources: refused');
  assert.deepEqual(JSON.parse(other.loadIndexWithSources(bare, (id) => sources[id])), { v: 1, ok: true });
  for (const q of ['Лавров', '라브로프'])
    assert.deepEqual(JSON.parse(other.search(q, '{}')), JSON.parse(engine.search(q, '{}')));
  const changed = JSON.parse(
    other.loadIndexWithSources(bare, (id) => (id === 'ru' ? russian.replace('Лавров', 'Лавмов') : sources[id])),
  );
  assert.equal(changed.ok, false);
  assert.match(changed.error.message, /document ru/);
  assert.equal(JSON.parse(other.loadIndexWithSources(bare, () => undefined)).ok, false);
  engine.delete();
  other.delete();
});
