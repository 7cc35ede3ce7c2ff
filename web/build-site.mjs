// Assembles the site search (engine/site/, issue 19) from web/src/lib and the search-only wasm
// build (loupe-site.{js,wasm}: bindings/site_exports.cc, target loupe_wasm_site):
//   DIST/loupe-site-element.js   ES module: registers <loupe-search index="..."> and exports
//                                LoupeSite (the client); finds the two files below beside it
//   DIST/loupe-site-worker.js    classic worker script: fetches the chunks, runs the engine
//                                (the engine's glue bundled in front)
//   DIST/loupe-site.js, .wasm    the search-only engine (the glue alone: for node)
// and prints what a visitor downloads before the index (the element, worker, engine; gzip).
// DIST and the engine's folder as in web/build.mjs ($LOUPE_DIST or argv[2]; $LOUPE_ENGINE_DIR).
import { readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const web = dirname(fileURLToPath(import.meta.url));
const lib = join(web, 'src', 'lib');
const dist = resolve(process.env.LOUPE_DIST || process.argv[2] || join(web, 'dist'));
const engineDir = resolve(process.env.LOUPE_ENGINE_DIR || dist);
const engine = ['loupe-site.js', 'loupe-site.wasm'];

for (const f of engine) {
  if (!existsSync(join(engineDir, f)))
    throw new Error(`${join(engineDir, f)} is missing: build the wasm target loupe_wasm_site first`);
  if (engineDir !== dist) copyFileSync(join(engineDir, f), join(dist, f));
}
// Every visitor of an embedding site downloads these: minified (the engine's glue is plain
// Emscripten output without eval, so renaming its locals is safe; its global name stays).
const glue = join(dist, 'loupe-site.js');
const minified = await esbuild.transform(readFileSync(glue, 'utf8'), {
  minify: true,
  target: 'es2022',
  charset: 'utf8',
  legalComments: 'none',
});
writeFileSync(glue, minified.code);
const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'silent',
};
for (const [entry, format, out] of [
  ['loupe-site-element.js', 'esm', 'loupe-site-element.js'],
  ['loupe-site-worker.js', 'iife', 'loupe-site-worker.js'],
]) {
  const result = await esbuild.build({ ...common, entryPoints: [join(lib, entry)], format, outfile: join(dist, out) });
  if (result.warnings.length)
    throw new Error((await esbuild.formatMessages(result.warnings, { kind: 'warning' })).join('\n'));
}
// The worker starts with the engine's glue in front (createLoupeSiteModule): one script, no
// blocking importScripts before the engine starts. loupe-site.js stays for other callers (node).
const workerOut = join(dist, 'loupe-site-worker.js');
writeFileSync(workerOut, `${minified.code};\n${readFileSync(workerOut, 'utf8')}`);

const files = ['loupe-site-element.js', 'loupe-site-worker.js', 'loupe-site.wasm'];
const sizes = files.map((f) => {
  const b = readFileSync(join(dist, f));
  return { f, raw: b.length, gz: gzipSync(b, { level: 9 }).length };
});
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const s of sizes)
  console.log(`web: site  ${s.f.padEnd(22)} ${kib(s.raw).padStart(10)} raw, ${kib(s.gz).padStart(9)} gzip`);
const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gz: a.gz + s.gz }), { raw: 0, gz: 0 });
console.log(`web: site search (element + worker with the glue + wasm): ${kib(total.raw)} raw, ${kib(total.gz)} gzip`);
