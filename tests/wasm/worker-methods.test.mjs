// The worker calls the engine's methods directly (no run-time probes): its list of the Engine
// class's methods (web/src/worker/engine-methods.js) must be exactly the built class's, and
// every engine.NAME( call in the worker's source must name one of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadEngine, built } from './load-engine.mjs';
import { engineMethods } from '../../web/src/worker/engine-methods.js';

const workerDir = new URL('../../web/src/worker/', import.meta.url);

test(
  "the worker's engine method list equals the Embind Engine class's",
  { skip: !built && 'no wasm build (make wasm)' },
  async () => {
    const module = await loadEngine();
    const proto = module.Engine.prototype;
    const bound = Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor' && typeof proto[name] === 'function')
      .filter((name) => !/^(clone|delete|deleteLater|isAliasOf|isDeleted)$/.test(name)); // Embind's own
    assert.deepEqual([...engineMethods].sort(), bound.sort());
  },
);

test('every engine call in the worker names a listed method', () => {
  const called = new Set();
  for (const file of ['worker.js', 'extract.js']) {
    const source = readFileSync(new URL(file, workerDir), 'utf8');
    for (const m of source.matchAll(/\bengine\.(\w+)\(/g)) called.add(m[1]);
    assert.doesNotMatch(source, /typeof engine(\.\w+|\[)/, `${file} probes the engine for a method`);
  }
  assert.ok(called.size >= 8, [...called].join(', '));
  for (const name of called)
    assert.ok(engineMethods.includes(name), `engine.${name}() is not a method of the Engine class`);
});
