// The engine's tokenize() called from JavaScript, in both build flavours: offsets must slice
// the same text out of a JS string (UTF-16) and out of its UTF-8 bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from './load-engine.mjs';

const utf8 = new TextEncoder();

function checkOffsets(text, tokens) {
  const bytes = utf8.encode(text);
  const dec = new TextDecoder();
  for (const t of tokens) {
    assert.equal(text.slice(t.begin_u16, t.end_u16), t.surface, `u16 slice of ${t.surface}`);
    assert.equal(dec.decode(bytes.subarray(t.begin_byte, t.end_byte)), t.surface, `byte slice of ${t.surface}`);
  }
}

for (const flavour of ['single', 'normal']) {
  test(`${flavour}: Korean and Russian tokens with byte and UTF-16 offsets`, async () => {
    const module = await loadEngine(flavour);
    const engine = new module.Engine();
    const text = '세르게이 라브로프 외무장관은 지난 4월 — Сергей Лавров, Нью-Йорк.';
    const reply = JSON.parse(engine.tokenize(text));
    engine.delete();
    assert.equal(reply.v, 1);
    assert.equal(reply.ok, true);
    assert.deepEqual(
      reply.tokens.map((t) => t.surface),
      ['세르게이', '라브로프', '외무장관은', '지난', '4', '월', 'Сергей', 'Лавров', 'Нью', 'Йорк'],
    );
    checkOffsets(text, reply.tokens);
  });
}

test('astral characters count as two UTF-16 units', async () => {
  const engine = new (await loadEngine()).Engine();
  const text = '😀👩‍👩‍👧 Путин 𝒳 한국';
  const { tokens } = JSON.parse(engine.tokenize(text));
  engine.delete();
  const putin = tokens.find((t) => t.surface === 'Путин');
  assert.ok(putin, 'Путин is a token');
  assert.equal(putin.begin_u16, text.indexOf('Путин'));
  assert.equal(putin.begin_byte, utf8.encode(text.slice(0, text.indexOf('Путин'))).length);
  checkOffsets(text, tokens);
});

test('lone surrogates and NUL from JS do not break offsets', async () => {
  const engine = new (await loadEngine()).Engine();
  const text = 'a\uD800b\u0000c 끝';
  const reply = JSON.parse(engine.tokenize(text));
  engine.delete();
  assert.equal(reply.ok, true);
  const last = reply.tokens.at(-1);
  assert.equal(last.surface, '끝');
  assert.equal(text.slice(last.begin_u16, last.end_u16), '끝');
});

test('empty input gives an ok envelope with no tokens', async () => {
  const engine = new (await loadEngine()).Engine();
  assert.deepEqual(JSON.parse(engine.tokenize('')), { v: 1, ok: true, tokens: [] });
  engine.delete();
});

test('wasm memory stays stable over 1,000 calls', async () => {
  const module = await loadEngine();
  const engine = new module.Engine();
  const text = '미국과 러시아 간 비밀 협상에 관한 보도. '.repeat(50);
  for (let i = 0; i < 50; i++) engine.tokenize(text);
  const before = module.HEAPU8.length;
  for (let i = 0; i < 1000; i++) engine.tokenize(text);
  assert.equal(module.HEAPU8.length, before);
  engine.delete();
});
