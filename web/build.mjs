// Assembles the web app from web/src and the wasm build in web/dist:
//   dist/index.html + app.js + worker.js + style.css   served over http (engine beside them)
//   dist/file/index.html                               one self-contained file for file://
// A page opened from disk cannot fetch, import modules or start a Worker from a file, so the
// file build inlines everything: CSS, the page script, and the worker source (the single-file
// engine followed by worker.js) in a <script type="text/plain"> that the page turns into a Blob.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const src = join(web, 'src');
const dist = join(web, 'dist');
const read = (p) => readFileSync(p, 'utf8');

for (const f of ['index.html', 'app.js', 'worker.js', 'style.css']) copyFileSync(join(src, f), join(dist, f));
mkdirSync(join(dist, 'samples'), { recursive: true });
copyFileSync(join(web, 'samples', 'ko-ru-sample.txt'), join(dist, 'samples', 'ko-ru-sample.txt'));

// Inline text must not close its own <script>/<style> element early.
function inlinable(text, what) {
  if (/<\/(script|style)/i.test(text)) throw new Error(`${what} contains a closing tag; cannot inline it`);
  return text;
}

const workerSource = inlinable(read(join(dist, 'loupe-engine.single.js')) + '\n' + read(join(src, 'worker.js')), 'worker');
let page = read(join(src, 'index.html'));
page = page.replace('<link rel="stylesheet" href="style.css">',
  () => `<style>\n${inlinable(read(join(src, 'style.css')), 'style.css')}</style>`);
page = page.replace('<script src="app.js"></script>',
  () => `<script type="text/plain" id="loupe-worker-source">${workerSource}</script>\n` +
        `<script>\n${inlinable(read(join(src, 'app.js')), 'app.js')}</script>`);
mkdirSync(join(dist, 'file'), { recursive: true });
writeFileSync(join(dist, 'file', 'index.html'), page);

// Size report: what a visitor downloads.
const size = (files) => {
  const bufs = files.map((f) => readFileSync(join(dist, f)));
  const raw = bufs.reduce((n, b) => n + b.length, 0);
  const gz = bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return `${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip`;
};
console.log(`web: http build  (js + wasm): ${size(['index.html', 'app.js', 'worker.js', 'style.css', 'loupe-engine.js', 'loupe-engine.wasm'])}`);
console.log(`web: file build  (one file):  ${size(['file/index.html'])}`);
console.log(`web: ${join(dist, 'file', 'index.html')} (${statSync(join(dist, 'file', 'index.html')).size} bytes) opens from disk`);
