// The search-only engine (loupe-site.{js,wasm}: bindings/site_exports.cc) in Node: it reads an
// index written by the native `loupe site`, asking for files as a browser would (the test hands
// them over from disk), and its hits are the native `loupe site-search`'s; errors are envelopes;
// memory stays put over 1,000 searches; and the download (engine + element + worker, gzip) does
// not grow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { dist } from './load-engine.mjs';
import { drive as driveSite } from './site-fixture.mjs';

const require = createRequire(import.meta.url);
const loupeBin = process.env.LOUPE_BIN || fileURLToPath(new URL('../../build/native/cli/loupe', import.meta.url));
let root;
let module;

function requireClassic(path) {
  const m = { exports: {} };
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`;
  vm.runInThisContext(wrapped, { filename: path })(m.exports, require, m, path, dirname(path));
  return m.exports;
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'loupe-site-wasm-'));
  const pages = join(root, 'pages');
  mkdirSync(pages);
  // Our own sentences; an astral character before a match checks the UTF-16 highlights.
  const texts = {
    'a.txt': '# Night ferry\n\n🚢 The night ferry leaves at ten. Tickets are sold on board.',
    'b.txt': 'The morning ferry was cancelled; the bridge is open again after the repairs.',
    'c.txt': 'Паром отходит от причала вечером. Билеты продают на борту парома.',
    'd.txt': '여객선은 밤에 항구를 떠난다. 표는 배에서 판다.',
    'e.md': '# Repairs\n\nRepairs on the bridge ended in May; the ferry timetable did not change.',
  };
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(pages, name), text);
  execFileSync(loupeBin, ['site', pages, '-o', join(root, 'index'), '--chunk-kb', '1']);
  module = await requireClassic(join(dist, 'loupe-site.js'))({
    wasmBinary: readFileSync(join(dist, 'loupe-site.wasm')),
  });
});
after(() => rmSync(root, { recursive: true, force: true }));

const drive = (index, call) => driveSite(index, call, join(root, 'index'));

test('site: opens by asking for the manifest alone', () => {
  const index = new module.SiteIndex();
  const first = JSON.parse(index.open());
  assert.deepEqual(first, { v: 1, ok: true, need: ['manifest.bin'] });
  index.provide('manifest.bin', readFileSync(join(root, 'index', 'manifest.bin')));
  const opened = JSON.parse(index.open());
  assert.equal(opened.ok, true);
  assert.equal(opened.documents, 5);
  index.delete();
});

test('site: hits equal the native site-search, highlights slice the snippet', () => {
  const index = new module.SiteIndex();
  drive(index, () => index.open());
  for (const q of ['ferry', 'ferr*', 'fery~', '"night ferry"', 'паром', '항구', 'bridge -ferry', 'repairs OR билеты']) {
    for (const perDoc of [3, 1]) {
      const got = drive(index, () => index.search(q, 10, perDoc));
      const args = ['site-search', join(root, 'index'), q, '--per-doc', String(perDoc)];
      const want = JSON.parse(execFileSync(loupeBin, args, { encoding: 'utf8' }));
      assert.equal(got.total, want.total, q);
      assert.deepEqual(
        got.hits.map((h) => [h.doc, h.score]),
        want.hits.map((h) => [h.doc, h.score]),
        `${q} per_doc ${perDoc}`,
      );
      for (const h of got.hits) {
        for (const m of h.highlights) assert.ok(m.end_u16 <= h.snippet.length, `${q}: ${JSON.stringify(m)}`);
      }
    }
  }
  const ferry = drive(index, () => index.search('night', 10, 3));
  const body = ferry.hits.find((h) => h.snippet.startsWith('🚢'));
  assert.ok(body, JSON.stringify(ferry.hits));
  assert.deepEqual(
    body.highlights.map((m) => body.snippet.slice(m.begin_u16, m.end_u16)),
    ['night'],
  );
  index.delete();
});

test('site: errors are envelopes, not exceptions', () => {
  const index = new module.SiteIndex();
  const early = JSON.parse(index.search('ferry', 10, 3));
  assert.equal(early.ok, false);
  drive(index, () => index.open());
  const bad = JSON.parse(index.search('"ferry', 10, 3));
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'invalid_argument');
  assert.equal(JSON.parse(index.search('ferry', 0, 3)).ok, false);
  const broken = new module.SiteIndex();
  broken.provide('manifest.bin', new Uint8Array([76, 79, 85, 80, 69, 83, 77, 70, 1, 2, 3]));
  const reply = JSON.parse(broken.open());
  assert.equal(reply.ok, false);
  assert.match(reply.error.message, /manifest/);
  broken.delete();
  index.delete();
});

test('site: memory stays stable over 1,000 searches', () => {
  const index = new module.SiteIndex();
  drive(index, () => index.open());
  const queries = ['ferry', 'bridge', 'паром', '항구', 'ferr*'];
  for (const q of queries) drive(index, () => index.search(q, 10, 1));
  const heap = module.HEAP8.length;
  for (let i = 0; i < 1000; i++) {
    const r = JSON.parse(index.search(queries[i % queries.length] + (i % 2 ? '' : ' '), 10, 1));
    assert.equal(r.ok, true);
    assert.equal(r.need, undefined);
  }
  assert.equal(module.HEAP8.length, heap);
  index.delete();
});

// The budget: 350 KB gzip, read as 350,000 bytes (engine/site/README.md), by zlib level
// 9 (node's gzipSync, which deflates these files about 2% worse than gzip -9). With ICU
// compiled -Oz -flto for this build (toolchain/icu-wasm-site.sh) the four files measured
// 304,933 bytes (299,064 by gzip -9).
// The element downloads three files: itself, the worker (the engine's glue bundled in front:
// web/build-site.mjs) and the wasm; loupe-site.js, the glue alone, is for node.
test('site: engine, element and worker stay within 350,000 bytes gzip', () => {
  const files = ['loupe-site.wasm', 'loupe-site-element.js', 'loupe-site-worker.js'];
  const missing = [...files, 'loupe-site.js'].filter((f) => !existsSync(join(dist, f)));
  assert.deepEqual(missing, [], 'make wasm builds them all');
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  console.log(`site search download: ${gz} bytes gzip`);
  assert.ok(gz <= 350000, `${gz} bytes gzip`);
});
