// Shared steps of the workspace tests (issue 17): the sample corpus loaded into a fresh page,
// the result count as a number, the chips above the results.
import { openPage, appReady } from './browser.mjs';

export async function withSamples(env, { viewport = { width: 1440, height: 900 }, url = env.httpUrl } = {}) {
  const opened = await openPage(env.browser, `${url}?samples=1`, { viewport });
  opened.page.setDefaultTimeout(15000);
  await appReady(opened.page);
  await opened.page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  return opened;
}

export const count = (page) => page.$eval('#result-count', (e) => Number.parseInt(e.textContent, 10));
export const chips = (page) => page.$$eval('#filter .chip', (cs) => cs.map((c) => c.dataset.chip));
// Waits until the result count says n passages.
export const countIs = (page, n) =>
  page.waitForFunction((want) => Number.parseInt(document.getElementById('result-count').textContent, 10) === want, n);
// Waits until the results on screen are those of the typed `query` with the chips `keys` (their
// data-chip values, in order): the app marks #result-count once the latest search is drawn, so
// a count read next is not the one the previous search left.
export const drawnFor = (page, keys, query = '') =>
  page.waitForFunction(
    ([chipKeys, typed]) => {
      const d = document.getElementById('result-count').dataset;
      return d.chips === chipKeys && d.query === typed;
    },
    [keys.join(' '), query],
  );
