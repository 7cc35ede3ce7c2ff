// The app: the workspace's wiring on the same Loupe client that other sites embed
// (loupe-search.js, the global Loupe). web/build.mjs bundles src/app/ into one classic script,
// so the same file works from http:// and file://. The parts: ingest.js (documents in and out),
// search.js + results.js (the results), filters.js (the chips), reader.js (the reading pane),
// entity-list.js + entity-prefs.js, timeline.js, network.js, keyboard.js, export-data.js.
/* global Loupe */
import { t, apply, setLang, currentLang } from './i18n.js';
import { openStore } from './store.js';
import { views } from './views.js';
import { network } from './network.js';
import { showDocument, clearDocument, wireReader } from './reader.js';
import { setView, wireTabs, narrow } from './tabs.js';
import {
  showEntities,
  visibleEntities,
  shownEntities,
  markedEntities,
  wireEntityList,
  setEntityScope,
} from './entity-list.js';
import { loadPrefs, forgetPrefs, keyOf } from './entity-prefs.js';
import { createSearch } from './search.js';
import * as filters from './filters.js';
import { timeline, fitTimeline, periodChip, wireTimeline } from './timeline.js';
import { setDocs, docLabel } from './doc-names.js';
import { wireKeyboard, noteOpener } from './keyboard.js';
import { wireExport } from './export-data.js';
import { ingest, keepIndex, remove, forgetAll, wireIngest, fromText } from './ingest.js';
import { plainWords, fold } from './suggest.js';
import { noteModels, relabelModelNote } from './model-note.js';
import { resultScope, wireScope, scoped } from './scope.js';
import { remember, recall } from './local.js';

