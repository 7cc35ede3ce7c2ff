// Engine.dates() from JavaScript in both build flavours: values resolved against the given or
// found reference date, and offsets that slice the same text from a JS string and its bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from './load-engine.mjs';

const utf8 = new TextEncoder();

function checkOffsets(text, dates) {
  const bytes = utf8.encode(text);
  const dec = new TextDecoder();
  for (const d of dates) {
    assert.equal(text.slice(d.begin_u16, d.end_u16), d.surface, `u16 slice of ${d.surface}`);
    assert.equal(dec.decode(bytes.subarray(d.begin_byte, d.end_byte)), d.surface, `byte slice of ${d.surface}`);
  }
}

for (const flavour of ['single', 'normal']) {
  test(`${flavour}: dates in five languages with a user reference`, async () => {
    const engine = new (await loadEngine(flavour)).Engine();
    const text =
      '😀 라브로프는 지난 4월 뉴욕에서 — Москва, 15 ноября 2022 года; три дні тому; ' +
      '31 de julio de 2023 y hace tres días; three days ago, in the 1990s.';
    const reply = JSON.parse(engine.dates(text, '2023-07-31'));
    engine.delete();
    assert.equal(reply.v, 1);
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.reference, { date: '2023-07-31', source: 'user' });
    assert.deepEqual(
      reply.dates.map((d) => [d.surface, d.kind, d.value]),
      [
        ['지난 4월', 'relative', '2023-04'],
        ['15 ноября 2022 года', 'date', '2022-11-15'],
        ['три дні тому', 'relative', '2023-07-28'],
        ['31 de julio de 2023', 'date', '2023-07-31'],
        ['hace tres días', 'relative', '2023-07-28'],
        ['three days ago', 'relative', '2023-07-28'],
        ['1990s', 'decade', '199X'],
      ],
    );
    checkOffsets(text, reply.dates);
  });
}

test('the reference is found in the document when none is given', async () => {
  const engine = new (await loadEngine()).Engine();
  const text = 'Kyiv, 31 July 2023.\n\nLast month the talks began.';
  const reply = JSON.parse(engine.dates(text, ''));
  engine.delete();
  assert.equal(reply.reference.source, 'document');
  assert.equal(reply.reference.date, '2023-07-31');
  assert.equal(text.slice(reply.reference.begin_u16, reply.reference.end_u16), '31 July 2023');
  assert.equal(reply.dates.at(-1).value, '2023-06');
  assert.equal(reply.dates.at(-1).uses_reference, true);
});

test('a malformed reference is an error envelope; empty text is an empty list', async () => {
  const engine = new (await loadEngine()).Engine();
  const bad = JSON.parse(engine.dates('31 July 2023', '31/07/2023'));
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'invalid_argument');
  assert.deepEqual(JSON.parse(engine.dates('', '')), {
    v: 1,
    ok: true,
    reference: { date: '', source: 'none' },
    dates: [],
  });
  engine.delete();
});

test('quantities are not dates', async () => {
  const engine = new (await loadEngine()).Engine();
  const reply = JSON.parse(engine.dates('1,180km, 419, 2397호, 6인, 30만 명, 15%, +7 495 123-20-14.', ''));
  engine.delete();
  assert.deepEqual(reply.dates, []);
});
