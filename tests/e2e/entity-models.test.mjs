// Entity models load per language (issue 16): the worker fetches models/ner-<lang>.bin the first
// time a document of that language needs entities, so a page that sees only English never asks
// for the Ukrainian model; a model that cannot be fetched is a clear error for its language
// while the others keep working. The requests are watched at the browser context (the worker's
// fetches included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage } from './browser.mjs';

const env = useBrowser();

// Texts written for this test.
const english = 'Maria Lopez met the mayor of Boston on Tuesday.\n\nThe harbor council approved the plan.';
const ukrainian = 'Олена Коваленко приїхала до Харкова у вівторок.\n\nМіська рада підтримала план реконструкції порту.';

async function modelRequests(context) {
  const asked = [];
  context.on('request', (r) => {
    const m = /\/models\/(ner-[a-z]{2}\.bin)$/.exec(r.url());
    if (m) asked.push(m[1]);
  });
  return asked;
}

test('a page that only sees English documents fetches only the English model', async () => {
  const { page, context, problems } = await openPage(env.browser, null);
  const asked = await modelRequests(context);
  await page.goto(`${env.httpUrl}examples/`);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
  const r = await page.evaluate(
    async ([text]) => {
      const { Loupe } = await import('/loupe.js');
      const loupe = await Loupe.create();
      await loupe.add({ id: 'a', name: 'a.txt', text });
      const plain = await loupe.search('harbor'); // no entity facet: no model needed
      const before = performance.now();
      const found = await loupe.entities();
      const first = performance.now() - before;
      const facet = await loupe.search('mayor', { facets: ['entity'] });
      loupe.dispose();
      return { plain: plain.total, names: found.entities.map((e) => e.canonical), errors: found.errors, first, facet };
    },
    [english],
  );
  assert.equal(r.plain, 1);
  assert.ok(r.names.includes('Maria Lopez'), r.names.join(', '));
  assert.equal(r.errors, undefined);
  assert.ok(r.facet.facets.entity.length > 0);
  assert.deepEqual(asked, ['ner-en.bin']);
  console.log(`entity-models: first entities() with the English model fetched: ${r.first.toFixed(0)} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a model that cannot be fetched is an error for its language; English still works', async () => {
  const { page, context } = await openPage(env.browser, null);
  const asked = await modelRequests(context);
  await context.route('**/models/ner-uk.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${env.httpUrl}examples/`);
  await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
  const r = await page.evaluate(
    async ([en, uk]) => {
      const { Loupe } = await import('/loupe.js');
      const loupe = await Loupe.create();
      await loupe.add({ id: 'en', name: 'en.txt', text: en });
      await loupe.add({ id: 'uk', name: 'uk.txt', text: uk });
      const found = await loupe.entities();
      const search = await loupe.search('entity:"Maria Lopez"', { facets: ['entity'] });
      loupe.dispose();
      return { names: found.entities.map((e) => e.canonical), errors: found.errors, search };
    },
    [english, ukrainian],
  );
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0].code, 'model_unavailable');
  assert.equal(r.errors[0].lang, 'uk');
  assert.match(r.errors[0].message, /The Ukrainian entity model could not be loaded \(.*ner-uk\.bin: HTTP 404\)/);
  assert.ok(r.names.includes('Maria Lopez'), r.names.join(', '));
  assert.equal(r.search.total, 1);
  assert.equal(r.search.errors[0].lang, 'uk');
  assert.deepEqual([...new Set(asked)].sort(), ['ner-en.bin', 'ner-uk.bin']);
  await context.close();
});
