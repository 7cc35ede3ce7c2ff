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
    // Each entity carries its mentions' mean and highest confidence (the app's quality default
    // reads them when it asks for no mentions).
    for (const x of reply.entities) {
      const own = reply.mentions.filter((m) => m.entity === x.id).map((m) => m.confidence);
      assert.ok(own.length, `${x.canonical} has mentions`);
      const mean = own.reduce((a, b) => a + b, 0) / own.length;
      assert.ok(Math.abs(x.confidence_mean - mean) < 0.0006, `${x.canonical}: mean ${x.confidence_mean} vs ${mean}`);
      assert.equal(x.confidence_max, Math.max(...own), `${x.canonical}: max`);
    }
    assert.ok(reply.entities.some((x) => x.confidence_mean > 0 && x.confidence_mean < 1));
  });

  // The reply crosses as one TextDecoder call over the engine's UTF-8 bytes (bindings/embind.cc,
  // utf8_reply), not embind's std::string return: the same JS string, whatever it holds.
  test(`${flavour}: the reply is the engine's UTF-8 decoded whole`, async () => {
    const module = await loadEngine(flavour);
    const engine = new module.Engine();
    const names = ['\uFEFFbom', 'nul\u0000byte', '😀 астрал 한국', 'é'.repeat(5000)];
    const reply = engine.entities(names.map((name, i) => ({ name, text: docs[i % 3].text })));
    assert.equal(typeof reply, 'string');
    assert.ok(reply.startsWith('{"entities":['), reply.slice(0, 40));
    const parsed = JSON.parse(reply);
    assert.deepEqual([...new Set(parsed.mentions.map((m) => m.doc))].sort(), [...names].sort());
    assert.equal(typeof engine.dates('12 March 2024', '2024-01-01'), 'string');
    assert.ok(JSON.parse(engine.dates('12 March 2024 и 3 марта 2023', '2024-01-01')).ok);
    engine.delete();
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

// A manual's running head carries its page number ("Chapter 4: Function reference 12", then 13):
// the engine's running-header repair leaves it out of the analyzed text, so neither search nor
// the tagger reads it (a PDF manual's list of people opened on "Chapter", issue 17).
test('a running head with its page number is neither searched nor tagged', async () => {
  const engine = new (await loadEngine()).Engine();
  let text = '';
  const names = ['parse_tree', 'free_tree', 'copy_tree', 'walk_tree', 'drop_tree'];
  for (let page = 9; page <= 13; page++) {
    text += `\nChapter 4: Function reference ${page}\n`;
    text += `${names[page - 9]}\nThe function returns the tree of the buffer it was given,\n`;
    text += 'or nothing when the buffer is empty or holds no terminator.\n';
    text += 'Returns: the tree on success, nothing on failure. Maria Lopez wrote it.\n';
  }
  assert.equal(JSON.parse(engine.addDocument('manual', 'manual.pdf', text)).ok, true);
  assert.equal(JSON.parse(engine.search('reference', '{}')).total, 0, 'the head is not searched');
  assert.ok(JSON.parse(engine.search('terminator', '{}')).total >= 1, 'the body is');
  const reply = JSON.parse(engine.indexEntities());
  const surfaces = reply.mentions.map((m) => m.surface);
  assert.ok(!surfaces.some((s) => /Chapter|Function/.test(s)), surfaces.join(', '));
  for (const m of reply.mentions) assert.equal(text.slice(m.begin_u16, m.end_u16), m.surface);
  engine.delete();
});

// Entities the tagger gives less than 0.4 are left out unless the caller asks for all of them
// (setEntityMinConfidence(0)): the sentence's unknown village reads as a place near 0.3.
test('a doubtful entity is left out by default and listed with setEntityMinConfidence(0)', async () => {
  const engine = new (await loadEngine()).Engine();
  const doc = [{ name: 'es', text: 'Les presentaron el Manifiesto Norte en la Feria Vieja de Orbaneja.' }];
  const surfaces = () => JSON.parse(engine.entities(doc)).mentions.map((m) => m.surface);
  const byDefault = surfaces();
  engine.setEntityMinConfidence(0);
  const all = surfaces();
  engine.delete();
  assert.ok(all.includes('Orbaneja'), all.join(', '));
  assert.ok(!byDefault.includes('Orbaneja'), byDefault.join(', '));
  assert.ok(byDefault.every((s) => all.includes(s)));
});

test('setEntityMinConfidence refuses what is not a number from 0 to 1, and keeps the last value', async () => {
  const engine = new (await loadEngine()).Engine();
  const doc = [{ name: 'es', text: 'Les presentaron el Manifiesto Norte en la Feria Vieja de Orbaneja.' }];
  assert.deepEqual(JSON.parse(engine.setEntityMinConfidence(0)), { v: 1, ok: true });
  for (const bad of [Number.NaN, -0.1, 1.5, Number.POSITIVE_INFINITY]) {
    const reply = JSON.parse(engine.setEntityMinConfidence(bad));
    assert.equal(reply.ok, false, String(bad));
    assert.equal(reply.error.code, 'invalid_argument', String(bad));
  }
  const surfaces = JSON.parse(engine.entities(doc)).mentions.map((m) => m.surface);
  engine.delete();
  assert.ok(surfaces.includes('Orbaneja'), surfaces.join(', ')); // still 0
});
