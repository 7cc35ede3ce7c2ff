// The worker behind LoupeSite (loupe-site-client.js): one search-only engine (loupe-site.js,
// bindings/site_exports.cc) over one chunked index. The engine never waits for the network: a
// call answers {"need":[files]} and this worker fetches them all in parallel, hands them over
// and calls again (engine/site/site_session.h). Classic script: loaded with new Worker(url);
// web/build-site.mjs puts the engine's glue (createLoupeSiteModule) in front of it, so the
// worker starts without fetching a script of its own.
// Messages in:  {id, op:'open', indexUrl, wasmUrl, engineUrl?} | {id, op:'search', query, limit,
//   perDoc, facets?: ['entity'|'year'|'month'], facetLimit}  (engineUrl: another glue to load first; wasmUrl: the engine's wasm file), and
//   {op:'handed', name:'engine'|'manifest.bin', bytes | error:{code, message} | unreachable:true}:
//   the page fetches the wasm file and the manifest while this worker starts and posts each
//   (open waits for them); unreachable (no response, e.g. under the page's own CSP): fetched here.
// Messages out: {id, ok:true, reply, network} | {id, ok:false, error:{code, message}}
//   network: the files this call fetched, [{file, bytes, round}] (bytes: the file's length once
//   the browser undid any gzip; round: 1 for the files fetched first, then one more each time
//   the engine asked again).

/* global createLoupeSiteModule, importScripts */
let index = null; // the engine's SiteIndex
let base = ''; // the index folder's URL, ending in '/'

let early = new Map(); // file -> Promise of its bytes, fetched before the engine asked
const handed = new Map(); // name -> {promise, resolve} of the page's {op:'handed'} message

function handedOver(name) {
  if (!handed.has(name)) {
    let resolve;
    const promise = new Promise((done) => (resolve = done));
    handed.set(name, { promise, resolve });
  }
  return handed.get(name);
}

// The bytes the page handed over as `name`; null if the page got no response (fetch it here).
async function takeOver(name) {
  const message = await handedOver(name).promise;
  if (message.error) throw Object.assign(new Error(message.error.message), { code: message.error.code });
  return message.bytes ? new Uint8Array(message.bytes) : null;
}

function fetchBytes(file) {
  // The manifest names only plain file names (the reader refuses paths): relative to base.
  return fetch(new URL(file, base)).then(async (response) => {
    if (!response.ok) throw Object.assign(new Error(`${file}: HTTP ${response.status}`), { code: 'fetch' });
    return new Uint8Array(await response.arrayBuffer());
  });
}

async function fetchAll(names, network, round) {
  await Promise.all(
    names.map(async (file) => {
      const pending = early.get(file);
      early.delete(file);
      const bytes = await (pending || fetchBytes(file));
      network.push({ file, bytes: bytes.length, round });
      index.provide(file, bytes);
    }),
  );
}

// Calls each of `calls` until it needs nothing more; their envelopes, parsed. A round fetches
// what every call still running needs, at once: a search's facets ask for their annotation
// pages in the rounds of its chunks, not in rounds after them. A file two calls need is
// fetched once (the engine keeps what it read: the other call finds it loaded).
async function drive(calls, network) {
  const replies = new Array(calls.length);
  for (let round = 1; ; round++) {
    const need = new Set();
    for (const [i, call] of calls.entries()) {
      if (replies[i]) continue;
      const reply = JSON.parse(call());
      if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
      if (reply.need) reply.need.forEach((file) => need.add(file));
      else replies[i] = reply;
    }
    if (!need.size) return replies;
    await fetchAll([...need], network, round);
  }
}

// The engine's wasm file, compiled as it downloads when the host sends it as application/wasm
// (else from its bytes).
async function compileEngine(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw Object.assign(new Error(`${url}: HTTP ${response.status}`), { code: 'fetch' });
  if (response.headers.get('content-type')?.startsWith('application/wasm'))
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// The engine: its wasm file (the page's bytes, or fetched here) compiled while the glue starts
// (bundled in front of this script, or loaded from engineUrl: importScripts blocks this thread
// until it arrived), then instantiated with the glue's imports.
async function startEngine(wasmUrl, engineUrl) {
  const compiling = takeOver('engine').then((bytes) => (bytes ? WebAssembly.compile(bytes) : compileEngine(wasmUrl)));
  compiling.catch(() => {}); // awaited below, after the glue
  if (engineUrl) importScripts(engineUrl);
  const compiled = await compiling;
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled), reject);
      return {};
    };
    createLoupeSiteModule({ instantiateWasm }).then(resolve, reject);
  });
}

async function open({ indexUrl, wasmUrl, engineUrl }) {
  base = indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`;
  // manifest.bin (the one fixed name, engine/site/FORMAT.md) comes from the page, fetched while
  // the engine downloads and compiles: one round trip less before the first answer. A failed
  // fetch is reported when the engine asks for the file, as any other.
  const manifest = takeOver('manifest.bin').then((bytes) => bytes || fetchBytes('manifest.bin'));
  manifest.catch(() => {});
  early = new Map([['manifest.bin', manifest]]);
  const module = await startEngine(wasmUrl, engineUrl);
  index = new module.SiteIndex();
  const network = [];
  const [reply] = await drive([() => index.open()], network);
  return { reply, network };
}

// The hits and (if asked) the facets of every match, driven together: the facets' annotation
// pages come in the same rounds as the query's chunks and the hits' fragments.
async function search({ query, limit, perDoc, facets, facetLimit }) {
  const network = [];
  const has = (name) => facets?.includes(name);
  const calls = [() => index.search(query, limit, perDoc)];
  if (facets?.length) calls.push(() => index.facets(query, has('entity'), has('year'), has('month'), facetLimit));
  const [reply, counted] = await drive(calls, network);
  if (counted) reply.facets = counted.facets;
  return { reply, network };
}

// One call at a time, in order: a call's rounds must not interleave with another's.
let queue = Promise.resolve();
self.onmessage = (e) => {
  const msg = e.data;
  if (msg.op === 'handed') return handedOver(msg.name).resolve(msg); // awaited by open()
  queue = queue.then(async () => {
    try {
      if (msg.op !== 'open' && !index) throw Object.assign(new Error('open the index first'), { code: 'not_open' });
      const out = msg.op === 'open' ? await open(msg) : await search(msg);
      self.postMessage({ id: msg.id, ok: true, ...out });
    } catch (err) {
      self.postMessage({ id: msg.id, ok: false, error: { code: err.code || 'internal', message: err.message } });
    }
  });
};
