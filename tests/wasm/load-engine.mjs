// Loads a built wasm flavour for Node tests. The single-file build needs no fetch; the normal
// build gets its .wasm bytes handed in (Emscripten 3.1.6's loader would try fetch() on a path).
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
// LOUPE_DIST_DIR points the tests at another build (e.g. a helper's own build/<name>-dist/).
export const dist = process.env.LOUPE_DIST_DIR
  ? `${process.env.LOUPE_DIST_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../web/dist/', import.meta.url));

// The engine scripts are classic CommonJS-style scripts, but they sit in web/, whose
// package.json says "type": "module"; so evaluate them as CommonJS ourselves, as require would.
function requireClassic(path) {
  const module = { exports: {} };
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`;
  vm.runInThisContext(wrapped, { filename: path })(module.exports, require, module, path, dirname(path));
  return module.exports;
}

export async function loadEngine(flavour = 'single') {
  if (flavour === 'single') return requireClassic(`${dist}loupe-engine.single.js`)();
  const wasmBinary = readFileSync(`${dist}loupe-engine.wasm`);
  return requireClassic(`${dist}loupe-engine.js`)({ wasmBinary });
}

export const built = existsSync(`${dist}loupe-engine.single.js`);
