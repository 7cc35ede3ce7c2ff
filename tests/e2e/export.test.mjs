// Export: the JSON holds the search results shown, the entities listed and the dates found;
// the CSV holds the same rows (parsed back here, quotes and line breaks included), and a cell
// that a spreadsheet would run as a formula is defused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, openPage, appReady, shots, showView } from './browser.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

// RFC 4180: fields split by commas, rows by CRLF, "" inside quotes is one quote.
function parseCsv(text) {
  const rows = [];
  let row = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the CSV ends with CRLF');
  return rows;
}

test('http: export JSON and CSV hold the results, entities and dates shown', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.httpUrl}?samples=1`);
  await appReady(page);
  await page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  const formula = '=HYPERLINK("http://x","y")';
  await showView(page, 'library');
  await page.getByLabel('Paste text').fill('Busan said "yes", then\nleft.');
  await page.getByLabel('Name for the pasted text').fill(formula);
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.waitForSelector('body[data-analysed="6"]', { timeout: 30000 });
  await page.getByLabel('Search the documents').fill('Busan');
  await page.waitForFunction(() => document.querySelectorAll('#results li mark.hit').length > 0);
  const shown = await page.$$eval('#results li.passage .snippet', (s) => s.map((x) => x.textContent));
  await page.getByRole('tab', { name: 'Documents' }).click(); // where the export buttons are
  const listed = await page.$$eval('#entities li[data-entity] button.link', (bs) =>
    bs.map((b) => b.textContent).sort(),
  );
  const held = Number(await page.textContent('#entity-low-count')); // the quality default's

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  assert.equal(json.suggestedFilename(), 'loupe-export.json');
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(data.documents.length, 6);
  assert.equal(data.search.query, 'Busan');
  // The export holds every passage of the search (the list groups them by document).
  const exported = data.search.hits.map((h) => h.snippet);
  assert.equal(exported.length, data.search.total);
  for (const snippet of shown) assert.ok(exported.includes(snippet), snippet);
  for (const h of data.search.hits)
    for (const m of h.highlights) assert.equal(h.snippet.slice(m.in_snippet_begin_u16, m.in_snippet_end_u16), 'Busan');
  // Every entity: those listed and those the quality default holds back from the list.
  const names = data.entities.map((e) => e.canonical);
  for (const name of listed) assert.ok(names.includes(name), name);
  assert.equal(names.length, listed.length + held);
  const ko = data.dates.find((d) => d.name === 'ko-harbor.txt');
  assert.ok(
    ko.dates.some((d) => d.value === '2024-03-14' && d.surface === '2024년 3월 14일'),
    JSON.stringify(ko.dates),
  );
  const dateCount = data.dates.reduce((n, d) => n + d.dates.length, 0);
  assert.ok(dateCount >= 10);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  assert.equal(csv.suggestedFilename(), 'loupe-export.csv');
  const rows = parseCsv(readFileSync(await csv.path(), 'utf8'));
  assert.deepEqual(rows[0], ['section', 'id', 'name', 'type', 'value', 'count']);
  assert.ok(
    rows.every((r) => r.length === 6),
    'six cells in every row',
  );
  const section = (s) => rows.filter((r) => r[0] === s);
  assert.equal(section('document').length, 6);
  assert.deepEqual(
    section('entity').map((r) => r[2]),
    names,
  );
  assert.equal(section('date').length, dateCount);
  assert.ok(
    section('date').some((r) => r[2] === 'ko-harbor.txt' && r[4] === '2024-03-14' && r[5] === '2024년 3월 14일'),
  );
  assert.deepEqual(
    section('hit').map((r) => r[5]),
    data.search.hits.map((h) => h.snippet),
    'snippets survive quoting',
  );
  // The formula-like name is kept as text; the pasted text's quotes and comma too.
  assert.ok(
    section('document').some((r) => r[2] === `'${formula}`),
    JSON.stringify(section('document')),
  );
  const pasted = data.search.hits.find((h) => h.name === formula);
  assert.ok(pasted && /"yes", then\sleft/.test(pasted.snippet), JSON.stringify(pasted));
  await page.screenshot({ path: `${shots}export.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
