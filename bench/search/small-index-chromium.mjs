// small-index-bench.mjs in Chromium: a fresh headless browser per run (so no compiled wasm is
// reused), a blank page that runs the single-file engine script, then times new Engine() and
// the 392 addDocument calls of the seed corpus's paragraphs, in the page's main thread.
//   node bench/search/small-index-chromium.mjs [RUNS]
// LOUPE_DIST_DIRS=a,b,... compares builds (one browser of each in turn per run; default
// web/dist); CHROMIUM picks the browser binary (default /usr/bin/chromium).
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/browser.mjs';

const corpus = process.env.LOUPE_CORPUS_DIR ?? fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const units = [];
for (const f of readdirSync(corpus)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  readFileSync(join(corpus, f), 'utf8')
    .split(/\n\s*\n/)
    .forEach((p, i) => {
      if (p.trim()) units.push({ id: `${f}#${i}`, text: p.trim() });
    });
}
const runs = Number(process.argv[2] ?? 9);
const dirs = (process.env.LOUPE_DIST_DIRS ?? fileURLToPath(new URL('../../web/dist/', import.meta.url))).split(',');
const rows = new Map(dirs.map((d) => [d, []]));
const load = loadavg()[0];
for (let r = 0; r < runs; r++) {
  for (const d of dirs) {
    const script = readFileSync(join(d, 'loupe-engine.single.js'), 'utf8');
    const browser = await launch();
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    rows.get(d).push(
      await page.evaluate(async (list) => {
        let t = performance.now();
        const module = await createLoupeModule(); // eslint-disable-line no-undef
        const out = { load: performance.now() - t };
        t = performance.now();
        const engine = new module.Engine();
        out.construct = performance.now() - t;
        t = performance.now();
        for (const u of list) {
          if (!engine.addDocument(u.id, u.id, u.text).includes('"ok":true')) throw new Error(u.id);
        }
        out.index = performance.now() - t;
        return out;
      }, units),
    );
    await browser.close();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [d, rs] of rows) {
  const cells = Object.keys(rs[0]).map((k) => {
    const xs = rs.map((x) => x[k]);
    return `${k} ${median(xs).toFixed(1)} [${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}]`;
  });
  console.log(`${d}: ${runs} runs, ms: ${cells.join(', ')}`);
}
console.log(`load average ${load.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`);
