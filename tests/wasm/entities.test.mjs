// Engine.entities() from JavaScript: mentions linked across documents and scripts, with
// UTF-16 offsets that slice the right text out of each JS string (astral characters included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from './load-engine.mjs';

const docs = [
  { name: 'ko', text: '😀 푸틴 대통령은 세르게이 라브로프 러시아 외무장관과 만났다. 나토는 반발했다.' },
  { name: 'en', text: 'President Putin met Foreign Minister Sergey Lavrov in Moscow. 🇺🇦 NATO objected.' },
  { name: 'ru', text: 'Президент Путин говорил с Лавровым о НАТО.' },
];

function entityOf(reply, surface) {
  const m = reply.mentions.find((x) => x.surface === surface);
  assert.ok(m, `no mention "${surface}" in ${reply.mentions.map((x) => x.surface).join(', ')}`);
  return m.entity;
}

for (const flavour of ['single', 'normal']) {
  test(`${flavour}: entities link across documents and scripts`, async () => {
    const module = await loadEngine(flavour);
    const engine = new module.Engine();
    const reply = JSON.parse(engine.entities(docs));
    engine.delete();
    assert.equal(reply.v, 1);
    assert.equal(reply.ok, true);
    const bytes = new TextEncoder();
    const dec = new TextDecoder();
    for (const m of reply.mentions) {
      const text = docs.find((d) => d.name === m.doc).text;
      assert.equal(text.slice(m.begin_u16, m.end_u16), m.surface);
      assert.equal(dec.decode(bytes.encode(text).subarray(m.begin_byte, m.end_byte)), m.surface);
    }
    const putin = entityOf(reply, 'Putin');
    assert.equal(entityOf(reply, '푸틴'), putin);
    assert.equal(entityOf(reply, 'Путин'), putin);
    const lavrov = entityOf(reply, 'Sergey Lavrov');
    assert.equal(entityOf(reply, '세르게이 라브로프'), lavrov);
    assert.equal(entityOf(reply, 'Лавровым'), lavrov);
    assert.equal(entityOf(reply, '나토'), entityOf(reply, 'NATO'));
    assert.equal(entityOf(reply, 'НАТО'), entityOf(reply, 'NATO'));
    const e = reply.entities[putin];
    assert.equal(e.type, 'PERSON');
    assert.deepEqual([...e.documents].sort(), ['en', 'ko', 'ru']);
  });

  test(`${flavour}: empty input and memory stable over repeated calls`, async () => {
    const module = await loadEngine(flavour);
    const engine = new module.Engine();
    assert.deepEqual(JSON.parse(engine.entities([])), { v: 1, ok: true, entities: [], mentions: [] });
    const before = module.HEAP8.length;
    for (let i = 0; i < 300; ++i) engine.entities(docs);
    assert.equal(module.HEAP8.length, before);
    engine.delete();
  });
}
