// Loupe.indexDates (issue 18): the corpus's dates in one call, counted by decade, year and
// month by the engine over the extractions its date: filter keeps (Engine::index_dates_json),
// with the dates picked by document or period; the app's timeline and period lists read it
// instead of assembling every document's dates. Texts written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const texts = {
  a: 'The harbor opened on 14 March 2024. A second pier followed in July 2024.\n\nThe first plans date from 1998.',
  b: 'The council met on 2 March 2024 and again in 2019.',
};

test('indexDates: counts by decade, year and month; dates by document and by period', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.httpUrl}examples/`);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
  const r = await page.evaluate(async (texts) => {
    const { Loupe } = await import('/loupe.js');
    const loupe = await Loupe.create();
    for (const [id, text] of Object.entries(texts)) await loupe.add({ id, name: `${id}.txt`, text });
    const out = {
      perDoc: await loupe.dates(), // from the engine's kept extractions, as indexDates
      reread: await loupe.dates({ refDate: '2024-05-01' }), // each text read again
      none: await loupe.indexDates({ dates: false }),
      all: await loupe.indexDates(),
      docA: await loupe.indexDates({ doc: 'a' }),
      march: await loupe.indexDates({ from: '2024-03', to: '2024-03' }),
      since2000: await loupe.indexDates({ from: '2000' }),
    };
    await loupe.remove('b'); // the counts follow the documents
    out.after = await loupe.indexDates({ dates: false });
    loupe.dispose();
    return out;
  }, texts);
  // "date from 1998" is the open interval 1998/ (counted in 1998, where it starts).
  const values = (reply) => reply.dates.map((d) => `${d.doc}:${d.value}`);
  // Every date of dates(), in document then text order, each with its document's id.
  assert.deepEqual(
    values(r.all),
    r.perDoc.flatMap((d) => d.dates.map((x) => `${d.id}:${x.value}`)),
  );
  // The texts state every date in full: read again against a reference, the same dates, the
  // same offsets (dates() from the kept extractions is not another extractor's answer).
  const strip = (d) => d.dates.map(({ uses_reference, ...x }) => x);
  assert.deepEqual(r.reread.map(strip), r.perDoc.map(strip));
  assert.deepEqual(values(r.all), ['a:2024-03-14', 'a:2024-07', 'a:1998/', 'b:2024-03-02', 'b:2019']);
  assert.equal(r.all.total, 5);
  assert.deepEqual(r.none.dates, []);
  assert.deepEqual(r.none.counts, {
    decade: { 199: 1, 201: 1, 202: 3 },
    year: { 1998: 1, 2019: 1, 2024: 3 },
    month: { '2024-03': 2, '2024-07': 1 },
  });
  assert.deepEqual(
    r.none.documents.map((d) => [d.id, d.count]),
    [
      ['a', 3],
      ['b', 2],
    ],
  );
  assert.deepEqual(values(r.docA), ['a:2024-03-14', 'a:2024-07', 'a:1998/']);
  assert.deepEqual(values(r.march), ['a:2024-03-14', 'b:2024-03-02']);
  assert.deepEqual(values(r.since2000), ['a:2024-03-14', 'a:2024-07', 'b:2024-03-02', 'b:2019']);
  assert.deepEqual(r.after.counts.year, { 1998: 1, 2024: 2 });
  assert.deepEqual(problems, []);
  await context.close();
});
