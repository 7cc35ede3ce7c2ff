// The entity models travel apart from the wasm (issue 16): the engine says which languages its
// documents need, takes a model's bytes, and refuses bad ones naming the language; the worker's
// loader (web/src/worker/models.js) fetches only the models of the languages it sees, and a
// failed fetch is an error for that language while the others keep working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadEngine, loadModels, modelPath, built } from './load-engine.mjs';
import { ensureModels, setModelsUrl } from '../../web/src/worker/models.js';

// Texts written for this test.
const english = 'Maria Lopez met the mayor of Boston on Tuesday.\n\nThe harbor council approved the plan.';
const ukrainian = 'Олена Коваленко приїхала до Харкова у вівторок.\n\nМіська рада підтримала план реконструкції порту.';

const reply = (json) => {
  const r = JSON.parse(json);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r;
};

test('the engine names the models its documents need and refuses bad bytes by language', { skip: !built }, async () => {
  const module = await loadEngine('single', { models: false });
  const engine = new module.Engine();
  assert.deepEqual(reply(engine.entityModelsNeeded()).languages, []);
  reply(engine.addDocument('en', 'en.txt', english));
  assert.deepEqual(reply(engine.entityModelsNeeded()).languages, ['en']);
  reply(engine.addDocument('uk', 'uk.txt', ukrainian));
  assert.deepEqual(reply(engine.entityModelsNeeded()).languages, ['en', 'uk']);

  const bad = JSON.parse(engine.loadEntityModel('uk', new Uint8Array([1, 2, 3, 4, 5])));
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'invalid_data');
  assert.match(bad.error.message, /^entity model uk: /);
  const truncated = readFileSync(modelPath('uk')).subarray(0, 5000);
  assert.match(JSON.parse(engine.loadEntityModel('uk', truncated)).error.message, /entity model uk: truncated/);
  const unknown = JSON.parse(engine.loadEntityModel('xx', readFileSync(modelPath('en'))));
  assert.equal(unknown.error.code, 'invalid_argument');
  assert.match(unknown.error.message, /unknown language xx/);

  reply(engine.loadEntityModel('en', readFileSync(modelPath('en'))));
  assert.deepEqual(reply(engine.entityModelsNeeded()).languages, ['uk']);
  reply(engine.removeDocument('uk') ? '{"ok":true}' : '{"ok":false}');
  assert.deepEqual(reply(engine.entityModelsNeeded()).languages, []);
  engine.delete();
});

test('entities after a model loads are those of an engine that had it from the start', { skip: !built }, async () => {
  const lazy = new (await loadEngine('single', { models: false })).Engine();
  const eager = new (await loadEngine()).Engine();
  for (const e of [lazy, eager]) {
    reply(e.addDocument('en', 'en.txt', english));
    reply(e.addDocument('uk', 'uk.txt', ukrainian));
  }
  // Asked before the models: the hand-written cues; after: the tagger, linked again.
  reply(lazy.indexEntities());
  for (const lang of ['en', 'uk']) reply(lazy.loadEntityModel(lang, readFileSync(modelPath(lang))));
  const after = reply(lazy.indexEntities());
  const expected = reply(eager.indexEntities());
  assert.deepEqual(after, expected);
  assert.ok(expected.entities.some((e) => e.canonical === 'Maria Lopez' && e.type === 'PERSON'));
  lazy.delete();
  eager.delete();
});

// Node run with --no-experimental-fetch has no globalThis.fetch to mock: the test lends it one.
function useFetch(t, fetch) {
  if (typeof globalThis.fetch === 'function') return void t.mock.method(globalThis, 'fetch', fetch);
  globalThis.fetch = fetch;
  t.after(() => delete globalThis.fetch);
}

