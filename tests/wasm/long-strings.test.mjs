// Strings of 256 characters or more cross into the engine through TextEncoder
// (bindings/utf8_strings.js), shorter ones and ones with a lone surrogate through Emscripten's
// own loops: both must give the engine the same bytes, so the same dates at the same offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from './load-engine.mjs';

const sentence =
  '😀 라브로프는 2023년 7월 31일 뉴욕에서. Then on May 2, 2023 at 3:30 p.m. we met. Москва, 15 ноября 2022 года.';

function shifted(dates, by) {
  return dates.map((d) => ({ ...d, begin_u16: d.begin_u16 + by, end_u16: d.end_u16 + by }));
}

for (const flavour of ['single', 'normal']) {
  test(`${flavour}: a long string gives the dates and offsets of the same text short`, async () => {
    const engine = new (await loadEngine(flavour)).Engine();
    const pad = 'Ünïcode padding line with no date in it at all. '.repeat(8) + '\n\n';
    assert.ok(pad.length >= 256);
    const short = JSON.parse(engine.dates(sentence, '2023-07-31')).dates;
    const long = JSON.parse(engine.dates(pad + sentence, '2023-07-31')).dates;
    engine.delete();
    assert.equal(short.length, 3);
    const padBytes = new TextEncoder().encode(pad).length;
    assert.deepEqual(
      long.map((d) => ({ ...d, begin_byte: d.begin_byte - padBytes, end_byte: d.end_byte - padBytes })),
      shifted(short, pad.length),
    );
    for (const d of long) assert.equal((pad + sentence).slice(d.begin_u16, d.end_u16), d.surface);
  });

  test(`${flavour}: a long string with a lone surrogate still finds its dates`, async () => {
    const engine = new (await loadEngine(flavour)).Engine();
    const text = 'x'.repeat(300) + ' \uD800 ' + sentence;
    const reply = JSON.parse(engine.dates(text, '2023-07-31'));
    engine.delete();
    assert.equal(reply.ok, true);
    assert.deepEqual(
      reply.dates.map((d) => d.value),
      ['2023-07-31', '2023-05-02T15:30', '2022-11-15'],
    );
  });
}
