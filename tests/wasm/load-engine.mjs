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

// The wasm build holds no entity model (the web worker fetches them per language): a module
// loaded here gets all five from DIST/models (web/build.mjs copies them there), as the worker
// would give them, unless { models: false }.
export async function loadEngine(flavour = 'single', { models = true } = {}) {
  let module;
  if (flavour === 'single') {
    module = await requireClassic(`${dist}loupe-engine.single.js`)();
  } else {
    const wasmBinary = readFileSync(`${dist}loupe-engine.wasm`);
    module = await requireClassic(`${dist}loupe-engine.js`)({ wasmBinary });
  }
  if (models) loadModels(module);
  return module;
}

export const modelLanguages = ['ko', 'en', 'es', 'ru', 'uk'];
export const modelPath = (lang, from = dist) => `${from.replace(/\/?$/, '/')}models/ner-${lang}.bin`;

// Gives `module` the models of `langs` (they are kept per module instance, for all its engines).
export function loadModels(module, langs = modelLanguages, from = dist) {
  const engine = new module.Engine();
  for (const lang of langs) {
    const reply = JSON.parse(engine.loadEntityModel(lang, readFileSync(modelPath(lang, from))));
    if (!reply.ok) throw new Error(`${lang}: ${reply.error.message}`);
  }
  engine.delete();
  return module;
}

export const built = existsSync(`${dist}loupe-engine.single.js`);
