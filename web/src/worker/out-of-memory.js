// When the wasm engine runs out of memory past its own estimate (Engine::add_document refuses
// what would not fit with an out_of_memory envelope; an allocation can still fail after it),
// Emscripten calls abort(): the call throws "RuntimeError: Aborted(...)", or memory growth a
// RangeError, and that module must not be used again. The worker reports it as out of memory
// (not as a bad file) and starts a new engine from its own copies of the documents.

// Whether `err`, thrown by an engine call, means the module aborted or could not grow.
// An error the worker made itself (a refused envelope, out_of_memory included: the engine
// stays usable then) has a code and is not one.
export function isEngineAbort(err) {
  if (typeof err?.code === 'string') return false;
  if (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) return true;
  const text = `${err?.name || ''} ${err?.message || err || ''}`;
  return /\bAborted\(|\bout of memory\b|Cannot enlarge memory|Array buffer allocation failed|WebAssembly\.Memory/i.test(
    text,
  );
}

export const outOfMemoryMessage =
  'Out of memory: the search engine could not finish this. It was restarted with the documents already indexed; ' +
  'try a smaller file, or remove some documents.';
