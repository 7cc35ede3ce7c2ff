// The worker behind LoupeSite (loupe-site-client.js): one search-only engine (loupe-site.js,
// bindings/site_exports.cc) over one chunked index. The engine never waits for the network: a
// call answers {"need":[files]} and this worker fetches them all in parallel, hands them over
// and calls again (engine/site/site_session.h). Classic script: loaded with new Worker(url).
// Messages in:  {id, op:'open', indexUrl, engineUrl} | {id, op:'search', query, limit, perDoc}
// Messages out: {id, ok:true, reply, network} | {id, ok:false, error:{code, message}}
//   network: the files this call fetched, [{file, bytes}] (bytes: the file's length once the
//   browser undid any gzip).

/* global createLoupeSiteModule, importScripts */
let index = null; // the engine's SiteIndex
let base = ''; // the index folder's URL, ending in '/'

let early = new Map(); // file -> Promise of its bytes, fetched before the engine asked

function fetchBytes(file) {
  // The manifest names only plain file names (the reader refuses paths): relative to base.
  return fetch(new URL(file, base)).then(async (response) => {
    if (!response.ok) throw Object.assign(new Error(`${file}: HTTP ${response.status}`), { code: 'fetch' });
    return new Uint8Array(await response.arrayBuffer());
  });
}

async function fetchAll(names, network) {
  await Promise.all(
    names.map(async (file) => {
      const pending = early.get(file);
      early.delete(file);
      const bytes = await (pending || fetchBytes(file));
      network.push({ file, bytes: bytes.length });
      index.provide(file, bytes);
    }),
  );
}

// Calls the engine until it needs nothing more; its envelope, parsed.
async function drive(call, network) {
  for (;;) {
    const reply = JSON.parse(call());
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
    if (!reply.need) return reply;
    await fetchAll(reply.need, network);
  }
}

async function open({ indexUrl, engineUrl }) {
  base = indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`;
  // manifest.bin (the one fixed name, engine/site/FORMAT.md) is fetched while the engine
  // downloads and compiles: one round trip less before the first answer. A failed fetch is
  // reported when the engine asks for the file, as any other.
  const manifest = fetchBytes('manifest.bin');
  manifest.catch(() => {});
  early = new Map([['manifest.bin', manifest]]);
  importScripts(engineUrl);
  const module = await createLoupeSiteModule({ locateFile: (path) => new URL(path, engineUrl).href });
  index = new module.SiteIndex();
  const network = [];
  return { reply: await drive(() => index.open(), network), network };
}

async function search({ query, limit, perDoc }) {
  const network = [];
  return { reply: await drive(() => index.search(query, limit, perDoc), network), network };
}

// One call at a time, in order: a call's rounds must not interleave with another's.
let queue = Promise.resolve();
self.onmessage = (e) => {
  const msg = e.data;
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
