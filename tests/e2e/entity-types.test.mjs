// The entity list's types as tabs (issue 17): "All" lists every type under its heading; a type's
// tab lists that type alone, as many rows as its label counts; the choice holds while the list
// is filtered, and "All" brings every type back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, showView } from './browser.mjs';
import { withSamples } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const tabs = (page) => page.locator('#entity-types button');
const counted = (label) => Number.parseInt(label.match(/\((\d+)\)/)[1], 10);
const headings = (page) => page.locator('#entities h3').allTextContents();
const rows = (page) => page.locator('#entities li[data-entity]').count();

test('entity types as tabs: one type at a time, counts that match the rows', async () => {
  const { page, context, problems } = await withSamples(env);
  await showView(page, 'entities');
  const labels = await tabs(page).allTextContents();
  assert.match(labels[0], /^All \(\d+\)$/);
  assert.ok(labels.length >= 3, labels.join(' | ')); // All and at least two types in the samples
  assert.equal(await tabs(page).first().getAttribute('aria-pressed'), 'true');
  assert.equal(counted(labels[0]), await rows(page));
  const all = await headings(page);
  assert.ok(all.length >= 2, all.join(' | '));
  const places = labels.findIndex((l) => l.startsWith('Places'));
  assert.ok(places > 0, labels.join(' | '));
  await tabs(page).nth(places).click();
  assert.deepEqual(await headings(page), ['Places']);
  assert.equal(await rows(page), counted(labels[places]));
  assert.equal(await tabs(page).nth(places).getAttribute('aria-pressed'), 'true');
  // Filtering keeps the tab; the counts follow the filter.
  await page.fill('#entity-filter', 'a');
  assert.deepEqual(await headings(page), ['Places']);
  const filtered = await tabs(page).nth(places).textContent();
  assert.equal(await rows(page), counted(filtered));
  await page.fill('#entity-filter', '');
  await tabs(page).first().click();
  assert.deepEqual(await headings(page), all);
  assert.deepEqual(problems, []);
  await context.close();
});
