// Keyboard-only use, labels on every control, the Korean interface and the layout from 360 px
// to a desktop screen, over the whole app (samples loaded, results, entities, timeline, the
// network and the document view all showing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, shots, showView } from './browser.mjs';
import { files } from './fixtures.mjs';

const env = useBrowser(); // env.browser, env.httpUrl

const hangul = /[\uAC00-\uD7A3]/;

// The element that has focus, described, and whether it shows that it has: an outline on it
// (or, for the hidden file input, on its visible label), or the network node's focus ring.
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const outlined = (node) => {
      const s = getComputedStyle(node);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    };
    let visible = outlined(a);
    if (a.id === 'files') visible = outlined(document.querySelector('label[for="files"]'));
    if (a.closest?.('.node')) visible = getComputedStyle(a.querySelector('.ring')).stroke !== 'none';
    return {
      id: a.id,
      tag: a.tagName.toLowerCase(),
      text: (a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 40),
      visible,
    };
  });
async function tabTo(page, match, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f.visible, `focus is visible on ${JSON.stringify(f)}`);
    if (match(f)) return f;
  }
  throw new Error('not reached by Tab');
}
// Every control in the accessibility tree has a name (Chromium's own computation).
async function unnamedControls(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const roles = new Set([
    'button',
    'textbox',
    'searchbox',
    'checkbox',
    'link',
    'progressbar',
    'combobox',
    'slider',
    'radio',
    'tab',
  ]);
  return nodes
    .filter((n) => !n.ignored && roles.has(n.role?.value) && !String(n.name?.value || '').trim())
    .map((n) => `${n.role.value} #${n.backendDOMNodeId}`);
}

