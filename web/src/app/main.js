// The app: ingest, persistence, export and the views, on the same Loupe client that other sites
// embed (loupe-search.js, the global Loupe). web/build.mjs bundles src/app/ into one classic
// script, so the same file works from http:// and file://.
/* global Loupe */
import { t, apply, setLang, currentLang } from './i18n.js';
import { openStore, isQuota } from './store.js';
import { views, fileRow, el } from './views.js';
import { network } from './network.js';
import { showDocument, clearDocument, wireReader } from './reader.js';
import { setView, wireTabs, narrow } from './tabs.js';
import { showEntities, visibleEntities, wireEntityList } from './entity-list.js';
import { createSearch, narrowed, quoted } from './search.js';

(async function main() {
  const $ = (id) => document.getElementById(id);
  let docs = []; // summaries, in the order they were added
  let store = null; // IndexedDB, or null when the browser refuses it
  let running = null; // the AbortController of the ingest in progress
  let nextId = Date.now();
  let shownDoc = null;
  let shownHit = null; // the search hit it was opened from, if any
  let filter = null; // { kind: 'entity'|'date', label, docs: Set of ids, mentions } from a click
  let entityData = { entities: [], mentions: [] };
  let dateData = []; // per document: { id, name, dates }
  let timelineUnit = 'year';

  function say(message, error = false) {
    $('status').textContent = message;
    $('status').classList.toggle('error', error);
    $('status').removeAttribute('data-i18n');
  }

  apply();
  let missing = [];
  $('lang').addEventListener('click', () => {
    setLang(currentLang() === 'ko' ? 'en' : 'ko');
    views.relabel();
    $('unavailable').textContent = missing.length ? t('unavailable', { views: missing.join(', ') }) : '';
    if (!loupe) return;
    // Everything drawn with t() again: lists, results, the filter, the open document.
    refresh();
    views.filterChip(filter, () => setFilter(null));
    runSearch();
    if (shownDoc) view(shownDoc, shownHit, { focus: false });
  });

  const debug = () => document.body.classList.contains('debug');
  const remember = (key, value) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      /* storage may be off: not kept */
    }
  };
  const recall = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  wireReader();
  wireTabs((name) => name === 'timeline' && views.fitTimeline());
  wireEntityList();
  // Keyboard: / focuses the search box (from anywhere but a text field); Escape in the reading
  // pane goes back to the result it was opened from (on a phone, back to the results view).
  let openedFrom = null;
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.target.closest?.('input, textarea')) return;
    e.preventDefault();
    $('query').focus();
  });
  $('doc-panel').addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (narrow()) setView('results');
    if (openedFrom?.isConnected) openedFrom.focus();
    else $('query').focus();
  });
  $('search-form').addEventListener('submit', (e) => e.preventDefault());
  // The developer's view of the tokens, behind a switch (kept in this browser).
  document.body.classList.toggle('debug', recall('loupe-debug') === '1');
  $('debug').checked = debug();
  $('debug').addEventListener('change', () => {
    document.body.classList.toggle('debug', $('debug').checked);
    remember('loupe-debug', $('debug').checked ? '1' : '0');
  });

  let loupe;
  try {
    // The app promises no network after load: pdf.js comes with the worker.
    loupe = await Loupe.create({ worker: true, preloadPdf: true, preloadModels: true });
  } catch (err) {
    say(t('engineFailed', { message: err.message }), true);
    return;
  }
  const caps = loupe.capabilities;
  missing = ['search', 'entities', 'dates'].filter((c) => !caps[c]);
  $('unavailable').textContent = missing.length ? t('unavailable', { views: missing.join(', ') }) : '';

  try {
    store = await openStore();
  } catch {
    say(t('storageOff'), true);
  }

  // Persist one document; a full quota refuses it alone (the engine forgets it too).
  async function keep(summary) {
    if (!store) return true;
    const full = await loupe.get(summary.id);
    try {
      await store.put({ id: full.id, name: full.name, type: full.type, text: full.text, added: Date.now() });
      return true;
    } catch (err) {
      await loupe.remove(summary.id);
      if (isQuota(err)) throw Object.assign(new Error(t('quota', { name: summary.name })), { quota: true });
      throw err;
    }
  }

  // The engine's index, kept beside the documents for a fast next start; written once things
  // settle (after a batch, a removal). A failed write (full quota) drops the old record, so a
  // start never wastes time on an index that cannot match.
  let indexTimer = null;
  function keepIndex() {
    if (!store || !caps.save) return;
    clearTimeout(indexTimer);
    indexTimer = setTimeout(async () => {
      try {
        await store.putIndex(await loupe.saveIndex());
      } catch {
        await store.dropIndex().catch(() => {});
      }
      document.body.dataset.indexKept = String(docs.length);
    }, 300);
  }

  // Ingest a list of { name, size, read(): Promise<{text}|{bytes,type}> } one after another,
  // with progress by files and bytes and a cancel button. One bad file never stops the others.
  async function ingest(items) {
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
        const summary = await loupe.add(
          { id: `doc-${nextId++}`, name: items[i].name, ...content },
          { signal: controller.signal },
        );
        await keep(summary);
        docs.push(summary);
        row('added', { chars: summary.chars }, 'ok');
      } catch (err) {
        if (err.code === 'aborted') row('cancelled', {}, 'cancelled');
        else row('failed', { message: err.message }, 'error');
        if (err.quota) {
          quota = err.message;
          say(quota, true);
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
    keepIndex();
    refresh();
    if (quota) say(quota, true);
  }

  const fromFiles = (list) =>
    [...list].map((file) => ({
      name: file.name,
      size: file.size,
      read: async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), type: file.type }),
    }));
  const fromText = (name, text) => ({
    name,
    size: new TextEncoder().encode(text).length,
    read: async () => ({ text }),
  });

  $('files').addEventListener('change', (e) => {
    ingest(fromFiles(e.target.files));
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
      if (e.dataTransfer.files.length) ingest(fromFiles(e.dataTransfer.files));
    });
  }
  $('add-paste').addEventListener('click', () => {
    const text = $('paste').value;
    if (!text.trim()) return;
    ingest([fromText($('paste-name').value.trim() || t('pasteDefault'), text)]);
  });
  $('cancel').addEventListener('click', () => running?.abort());
  const samples = () => JSON.parse($('loupe-samples')?.textContent || '[]');
  $('samples').addEventListener('click', () => {
    remember('loupe-forgotten', '0');
    ingest(samples().map((s) => fromText(s.name, s.text)));
  });

  // Removal is undone for UNDO_MS by the button beside the status line: the document comes
  // back with the same id, name, type and text, and keeps its place in the list.
  const UNDO_MS = 10000;
  let undoTimer = 0;
  async function remove(id) {
    const at = docs.findIndex((d) => d.id === id);
    const full = await loupe.get(id);
    await loupe.remove(id);
    if (store) await store.remove(id);
    docs = docs.filter((d) => d.id !== id);
    if (shownDoc === id) {
      clearDocument();
      shownDoc = null;
    }
    if (filter) setFilter(null);
    keepIndex();
    await refresh();
    runSearch();
    offerUndo(t('removed', { name: full.name }), async () => {
      const summary = await loupe.add({ id: full.id, name: full.name, type: full.type, text: full.text });
      await keep(summary);
      docs.splice(Math.min(at, docs.length), 0, summary);
      keepIndex();
      await refresh();
      runSearch();
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
  // The document with its entities and dates marked (each mark filters by its entity or date),
  // and a search hit's matches when it was opened from one.
  async function view(id, hit, { focus = true } = {}) {
    if (document.activeElement?.closest?.('#results')) openedFrom = document.activeElement;
    const [doc, mentions, matches] = await Promise.all([
      loupe.get(id),
      loupe.entities({ doc: id }).then((r) => r.mentions),
      search.matchesIn(id),
    ]);
    shownDoc = id;
    shownHit = hit;
    const target = hit && hit.field !== 'title' ? hit.begin_u16 : null;
    if (narrow()) setView('reader'); // first: a hidden pane cannot scroll to the hit
    showDocument(doc, marksFor(doc, matches, mentions), target);
    if (focus) $('doc-text').focus({ preventScroll: true });
    if (debug()) views.tokens(await loupe.tokenize(doc.text), t('tokensOf', { name: doc.name }));
  }
  // Every match of the search in the document (their offsets index its text), its entity
  // mentions and its dates; marks.js nests the matches inside the others.
  function marksFor(doc, matches, mentions) {
    const marks = matches.map((h) => ({ begin_u16: h.begin_u16, end_u16: h.end_u16, kind: 'hit' }));
    const byId = new Map(entityData.entities.map((e) => [e.id, e]));
    for (const m of mentions) {
      const e = byId.get(m.entity);
      if (m.doc === doc.id && e)
        marks.push({ ...m, kind: 'entity', label: `${e.canonical} (${e.type})`, onPick: () => pickEntity(e) });
    }
    for (const d of dateData.find((x) => x.id === doc.id)?.dates || []) {
      const period = String(d.value || '').slice(0, timelineUnit === 'month' ? 7 : 4);
      marks.push({
        ...d,
        kind: 'date',
        label: d.value,
        onPick: /^\d{4}(-\d{2})?$/.test(period) ? () => pickPeriod(period) : undefined,
      });
    }
    return marks;
  }

  // Filters from the entity list, the timeline and the marks in the document view.
  // show: the results view comes forward (a pick in the network keeps the network in view).
  function setFilter(next, { show = true } = {}) {
    filter = next;
    if (next && show) setView('results');
    views.filterChip(filter, () => setFilter(null));
    network.select(filter?.kind === 'entity' ? filter.entity : null);
    runSearch();
  }
  async function pickEntity(e, how) {
    const { mentions } = await loupe.entities({ entity: e.id });
    setFilter({ kind: 'entity', entity: e.id, label: e.canonical, docs: new Set(e.documents), mentions }, how);
  }
  function pickPeriod(period) {
    const mentions = [];
    for (const doc of dateData)
      for (const d of doc.dates || []) {
        if (String(d.value || '').startsWith(period)) mentions.push({ ...d, doc: doc.id });
      }
    setFilter({ kind: 'date', label: period, docs: new Set(mentions.map((m) => m.doc)), mentions });
  }

  $('forget').addEventListener('click', async () => {
    if (!confirm(t('forgetConfirm'))) return;
    running?.abort();
    for (const d of await loupe.list()) await loupe.remove(d.id);
    if (store) await store.clear();
    docs = [];
    shownDoc = null;
    filter = null;
    views.filterChip(null);
    network.select(null);
    // Nothing of the forgotten documents stays on screen: results, the document, tokens.
    clearDocument();
    $('query').value = '';
    search.clear();
    $('tokens').replaceChildren();
    $('token-count').textContent = '';
    $('file-status').replaceChildren();
    $('undo-bar').hidden = true;
    remember('loupe-forgotten', '1'); // ?samples=1 no longer brings the samples back
    await refresh();
    say(t('forgotten'));
  });

  // Export what exists: the documents always; search results, entities and dates when the
  // engine has them.
  async function exportData() {
    const data = { exported: new Date().toISOString(), documents: await loupe.list() };
    const all = await search.everything();
    if (all) data.search = all;
    if (caps.entities) data.entities = (await loupe.entities()).entities;
    if (caps.dates) data.dates = await loupe.dates();
    return data;
  }
  const cell = (v) => {
    let s = v === undefined || v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`; // no formulas when opened in a spreadsheet
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  function csv(data) {
    const rows = [['section', 'id', 'name', 'type', 'value', 'count']];
    for (const d of data.documents) rows.push(['document', d.id, d.name, d.type, d.chars, d.bytes]);
    for (const e of data.entities || [])
      rows.push(['entity', e.id, e.canonical, e.type, (e.aliases || []).join('; '), e.mention_count]);
    for (const doc of data.dates || [])
      for (const d of doc.dates || []) rows.push(['date', doc.id, doc.name, d.kind, d.value, d.surface]);
    for (const h of data.search?.hits || []) rows.push(['hit', h.doc, h.name, h.lang, h.score, h.snippet]);
    return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }
  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  $('export-json').addEventListener('click', async () =>
    download('loupe-export.json', 'application/json', JSON.stringify(await exportData(), null, 2)),
  );
  $('export-csv').addEventListener('click', async () =>
    download('loupe-export.csv', 'text/csv', csv(await exportData())),
  );

  // Search as you type, when the engine can search. An entity or date filter becomes the
  // engine's own entity:"..." / date:... clause (passages that mention it, not whole documents);
  // with no query it lists its mentions.
  const filterTerm = (f) => (f.kind === 'entity' ? `entity:${quoted(f.label)}` : `date:${f.label}`);
  const search = createSearch({
    loupe,
    names: () => new Map(docs.map((d) => [d.id, d.name])),
    onView: view,
    onFacet: addFacet,
    terms: () => (filter ? [filterTerm(filter)] : []),
  });
  // With no query, an entity or date filter lists its mentions in context (the first 100).
  async function runSearch() {
    const query = $('query').value.trim();
    if (!query && filter) {
      search.clear();
      const shown = new Set(filter.mentions.slice(0, 100).map((m) => m.doc));
      views.mentions(filter, await Promise.all([...shown].map((id) => loupe.get(id))), view);
      return;
    }
    await search.run(query);
  }
  // A facet narrows the query with the engine's own filters (lang:ko, doc:"id", entity:"Name",
  // date:2024).
  function addFacet(kind, key) {
    const term =
      kind === 'lang'
        ? `lang:${key}`
        : kind === 'entity'
          ? `entity:${quoted(key)}`
          : kind === 'year'
            ? `date:${key}`
            : /["\s]/.test(key)
              ? null
              : `doc:"${key}"`;
    if (!term) return;
    const query = $('query').value.trim();
    if (!query.includes(term)) $('query').value = narrowed(query, term);
    runSearch();
  }
  $('query').addEventListener('input', () => {
    // Typing shows the results (on a desktop the reading pane stays beside them).
    const view = document.body.dataset.view;
    if (view !== 'results' && !(view === 'reader' && !narrow())) setView('results');
    runSearch();
  });
  for (const b of document.querySelectorAll('#network-unit button'))
    b.addEventListener('click', () => network.setUnit(b.dataset.unit));
  for (const b of document.querySelectorAll('#timeline-unit button')) {
    b.addEventListener('click', () => {
      timelineUnit = b.dataset.unit;
      views.timeline(dateData, timelineUnit, pickPeriod);
    });
  }

  // The pasted text's tokens, live, as before the library existed.
  let tokTicket = 0;
  $('paste').addEventListener('input', async () => {
    const mine = ++tokTicket;
    const list = await loupe.tokenize($('paste').value);
    if (mine === tokTicket) views.tokens(list, t('tokensOfPaste'));
  });

  // Entities and dates are recomputed (in the worker, cached there) when the documents change.
  async function refresh() {
    views.documents(docs, { onView: view, onRemove: remove });
    say(t('ready', { count: docs.length }));
    const work = [];
    if (caps.entities && docs.length) {
      // The mentions stay in the worker (a large corpus has hundreds of thousands): the
      // document view and the entity filter ask for theirs. The network is drawn in a task of
      // its own, its layout being the longest drawing on the page.
      work.push(
        loupe
          .entities({ mentions: false })
          .then((r) => {
            entityData = r;
            const drawNetwork = () =>
              network.draw(visibleEntities(r), {
                onPick: (e) => (e ? pickEntity(e, { show: false }) : setFilter(null, { show: false })),
              });
            showEntities(r, pickEntity, drawNetwork); // a hide redraws the network without it
            return new Promise((next) => setTimeout(next, 0)).then(drawNetwork);
          })
          .catch((err) => say(err.message, true)),
      );
    } else {
      entityData = { entities: [], mentions: [] };
      showEntities(entityData, pickEntity);
      network.draw(entityData, { onPick: () => {} });
    }
    if (caps.dates && docs.length) {
      work.push(
        loupe
          .dates()
          .then((r) => {
            dateData = r;
            views.timeline(r, timelineUnit, pickPeriod);
          })
          .catch((err) => say(err.message, true)),
      );
    } else {
      dateData = [];
      views.timeline(dateData, timelineUnit, pickPeriod);
    }
    await Promise.all(work);
    document.body.dataset.analysed = String(docs.length);
  }

  // Start: restore what this browser kept (with the kept index when it still matches: no
  // re-analysis), or load the samples on an empty store with ?samples=1.
  const kept = (store ? await store.all().catch(() => []) : []).filter(
    (d) => typeof d?.id === 'string' && typeof d.text === 'string',
  ); // skip a bad record
  kept.sort((a, b) => a.added - b.added);
  if (kept.length) {
    const index = await store.getIndex().catch(() => null);
    const how = await loupe.restore(
      kept.map(({ id, name, type, text }) => ({ id, name, type, text })),
      index ?? null,
    );
    docs = await loupe.list();
    document.body.dataset.restored = how.index;
    if (how.index === 'rebuilt') keepIndex();
  }
  await refresh();
  setView(docs.length ? 'results' : 'library');
  if (kept.length) say(t('restored', { count: kept.length }));
  else if (new URLSearchParams(location.search).get('samples') === '1' && recall('loupe-forgotten') !== '1') {
    await ingest(samples().map((s) => fromText(s.name, s.text)));
    setView('results');
  }
  document.body.dataset.ready = 'true';
})();
