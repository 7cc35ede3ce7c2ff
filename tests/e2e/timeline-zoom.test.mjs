// The timeline (issue 17, item 6): zoom from decades to years to months; a click on a bar or a
// range brushed across bars (a drag, or Shift+click) becomes a period chip that filters the
// results with the engine's date: range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, showView, shots } from './browser.mjs';
import { withSamples, chips } from './app-support.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const bars = (page) => page.$$eval('#timeline .bar:not(.empty)', (bs) => bs.map((b) => b.dataset.period));

test('zoom decades, years, months; a brushed range is a period chip', async () => {
  const { page, context, problems } = await withSamples(env);
  await showView(page, 'timeline');
  await page.click('#timeline-unit [data-unit="decade"]');
  assert.deepEqual(await bars(page), ['202']);
  assert.match(await page.textContent('#timeline .bar'), /2020s/);
  await page.click('#timeline-unit [data-unit="year"]');
  const years = await bars(page);
  assert.ok(years.includes('2024') && years.includes('2025'), years.join());
  assert.ok(
    years.every((y) => /^202\d$/.test(y)),
    'the decade bar held these years',
  );
  // Brush from the first year to the last (a drag): one chip, the range.
  const from = page.locator(`#timeline .bar[data-period="${years[0]}"]`);
  const to = page.locator(`#timeline .bar[data-period="${years[years.length - 1]}"]`);
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  assert.equal(
    await page.locator('#timeline .bar.brushed').count(),
    years.length,
    'the range is marked while dragging',
  );
  await page.screenshot({ path: `${shots}timeline-brush.png` });
  await page.mouse.up();
  await page.waitForSelector('#filter .chip-period');
  assert.deepEqual(await chips(page), [`period:${years[0]}..${years[years.length - 1]}`]);
  await page.waitForFunction(() => /mention/.test(document.getElementById('result-count').textContent));
  const inRange = Number.parseInt(await page.textContent('#result-count'), 10);
  // Months: every bar says its year.
  await showView(page, 'timeline');
  await page.click('#timeline-unit [data-unit="month"]');
  const months = await bars(page);
  assert.ok(months.length >= 2 && months.every((m) => /^\d{4}-\d{2}$/.test(m)), months.join());
  // A single month by a click, then a range by Shift+click on another.
  await page.click(`#timeline .bar[data-period="${months[0]}"]`);
  await page.waitForFunction((m) => document.querySelector('#filter .chip')?.dataset.chip === `period:${m}`, months[0]);
  // The chip shows before the mention list is redrawn: wait for the count of this one month.
  await page.waitForFunction(() => {
    const shown = document.getElementById('result-count').textContent;
    return /^\d+ mentions? of /.test(shown) && !shown.includes('–'); // a range's label has a dash
  });
  const one = Number.parseInt(await page.textContent('#result-count'), 10);
  assert.ok(one >= 1 && one < inRange, `${one} in one month, ${inRange} in the range`);
  await showView(page, 'timeline');
  await page.click(`#timeline .bar[data-period="${months[1]}"]`, { modifiers: ['Shift'] });
  await page.waitForFunction(
    (m) => document.querySelector('#filter .chip')?.dataset.chip === `period:${m[0]}..${m[1]}`,
    months,
  );
  // With a query, the chip is the engine's date: range.
  await page.getByLabel('Search the documents').fill('Busan OR 부산 OR Пусан OR Пусані');
  await page.waitForFunction(() => /passage/.test(document.getElementById('result-count').textContent));
  assert.ok(Number.parseInt(await page.textContent('#result-count'), 10) >= 1);
  assert.deepEqual(problems, []);
  await context.close();
});
