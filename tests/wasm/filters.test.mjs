// entity:/date: filters and the entity/year facets through the wasm bindings: the same linking
// across scripts as native, UTF-16 offsets of filtered hits that slice the JS string (an astral
// character before them), errors with UTF-16 positions, and the facets only when asked.
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

const docs = {
  ko: '😀 2022년 11월 15일 푸틴 대통령은 모스크바에서 연설했다.\n\n나토 정상회의는 2023년 7월에 열렸다.',
  en: 'Vladimir Putin met NATO officials in March 2023.\n\nThe talks on grain exports lasted until 2021.',
  ru: 'Переговоры с Путиным прошли в 2022 году.\n\nНАТО расширяется на восток.',
};

test('entity: and date: filter passages, with offsets that slice the text', async () => {
  const engine = new (await load()).Engine();
  for (const [id, text] of Object.entries(docs))
    assert.equal(JSON.parse(engine.addDocument(id, `${id}.txt`, text)).ok, true);
  const passages = (q) => {
    const r = JSON.parse(engine.search(q, '{"limit":50}'));
    assert.equal(r.ok, true, JSON.stringify(r));
    return r.hits.map((h) => `${h.doc}:${h.passage}`).sort();
  };
  assert.deepEqual(passages('entity:Putin'), ['en:0', 'ko:0', 'ru:0']);
  assert.deepEqual(passages('entity:푸틴'), ['en:0', 'ko:0', 'ru:0']);
  assert.deepEqual(passages('entity:НАТО -doc:ko'), ['en:0', 'ru:1']);
  assert.deepEqual(passages('date:2023..'), ['en:0', 'ko:1']);
  assert.deepEqual(passages('(entity:Putin OR date:..2021) grain'), ['en:1']);
  const r = JSON.parse(engine.search('entity:"Vladimir Putin"', '{}'));
  const said = { ko: '푸틴', en: 'Putin', ru: 'Путиным' };
  for (const h of r.hits) assert.ok(docs[h.doc].slice(h.begin_u16, h.end_u16).includes(said[h.doc]), JSON.stringify(h));
  const e = JSON.parse(engine.search('😀 date:2022-1x', '{}'));
  assert.equal(e.ok, false);
  assert.equal(e.error.begin_u16, 13); // the emoji: 4 bytes, 2 UTF-16 units
  assert.match(e.error.message, /month of 1 or 2 digits after the year at byte 15 \(UTF-16 13\)/);
  engine.delete();
});

test('entity and year facets come only when asked', async () => {
  const engine = new (await load()).Engine();
  for (const [id, text] of Object.entries(docs)) engine.addDocument(id, `${id}.txt`, text);
  const plain = JSON.parse(engine.search('entity:NATO', '{}'));
  assert.deepEqual(Object.keys(plain.facets), ['lang', 'doc']);
  const r = JSON.parse(engine.search('entity:NATO', '{"facets":["entity","year"]}'));
  assert.deepEqual(Object.keys(r.facets), ['entity', 'year']);
  assert.deepEqual(r.facets.entity[0], { id: r.facets.entity[0].id, canonical: 'NATO', type: 'ORG', count: 3 });
  assert.deepEqual(r.facets.year, { 2023: 2 });
  assert.equal(JSON.parse(engine.search('a', '{"facets":["people"]}')).ok, false);
  engine.delete();
});
