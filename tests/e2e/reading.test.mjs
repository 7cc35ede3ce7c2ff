// Reading every hit in place (issue 17, items 1 and 2): a click on a result opens its document
// scrolled to the hit, marked even inside an entity's mark; the result list cuts nothing (every
// passage counted is reached through "more in this document" and paging), and the export holds
// them all. The texts are written here, not taken from a corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, openPage, appReady, dropFiles, showView, shots, pageToEnd } from './browser.mjs';
import { starvationSampler } from './starvation.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const filler = (i) =>
  `Paragraph ${i} of the harbour log notes the tides, the cranes and the weather over the quay.\n\n`;
// A long document whose only hit is 200 paragraphs down, inside a person's full name.
const longText = () =>
  Array.from({ length: 200 }, (_, i) => filler(i)).join('') +
  'At the summit, Foreign Minister Sergey Lavrov spoke with the mayor about the port.\n\n' +
  Array.from({ length: 5 }, (_, i) => filler(200 + i)).join('');
const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

async function start(viewport, files) {
  const { page, context, problems } = await openPage(env.browser, env.httpUrl, { viewport });
  await appReady(page);
  await dropFiles(page, '#drop', files);
  await page.waitForSelector(`body[data-analysed="${files.length}"]`, { timeout: 60000 });
  return { page, context, problems };
}

// The bound from a click on a result to its hit shown, on a free core.
const HIT_IN_VIEW_MS = 100;

