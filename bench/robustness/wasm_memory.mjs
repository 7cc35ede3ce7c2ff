// Heap of the wasm engine per input byte: for each size (MB) and each call, a fresh module is
// loaded, the prose of make_prose.py (build/robustness/prose-N.txt, written if missing) is
// handed to the call, and the module's memory size (wasm memory only grows, so this is its
// high-water mark, rounded up to Emscripten's growth steps) is read before and after.
//   node --no-experimental-fetch bench/robustness/wasm_memory.mjs [SIZES] [CALLS]
//   e.g. node ... 1,8,100 addDocument,addDocuments10,analyze,tokenize  (LOUPE_DIST_DIR: a build)
//   TEXT=path/to/file: that file's text instead of the prose (SIZES then only labels the rows)
//   BYTES=1: the file's bytes handed to addDocumentBytes / analyzeBytes (a legacy charset)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadEngine, built, dist } from '../../tests/wasm/load-engine.mjs';

const sizes = (process.argv[2] || '1,8,100').split(',');
const calls = (process.argv[3] || 'addDocument,analyze,tokenize').split(',');
if (!built) {
  console.log(`skipped: no wasm build in ${dist} (make wasm)`);
  process.exit(0);
}
const MB = 1024 * 1024;
const run = {
  // addDocument then saveIndex: what the worker does with a dropped file.
  addDocument: (e, text) => [
    typeof text === 'string' ? e.addDocument('d', 'd.txt', text) : e.addDocumentBytes('d', 'd.txt', text),
    e.saveIndex(),
  ],
  // The same text as ten documents (cut at line feeds), then saveIndex: one 100 MB document is
  // refused before anything is allocated (Engine::kAddBytesPerInputByte of the 2 GB heap).
  addDocuments10: (e, text) => {
    const replies = [];
    for (let i = 0, at = 0; i < 10; ++i) {
      const end = i === 9 ? text.length : text.indexOf('\n', Math.ceil((text.length * (i + 1)) / 10)) + 1;
      replies.push(e.addDocument(`d${i}`, `d${i}.txt`, text.slice(at, end || text.length)));
      at = end;
    }
    return [replies.find((r) => JSON.parse(r).ok === false) || replies[0], e.saveIndex()];
  },
  analyze: (e, text) => [typeof text === 'string' ? e.analyze(text) : e.analyzeBytes(text)],
  tokenize: (e, text) => [e.tokenize(text)],
};
console.log('call         MB  input_bytes  heap_before_MB  heap_after_MB  per_byte  ok');
for (const mb of sizes) {
  const file = process.env.TEXT || `build/robustness/prose-${mb}.txt`;
  if (!existsSync(file)) execFileSync('python3', ['bench/robustness/make_prose.py', mb, file]);
  const text = process.env.BYTES ? new Uint8Array(readFileSync(file)) : readFileSync(file, 'utf8');
  const bytes = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
  for (const call of calls) {
    const module = await loadEngine('single', { models: false });
    const engine = new module.Engine();
    const before = module.HEAPU8.buffer.byteLength;
    let ok = 'yes';
    try {
      const [reply] = run[call](engine, text);
      // A refusal is a short envelope; a result (analyze, tokenize) may be too long to parse.
      if (typeof reply === 'string' && reply.length < 100000 && JSON.parse(reply).ok === false) {
        ok = `refused: ${JSON.parse(reply).error.code}`;
      }
    } catch (err) {
      ok = String(err).slice(0, 80);
    }
    const after = module.HEAPU8.buffer.byteLength;
    const row = [
      call.padEnd(11),
      String(mb).padStart(4),
      String(bytes).padStart(12),
      (before / MB).toFixed(1).padStart(15),
      (after / MB).toFixed(1).padStart(14),
      ((after - before) / bytes).toFixed(1).padStart(9),
      ` ${ok}`,
    ];
    console.log(row.join(' '));
  }
}
