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
// from the page's asking (up to the first query's answer); and the time inside the engine's
// open and search calls.
export function traceLine({ start, imported, opened, traces }) {
  const steps = traces.flatMap((t) => [...t.marks, ...t.resources]).sort((a, b) => a[1] - b[1]);
  const ms = (t) => Math.round(t - start);
  const firstAnswer = steps.find(([what]) => what === 'reply 2');
  const shown = steps.filter(([, a]) => !firstAnswer || a <= firstAnswer[1]);
  const worker = shown.map(([what, a, b]) => (ms(a) === ms(b) ? `${what} ${ms(a)}` : `${what} ${ms(a)}-${ms(b)}`));
  const inside = (name) => shown.filter(([what]) => what === name).reduce((n, [, a, b]) => n + b - a, 0);
  return {
    line: `element module ${Math.round(imported)}, open ${Math.round(opened)}; worker: ${worker.join('; ')}`,
    calls: { open: inside('open'), search: inside('search') },
  };
}

// Chromium's tracing (visit.mjs CPU=1): the categories, and each thread's CPU time from them.
export const cpuCategories = ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'];

// The renderer's threads' CPU in ms: its main thread, the dedicated workers, its thread pool
// (the sum of each thread's top-level tasks' thread time, tdur).
export function threadCpu(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents;
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const renderers = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => e.pid),
  );
  const out = { main: 0, worker: 0, pool: 0 };
  const ends = new Map(); // thread -> end of the last counted task (nested tasks count once)
  const top = new Set(['RunTask', 'ThreadPool_RunTask']);
  const tasks = events.filter((e) => e.ph === 'X' && top.has(e.name) && renderers.has(e.pid));
  for (const e of tasks.sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (ends.get(thread) ?? -1)) continue;
    ends.set(thread, e.ts + e.dur);
    const name = names.get(thread) || '';
    const kind =
      name === 'CrRendererMain'
        ? 'main'
        : name.startsWith('DedicatedWorker')
          ? 'worker'
          : name.startsWith('ThreadPool')
            ? 'pool'
            : null;
    if (kind) out[kind] += (e.tdur || 0) / 1000;
  }
  return out;
}
