// searchTopDocs through the wasm bindings: the documents and scores of search's per_doc 1
// hits, in order, for words, prefixes, fuzzy words, phrases and filters; nothing else in the
// reply (no offsets); malformed queries are the error envelope with a UTF-16 position; wasm
// memory stays put over many calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from './load-engine.mjs';

const lines = [
  'Министр Лавров прилетел в Нью-Йорк.',
  'Переговоры продолжались весь день.',
  '오늘 라브로프가 도착했다 😀.',
  '라브로프와 외교관계위원회 위원들이 만났다.',
  'The negotiations resumed on Monday.',
  'Las negociaciones secretas siguieron.',
  'permissions of the file descriptor',
  'socket permissions and signals',
];

async function engineWithDocuments(count) {
  const engine = new (await loadEngine()).Engine();
  for (let d = 0; d < count; d++) {
    let text = `😀 Title ${d % 13}\n\n`;
    for (let p = 0; p <= d % 5; p++) text += lines[(d * 7 + p * 3) % 8] + (p % 2 ? '\n\n' : ' ');
    assert.equal(JSON.parse(engine.addDocument(`doc${d}`, `name${d}.txt`, text)).ok, true);
  }
  return engine;
}

test('searchTopDocs ranks as search with per_doc 1, ids and scores only', async () => {
  const engine = await engineWithDocuments(300);
  const queries = [
    'Лавров',
    'переговоры',
    '라브로프',
    '위원회',
    'negotiation',
    'permissions',
    'negot*',
    '라브*',
    'sockt~',
    'Нью-Йорк',
    '"file descriptor"',
    'socket permissions',
    'permissions OR signals',
    'permissions -socket',
    'lang:ko 라브로프',
    'doc:name1*',
    'nothingmatches',
  ];
  let nonEmpty = 0;
  for (const q of queries) {
    for (const limit of [1, 10, 400]) {
      const full = JSON.parse(engine.search(q, JSON.stringify({ limit, per_doc: 1, snippet_bytes: 0, facets: false })));
      const top = JSON.parse(engine.searchTopDocs(q, limit));
      assert.equal(top.ok, true, q);
      assert.deepEqual(Object.keys(top), ['v', 'ok', 'docs', 'scores'], 'no offsets, totals or facets');
      assert.deepEqual(
        top.docs,
        full.hits.map((h) => h.doc),
        `${q} limit ${limit}`,
      );
      assert.deepEqual(
        top.scores,
        full.hits.map((h) => h.score),
        `${q} limit ${limit}`,
      );
      nonEmpty += top.docs.length > 0;
    }
  }
  assert.ok(nonEmpty > 40, 'most queries find documents');
  engine.delete();
});

test('searchTopDocs: malformed queries are the error envelope with a UTF-16 position', async () => {
  const engine = await engineWithDocuments(3);
  const r = JSON.parse(engine.searchTopDocs('😀 "unclosed', 10));
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'invalid_argument');
  assert.equal(r.error.begin_u16, 3); // after the surrogate pair and the space
  assert.equal(r.error.begin_byte, 5);
  assert.deepEqual(r, JSON.parse(engine.search('😀 "unclosed', '{}')));
  assert.equal(JSON.parse(engine.searchTopDocs('-alone', 10)).ok, false);
  assert.deepEqual(JSON.parse(engine.searchTopDocs('Лавров', 0)).docs, []);
  engine.delete();
});

test('searchTopDocs keeps wasm memory stable over 1,000 calls', async () => {
  const module = await loadEngine();
  const engine = new module.Engine();
  engine.addDocument('a', 'a.txt', lines.join('\n\n'));
  for (let i = 0; i < 50; i++) engine.searchTopDocs('permissions', 10);
  const before = module.HEAPU8.length;
  for (let i = 0; i < 1000; i++)
    assert.deepEqual(JSON.parse(engine.searchTopDocs(i % 2 ? 'permissions' : 'Лавров', 10)).docs, ['a']);
  assert.equal(module.HEAPU8.length, before);
  engine.delete();
});