// Where the current hit mark is, against the text box and the window.
const hitPlace = (page) =>
  page.evaluate(() => {
    const mark = document.querySelector('#doc-text mark.hit.current') || document.querySelector('#doc-text mark.hit');
    if (!mark) return null;
    const r = mark.getBoundingClientRect();
    const box = document.getElementById('doc-text').getBoundingClientRect();
    const inBox = r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    const inWindow = r.top >= 0 && r.bottom <= window.innerHeight;
    return { text: mark.textContent, inBox, inWindow, inEntity: !!mark.closest('mark.entity') };
  });

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`${viewport.width}: a result opens its document at the hit, marked inside the entity`, async () => {
    const starved = starvationSampler();
    const { page, context, problems } = await start(viewport, [file('summit.txt', longText())]);
    await page.getByLabel('Search the documents').fill('Lavrov');
    // (Before results were grouped, a result was opened by its document's name button.)
    const open = '#results .passage .open, #results > li > button.link';
    await page.waitForSelector(open);
    // Timed in the page, from the click to the first frame that shows the hit mark inside the
    // text box and the window (each frame checks: the state, not a set time).
    await page.evaluate(() => {
      window.hitShown = new Promise((resolve) => {
        let clicked = null;
        document.addEventListener('click', () => (clicked = performance.now()), { capture: true, once: true });
        const frame = () => {
          const mark =
            document.querySelector('#doc-text mark.hit.current') || document.querySelector('#doc-text mark.hit');
          if (clicked !== null && performance.now() - clicked > 30000) return resolve(Infinity); // never
          if (clicked !== null && mark) {
            const r = mark.getBoundingClientRect();
            const box = document.getElementById('doc-text').getBoundingClientRect();
            const inView = r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.top >= 0;
            if (inView && r.bottom <= window.innerHeight) return resolve(performance.now() - clicked);
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    });
    await page.locator(open).first().click();
    const ms = await page.evaluate(() => window.hitShown);
    const starvation = starved.stop();
    // Issue 17: the hit in view within 100 ms of the click on a free core; a machine shared with
    // other work stretches that by how starved its processes were meanwhile (starvation.mjs).
    const bound = Math.round(HIT_IN_VIEW_MS * Math.max(1, starvation.median));
    const place = await hitPlace(page);
    console.log(
      `# reading: ${viewport.width} px, click to hit in view ${Math.round(ms)} ms ` +
        `(bound ${bound} ms, starvation ${starvation.median.toFixed(2)})`,
    );
    assert.ok(ms <= bound, `click to hit in view: ${Math.round(ms)} ms, over ${bound} ms`);
    assert.equal(place.text, 'Lavrov');
    assert.ok(place.inBox && place.inWindow, `the hit is in view: ${JSON.stringify(place)}`);
    // The entity "Sergey Lavrov" is marked around it; the search mark is not swallowed.
    const entity = await page.$$eval('#doc-text mark.entity', (ms) => ms.map((m) => m.textContent));
    assert.ok(entity.includes('Sergey Lavrov'), entity.join(', '));
    assert.ok(place.inEntity, 'the hit mark sits inside the entity mark');
    assert.equal(await page.textContent('#hit-position'), 'Match 1 of 1');
    await page.screenshot({ path: `${shots}reading-hit-${viewport.width}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('every passage counted is listed: more in this document, paging, and the export', async () => {
  const ferry = (i) => `Entry ${i}: the ferry left the pier at dawn with cargo for the islands.\n\n`;
  const files = [file('ferries.txt', Array.from({ length: 30 }, (_, i) => ferry(i)).join(''))];
  for (let i = 0; i < 25; i++) files.push(file(`note-${String(i).padStart(2, '0')}.txt`, ferry(100 + i)));
  const { page, context, problems } = await start({ width: 1440, height: 900 }, files);
  await page.getByLabel('Search the documents').fill('ferry');
  await page.waitForSelector('#results li');
  assert.equal(await page.textContent('#result-count'), '55 passages in 26 documents');
  // The long document shows 3 passages and says how many more it has.
  const group = page.locator('#results .result-doc', {
    has: page.locator('.result-head .name', { hasText: 'ferries.txt' }),
  });
  assert.equal(await group.locator('.passage').count(), 3);
  assert.equal(await group.locator('.more').textContent(), '27 more in this document');
  // Paging to the end, then opening the long document's other passages.
  // Each page waits for its passages to be listed before the next click (not for a set time).
  await pageToEnd(page);
  await group.locator('.more').click();
  await page.waitForFunction(() => document.querySelectorAll('#results .passage').length === 55);
  assert.equal(await page.locator('#results .result-doc').count(), 26);
  assert.equal(await page.locator('#results .more').count(), 0, 'nothing left behind a button');
  const snippets = await page.$$eval('#results .passage .snippet', (s) => s.map((x) => x.textContent));
  assert.equal(new Set(snippets).size, 55, 'each passage once');
  // Keyboard: the first newly listed passage of the document took the focus.
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Entry 3\b/);
  await page.screenshot({ path: `${shots}reading-all-passages.png` });
  await showView(page, 'library'); // the export buttons are with the documents

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(data.search.total, 55);
  assert.equal(data.search.hits.length, 55, 'the export holds every passage, not the page shown');
  assert.deepEqual(problems, []);
  await context.close();
});

// Every match of the query is marked in the document, whatever its length: the matches come from
// the engine's highlights, which it gives only inside a hit's snippet window (an older build
// asked for a 16-byte window, and a 15-byte Korean word whose window began a syllable early
// opened its document with nothing marked).
test('a long word (15 bytes of Hangul) opens marked in its document', async () => {
  const text =
    '부두의 하역 작업은 지난 겨울 내내 대체로 안정적으로 지속되어 왔다. 크레인 두 대가 새로 들어왔다.\n\n' +
    Array.from({ length: 40 }, (_, i) => `${i}번째 문단은 조수와 날씨를 기록한다.`).join('\n\n');
  const { page, context, problems } = await start({ width: 1440, height: 900 }, [file('부두.txt', text)]);
  await page.getByLabel('Search the documents').fill('안정적으로');
  await page.locator('#results .passage .open').first().click();
  await page.waitForFunction(() => document.getElementById('doc-name').textContent === '부두.txt');
  const marks = await page.$$eval('#doc-text mark.hit', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(marks, ['안정적으로']);
  assert.equal(await page.textContent('#hit-position'), 'Match 1 of 1');
  assert.deepEqual(problems, []);
  await context.close();
});

// On a phone the reading view fills the screen under the tabs and only its text scrolls to the
// hit: the page itself stays put (scrollIntoView moved the page 241 px, the tabs and the search
// bar off the top).
test('390: opening a hit scrolls the reading pane, not the page', async () => {
  const { page, context, problems } = await start({ width: 390, height: 844 }, [file('summit.txt', longText())]);
  await page.getByLabel('Search the documents').fill('Lavrov');
  await page.locator('#results .passage .open').first().click();
  await page.waitForSelector('#doc-text mark.hit.current');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const where = await page.evaluate(() => {
    const box = document.getElementById('doc-text');
    const tab = document.getElementById('tab-reader').getBoundingClientRect();
    return {
      pageScroll: window.scrollY,
      boxScroll: box.scrollTop,
      tabTop: tab.top,
      boxBottom: box.getBoundingClientRect().bottom,
      height: window.innerHeight,
    };
  });
  assert.equal(where.pageScroll, 0, `the page did not move: ${JSON.stringify(where)}`);
  assert.ok(where.tabTop >= 0, 'the tabs stay on screen');
  assert.ok(where.boxBottom <= where.height, `the text box fits the screen: ${JSON.stringify(where)}`);
  assert.ok(where.boxScroll > 0, 'the text box scrolled to the hit');
  const place = await hitPlace(page);
  assert.ok(place.inBox && place.inWindow, JSON.stringify(place));
  await page.screenshot({ path: `${shots}reading-phone-pane.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

// A paragraph longer than the engine's old 4 KiB snippet window (a PDF's page of text with no
// blank line): every match in it is marked and stepped through, not only those near the first.
test('a paragraph over 4 KiB: every match marked and stepped with n', async () => {
  const sentence = (i) => `Sentence ${i} of the long paragraph tells of ropes, nets and gulls on the pier.`;
  const run = (from, n) => Array.from({ length: n }, (_, i) => sentence(from + i)).join(' ');
  const paragraph = [
    'The lighthouse keeper wrote first.',
    run(0, 70),
    'At noon the lighthouse lamp was cleaned.',
    run(70, 70),
    'By night the lighthouse shone again.',
  ].join(' ');
  assert.ok(Buffer.byteLength(paragraph) > 10000, 'the paragraph is well over 4 KiB');
  const text = `${paragraph}\n\nA short paragraph also names the lighthouse.\n`;
  const { page, context, problems } = await start({ width: 1440, height: 900 }, [file('keeper.txt', text)]);
  await page.getByLabel('Search the documents').fill('lighthouse');
  await page.locator('#results .passage .open').first().click();
  await page.waitForSelector('#doc-text mark.hit.current');
  const marks = await page.$$eval('#doc-text mark.hit', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(marks, ['lighthouse', 'lighthouse', 'lighthouse', 'lighthouse']);
  const seen = [];
  for (let i = 0; i < 4; i++) {
    const position = await page.textContent('#hit-position');
    const place = await hitPlace(page);
    assert.ok(place.inBox, `${position} in view`);
    seen.push(position);
    await page.keyboard.press('n');
  }
  assert.deepEqual([...seen].sort(), ['Match 1 of 4', 'Match 2 of 4', 'Match 3 of 4', 'Match 4 of 4']);
  assert.deepEqual(problems, []);
  await context.close();
});
