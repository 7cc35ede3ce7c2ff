// Classic-script default (see web/build.mjs): a page opened from file:// carries the worker's
// source inline (<script type="text/plain" id="loupe-worker-source">) and starts it from a
// Blob URL; a served page loads worker.js from the folder this script came from.
const scriptBase =
  typeof document !== 'undefined' && document.currentScript
    ? document.currentScript.src
    : typeof location !== 'undefined'
      ? location.href
      : '';

export function defaultWorker() {
  const inlined = typeof document !== 'undefined' && document.getElementById('loupe-worker-source');
  if (inlined) {
    const url = URL.createObjectURL(new Blob([inlined.textContent], { type: 'text/javascript' }));
    return new Worker(url); // the URL stays valid: revoking it early races the worker's load
  }
  return new Worker(new URL('worker.js', scriptBase));
}

// The entity models (models/ner-<lang>.bin) beside this script; none for the file:// page,
// whose worker carries them inline.
export function defaultModelsUrl() {
  try {
    return new URL('models/', scriptBase).href;
  } catch {
    return null;
  }
}
