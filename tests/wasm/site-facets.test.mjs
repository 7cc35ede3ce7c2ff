// LoupeSite's search facets (loupe-site-client.js, its worker and the search-only engine, as
// built in web/dist) on a site the native `loupe site` wrote from our own sentences: the entity,
// year and month facets equal the in-memory engine's search facets on the same documents. The
// worker runs in a vm context standing in for a worker thread; fetch() reads the index folder
// from disk and counts what each call fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { dist, loadEngine } from './load-engine.mjs';
import { LoupeSite } from '../../web/src/lib/loupe-site-client.js';

const loupeBin = process.env.LOUPE_BIN || fileURLToPath(new URL('../../build/native/cli/loupe', import.meta.url));
const origin = 'http://site.test/';
let root;
let site;
let engine;

// Our own sentences: people, organizations and places in three scripts, dates in each.
const texts = {
  'en.txt':
    'Angela Merkel met Sergei Lavrov in Berlin on 14 March 2019.\n\n' +
    'UNESCO published its heritage list in June 2021.\n\n' +
    'The harbor of Hamburg reopened in March 2019 after the storm.',
  'ko.txt':
    '2019년 3월 14일 메르켈 총리는 베를린에서 라브로프 장관을 만났다.\n\n유네스코는 2021년 6월에 보고서를 발표했다.',
  'ru.txt': 'Меркель встретилась с Лавровым в Берлине в марте 2019 года.\n\nЮНЕСКО опубликовала доклад в 2021 году.',
  'trade.txt':
    'The harbor of Rotterdam signed a grain contract in 2018.\n\n' +
    'Angela Merkel praised the harbor workers in Rotterdam in May 2020.',
};

// A Response as the worker and the client read it (status, arrayBuffer, no content type).
function response(path) {
  if (!existsSync(path)) return { ok: false, status: 404, headers: { get: () => null } };
  const bytes = readFileSync(path);
  return {
    ok: true,
    status: 200,
    headers: { get: () => null },
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  };
}

async function fetchFile(url) {
  const path = new URL(url, origin).pathname;
  if (path.startsWith('/loupe/')) return response(join(root, 'index', path.slice('/loupe/'.length)));
  return response(join(dist, path.slice(1)));
}

// The built worker script (the engine's glue in front) in a context of its own: self, fetch,
// postMessage; messages cross as structured clones, asynchronously, as between threads.
class VmWorker {
  constructor() {
    const scope = {
      fetch: fetchFile,
      WebAssembly,
      TextDecoder,
      TextEncoder,
      URL,
      console,
      setTimeout,
      clearTimeout,
      location: { href: `${origin}loupe-site-worker.js` },
      importScripts: () => {
        throw new Error('no importScripts in this test');
      },
      postMessage: (data) => setImmediate(() => this.onmessage?.({ data: structuredClone(data) })),
    };
    scope.self = scope;
    this.scope = vm.createContext(scope);
    vm.runInContext(readFileSync(join(dist, 'loupe-site-worker.js'), 'utf8'), this.scope);
  }
  postMessage(data) {
    setImmediate(() => this.scope.onmessage({ data: structuredClone(data) }));
  }
  terminate() {}
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'loupe-site-facets-'));
  const pages = join(root, 'pages');
  mkdirSync(pages);
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(pages, name), text);
  execFileSync(loupeBin, ['site', pages, '-o', join(root, 'index'), '--annotation-kb', '1']);
  globalThis.location = { protocol: 'http:', href: origin };
  globalThis.document = { baseURI: origin };
  globalThis.fetch = fetchFile;
  globalThis.Worker = VmWorker;
  site = await LoupeSite.open('/loupe/', { workerUrl: 'unused', wasmUrl: `${origin}loupe-site.wasm` });
  engine = new (await loadEngine()).Engine();
  for (const name of Object.keys(texts).sort())
    assert.equal(JSON.parse(engine.addDocument(name, name, texts[name])).ok, true);
});
after(() => {
  site?.dispose();
  engine?.delete();
  rmSync(root, { recursive: true, force: true });
});

const all = ['entity', 'year', 'month'];

