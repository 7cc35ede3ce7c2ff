// ES-module default: the worker is bundled beside this module (dist/worker.js, dist/loupe.js).
export function defaultWorker() {
  return new Worker(new URL('worker.js', import.meta.url));
}
// The entity models (models/ner-<lang>.bin) sit in a folder beside this module.
export function defaultModelsUrl() {
  return new URL('models/', import.meta.url).href;
}
