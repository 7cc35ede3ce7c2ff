// Documents in and out: ingest with progress and Cancel (one bad file never stops the others),
// each document kept in IndexedDB (a full quota refuses that document alone), the engine's index
// kept beside them, removal with undo, and Forget everything.
// app: the shared state main.js makes ({ loupe, store, docs, caps, say, refresh, ... }).
import { t } from './i18n.js';
import { isQuota } from './store.js';
import { views, fileRow } from './views.js';
import { setView } from './tabs.js';

const $ = (id) => document.getElementById(id);
const UNDO_MS = 10000; // a removal can be undone this long
let running = null; // the AbortController of the ingest in progress
let nextId = Date.now();
let indexTimer = null;
let undoTimer = 0;

// Persist one document; a full quota refuses it alone (the engine forgets it too).
export async function keep(app, summary) {
  if (!app.store) return true;
  const full = await app.loupe.get(summary.id);
  try {
    const { id, name, type, text, title } = full;
    await app.store.put({ id, name, type, text, title, added: Date.now() });
    return true;
  } catch (err) {
    await app.loupe.remove(summary.id);
    if (isQuota(err)) throw Object.assign(new Error(t('quota', { name: summary.name })), { quota: true });
    throw err;
  }
}

// The engine's index, kept beside the documents for a fast next start; written once things
// settle (after a batch, a removal). A failed write (full quota) drops the old record, so a
// start never wastes time on an index that cannot match.
export function keepIndex(app) {
  if (!app.store || !app.caps.save) return;
  clearTimeout(indexTimer);
  indexTimer = setTimeout(async () => {
    try {
      await app.store.putIndex(await app.loupe.saveIndex());
    } catch {
      await app.store.dropIndex().catch(() => {});
    }
    document.body.dataset.indexKept = String(app.docs.length);
  }, 300);
}

// Ingest a list of { name, size, read(): Promise<{text}|{bytes,type}> } one after another,
// with progress by files and bytes and a cancel button.
export async function ingest(app, items) {
  setView('library');
  if (running) running.abort();
  const controller = (running = new AbortController());
  const total = items.length;
  const totalBytes = items.reduce((n, it) => n + it.size, 0);
  let files = 0,
    bytes = 0;
  let quota = null; // the storage-full message, shown again after the refresh below
  const pause = () => new Promise((r) => setTimeout(r, 0));
  const rows = [];
  for (const it of items) {
    rows.push(fileRow(it.name));
    if (rows.length % 250 === 0) await pause(); // thousands of rows: not all in one task
  }
  $('cancel').hidden = false;
  views.progress({ files, total, bytes, totalBytes });
  for (let i = 0; i < items.length; i++) {
    const row = rows[i];
    if (controller.signal.aborted) {
      row('cancelled', {}, 'cancelled');
      if (i % 250 === 0) await pause();
      continue;
    }
    row('reading', {}, 'busy');
    try {
      const content = await items[i].read();
      const summary = await app.loupe.add(
        { id: `doc-${nextId++}`, name: items[i].name, ...content },
        { signal: controller.signal },
      );
      await keep(app, summary);
      app.docs.push(summary);
      row('added', { chars: summary.chars }, 'ok');
    } catch (err) {
      if (err.code === 'aborted') row('cancelled', {}, 'cancelled');
      else row('failed', { message: err.message }, 'error');
      if (err.quota) {
        quota = err.message;
        app.say(quota, true);
      }
    }
    files += 1;
    bytes += items[i].size;
    views.progress({ files, total, bytes, totalBytes });
    await pause(); // let the page paint between files
  }
  if (running === controller) running = null;
  // Hiding the focused Cancel button would drop the focus to <body>: keep it in the panel.
  if (document.activeElement === $('cancel')) $('files').focus();
  $('cancel').hidden = true;
  views.progressDone();
  keepIndex(app);
  const refreshed = app.refresh(); // says "Ready" at once: the quota message goes after it
  if (quota) app.say(quota, true);
  await refreshed;
}

export const fromText = (name, text) => ({
  name,
  size: new TextEncoder().encode(text).length,
  read: async () => ({ text }),
});
const fromFiles = (list) =>
  [...list].map((file) => ({
    name: file.name,
    size: file.size,
    read: async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), type: file.type }),
  }));

// Removal is undone for UNDO_MS by the button beside the status line: the document comes
// back with the same id, name, type and text, and keeps its place in the list.
export async function remove(app, id) {
  const at = app.docs.findIndex((d) => d.id === id);
  const full = await app.loupe.get(id);
  await app.loupe.remove(id);
  if (app.store) await app.store.remove(id);
  app.docs = app.docs.filter((d) => d.id !== id);
  app.forgetDocument(id);
  keepIndex(app);
  await app.refresh();
  app.runSearch();
  offerUndo(t('removed', { name: full.name }), async () => {
    const summary = await app.loupe.add({ id: full.id, name: full.name, type: full.type, text: full.text });
    await keep(app, summary);
    app.docs.splice(Math.min(at, app.docs.length), 0, summary);
    keepIndex(app);
    await app.refresh();
    app.runSearch();
  });
}
function offerUndo(message, undo) {
  clearTimeout(undoTimer);
  $('undo-text').textContent = message;
  $('undo-bar').hidden = false;
  $('undo').onclick = async () => {
    $('undo-bar').hidden = true;
    clearTimeout(undoTimer);
    await undo();
  };
  undoTimer = setTimeout(() => ($('undo-bar').hidden = true), UNDO_MS);
}

export async function forgetAll(app) {
  running?.abort();
  for (const d of await app.loupe.list()) await app.loupe.remove(d.id);
  if (app.store) await app.store.clear();
  app.docs = [];
  $('undo-bar').hidden = true;
}

export function wireIngest(app, samples) {
  $('files').addEventListener('change', (e) => {
    ingest(app, fromFiles(e.target.files));
    e.target.value = '';
  });
  const drop = $('drop');
  for (const target of [drop, document.body]) {
    target.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('dragging');
    });
    target.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    target.addEventListener('drop', (e) => {
      e.preventDefault();
      e.stopPropagation();
      drop.classList.remove('dragging');
      if (e.dataTransfer.files.length) ingest(app, fromFiles(e.dataTransfer.files));
    });
  }
  $('add-paste').addEventListener('click', () => {
    const text = $('paste').value;
    if (!text.trim()) return;
    ingest(app, [fromText($('paste-name').value.trim() || t('pasteDefault'), text)]);
  });
  $('cancel').addEventListener('click', () => running?.abort());
  $('samples').addEventListener('click', () => {
    app.remember('loupe-forgotten', '0');
    ingest(
      app,
      samples().map((s) => fromText(s.name, s.text)),
    );
  });
}
