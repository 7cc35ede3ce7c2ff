// What `make start` serves: `/` opens the app with the sample corpus already loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, dist } from './browser.mjs';
import { serve } from '../../web/serve.mjs';

const env = useBrowser(() => serve(0, '127.0.0.1', dist, { withSamples: true }));

test('make start: the served app opens with the five sample documents', async () => {
  const { page, problems, context } = await openPage(env.browser, env.httpUrl);
  await appReady(page);
  assert.match(page.url(), /\?samples=1$/);
  await page.waitForFunction(() => document.getElementById('doc-count').textContent.includes('5'), null, {
    timeout: 60000,
  });
  assert.deepEqual(problems, []);
  await context?.close?.();
});
