// Assembles the web app and the embeddable library from web/src and a wasm build:
//   DIST/index.html, app-*.js, style.css      the app, served over http
//   DIST/loupe-search.js                       classic bundle: Loupe + <loupe-search>, one script tag
//   DIST/lib/*.js                              the same client as ES modules (the package entry)
//   DIST/worker.js, worker-extract.js, pdf-bundle.js, pdf-cmaps.js, loupe-engine.{js,wasm}   the worker side
//   DIST/examples/                             the embedding example (served with a strict CSP)
//   DIST/file/index.html                       one self-contained file for file://
// DIST is $LOUPE_DIST or the first argument (default web/dist); the engine files are read from
// $LOUPE_ENGINE_DIR (default DIST, where the wasm build writes them).
// A page opened from disk cannot fetch, import modules or start a Worker from a file, so the
// file build inlines everything: CSS, the page scripts, and the worker source (single-file
// engine + pdf.js + worker scripts) in a <script type="text/plain"> turned into a Blob.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const src = join(web, 'src');
const dist = resolve(process.env.LOUPE_DIST || process.argv[2] || join(web, 'dist'));
const engineDir = resolve(process.env.LOUPE_ENGINE_DIR || dist);
const pdfjs = join(web, '..', 'node_modules', 'pdfjs-dist', 'build');
const cmapDir = join(pdfjs, '..', 'cmaps');
const read = (p) => readFileSync(p, 'utf8');
const put = (name, text) => { mkdirSync(dirname(join(dist, name)), { recursive: true }); writeFileSync(join(dist, name), text); };

for (const f of ['loupe-engine.js', 'loupe-engine.wasm', 'loupe-engine.single.js']) {
  if (!existsSync(join(engineDir, f))) throw new Error(`${join(engineDir, f)} is missing: build the wasm engine first`);
  if (engineDir !== dist) copyFileSync(join(engineDir, f), join(dist, f));
}

// The client is authored as ES modules; the classic bundle strips their import/export lines
// and wraps them in one function scope. Only the forms used in src/lib are accepted.
function classic(files) {
  const body = files.map((f) => read(join(src, 'lib', f)).split('\n').filter((line) => !/^import .* from '.*';$/.test(line))
    .filter((line) => !/^export \{.*\} from '.*';$/.test(line))
    .map((line) => line.replace(/^export (class|function|const|let|async function) /, '$1 ')).join('\n')).join('\n');
  if (/^\s*(import|export)\b|import\.meta/m.test(body)) throw new Error('classic bundle: unsupported import/export form');
  return body;
}
const appScripts = ['app-i18n.js', 'app-store.js', 'app-views.js', 'app-network.js', 'app.js'];
const workerScripts = ['worker-extract.js', 'worker.js'];
for (const f of ['style.css', ...appScripts, ...workerScripts]) copyFileSync(join(src, f), join(dist, f));
for (const f of readdirSync(join(src, 'lib'))) put(`lib/${f}`, read(join(src, 'lib', f)));
put('loupe-search.js', `// Loupe ${JSON.parse(read(join(web, 'package.json'))).version}: classic-script build of web/src/lib (see web/build.mjs).\n` +
  `(function () {\n'use strict';\n${classic(['errors.js', 'locate.classic.js', 'client.js', 'element.js'])}\n` +
  `globalThis.Loupe = Loupe;\ndefineLoupeSearch();\n})();\n`);

// pdf.js for the worker: its display layer, then its worker code with `window` shadowed so
// that pdf.worker does not take over our worker's message port (it would if window is undefined).
const hasPdf = existsSync(join(pdfjs, 'pdf.min.js'));
if (hasPdf) {
  put('pdf-bundle.js', `${read(join(pdfjs, 'pdf.min.js'))}\n;(function (window) {\n${read(join(pdfjs, 'pdf.worker.min.js'))}\n}).call(globalThis, {});\n`);
  put('pdf-cmaps.js', cmapScript(/^(Adobe-Korea1-|KSC|UniKS-)/));
} else {
  console.warn('web: node_modules/pdfjs-dist is missing (run npm ci): PDF files will be refused');
}