test('keyboard only: pick files, load the samples, search, open a hit, walk to an entity', async () => {
  const { page, context, problems } = await openPage(env.browser, env.httpUrl);
  // Listening for the picker before anything else: Playwright asks Chromium to intercept file
  // choosers when the first listener is added, without waiting for it, so a listener added
  // together with the key press can lose that race and never see the picker (CI saw it once).
  const chooserShown = page.waitForEvent('filechooser', { timeout: 60000 });
  chooserShown.catch(() => {}); // awaited below; a step failing before that is the error to see
  await appReady(page);
  // The file picker opens from the keyboard (Tab to it, Space).
  await tabTo(page, (f) => f.id === 'files');
  await page.keyboard.press('Space');
  const chooser = await chooserShown;
  await chooser.setFiles([files().text]);
  await page.waitForSelector('#file-status li.ok');
  await tabTo(page, (f) => f.id === 'samples');
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-analysed="6"]', { timeout: 30000 });
  await page.waitForSelector('#network svg .node', { state: 'attached' });
  // "/" focuses the search box from anywhere.
  await page.keyboard.press('/');
  assert.equal((await focused(page)).id, 'query');
  await page.keyboard.type('Busan');
  // The results drawn for the whole word (result-count's data-query), not for a prefix typed
  // before it: a later drawing replaces the list, and a focused result with it (focus on body).
  await page.waitForFunction(
    () =>
      document.getElementById('result-count').dataset.query === 'Busan' &&
      document.querySelectorAll('#results li mark.hit').length > 0,
  );
  // (a result's title is the document's first line, "Harbor Cleanup Meeting in Busan")
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Harbor Cleanup Meeting in Busan');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('doc-name').textContent === 'en-harbor.txt');
  assert.equal((await focused(page)).id, 'doc-text', 'the opened document takes the focus');
  assert.ok((await page.locator('#doc-text mark.hit').count()) > 0);
  // From the document's text, Tab reaches its entity marks; Enter on one filters by it.
  const mark = await tabTo(page, (f) => f.tag === 'mark');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#filter:not([hidden])');
  assert.match(await page.textContent('#filter'), /Only passages/);
  assert.ok(mark.text.length > 0);
  // Shift+Tab goes back the same way.
  await page.keyboard.press('Shift+Tab');
  assert.ok((await focused(page)).visible);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const width of [360, 1280, 1920]) {
  test(`${width} px: every control is labelled, nothing overflows, in English and Korean`, async () => {
    const { page, context, problems } = await openPage(env.browser, `${env.httpUrl}?samples=1`, {
      viewport: { width, height: 900 },
    });
    await appReady(page);
    await page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
    await page.waitForSelector('#network svg .node', { state: 'attached' });
    await page.getByLabel('Search the documents').fill('Busan OR 부산');
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0);
    await showView(page, 'library');
    await page.getByRole('button', { name: 'Show ko-harbor.txt' }).click();
    await page.waitForSelector('#doc-text mark.entity');
    await showView(page, 'timeline');
    await page.locator('#timeline button.bar').first().click();
    await page.waitForSelector('#filter:not([hidden])');

    for (const lang of ['en', 'ko']) {
      if (lang === 'ko') {
        await page.click('#lang');
        await page.waitForFunction(() => document.documentElement.lang === 'ko');
      }
      assert.deepEqual(await unnamedControls(page), [], `${lang}: controls without a name`);
      // Nothing sticks out of the page; wide things (timeline, network) scroll in their own box.
      const over = await page.evaluate((w) => {
        const out = [];
        for (const node of document.querySelectorAll('body *')) {
          const r = node.getBoundingClientRect();
          if (!r.width || node.closest('.timeline, .network, .tokens, .doc-text, .docs, .file-status, #entities'))
            continue;
          if (r.right > w + 0.5 || r.left < -0.5)
            out.push(
              `${node.tagName}#${node.id}.${node.className?.baseVal ?? node.className} ${r.left.toFixed(0)}-${r.right.toFixed(0)}`,
            );
        }
        return { out: out.slice(0, 10), scroll: document.documentElement.scrollWidth };
      }, width);
      assert.ok(over.scroll <= width, `${lang}: the page scrolls sideways (${over.scroll})`);
      assert.deepEqual(over.out, [], `${lang}: elements past the edge`);
      // Scroll boxes fit in the page too.
      const boxes = await page.$$eval('.timeline, .network, .tokens, .doc-text, .docs, .file-status, #entities', (ns) =>
        ns.filter((n) => n.getBoundingClientRect().width).map((n) => n.getBoundingClientRect().right),
      );
      assert.ok(
        boxes.every((r) => r <= width + 0.5),
        `${lang}: a scroll box past the edge: ${boxes}`,
      );
      await page.screenshot({ path: `${shots}layout-${width}-${lang}.png`, fullPage: true });
      if (width === 360) {
        // one view at a time on a phone: each view on its own
        for (const view of ['results', 'reader', 'entities', 'timeline', 'network', 'library']) {
          await showView(page, view);
          await page.screenshot({ path: `${shots}layout-360-${lang}-${view}.png`, fullPage: true });
        }
      }
    }

    // Korean: every static string and label changed (none left in English), and the dynamic
    // ones (status, counts, entity groups, filter) are Korean too.
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('[data-i18n]')]
        .map((n) => [n.dataset.i18n, n.textContent])
        .concat(
          [...document.querySelectorAll('[data-i18n-attr]')].flatMap((n) =>
            n.dataset.i18nAttr.split(' ').map((p) => [p, n.getAttribute(p.split(':')[0])]),
          ),
        ),
    );
    for (const [key, text] of texts) if (key !== 'switchLang') assert.match(text, hangul, `${key}: ${text}`);
    for (const sel of [
      '#status',
      '#result-count',
      '#filter',
      '#entities h3',
      '#doc-legend',
      '#docs .meta',
      '#network-legend',
    ]) {
      assert.match(await page.textContent(sel), hangul, `${sel} in Korean`);
    }
    assert.doesNotMatch(await page.textContent('#docs .meta'), /\btext\b/, 'a document type in Korean too');
    // The choice is kept: a reload comes back in Korean.
    await page.reload();
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    assert.match(await page.textContent('#status'), hangul);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
