// The entity tagger's models (models/ner-<lang>.bin, 200-400 KB gzip each): the engine holds
// none until the worker gives it one. Before any call that needs entities, the worker asks the
// engine which languages its documents need (entityModelsNeeded), fetches those files from
// beside the library (init's modelsUrl) and passes the bytes in (loadEntityModel): a page that
// never sees Ukrainian never downloads its model. The file:// page cannot fetch: there the
// models travel inside the page as gzipped base64 (LoupeModels, written by web/build.mjs) and
// are decoded only when first needed. A model that cannot be loaded is reported for its
// language; the other languages' entities keep working, and the engine reads that language's
// text with its hand-written rules. A failed language is tried again once the documents change.
/* global LoupeModels */
const names = { ko: 'Korean', en: 'English', es: 'Spanish', ru: 'Russian', uk: 'Ukrainian' };

let base = null; // URL of the models folder
const fetched = new Map(); // lang -> Promise of the bytes, fetched ahead by preloadModels
const loading = new WeakMap(); // engine -> Map lang -> Promise resolved once it has the model
const failed = new Map(); // lang -> { version, error: { code, lang, message } }

export function setModelsUrl(url) {
  base = url || null;
}

async function inlined(lang) {
  const packed = Uint8Array.from(atob(LoupeModels[lang]), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Fetches every model's bytes now (the app, which makes no request after it has loaded); each
// is still given to the engine only when first needed. Resolves when all have arrived or failed.
export const modelLanguages = Object.keys(names);
export function preloadModels() {
  for (const lang of modelLanguages) {
    const bytes = download(lang);
    bytes.catch(() => fetched.delete(lang)); // fetched again when needed, and reported then
    fetched.set(lang, bytes);
  }
  return Promise.allSettled(fetched.values());
}

async function download(lang) {
  if (fetched.has(lang)) return fetched.get(lang);
  if (typeof LoupeModels !== 'undefined' && LoupeModels[lang]) return inlined(lang);
  const url = new URL(`ner-${lang}.bin`, base || new URL('models/', self.location.href));
  let response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`${url}: ${err.message || err}`, { cause: err });
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function load(engine, lang, check) {
  if (!loading.has(engine)) loading.set(engine, new Map());
  const mine = loading.get(engine);
  let promise = mine.get(lang);
  if (!promise) {
    promise = download(lang).then((bytes) => check(engine.loadEntityModel(lang, bytes)));
    mine.set(lang, promise);
    promise.catch(() => mine.delete(lang)); // tried again on the next change of documents
  }
  return promise;
}

function fail(lang, err, version) {
  const name = names[lang] || lang;
  failed.set(lang, {
    version,
    error: {
      code: 'model_unavailable',
      lang,
      message: `The ${name} entity model could not be loaded (${err.message}). ${name} text is read by the hand-written rules instead; other languages are not affected.`,
    },
  });
}

// Loads every model the engine's documents need; resolves to the errors of the languages whose
// model could not be loaded ([] when all are there). `version` counts changes of the documents;
// `check` turns an engine envelope into its reply or throws its error.
export async function ensureModels(engine, version, check) {
  const tried = new Set(); // a language still needed after its load is a failure, not a loop
  for (;;) {
    const errors = [];
    const wanted = [];
    for (const lang of check(engine.entityModelsNeeded()).languages) {
      if (tried.has(lang) && failed.get(lang)?.version !== version())
        fail(lang, new Error('the engine did not keep it'), version());
      const known = failed.get(lang);
      if (known && known.version === version()) errors.push(known.error);
      else wanted.push(lang);
    }
    // Nothing to wait for: the caller computes right away, with no await in between, so a
    // document added meanwhile cannot slip in without its model.
    if (wanted.length === 0) return errors;
    for (const lang of wanted) tried.add(lang);
    await Promise.all(wanted.map((lang) => load(engine, lang, check).catch((err) => fail(lang, err, version()))));
  }
}