test('site: search facets equal the in-memory engine facets on the same documents', async () => {
  const queries = [
    'harbor OR Merkel',
    'date:2018..2021',
    'entity:UNESCO',
    'entity:Merkel',
    'harbor',
    'Rotterdam',
    'date:1990',
    'zzzqqq',
  ];
  for (const q of queries) {
    const got = await site.search(q, { limit: 3, facets: all });
    const want = JSON.parse(engine.search(q, JSON.stringify({ facets: all, limit: 1 })));
    assert.equal(want.ok, true, q);
    assert.ok(got.facets, `${q}: no facets`);
    assert.deepEqual(got.facets, want.facets, q);
    assert.equal(got.total, want.total, q);
  }
  // Facets that name something: the comparison is not between two empty answers.
  const merkel = await site.search('harbor OR Merkel', { facets: all });
  assert.ok(
    merkel.facets.entity.some((e) => /Merkel/.test(e.canonical)),
    JSON.stringify(merkel.facets.entity),
  );
  assert.ok(merkel.facets.year['2019'] > 0 && merkel.facets.year['2020'] > 0, JSON.stringify(merkel.facets.year));
  assert.ok(merkel.facets.month['2019-03'] > 0, JSON.stringify(merkel.facets.month));
});

test('site: facets asked for are the ones given, with facet_limit; none by default', async () => {
  const plain = await site.search('harbor OR Merkel');
  assert.equal(plain.facets, undefined);
  const years = await site.search('harbor OR Merkel', { facets: ['year'] });
  assert.deepEqual(Object.keys(years.facets), ['year']);
  const one = await site.search('harbor OR Merkel', { facets: ['entity'], facet_limit: 1 });
  const want = JSON.parse(engine.search('harbor OR Merkel', '{"facets":["entity"],"facet_limit":1,"limit":1}'));
  assert.deepEqual(one.facets, want.facets);
  assert.equal(one.facets.entity.length, 1);
  await assert.rejects(site.search('harbor', { facets: ['lang'] }), { code: 'invalid_argument' });
});

test('site: the facets fetch the annotation pages through the worker, once', async () => {
  const cold = await LoupeSite.open('/loupe/', { workerUrl: 'unused', wasmUrl: `${origin}loupe-site.wasm` });
  try {
    await cold.search('harbor');
    const before = cold.lastNetwork.map((n) => n.file);
    await cold.search('harbor', { facets: all });
    const fetched = cold.lastNetwork.map((n) => n.file);
    assert.ok(fetched.length > 0, 'the facets fetched no page');
    assert.ok(
      fetched.every((f) => !before.includes(f)),
      `fetched again: ${fetched}`,
    );
    await cold.search('harbor', { facets: all });
    assert.deepEqual(cold.lastNetwork, [], 'a second time fetches nothing');
  } finally {
    cold.dispose();
  }
});

test('site: a faceted search takes the rounds of the search alone (its pages come with the chunks)', async () => {
  const rounds = (network) => Math.max(0, ...network.map((n) => n.round));
  for (const q of ['harbor OR Merkel', 'Rotterdam', 'entity:Merkel', 'harbor entity:Merkel', 'harbor date:2019']) {
    const plain = await LoupeSite.open('/loupe/', { workerUrl: 'unused', wasmUrl: `${origin}loupe-site.wasm` });
    const faceted = await LoupeSite.open('/loupe/', { workerUrl: 'unused', wasmUrl: `${origin}loupe-site.wasm` });
    try {
      await plain.search(q);
      const got = await faceted.search(q, { facets: all });
      const pages = faceted.lastNetwork.filter((n) => /^[ey]-/.test(n.file));
      assert.ok(got.facets.entity.length > 0 && pages.length > 0, `${q}: ${JSON.stringify(faceted.lastNetwork)}`);
      console.log(`${q}: ${rounds(plain.lastNetwork)} rounds, ${rounds(faceted.lastNetwork)} with the facets`);
      assert.ok(rounds(faceted.lastNetwork) <= rounds(plain.lastNetwork), `${q}: the facets add no round`);
      // With the chunks (a filter standing alone reads none: the pages come after the list of
      // them, as early as they can).
      const chunks = faceted.lastNetwork.filter((n) => n.file.startsWith('c-')).map((n) => n.round);
      if (chunks.length)
        assert.ok(
          pages.every((n) => n.round <= Math.max(...chunks)),
          `${q}: pages in rounds ${pages.map((n) => n.round)}, chunks in ${chunks}`,
        );
    } finally {
      plain.dispose();
      faceted.dispose();
    }
  }
});

test('site: a filter beside a word reads its annotation pages in the rounds of the chunks', async () => {
  const rounds = async (q) => {
    const cold = await LoupeSite.open('/loupe/', { workerUrl: 'unused', wasmUrl: `${origin}loupe-site.wasm` });
    try {
      await cold.search(q);
      return Math.max(...cold.lastNetwork.map((n) => n.round));
    } finally {
      cold.dispose();
    }
  };
  const word = await rounds('harbor');
  const dated = await rounds('harbor date:2019');
  const named = await rounds('harbor entity:Merkel'); // key pages, then entity pages: one more
  console.log(`harbor: ${word} rounds, with date: ${dated}, with entity: ${named}`);
  assert.equal(dated, word);
  assert.equal(named, word + 1);
});
