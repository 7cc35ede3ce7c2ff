// Limits in wasm: the heap's maximum is set (2 GB, bindings/CMakeLists.txt), and a document
// that would not fit in what is left is refused with an out_of_memory envelope before anything
// is allocated, the documents already indexed kept searchable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine, built } from './load-engine.mjs';

test('a document too big for the memory left is out_of_memory, the index kept', { skip: !built }, async () => {
  const module = await loadEngine();
  const engine = new module.Engine();
  assert.equal(JSON.parse(engine.addDocument('a', 'a.txt', 'Lavrov met Haass in New York.')).ok, true);
  // 16 bytes of peak per input byte (Engine::kAddBytesPerInputByte): 125 MiB, under the
  // 128 MiB a document may be, needs ~2 GiB, more than the 2 GiB heap has left after its copy.
  const big = 'harbor '.repeat((125 * 1024 * 1024) / 7);
  const r = JSON.parse(engine.addDocument('big', 'big.txt', big));
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'out_of_memory');
  assert.match(r.error.message, /already indexed are kept/);
  const s = JSON.parse(engine.search('Lavrov', '{}'));
  assert.equal(s.total, 1);
  assert.equal(JSON.parse(engine.search('harbor', '{}')).total, 0);
});

// Issue 20: analyze and tokenize of 100 MB built their whole JSON in the heap (76 and 41 bytes
// per input byte) and aborted (RuntimeError: Aborted()), leaving a module not to be used again.
// Their JSON now streams out of the heap, and a text whose analysis would not fit in what is
// left is refused first (Engine::kAnalyzeBytesPerInputByte, kTokenizeBytesPerInputByte).
test(
  'analyze and tokenize of a text too big for the memory left are out_of_memory, the engine kept',
  { skip: !built },
  async () => {
    const module = await loadEngine('single', { models: false });
    const engine = new module.Engine();
    assert.equal(JSON.parse(engine.addDocument('a', 'a.txt', 'Lavrov met Haass in New York.')).ok, true);
    const big = 'harbor '.repeat((100 * 1024 * 1024) / 7); // 100 MB, the size
    // Analyzing 100 MB fits now (kAnalyzeBytesPerInputByte 16): 125 MiB does not.
    const analyzed = JSON.parse(engine.analyze('harbor '.repeat((125 * 1024 * 1024) / 7)));
    assert.equal(analyzed.ok, false);
    assert.equal(analyzed.error.code, 'out_of_memory');
    assert.match(analyzed.error.message, /to analyze/);
    // Tokenizing peaks lower: twice the text crosses its estimate.
    const tokenized = JSON.parse(engine.tokenize(big + big));
    assert.equal(tokenized.ok, false);
    assert.equal(tokenized.error.code, 'out_of_memory');
    assert.match(tokenized.error.message, /to tokenize/);
    // The same module goes on answering, the document indexed before still found.
    const small = JSON.parse(engine.analyze('Lavrov met Haass.'));
    assert.deepEqual(
      small.tokens.map((t) => t.surface),
      ['Lavrov', 'met', 'Haass'],
    );
    assert.equal(JSON.parse(engine.tokenize('세계 harbor')).tokens.length, 2);
    assert.equal(JSON.parse(engine.search('Lavrov', '{}')).total, 1);
  },
);

test('analyze and tokenize replies are whole JSON when streamed out in pieces', { skip: !built }, async () => {
  const module = await loadEngine('single', { models: false });
  const engine = new module.Engine();
  // ~1.4 MB of text: its replies are tens of 64 KB pieces, joined into one string.
  const text = 'Лавров встретился с Хаассом. 라브로프가 왔다. Lavrov met Haass.\n\n'.repeat(15000);
  const tokens = JSON.parse(engine.tokenize(text)).tokens;
  assert.equal(tokens.length, 15000 * 9);
  const last = tokens[tokens.length - 1];
  assert.equal(text.slice(last.begin_u16, last.end_u16), 'Haass');
  const analyzed = JSON.parse(engine.analyze(text));
  assert.equal(analyzed.ok, true);
  assert.equal(analyzed.paragraphs.length, 15000);
  const t = analyzed.tokens[analyzed.tokens.length - 1];
  assert.equal(text.slice(t.begin_u16, t.end_u16), 'Haass');
});
