// entity: and date: in the search-only engine (loupe-site.{js,wasm}), which has no
// transliteration: on a site the native `loupe site` wrote with its annotations, names spelled
// as the documents spell them, ASCII names and date ranges give the native `loupe site-search`'s
// hits (the native reader keys names with entities::NameKeyer; engine/site/
// site_annotation_reader.h says where the two may differ).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
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
  root = mkdtempSync(join(tmpdir(), 'loupe-site-annotations-'));
  const pages = join(root, 'pages');
  mkdirSync(pages);
  // Our own sentences: people and organizations in three scripts, dates.
  const texts = {
    'en.txt':
      'Angela Merkel met Sergei Lavrov in Berlin on 14 March 2019.\n\n' +
      'UNESCO published its heritage list in June 2021.',
    'ru.txt': 'Меркель встретилась с Лавровым в Берлине в марте 2019 года.\n\nЮНЕСКО опубликовала доклад в 2021 году.',
    'ko.txt':
      '2019년 3월 14일 메르켈 총리는 베를린에서 라브로프 장관을 만났다.\n\n유네스코는 2021년 6월에 보고서를 발표했다.',
    'trade.txt':
      'The harbor of Rotterdam signed a grain contract in 2018.\n\nAngela Merkel praised the harbor workers in 2020.',
  };
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(pages, name), text);
  execFileSync(loupeBin, ['site', pages, '-o', join(root, 'index'), '--annotation-kb', '1']);
  module = await requireClassic(join(dist, 'loupe-site.js'))({
    wasmBinary: readFileSync(join(dist, 'loupe-site.wasm')),
  });
});
after(() => rmSync(root, { recursive: true, force: true }));

const drive = (index, call) => driveSite(index, call, join(root, 'index'));

test('site: entity: and date: give the native hits in the search-only engine', () => {
  const index = new module.SiteIndex();
  drive(index, () => index.open());
  let found = 0;
  const queries = [
    'entity:Merkel',
    'entity:"Angela Merkel"',
    'entity:메르켈',
    'entity:UNESCO',
    'entity:ЮНЕСКО',
    'entity:Rotterdam',
    'entity:Nobody',
    'date:2019',
    'date:2019-03-14',
    'date:..2018',
    'date:2020..',
    'harbor entity:Merkel',
    'entity:Merkel -date:2020',
  ];
  for (const q of queries) {
    const got = drive(index, () => index.search(q, 10, 3));
    const want = JSON.parse(execFileSync(loupeBin, ['site-search', join(root, 'index'), q], { encoding: 'utf8' }));
    assert.equal(got.total, want.total, q);
    assert.deepEqual(
      got.hits.map((h) => h.doc),
      want.hits.map((h) => h.doc),
      q,
    );
    if (want.total > 0) found++;
  }
  assert.ok(found >= queries.length - 2, `only ${found} queries found something`);
  index.delete();
});
