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

async function fetchAll(names, network) {
  await Promise.all(
    names.map(async (file) => {
      // The manifest names only plain file names (the reader refuses paths): relative to base.
      const response = await fetch(new URL(file, base));
      if (!response.ok) throw Object.assign(new Error(`${file}: HTTP ${response.status}`), { code: 'fetch' });
      const bytes = new Uint8Array(await response.arrayBuffer());
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
  importScripts(engineUrl);
  const module = await createLoupeSiteModule({ locateFile: (path) => new URL(path, engineUrl).href });
  index = new module.SiteIndex();
  base = indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`;
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