// The worker's loader with a fetch that serves DIST/models and records what is asked. Its
// answers carry what the loader reads of a Response (Node without fetch has no Response).
function fakeFetch(fail = new Set()) {
  const asked = [];
  const fetch = async (url) => {
    const name = String(url).split('/').pop();
    asked.push(name);
    const lang = name.slice(4, 6);
    if (fail.has(lang)) return { ok: false, status: 404 };
    const bytes = readFileSync(modelPath(lang));
    return {
      ok: true,
      status: 200,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    };
  };
  return { asked, fetch };
}

test('the worker fetches only the models of the languages its documents use', { skip: !built }, async (t) => {
  const engine = new (await loadEngine('single', { models: false })).Engine();
  const { asked, fetch } = fakeFetch();
  useFetch(t, fetch);
  setModelsUrl('http://example.test/lib/models/');
  reply(engine.addDocument('en', 'en.txt', english));
  assert.deepEqual(await ensureModels(engine, () => 1, reply), []);
  assert.deepEqual(asked, ['ner-en.bin']);
  assert.deepEqual(reply(engine.entityModelsNeeded()).languages, []);
  assert.ok(reply(engine.indexEntities()).entities.some((e) => e.canonical === 'Maria Lopez'));
  assert.deepEqual(await ensureModels(engine, () => 1, reply), []); // loaded: nothing asked again
  assert.deepEqual(asked, ['ner-en.bin']);
  engine.delete();
});

test('a model that cannot be fetched is an error for its language only', { skip: !built }, async (t) => {
  const engine = new (await loadEngine('single', { models: false })).Engine();
  const { asked, fetch } = fakeFetch(new Set(['uk']));
  useFetch(t, fetch);
  setModelsUrl('http://example.test/lib/models/');
  reply(engine.addDocument('en', 'en.txt', english));
  reply(engine.addDocument('uk', 'uk.txt', ukrainian));
  const errors = await ensureModels(engine, () => 7, reply);
  assert.deepEqual(asked.sort(), ['ner-en.bin', 'ner-uk.bin']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'model_unavailable');
  assert.equal(errors[0].lang, 'uk');
  assert.match(errors[0].message, /Ukrainian entity model could not be loaded .*ner-uk\.bin: HTTP 404/);
  // English is loaded and tagged; Ukrainian still needs its model.
  assert.deepEqual(reply(engine.entityModelsNeeded()).languages, ['uk']);
  const found = reply(engine.indexEntities());
  assert.ok(found.entities.some((e) => e.canonical === 'Maria Lopez'));
  // Same documents: the failure is reported again without a new request; after a change, retried.
  assert.equal((await ensureModels(engine, () => 7, reply)).length, 1);
  assert.equal(asked.length, 2);
  await ensureModels(engine, () => 8, reply);
  assert.equal(asked.filter((n) => n === 'ner-uk.bin').length, 2);
  engine.delete();
});

// The inline decoder reads through a Response (DecompressionStream), which Node run with
// --no-experimental-fetch lacks: the test is skipped there, saying why.
const noResponse = typeof Response === 'undefined' && 'this Node has no Response (run without --no-experimental-fetch)';
test(
  'the file:// page carries the models inline, decoded when first needed',
  { skip: !built || noResponse },
  async (t) => {
    const engine = new (await loadEngine('single', { models: false })).Engine();
    const { asked, fetch } = fakeFetch();
    useFetch(t, fetch);
    globalThis.LoupeModels = { uk: gzipSync(readFileSync(modelPath('uk'))).toString('base64') };
    try {
      reply(engine.addDocument('uk', 'uk.txt', ukrainian));
      assert.deepEqual(await ensureModels(engine, () => 1, reply), []);
      assert.deepEqual(asked, []);
      assert.deepEqual(reply(engine.entityModelsNeeded()).languages, []);
    } finally {
      delete globalThis.LoupeModels;
      engine.delete();
    }
  },
);

test('every model in DIST loads', { skip: !built }, async () => {
  loadModels(await loadEngine('single', { models: false }));
});
