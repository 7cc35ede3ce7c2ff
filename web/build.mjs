// Assembles the web app and the embeddable library from web/src and a wasm build:
//   DIST/loupe-search.js            classic bundle of src/lib: Loupe + <loupe-search>, one script tag
//   DIST/loupe.js, loupe-element.js the same client as ES modules (the package entries; a shared
//                                   chunk beside them)
//   DIST/worker.js                  src/worker bundled; beside it the engine (loupe-engine.{js,wasm})
//                                   and pdf.js (pdf-bundle.js, pdf-cmaps.js), loaded with importScripts
//   DIST/index.html, app.js, style.css   the app (src/app bundled), served over http
//   DIST/examples/                  the embedding example (served with a strict CSP)
//   DIST/models/ner-<lang>.bin      the entity tagger's models (from models/), fetched by the
//                                   worker per language when first needed
//   DIST/file/index.html            one self-contained file for file:// (models inside, gzipped)
// DIST is $LOUPE_DIST or the first argument (default web/dist); the engine files are read from
// $LOUPE_ENGINE_DIR (default DIST, where the wasm build writes them).
// src/ is ES modules, bundled by esbuild. A page opened from disk cannot fetch, import modules
// or start a Worker from a file, so everything but the ES-module entries is a classic script
// (an IIFE), and the file build inlines them all: CSS, the page scripts, and the worker source
// (single-file engine + pdf.js + worker bundle) in a <script type="text/plain"> turned into a Blob.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const web = dirname(fileURLToPath(import.meta.url));
const src = join(web, 'src');
const dist = resolve(process.env.LOUPE_DIST || process.argv[2] || join(web, 'dist'));
const engineDir = resolve(process.env.LOUPE_ENGINE_DIR || dist);
const pdfjs = join(web, '..', 'node_modules', 'pdfjs-dist', 'build');
const cmapDir = join(pdfjs, '..', 'cmaps');
const read = (p) => readFileSync(p, 'utf8');
const put = (name, text) => {
  mkdirSync(dirname(join(dist, name)), { recursive: true });
  writeFileSync(join(dist, name), text);
};

for (const f of ['loupe-engine.js', 'loupe-engine.wasm', 'loupe-engine.single.js']) {
  if (!existsSync(join(engineDir, f))) throw new Error(`${join(engineDir, f)} is missing: build the wasm engine first`);
  if (engineDir !== dist) copyFileSync(join(engineDir, f), join(dist, f));
}

// A classic script has no import.meta: its bundle finds the worker through locate.classic.js.
const classicLocate = {
  name: 'classic-locate',
  setup(build) {
    build.onResolve({ filter: /^\.\/locate\.js$/ }, () => ({ path: join(src, 'lib', 'locate.classic.js') }));
  },
};
const version = JSON.parse(read(join(web, 'package.json'))).version;
const common = { bundle: true, target: 'es2022', charset: 'utf8', legalComments: 'none', logLevel: 'silent' };
async function bundle(options) {
  const result = await esbuild.build({ ...common, ...options });
  if (result.warnings.length) {
    const text = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
    throw new Error(`esbuild warnings are errors here:\n${text.join('\n')}`);
  }
}
await Promise.all([
  bundle({
    entryPoints: [join(src, 'lib', 'classic.js')],
    format: 'iife',
    outfile: join(dist, 'loupe-search.js'),
    plugins: [classicLocate],
    banner: { js: `// Loupe ${version}: classic-script build of web/src/lib (web/build.mjs).` },
  }),
  bundle({
    entryPoints: [join(src, 'lib', 'loupe.js'), join(src, 'lib', 'loupe-element.js')],
    format: 'esm',
    splitting: true,
    outdir: dist,
    chunkNames: 'loupe-shared-[hash]',
  }),
  bundle({ entryPoints: [join(src, 'worker', 'worker.js')], format: 'iife', outfile: join(dist, 'worker.js') }),
  bundle({ entryPoints: [join(src, 'app', 'main.js')], format: 'iife', outfile: join(dist, 'app.js') }),
]);
// The app's style sheet, kept in src/app/styles by concern and served as one file, in cascade order.
const styleParts = ['base', 'lists', 'views', 'workspace', 'narrow'];
writeFileSync(
  join(dist, 'style.css'),
  styleParts.map((part) => read(join(src, 'app', 'styles', `${part}.css`))).join(''),
);

// pdf.js for the worker: its display layer, then its worker code with `window` shadowed so
// that pdf.worker does not take over our worker's message port (it would if window is undefined).
const hasPdf = existsSync(join(pdfjs, 'pdf.min.js'));
if (hasPdf) {
  put(
    'pdf-bundle.js',
    `${read(join(pdfjs, 'pdf.min.js'))}\n;(function (window) {\n${read(join(pdfjs, 'pdf.worker.min.js'))}\n}).call(globalThis, {});\n`,
  );
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
  const names = readdirSync(cmapDir)
    .filter((f) => f.endsWith('.bcmap') && pattern.test(f))
    .sort();
  const files = names.map((f) => readFileSync(join(cmapDir, f)));
  const licence = read(join(cmapDir, 'LICENSE'))
    .trim()
    .split('\n')
    .map((l) => `// ${l}`)
    .join('\n');
  const data = {
    names: names.map((f) => f.slice(0, -'.bcmap'.length)),
    sizes: files.map((b) => b.length),
    gzip: gzipSync(Buffer.concat(files), { level: 9 }).toString('base64'),
  };
  return (
    `// pdfjs-dist/cmaps (bcmap) for Korean, read by web/src/worker/extract.js; built by web/build.mjs.\n${licence}\n` +
    `var LoupeCMaps = ${JSON.stringify(data)};\n`
  );
}