// Adobe's predefined CMaps for Korean (KSCms-UHC-H, UniKS-UCS2-H, ..., and Adobe-Korea1-UCS2,
// which turns their CIDs into text): a PDF whose font is not embedded names one, and pdf.js
// cannot read its text without it. Nothing may be fetched (file://, zero network), so they ship
// as data: the .bcmap files concatenated and gzipped, in base64 (77 KiB gzip; base64 of the raw
// files would be 133 KiB). All CJK CMaps would add 856 KiB gzip, so only Korean ones ship.
function cmapScript(pattern) {
  const names = readdirSync(cmapDir).filter((f) => f.endsWith('.bcmap') && pattern.test(f)).sort();
  const files = names.map((f) => readFileSync(join(cmapDir, f)));
  const licence = read(join(cmapDir, 'LICENSE')).trim().split('\n').map((l) => `// ${l}`).join('\n');
  const data = { names: names.map((f) => f.slice(0, -'.bcmap'.length)), sizes: files.map((b) => b.length),
    gzip: gzipSync(Buffer.concat(files), { level: 9 }).toString('base64') };
  return `// pdfjs-dist/cmaps (bcmap) for Korean, read by web/src/worker-extract.js; built by web/build.mjs.\n${licence}\n` +
    `var LoupeCMaps = ${JSON.stringify(data)};\n`;
}

// Samples: inlined as a JSON data block (not executed, so CSP allows it; works from file://).
const sampleFiles = readdirSync(join(web, 'samples')).filter((f) => /^[a-z]{2}-harbor\.txt$/.test(f)).sort();
mkdirSync(join(dist, 'samples'), { recursive: true });
for (const f of readdirSync(join(web, 'samples'))) copyFileSync(join(web, 'samples', f), join(dist, 'samples', f));
const samples = sampleFiles.map((f) => ({ id: `sample:${f}`, name: f, text: read(join(web, 'samples', f)) }));
const samplesJson = JSON.stringify(samples).replace(/</g, '\\u003c');
const page = read(join(src, 'index.html')).replace('<!-- samples -->',
  () => `<script type="application/json" id="loupe-samples">${samplesJson}</script>`);
put('index.html', page);

// Examples: copied as they are; they load ../loupe-search.js and ../lib/loupe.js.
mkdirSync(join(dist, 'examples'), { recursive: true });
for (const f of readdirSync(join(web, 'examples'))) copyFileSync(join(web, 'examples', f), join(dist, 'examples', f));

// The file:// page. Inline text must not close its own <script>/<style> element early.
function inlinable(text, what) {
  if (/<\/(script|style)/i.test(text)) throw new Error(`${what} contains a closing tag; cannot inline it`);
  return text;
}
const pdfFiles = hasPdf ? ['pdf-bundle.js', 'pdf-cmaps.js'] : [];
const workerSource = [join(engineDir, 'loupe-engine.single.js'), ...pdfFiles.map((f) => join(dist, f)),
  ...workerScripts.map((f) => join(src, f))].map((p) => inlinable(read(p), p)).join('\n;\n');
let single = page.replace('<link rel="stylesheet" href="style.css">',
  () => `<style>\n${inlinable(read(join(src, 'style.css')), 'style.css')}</style>`);
single = single.replace('<script src="loupe-search.js"></script>',
  () => `<script type="text/plain" id="loupe-worker-source">${workerSource}</script>\n` +
        `<script>\n${inlinable(read(join(dist, 'loupe-search.js')), 'loupe-search.js')}</script>`);
for (const f of appScripts) {
  single = single.replace(`<script src="${f}"></script>`, () => `<script>\n${inlinable(read(join(src, f)), f)}</script>`);
}
if (/<script src=/.test(single)) throw new Error('file build: a <script src> was left un-inlined');
put('file/index.html', single);

// Size report: what a visitor downloads.
function size(files) {
  const bufs = files.map((f) => readFileSync(join(dist, f)));
  const raw = bufs.reduce((n, b) => n + b.length, 0);
  const gz = bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return `${(raw / 1024).toFixed(0).padStart(5)} KiB raw, ${(gz / 1024).toFixed(0).padStart(4)} KiB gzip`;
}
const engine = ['loupe-engine.js', 'loupe-engine.wasm'];
console.log(`web: library   (loupe-search.js + worker + js + wasm): ${size(['loupe-search.js', ...workerScripts, ...engine])}`);
if (hasPdf) {
  console.log(`web: + pdf.js  (optional: fetched on the first PDF; the app preloads it): ${size(pdfFiles)}`);
  console.log(`web:   of which the Korean CMaps (pdf-cmaps.js):               ${size(['pdf-cmaps.js'])}`);
}
console.log(`web: app, http (page + scripts + library + engine + pdf.js): ${size(['index.html', 'style.css', ...appScripts, 'loupe-search.js', ...workerScripts, ...engine, ...pdfFiles])}`);
console.log(`web: app, file:// (one HTML file, pdf.js included):     ${size(['file/index.html'])}`);
console.log(`web: ${join(dist, 'file', 'index.html')} opens from disk`);
