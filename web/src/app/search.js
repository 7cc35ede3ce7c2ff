// Search as you type: the query with the active filters goes to the engine; the first page of
// passages (results.js groups them by document), then pages and "more in this document" on
// demand, and the entity and year facets in a second call (the first one after a change of
// documents runs the extractors in the engine; the hits should not wait for that).
import { t } from './i18n.js';
import { views } from './views.js';
import { showResults, PAGE, PER_DOC } from './results.js';
import { quoted } from './filters.js';
import { respell, entitiesNamed, showSuggestions } from './suggest.js';
import { isHidden } from './entity-prefs.js';

const $ = (id) => document.getElementById(id);
const ALL = 100000; // the engine's largest limit: "every passage"
const WHOLE_PASSAGE = 1 << 20; // the engine's largest snippet

// `query` narrowed by `term`: grouped first when it has a top-level OR, so the term binds to all.
export const narrowed = (query, term) =>
  !query ? term : /(^|\s)(OR|\|)(\s|$)/.test(query) ? `(${query}) ${term}` : `${query} ${term}`;

// A query error waits until typing pauses (a phrase is unclosed while it is being typed).
const ERROR_PAUSE_MS = 800;

// deps: { loupe, onView(doc, hit), onFacet(kind, key), terms() -> the chips' filter clauses,
// entities() -> the entity list as shown (merged, renamed), help: { onQuery(q), onEntity(e) } }
// onModels(errors): the entity facets' model errors (model-note.js), undefined when none.
export function createSearch({ loupe, onView, onFacet, terms, entities, help, onModels = () => {} }) {
  let ticket = 0;
  let state = null;
  let errorTimer = 0;
  const handlers = () => ({ onView, onFacet, onMore: more, onPage: page });

  function clear(message = '') {
    state = null;
    showSuggestions({ respelled: null, entities: [] }, help);
    $('results').replaceChildren();
    $('results-more').replaceChildren();
    $('facets').replaceChildren();
    $('result-count').textContent = message;
  }

  async function run(query) {
    const mine = ++ticket;
    clearTimeout(errorTimer);
    const sent = [query, ...terms()].filter(Boolean).reduce((q, term) => narrowed(q, term), '');
    if (!sent) return clear();
    try {
      const reply = await loupe.search(sent, { limit: PAGE, per_doc: PER_DOC, facet_limit: ALL });
      if (mine !== ticket) return;
      state = {
        sent,
        total: reply.total,
        counts: reply.facets?.doc || {},
        facets: reply.facets,
        hits: reply.hits,
        expanded: new Map(),
      };
      showResults(state, handlers());
      if (!reply.total && query) $('result-count').textContent = t('noResults', { query });
      helpWith(query, reply.total, mine);
      const more = await loupe.search(sent, { limit: 0, snippet_bytes: 0, facets: ['entity', 'year'] });
      if (mine !== ticket) return;
      onModels(more.errors);
      views.annotationFacets({ ...more.facets, entity: entityFacets(more.facets?.entity, entities()) }, onFacet);
    } catch (err) {
      if (mine !== ticket) return;
      if (err.code !== 'invalid_argument') return clear(err.message);
      clear();
      errorTimer = setTimeout(() => {
        if (mine === ticket) $('result-count').textContent = t('queryError', { detail: queryErrorText(err) });
      }, ERROR_PAUSE_MS);
    }
  }

  // "All names of X" for a query word that names an entity; another spelling after a miss.
  async function helpWith(query, total, mine) {
    const named = entitiesNamed(query, entities());
    showSuggestions({ respelled: null, entities: named }, help);
    if (total || !query) return;
    const respelled = await respell(loupe, query, terms()).catch(() => null);
    if (mine === ticket) showSuggestions({ respelled, entities: named }, help);
  }

  async function page() {
    const mine = ticket;
    const reply = await loupe.search(state.sent, {
      limit: PAGE,
      offset: state.hits.length,
      per_doc: PER_DOC,
      facets: false,
    });
    if (mine !== ticket) return;
    state.hits.push(...reply.hits);
    showResults(state, handlers());
  }

  async function more(doc) {
    const mine = ticket;
    const reply = await loupe.search(narrowed(state.sent, `doc:${quoted(doc)}`), {
      limit: ALL,
      per_doc: ALL,
      facets: false,
    });
    if (mine !== ticket) return;
    state.expanded.set(doc, reply.hits);
    showResults(state, handlers());
    const group = [...$('results').children].find((li) => li.dataset.doc === doc);
    group?.querySelectorAll('.passage .open')[PER_DOC]?.focus();
  }

  // Every passage of the current search, for the export; null without a search.
  async function everything() {
    if (!state) return null;
    return { query: state.sent, ...(await loupe.search(state.sent, { limit: ALL, per_doc: ALL, facet_limit: ALL })) };
  }

  // All the highlights of the current search in one document (the reading pane marks them all).
  // The engine returns only the highlights inside a hit's snippet window, so the window is the
  // largest it allows, a whole passage (1 MiB): a 16-byte window lost a 15-byte Korean match,
  // a 4 KiB one the matches of a PDF's long paragraph outside it.
  async function matchesIn(doc) {
    if (!state) return [];
    const reply = await loupe.search(narrowed(state.sent, `doc:${quoted(doc)}`), {
      limit: ALL,
      per_doc: ALL,
      snippet_bytes: WHOLE_PASSAGE,
      facets: false,
    });
    return reply.hits.filter((h) => h.field !== 'title').flatMap((h) => h.highlights || []);
  }

  return { run, clear, everything, matchesIn };
}

// The entity facets as the list shows entities: a merged entity once, under its name (its count
// the largest of its members', a lower bound: its chip gives the exact one), hidden ones left out.
function entityFacets(list = [], shown) {
  const groupOf = new Map(shown.flatMap((g) => (g.members || [g]).map((m) => [m.id, g])));
  const out = new Map();
  for (const f of list) {
    const g = groupOf.get(f.id);
    if (g && isHidden(g)) continue;
    const key = g ? g.original : f.canonical;
    const have = out.get(key);
    if (!have || have.count < f.count) out.set(key, { ...f, canonical: key, label: g ? g.canonical : f.canonical });
  }
  return [...out.values()];
}

// The engine's message names the problem and its byte and UTF-16 position ("unclosed quote at
// byte 0 (UTF-16 0)"): the known problems are said in the interface's language, at a character.
function queryErrorText(err) {
  const at = /UTF-16 (\d+)/.exec(err.message);
  const known = [
    [/unclosed quote|empty phrase/, 'errQuote'],
    [/'\(' is never closed|unexpected '\)'|empty parentheses/, 'errParen'],
    [/(OR|AND|NOT) needs|expected a term|exclusion needs|'-' must be followed/, 'errOperator'],
    [/unknown language/, 'errLang'],
    [/'~'|'\*'|prefix needs/, 'errWildcard'],
    [/date/, 'errDate'],
  ].find(([pattern]) => pattern.test(err.message));
  const what = known ? t(known[1]) : err.message;
  return at ? t('errAt', { what, at: Number(at[1]) + 1 }) : what;
}
