// Korean PDFs whose font is not embedded and whose text is coded through one of Adobe's
// predefined CMaps (KSCms-UHC-H here): pdf.js needs the CMap files to read them, and the app
// has them bundled (pdf-cmaps.js; inlined in the file:// build), so the text comes out and is
// searchable with no request made. The same PDF read by pdf.js without CMaps gives no text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBrowser, openPage, appReady, fileUrl, shots, showView } from './browser.mjs';
import { koreanPdf } from './fixtures.mjs';

const lines = ['부산 항구에서 회의를 열었다', '둘째 줄: 김서연 대표가 말했다'];
const file = () => ({ name: 'korean-cmap.pdf', mimeType: 'application/pdf', buffer: koreanPdf(lines) });

const env = useBrowser(); // env.browser, env.httpUrl

test('the fixture needs the CMaps: pdf.js without them reads no text, with them the Korean', async () => {
  const require = createRequire(import.meta.url);
  const lib = require('pdfjs-dist/build/pdf.js');
  const cmapUrl = new URL('../../node_modules/pdfjs-dist/cmaps/', import.meta.url).pathname;
  const read = async (options) => {
    const task = lib.getDocument({
      data: new Uint8Array(file().buffer),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      ...options,
    });
    const content = await (await (await task.promise).getPage(1)).getTextContent();
    await task.destroy();
    return content.items.map((it) => it.str + (it.hasEOL ? '\n' : '')).join('');
  };
  assert.doesNotMatch(await read({}), /[\uAC00-\uD7A3]/);
  assert.match(await read({ cMapUrl: cmapUrl, cMapPacked: true }), /^부산 항구에서 회의를 열었다\n/);
});

for (const [name, url] of [
  ['http', () => env.httpUrl],
  ['file', () => fileUrl],
]) {
  test(`${name}: a Korean PDF with a predefined CMap is read and searchable, with no request`, async () => {
    const { page, context, problems } = await openPage(env.browser, url());
    await appReady(page);
    const requests = [];
    context.on('request', (r) => {
      if (!r.url().startsWith('blob:')) requests.push(r.url());
    });
    await page.setInputFiles('#files', [file()]);
    await page.waitForSelector('#file-status li.ok, #file-status li.error', { timeout: 30000 });
    assert.equal(await page.getAttribute('#file-status li', 'class'), 'ok', await page.textContent('#file-status li'));

    await showView(page, 'library');
    await page.getByRole('button', { name: 'Show korean-cmap.pdf' }).click();
    await page.waitForFunction(() => document.getElementById('doc-name').textContent === 'korean-cmap.pdf');
    const text = await page.textContent('#doc-text');
    assert.equal(text, `${lines[0]}\n${lines[1]}`);

    // Searchable: a particle form finds the noun, and the mark is that word of the text.
    await page.getByLabel('Search the documents').fill('회의에');
    await page.waitForFunction(() => document.querySelectorAll('#results li mark.hit').length > 0);
    assert.deepEqual(await page.$$eval('#results li mark.hit', (ms) => ms.map((m) => m.textContent)), ['회의를']);
    await page.locator('#results .result-doc', { hasText: 'korean-cmap.pdf' }).locator('.title').click();
    await page.waitForSelector('#doc-text mark.hit');
    const at = await page.$eval('#doc-text', (d) => {
      const mark = d.querySelector('mark.hit');
      let offset = 0;
      for (const node of d.childNodes) {
        if (node === mark) break;
        offset += node.textContent.length;
      }
      return { offset, surface: mark.textContent };
    });
    assert.deepEqual(at, { offset: text.indexOf('회의를'), surface: '회의를' });
    await page.screenshot({ path: `${shots}pdf-korean-${name}.png`, fullPage: true });
    assert.deepEqual(requests, [], `requests: ${requests.join(', ')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
