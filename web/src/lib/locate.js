// ES-module default: the worker is bundled beside this module (dist/worker.js, dist/loupe.js).
export function defaultWorker() {
  return new Worker(new URL('worker.js', import.meta.url));
}
