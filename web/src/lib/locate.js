// ES-module default: the worker script sits one folder up, beside loupe-engine.js.
export function defaultWorker() {
  return new Worker(new URL('../worker.js', import.meta.url));
}
