// Loads a built wasm flavour for Node tests. The single-file build needs no fetch; the normal
// build gets its .wasm bytes handed in (Emscripten 3.1.6's loader would try fetch() on a path).
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const dist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function loadEngine(flavour = 'single') {
  if (flavour === 'single') return (await require(`${dist}loupe-engine.single.js`)());
  const wasmBinary = readFileSync(`${dist}loupe-engine.wasm`);
  return require(`${dist}loupe-engine.js`)({ wasmBinary });
}

export const built = existsSync(`${dist}loupe-engine.single.js`);
