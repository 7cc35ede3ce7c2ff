// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, the app served
// by web/serve.mjs on a free port, and screenshots under build/e2e/.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../../web/serve.mjs';

export const shots = fileURLToPath(new URL('../../build/e2e/', import.meta.url));
export const fileUrl = pathToFileURL(fileURLToPath(new URL('../../web/dist/file/index.html', import.meta.url))).href;

export async function launch() {
  mkdirSync(shots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function startServer() {
  const server = await serve(0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// A page that records console errors and uncaught exceptions for the test to assert on.
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  return { page, problems };
}
