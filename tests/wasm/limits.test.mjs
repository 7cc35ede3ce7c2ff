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
  // 48 bytes of peak per input byte (Engine::kAddBytesPerInputByte): 48 MB needs ~2.3 GB.
  const big = 'harbor '.repeat((48 * 1024 * 1024) / 7);
  const r = JSON.parse(engine.addDocument('big', 'big.txt', big));
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'out_of_memory');
  assert.match(r.error.message, /already indexed are kept/);
  const s = JSON.parse(engine.search('Lavrov', '{}'));
  assert.equal(s.total, 1);
  assert.equal(JSON.parse(engine.search('harbor', '{}')).total, 0);
});
