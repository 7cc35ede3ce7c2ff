// The worker when the engine aborts (web/src/worker/out-of-memory.js): the call that failed is
// reported as out_of_memory, not as a bad file, and the next calls find a new engine holding
// the documents indexed before. A real abort needs the 2 GB heap exhausted past the engine's own
// estimate; here the engine is the real one, with one document name made to abort as Emscripten
// does (a WebAssembly.RuntimeError "Aborted(...)"), after which that module refuses every call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine, built } from './load-engine.mjs';

const ABORT = 'abort.txt';

async function startWorker() {
  const replies = new Map();
  let modules = 0;
  globalThis.self = {
    postMessage(msg) {
      replies.get(msg.id)?.(msg);
    },
  };
  globalThis.createLoupeModule = async () => {
    const module = await loadEngine();
    modules++;
    let aborted = false;
    const proto = module.Engine.prototype;
    for (const name of ['addDocument', 'addDocumentBytes', 'search', 'saveIndexWithoutText', 'indexStats']) {
      const real = proto[name];
      proto[name] = function (...args) {
        if (aborted || args[1] === ABORT) {
          aborted = true;
          throw new WebAssembly.RuntimeError('Aborted(OOM)');
        }
        return real.apply(this, args);
      };
    }
    return module;
  };
  await import(`../../web/src/worker/worker.js?${Date.now()}`);
  let next = 0;
  const call = (op, ...args) =>
    new Promise((resolve) => {
      const id = ++next;
      replies.set(id, resolve);
      globalThis.self.onmessage({ data: { id, op, args } });
    });
  return { call, modules: () => modules };
}

test(
  'a file the engine refuses for lack of memory is out_of_memory, no restart',
  { skip: !built && 'no wasm build (make wasm)' },
  async () => {
    const { call, modules } = await startWorker();
    assert.equal((await call('add', { id: 'a', name: 'a.txt', text: 'Lavrov met Haass.' })).ok, true);
    // 16 bytes of peak per input byte (Engine::kAddBytesPerInputByte): 125 MiB would need ~2 GiB.
    const big = new TextEncoder().encode('harbor '.repeat((125 * 1024 * 1024) / 7));
    const refused = await call('add', { id: 'big', name: 'big.txt', bytes: big });
    assert.equal(refused.ok, false);
    assert.equal(refused.error.code, 'out_of_memory', refused.error.message);
    assert.equal((await call('search', 'Lavrov', {})).result.total, 1);
    assert.equal(modules(), 1);
  },
);

test(
  'an engine abort is out_of_memory, and a new engine keeps the documents',
  { skip: !built && 'no wasm build (make wasm)' },
  async () => {
    const { call, modules } = await startWorker();
    const bytes = new TextEncoder().encode('Lavrov met Haass in New York.');
    assert.equal((await call('add', { id: 'a', name: 'a.txt', bytes })).ok, true);
    assert.equal((await call('add', { id: 'b', name: 'b.txt', text: 'The harbor of Busan reopened.' })).ok, true);
    assert.equal((await call('save')).ok, true); // the restart starts from this index
    // The file's bytes go through addDocumentBytes, whose failures used to read as a bad encoding.
    const failed = await call('add', { id: 'c', name: ABORT, bytes: new TextEncoder().encode('ordinary text') });
    assert.equal(failed.ok, false);
    assert.equal(failed.error.code, 'out_of_memory');
    assert.match(failed.error.message, /out of memory/i);
    const lavrov = await call('search', 'Lavrov', {});
    assert.equal(lavrov.ok, true, JSON.stringify(lavrov.error));
    assert.equal(lavrov.result.total, 1);
    assert.equal((await call('search', 'harbor', {})).result.total, 1);
    assert.equal(modules(), 2);
    assert.deepEqual((await call('list')).result.map((d) => d.id).sort(), ['a', 'b']);
    // The new engine works on: a document added after the restart is found.
    assert.equal((await call('add', { id: 'd', name: 'd.txt', text: 'Lavrov again.' })).ok, true);
    assert.equal((await call('search', 'Lavrov', {})).result.total, 2);
  },
);
