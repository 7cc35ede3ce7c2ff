// Where Loupe's open goes, in Chromium (visit.mjs with TRACE=1): a wrapper worker that records
// the worker's steps, then runs the real worker script in the same global. It times the engine's
// script (importScripts), the wasm compile and instantiation (WebAssembly.*), the module factory,
// each SiteIndex call (new, provide, open, search) and, from the worker's resource timing, each
// file's request; after each reply the worker posts {trace} beside it, which the client ignores
// (no call id) and visit.mjs collects. Times are absolute (timeOrigin + now), so the page and the
// worker line up.

// The wrapper worker's source; served by visit.mjs as /__trace-worker.js?worker=URL.
export const traceWorker = `
const marks = [];
const now = () => performance.timeOrigin + performance.now();
const mark = (what, t0) => marks.push([what, t0, now()]);
mark('worker starts', performance.timeOrigin);
const timeAsync = (obj, key, what) => {
  const f = obj[key];
  if (f) obj[key] = function (...a) { const t = now(); return f.apply(this, a).then((r) => (mark(what, t), r)); };
};
timeAsync(WebAssembly, 'instantiateStreaming', 'wasm instantiateStreaming');
timeAsync(WebAssembly, 'instantiate', 'wasm instantiate');
timeAsync(WebAssembly, 'compileStreaming', 'wasm compileStreaming');
timeAsync(WebAssembly, 'compile', 'wasm compile');
function timeIndex(m) {
  const C = m && m.SiteIndex;
  if (!C || C.traced) return;
  for (const k of ['open', 'search', 'provide']) {
    const f = C.prototype[k];
    C.prototype[k] = function (...a) {
      const t = now();
      const r = f.apply(this, a);
      mark(k === 'provide' ? 'provide ' + a[0] : k, t);
      return r;
    };
  }
  m.SiteIndex = class extends C { constructor() { const t = now(); super(); mark('new SiteIndex', t); } };
  m.SiteIndex.traced = true;
}
function timeFactory() {
  const f = self.createLoupeSiteModule;
  if (!f || f.traced) return;
  const g = (o) => { const t = now(); return f(o).then((m) => { mark('module factory', t); timeIndex(m); return m; }); };
  g.traced = true;
  self.createLoupeSiteModule = g;
}
const realImport = self.importScripts;
self.importScripts = (...urls) => {
  const t = now();
  realImport(...urls);
  mark('importScripts ' + urls.map((u) => new URL(u, location.href).pathname.split('/').pop()).join(' '), t);
  timeFactory();
};
self.addEventListener('message', (e) => mark('message ' + (e.data && e.data.op), now()));
const realPost = self.postMessage.bind(self);
self.postMessage = (msg, ...rest) => {
  mark('reply ' + (msg && msg.id), now());
  realPost(msg, ...rest);
  const resources = performance.getEntriesByType('resource').map((e) =>
    ['fetch ' + new URL(e.name).pathname.split('/').pop(), performance.timeOrigin + e.startTime,
     performance.timeOrigin + e.responseEnd]);
  performance.clearResourceTimings();
  realPost({ trace: { marks: marks.splice(0), resources } });
};
realImport(new URL(location.href).searchParams.get('worker'));
timeFactory();
`;

// One line per traced page: the page's steps, then the worker's, each "what start-end" in ms
// from the page's asking.
export function traceLine({ start, imported, opened, traces }) {
  const steps = traces.flatMap((t) => [...t.marks, ...t.resources]).sort((a, b) => a[1] - b[1]);
  const ms = (t) => Math.round(t - start);
  const worker = steps.map(([what, a, b]) => (ms(a) === ms(b) ? `${what} ${ms(a)}` : `${what} ${ms(a)}-${ms(b)}`));
  return `element module ${Math.round(imported)}, open ${Math.round(opened)}; worker: ${worker.join('; ')}`;
}