(async function main() {
  const $ = (id) => document.getElementById(id);
  const app = { docs: [], store: null, say, remember, refresh, runSearch, forgetDocument };
  let shownDoc = null;
  let shownHit = null; // the search hit it was opened from, if any
  let entityData = { entities: [], mentions: [] };
  let dateCounts = {}; // the corpus's dates by decade, year, month (Loupe.indexDates)
  let timelineUnit = 'year';

  function say(message, error = false) {
    $('status').textContent = message;
    $('status').classList.toggle('error', error);
    $('status').removeAttribute('data-i18n');
  }
  apply();
  $('lang').addEventListener('click', () => {
    setLang(currentLang() === 'ko' ? 'en' : 'ko');
    views.relabel();
    relabelModelNote();
    if (!app.loupe) return;
    // Everything drawn with t() again: lists, results, the chips, the open document.
    refresh();
    filters.render();
    runSearch();
    if (shownDoc) view(shownDoc, shownHit, { focus: false });
  });

  const debug = () => document.body.classList.contains('debug');
  wireReader();
  wireTabs((name) => name === 'timeline' && fitTimeline());
  wireEntityList();
  wireKeyboard();
  $('search-form').addEventListener('submit', (e) => e.preventDefault());
  // The developer's view of the tokens, behind a switch (kept in this browser).
  document.body.classList.toggle('debug', recall('loupe-debug') === '1');
  $('debug').checked = debug();
  $('debug').addEventListener('change', () => {
    document.body.classList.toggle('debug', $('debug').checked);
    remember('loupe-debug', $('debug').checked ? '1' : '0');
  });

  try {
    // The app promises no network after load: pdf.js comes with the worker.
    app.loupe = await Loupe.create({ worker: true, preloadPdf: true, preloadModels: true });
  } catch (err) {
    say(t('engineFailed', { message: err.message }), true);
    return;
  }
  const loupe = app.loupe;
  app.caps = loupe.capabilities;
  try {
    app.store = await openStore();
  } catch {
    say(t('storageOff'), true);
  }
  await loadPrefs(app.store);

  // A removed document leaves the reading pane and the chips.
  function forgetDocument(id) {
    if (shownDoc === id) {
      clearDocument();
      shownDoc = null;
    }
    const chip = filters.find('doc');
    if (chip?.key === id) filters.remove(chip);
  }

  // The document with its entities and dates marked (each mark filters by its entity or date),
  // and a search hit's matches when it was opened from one.
  async function view(id, hit, { focus = true } = {}) {
    noteOpener();
    const [doc, mentions, matches, dates] = await Promise.all([
      loupe.get(id),
      loupe.entities({ doc: id }).then((r) => r.mentions),
      search.matchesIn(id),
      app.caps.dates ? loupe.indexDates({ doc: id }).then((r) => r.dates) : [],
    ]);
    shownDoc = id;
    shownHit = hit;
    // At the match its snippet shows (the passage may hold others before the snippet's window).
    const target = hit && hit.field !== 'title' ? (hit.highlights?.[0]?.begin_u16 ?? hit.begin_u16) : null;
    if (narrow()) setView('reader'); // first: a hidden pane cannot scroll to the hit
    showDocument(doc, marksFor(doc, matches, mentions, dates), target, docLabel(id));
    if (focus) $('doc-text').focus({ preventScroll: true });
    if (debug()) views.tokens(await loupe.tokenize(doc.text), t('tokensOf', { name: doc.name }));
  }
  // Every match of the search in the document (their offsets index its text), its entity
  // mentions and its dates; marks.js nests the matches inside the others.
  function marksFor(doc, matches, mentions, dates) {
    const marks = matches.map((h) => ({ begin_u16: h.begin_u16, end_u16: h.end_u16, kind: 'hit' }));
    const groupOf = new Map(markedEntities().flatMap((g) => (g.members || [g]).map((m) => [m.id, g])));
    for (const m of mentions) {
      const e = groupOf.get(m.entity);
      if (m.doc === doc.id && e)
        marks.push({ ...m, kind: 'entity', label: `${e.canonical} (${e.type})`, onPick: () => pickEntity(e) });
    }
    for (const d of dates) {
      const unit = timelineUnit === 'month' ? 'month' : 'year';
      const period = String(d.value || '').slice(0, unit === 'month' ? 7 : 4);
      const valid = unit === 'month' ? /^\d{4}-\d{2}$/.test(period) : /^\d{4}$/.test(period);
      marks.push({
        ...d,
        kind: 'date',
        label: d.value,
        onPick: valid ? () => pickPeriod(periodChip(period, period, unit)) : undefined,
      });
    }
    return marks;
  }

  // The chips: an entity (merged ones filter on every member's name), a period, a facet.
  // show: the results view comes forward (a pick in the network keeps the network in view).
  const entityChip = (e) => ({
    kind: 'entity',
    key: keyOf(e),
    id: e.id,
    label: e.canonical,
    names: e.names || [e.canonical],
    members: (e.members || [e]).map((m) => m.id),
  });
  function addChip(chip, { show = true } = {}) {
    if (show) setView('results');
    filters.add(chip);
  }
  const pickEntity = (e, how) => addChip(entityChip(e), how);
  const pickPeriod = (chip) => addChip(chip);
  function onFacet(kind, key) {
    if (kind === 'lang') return addChip({ kind, key, label: key });
    if (kind === 'doc') return addChip({ kind, key, label: key });
    if (kind === 'year') return addChip(periodChip(key, key, 'year'));
    const group = shownEntities().find((e) => (e.names || [e.canonical]).includes(key));
    addChip(group ? entityChip(group) : { kind: 'entity', key: `?:${key}`, label: key, names: [key] });
  }
  filters.wireFilters(() => {
    const chip = filters.current().findLast((c) => c.kind === 'entity');
    network.select(chip?.id ?? null);
    runSearch();
  });

  $('forget').addEventListener('click', async () => {
    if (!confirm(t('forgetConfirm'))) return;
    await forgetAll(app);
    shownDoc = null;
    forgetPrefs();
    filters.clear({ quiet: true });
    network.select(null);
    // Nothing of the forgotten documents stays on screen: results, the document, tokens.
    clearDocument();
    $('query').value = '';
    search.clear();
    $('tokens').replaceChildren();
    $('token-count').textContent = '';
    $('file-status').replaceChildren();
    remember('loupe-forgotten', '1'); // ?samples=1 no longer brings the samples back
    await refresh();
    say(t('forgotten'));
  });

  // Search as you type: the query box holds what the user typed; the chips are added as the
  // engine's filter clauses (filters.js).
  const search = createSearch({
    loupe,
    onView: view,
    onFacet,
    terms: filters.terms,
    entities: shownEntities,
    onModels: noteModels,
    help: {
      onQuery: (q) => {
        $('query').value = q;
        runSearch();
      },
      // "All names of X": the words that named it leave the query, the entity's chip filters.
      onEntity: (e) => {
        const names = new Set([e.canonical, ...(e.aliases || [])].flatMap((n) => [fold(n), ...fold(n).split(/\s+/)]));
        const words = plainWords($('query').value);
        $('query').value = words.filter((w) => !names.has(fold(w))).join(' ');
        pickEntity(e);
      },
    },
  });
  app.search = search;
  // Once the latest search's results are drawn, #result-count says what they are for: its
  // data-query (the typed query) and data-chips (the chips' keys), e.g. for tests to wait on
  // rather than read a count that the previous search left.
  let runs = 0;
  async function runSearch() {
    const mine = ++runs;
    const count = $('result-count');
    const chips = filters.current().map((c) => `${c.kind}:${c.key}`);
    const drawnFor = { query: $('query').value.trim(), chips: chips.join(' ') };
    delete count.dataset.query;
    delete count.dataset.chips;
    await drawResults();
    if (mine !== runs) return;
    Object.assign(count.dataset, drawnFor);
    if (scoped()) applyScope();
  }
  // The views of the corpus follow the scope (scope.js): all documents, or the current results.
  let scopes = 0;
  let scopeCounts = null; // the current results' dates by decade, year and month, in that scope
  async function applyScope() {
    const mine = ++scopes;
    const merged = shownEntities()
      .filter((e) => e.members?.length > 1)
      .map((e) => ({ id: e.id, members: e.members.map((m) => m.id), clause: filters.clause(entityChip(e)) }));
    const r = await resultScope(loupe, $('query').value.trim(), filters.terms(), merged);
    if (mine !== scopes) return;
    setEntityScope(r?.entityCounts ?? null, r?.groupCounts);
    drawNetwork();
    scopeCounts = r?.counts ?? null;
    timeline(scopeCounts ?? dateCounts, timelineUnit, pickPeriod);
    document.body.dataset.scoped = r ? 'results' : 'corpus';
  }
  wireScope(applyScope);
  // With no query, one entity or period chip lists its mentions in context (the first 100);
  // other chips alone go to the engine as a query of filters only.
  async function drawResults() {
    const query = $('query').value.trim();
    const chips = filters.current();
    const listable = (c) => c.kind === 'period' || (c.kind === 'entity' && c.members?.length);
    const only = !query && chips.length === 1 && listable(chips[0]) ? chips[0] : null;
    if (!only) return search.run(query);
    search.clear();
    const mentions = [];
    if (only.kind === 'entity') {
      const ids = only.members || [];
      for (const id of ids) mentions.push(...(await loupe.entities({ entity: id })).mentions);
    } else {
      mentions.push(...(await loupe.indexDates({ from: only.from, to: only.to })).dates);
    }
    if (filters.current()[0] !== only || $('query').value.trim()) return; // changed meanwhile
    const shown = new Set(mentions.slice(0, 100).map((m) => m.doc));
    views.mentions({ mentions, label: only.label }, await Promise.all([...shown].map((id) => loupe.get(id))), view);
  }
  $('query').addEventListener('input', () => {
    // Typing shows the results (on a desktop the reading pane stays beside them).
    const current = document.body.dataset.view;
    if (current !== 'results' && !(current === 'reader' && !narrow())) setView('results');
    runSearch();
  });
  for (const b of document.querySelectorAll('#network-unit button'))
    b.addEventListener('click', () => network.setUnit(b.dataset.unit));
  wireTimeline((unit) => {
    timelineUnit = unit;
    timeline(scopeCounts ?? dateCounts, timelineUnit, pickPeriod);
  });

  // The pasted text's tokens, live, as before the library existed.
  let tokTicket = 0;
  $('paste').addEventListener('input', async () => {
    const mine = ++tokTicket;
    const list = await loupe.tokenize($('paste').value);
    if (mine === tokTicket) views.tokens(list, t('tokensOfPaste'));
  });

  // A hide, merge or rename: the network, the chips and the results follow.
  function entitiesChanged() {
    drawNetwork();
    const groups = shownEntities();
    filters.update((c) => {
      if (c.kind !== 'entity') return null;
      const g = groups.find((e) => keyOf(e) === c.key || (e.members || []).some((m) => c.members?.includes(m.id)));
      return g ? entityChip(g) : null;
    });
    runSearch();
  }
  const drawNetwork = () =>
    network.draw(visibleEntities(), {
      onPick: (e) =>
        e
          ? pickEntity(e, { show: false })
          : filters
              .current()
              .filter((c) => c.kind === 'entity')
              .forEach(filters.remove),
    });

  // Entities and dates are recomputed (in the worker, cached there) when the documents change.
  async function refresh() {
    setDocs(app.docs);
    views.documents(app.docs, { onView: view, onRemove: (id) => remove(app, id) });
    say(t('ready', { count: app.docs.length }));
    const work = [];
    if (app.caps.entities && app.docs.length) {
      // The mentions stay in the worker (a large corpus has hundreds of thousands): the
      // document view and the entity filter ask for theirs. The network is drawn in a task of
      // its own, its layout being the longest drawing on the page.
      work.push(
        loupe
          .entities({ mentions: false })
          .then((r) => {
            entityData = r;
            noteModels(r.errors); // a language's model missing: said, and the rest goes on
            showEntities(r, pickEntity, entitiesChanged);
            return new Promise((next) => setTimeout(next, 0)).then(drawNetwork);
          })
          .catch((err) => say(err.message, true)),
      );
    } else {
      entityData = { entities: [], mentions: [] };
      noteModels(undefined);
      showEntities(entityData, pickEntity);
      network.draw(entityData, { onPick: () => {} });
    }
    if (app.caps.dates && app.docs.length) {
      work.push(
        loupe
          .indexDates({ dates: false }) // the counts; a document's or a period's dates when asked
          .then((r) => {
            dateCounts = r.counts;
            timeline(dateCounts, timelineUnit, pickPeriod);
          })
          .catch((err) => say(err.message, true)),
      );
    } else {
      dateCounts = {};
      timeline(dateCounts, timelineUnit, pickPeriod);
    }
    await Promise.all(work);
    if (scoped()) await applyScope();
    document.body.dataset.analysed = String(app.docs.length);
  }

  const samples = () => JSON.parse($('loupe-samples')?.textContent || '[]');
  wireIngest(app, samples);
  wireExport(app);

  // Start: restore what this browser kept (with the kept index when it still matches: no
  // re-analysis), or load the samples on an empty store with ?samples=1.
  const kept = (app.store ? await app.store.all().catch(() => []) : []).filter(
    (d) => typeof d?.id === 'string' && typeof d.text === 'string',
  ); // skip a bad record
  kept.sort((a, b) => a.added - b.added);
  if (kept.length) {
    const index = await app.store.getIndex().catch(() => null);
    const how = await loupe.restore(
      kept.map(({ id, name, type, text, title }) => ({ id, name, type, text, title })),
      index ?? null,
    );
    app.docs = await loupe.list();
    document.body.dataset.restored = how.index;
    if (how.index === 'rebuilt') keepIndex(app);
  }
  await refresh();
  setView(app.docs.length ? 'results' : 'library');
  if (kept.length) say(t('restored', { count: kept.length }));
  else if (new URLSearchParams(location.search).get('samples') === '1' && recall('loupe-forgotten') !== '1') {
    await ingest(
      app,
      samples().map((s) => fromText(s.name, s.text)),
    );
    setView('results');
  }
  document.body.dataset.ready = 'true';
})();
