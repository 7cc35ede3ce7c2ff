// Engine.indexDates(): the indexed documents' dates at once, from the extractions the date:
// filter keeps (one extraction per document for the filter and the app's timeline). They are
// the dates Engine.dates() finds in each text with its own reference, their offsets slice the
// same text, their counts by decade/year/month add up, and the options pick which are listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from './load-engine.mjs';

const docs = [
  ['a', 'a.txt', 'Kyiv, 31 July 2023.\n\nLast month the talks began; in March 2022 they had stopped.'],
  ['b', 'b.txt', '😀 Москва, 15 ноября 2022 года. Переговоры продолжились 3 марта 2024 года.'],
  ['c', 'c.txt', 'No dates here at all, only words.'],
];
const strip = ({ doc, ...d }) => d;

test('indexDates lists what dates() finds per document, with offsets into each text', async () => {
  const engine = new (await loadEngine()).Engine();
  for (const [id, name, text] of docs) assert.equal(JSON.parse(engine.addDocument(id, name, text)).ok, true);
  const all = JSON.parse(engine.indexDates('{}'));
  assert.equal(all.v, 1);
  assert.equal(all.ok, true);
  let total = 0;
  for (const [id, name, text] of docs) {
    const own = JSON.parse(engine.dates(text, ''));
    const listed = all.dates.filter((d) => d.doc === id);
    assert.deepEqual(listed.map(strip), own.dates, `${id}: the same dates as dates()`);
    for (const d of listed) assert.equal(text.slice(d.begin_u16, d.end_u16), d.surface);
    const row = all.documents.find((r) => r.id === id);
    assert.deepEqual(row, { id, name, reference: own.reference, count: own.dates.length });
    total += own.dates.length;
  }
  assert.equal(all.total, total);
  assert.ok(total >= 4, `found ${total}`);
  // Every date whose value starts with a year counts once in its decade and year.
  const withYear = all.dates.filter((d) => /^\d{4}/.test(d.value));
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  assert.equal(sum(all.counts.year), withYear.length);
  assert.equal(sum(all.counts.decade), withYear.length);
  assert.equal(all.counts.year['2024'], 1);
  assert.equal(all.counts.month['2024-03'], 1);
  assert.equal(all.counts.decade['202'], withYear.length);
  engine.delete();
});

test('indexDates options: none, one document, a period; the counts stay the corpus', async () => {
  const engine = new (await loadEngine()).Engine();
  for (const [id, name, text] of docs) engine.addDocument(id, name, text);
  const all = JSON.parse(engine.indexDates(''));
  const none = JSON.parse(engine.indexDates('{"dates":false}'));
  assert.deepEqual(none.dates, []);
  assert.deepEqual(none.counts, all.counts);
  const b = JSON.parse(engine.indexDates('{"doc":"b"}'));
  assert.deepEqual(
    b.dates,
    all.dates.filter((d) => d.doc === 'b'),
  );
  assert.ok(b.dates.length >= 2);
  const period = JSON.parse(engine.indexDates('{"from":"2022-11","to":"2024"}'));
  assert.deepEqual(
    period.dates.map((d) => d.value),
    all.dates.map((d) => d.value).filter((v) => v.slice(0, 7) >= '2022-11' && v.slice(0, 4) <= '2024'),
  );
  assert.ok(period.dates.some((d) => d.value === '2022-11-15'));
  assert.ok(!period.dates.some((d) => d.value.startsWith('2022-03')));
  // A removed document's dates leave the list and the counts.
  engine.removeDocument('b');
  const after = JSON.parse(engine.indexDates('{}'));
  assert.ok(!after.dates.some((d) => d.doc === 'b'));
  assert.equal(after.counts.year['2024'], undefined);
  assert.equal(JSON.parse(engine.indexDates('[1]')).error.code, 'invalid_argument');
  engine.delete();
});

test('the month facet counts the hit passages with a date in each month', async () => {
  const engine = new (await loadEngine()).Engine();
  engine.addDocument(
    'm',
    'm.txt',
    'The ferry sailed on 3 March 2024.\n\nThe ferry came back in May 2024.\n\nIn 2023 it rested.',
  );
  engine.addDocument('n', 'n.txt', 'A ferry left on 9 March 2024 as well.');
  const reply = JSON.parse(engine.search('ferry', JSON.stringify({ facets: ['year', 'month'], limit: 0 })));
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.facets.month, { '2024-03': 2, '2024-05': 1 }); // a year names no month
  assert.deepEqual(reply.facets.year, { 2024: 3 });
  const none = JSON.parse(engine.search('rested', JSON.stringify({ facets: ['month'] })));
  assert.deepEqual(none.facets.month, {});
  engine.delete();
});