// The entity models: one file per language beside the library, fetched by the worker the first
// time a document of that language needs entities (src/worker/models.js). The file:// page
// cannot fetch, so its worker carries them as gzipped base64 (LoupeModels), decoded on first use.
const modelsDir = join(web, '..', 'models');
const modelFiles = readdirSync(modelsDir)
  .filter((f) => /^ner-[a-z]{2}\.bin$/.test(f))
  .sort();
mkdirSync(join(dist, 'models'), { recursive: true });
for (const f of modelFiles) copyFileSync(join(modelsDir, f), join(dist, 'models', f));
const inlineModels = Object.fromEntries(
  modelFiles.map((f) => [f.slice(4, 6), gzipSync(readFileSync(join(modelsDir, f)), { level: 9 }).toString('base64')]),
);
const modelsScript = `// Entity models for the file:// page (web/build.mjs): gzip, base64.\nvar LoupeModels = ${JSON.stringify(inlineModels)};\n`;

// Samples: inlined as a JSON data block (not executed, so CSP allows it; works from file://).
const sampleFiles = readdirSync(join(web, 'samples'))
  .filter((f) => /^[a-z]{2}-harbor\.txt$/.test(f))
  .sort();
mkdirSync(join(dist, 'samples'), { recursive: true });
for (const f of readdirSync(join(web, 'samples'))) copyFileSync(join(web, 'samples', f), join(dist, 'samples', f));
const samples = sampleFiles.map((f) => ({ id: `sample:${f}`, name: f, text: read(join(web, 'samples', f)) }));
const samplesJson = JSON.stringify(samples).replace(/</g, '\\u003c');
const page = read(join(src, 'app', 'index.html')).replace(
  '<!-- samples -->',
  () => `<script type="application/json" id="loupe-samples">${samplesJson}</script>`,
);
put('index.html', page);

// Examples: copied as they are; they load ../loupe-search.js and ../loupe.js.
mkdirSync(join(dist, 'examples'), { recursive: true });
for (const f of readdirSync(join(web, 'examples'))) copyFileSync(join(web, 'examples', f), join(dist, 'examples', f));

// The file:// page. Inline text must not close its own <script>/<style> element early.
function inlinable(text, what) {
  if (/<\/(script|style)/i.test(text)) throw new Error(`${what} contains a closing tag; cannot inline it`);
  return text;
}
const pdfFiles = hasPdf ? ['pdf-bundle.js', 'pdf-cmaps.js'] : [];
const workerSource = [
  modelsScript,
  ...[join(engineDir, 'loupe-engine.single.js'), ...[...pdfFiles, 'worker.js'].map((f) => join(dist, f))].map((p) =>
    inlinable(read(p), p),
  ),
].join('\n;\n');
const inlineScript = (f) => `<script>\n${inlinable(read(join(dist, f)), f)}</script>`;
let single = page.replace(
  '<link rel="stylesheet" href="style.css">',
  () => `<style>\n${inlinable(read(join(dist, 'style.css')), 'style.css')}</style>`,
);
single = single.replace(
  '<script src="loupe-search.js"></script>',
  () =>
    `<script type="text/plain" id="loupe-worker-source">${workerSource}</script>\n${inlineScript('loupe-search.js')}`,
);
single = single.replace('<script src="app.js"></script>', () => inlineScript('app.js'));
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
console.log(
  `web: library   (loupe-search.js + worker + js + wasm): ${size(['loupe-search.js', 'worker.js', ...engine])}`,
);
const models = modelFiles.map((f) => `models/${f}`);
console.log(`web: entity models, each fetched when a language first needs it: ${size(models)}`);
for (const f of models) console.log(`web:   ${f.padEnd(17)} ${size([f])}`);
if (hasPdf) {
  console.log(`web: + pdf.js  (optional: fetched on the first PDF; the app preloads it): ${size(pdfFiles)}`);
  console.log(`web:   of which the Korean CMaps (pdf-cmaps.js):               ${size(['pdf-cmaps.js'])}`);
}
console.log(
  `web: app, http (page + scripts + library + engine + pdf.js): ${size(['index.html', 'style.css', 'app.js', 'loupe-search.js', 'worker.js', ...engine, ...pdfFiles])}`,
);
console.log(`web: app, file:// (one HTML file, pdf.js included):     ${size(['file/index.html'])}`);
console.log(`web: ${join(dist, 'file', 'index.html')} opens from disk`);
