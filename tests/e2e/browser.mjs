// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, the built app
// served by web/serve.mjs on a free port, and screenshots under build/e2e/.
// The build under test is $LOUPE_DIST (default web/dist).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../../web/serve.mjs';

export const dist = resolve(process.env.LOUPE_DIST || fileURLToPath(new URL('../../web/dist/', import.meta.url)));
export const shots = fileURLToPath(new URL('../../build/e2e/', import.meta.url));
export const fileUrl = pathToFileURL(join(dist, 'file', 'index.html')).href;

export async function launch() {
  mkdirSync(shots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function startServer() {
  const server = await serve(0, '127.0.0.1', dist);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// One browser and one server for a test file: started before its tests, closed after them.
// Read env.browser / env.httpUrl inside tests (they are set once `before` has run).
// start: another server, e.g. () => serve(...) with options; it resolves to an http.Server.
export function useBrowser(start = async () => (await startServer()).server) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await start();
    env.httpUrl = `http://127.0.0.1:${env.server.address().port}/`;
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

// A page (in its own browser context, so storage is fresh) that records console errors,
// uncaught exceptions, CSP violations and dialogs for the test to assert on.
export async function openPage(browser, url, { viewport } = {}) {
  const context = await browser.newContext({
    viewport: viewport || { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (url) await page.goto(url);
  return { page, context, problems };
}

// Shows one of the app's views (results, entities, timeline, network, library; reader on a
// narrow screen) by clicking its tab, as a user does.
export async function showView(page, name) {
  await page.click(`#tab-${name}`);
  await page.waitForFunction((n) => document.body.dataset.view === n, name);
}

// Waits for the app to finish starting (engine up, stored documents restored).
export async function appReady(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
}

// Drops files on an element the way a user's drag does: one DataTransfer holding File objects,
// with dragenter, dragover and drop dispatched on the element in turn (Chromium's own DragEvents).
// files: the fixtures' [{ name, mimeType, buffer }], or a handle to an array of Files made in the
// page. between(type) runs after each event (to look at the page mid-drag).
export async function dropFiles(page, selector, files, between = async () => {}) {
  const list = Array.isArray(files)
    ? await page.evaluateHandle(
        (fs) =>
          fs.map((f) => new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type })),
        files.map((f) => ({ name: f.name, type: f.mimeType, b64: Buffer.from(f.buffer).toString('base64') })),
      )
    : files;
  const transfer = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(f);
    return dt;
  }, list);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent(selector, type, { dataTransfer: transfer });
    await between(type);
  }
}

// Pages the results list to its end ("more results"), each page awaited before the next click.
export async function pageToEnd(page) {
  while (await page.locator('#results-more button').count()) {
    const listed = await page.locator('#results .passage').count();
    await page.click('#results-more button');
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('#results .passage').length > n || !document.querySelector('#results-more button'),
      listed,
    );
  }
}
