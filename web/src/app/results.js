// The result list, grouped by document: each document's title, its best passages (the engine's
// per_doc, 3), "N more in this document" when it has more, and "more results" paging to the
// end, so every passage the count counts can be reached. The count says passages and documents,
// the same numbers the list adds up to.
import { t } from './i18n.js';
import { el } from './dom.js';
import { facet, snippetOf } from './views.js';
import { docHead, docTitle } from './doc-names.js';

const $ = (id) => document.getElementById(id);
export const PAGE = 20; // passages a page asks for
export const PER_DOC = 3; // passages per document before "N more in this document"
const short = (s) => (s.length > 48 ? `${s.slice(0, 47)}…` : s); // a facet's document title

// state: { total, counts: { doc: passages }, hits (pages loaded so far, ranked), expanded: Map
// doc -> every passage of it }. Passages listed without expanding: at most PER_DOC a document.
export const listable = (state) => Object.values(state.counts).reduce((n, c) => n + Math.min(c, PER_DOC), 0);

function groups(state) {
  const byDoc = new Map();
  for (const h of state.hits) {
    if (!byDoc.has(h.doc)) byDoc.set(h.doc, []);
    byDoc.get(h.doc).push(h);
  }
  return [...byDoc].map(([doc, hits]) => ({ doc, hits: state.expanded.get(doc) || hits }));
}

function passage(h, title, onView) {
  const label = t('openAt', { name: title });
  return el(
    'li',
    { className: 'passage' },
    el(
      'button',
      { type: 'button', className: 'open', attrs: { 'aria-label': label }, onclick: () => onView(h.doc, h) },
      el('span', { className: 'snippet' }, ...snippetOf(h)),
    ),
    h.field === 'title' ? el('span', { className: 'meta', textContent: t('inTitle') }) : null,
  );
}

function group({ doc, hits }, state, { onView, onMore }) {
  const title = docTitle(doc);
  const more = (state.counts[doc] || hits.length) - hits.length;
  const li = el(
    'li',
    { className: 'result-doc' },
    el(
      'div',
      { className: 'result-head' },
      ...docHead(doc, { className: 'title', onclick: () => onView(doc, hits[0]) }),
      el('span', {
        className: 'meta',
        textContent: `${hits[0]?.lang || ''} · ${t('passages', { count: state.counts[doc] || hits.length })}`,
      }),
    ),
    el('ol', { className: 'passages' }, ...hits.map((h) => passage(h, title, onView))),
    more > 0
      ? el('button', {
          type: 'button',
          className: 'more',
          textContent: t('moreInDoc', { count: more }),
          onclick: () => onMore(doc),
        })
      : null,
  );
  li.dataset.doc = doc;
  return li;
}

// handlers: { onView(doc, hit), onMore(doc), onPage(), onFacet(kind, key) }
export function showResults(state, handlers) {
  const docs = Object.keys(state.counts).length;
  $('result-count').textContent = t('resultsIn', { count: state.total, docs });
  const left = listable(state) - state.hits.length;
  $('results').replaceChildren(...groups(state).map((g) => group(g, state, handlers)));
  $('results-more').replaceChildren(
    left > 0
      ? el('button', { type: 'button', textContent: t('morePages', { count: left }), onclick: handlers.onPage })
      : '',
  );
  facets(state, handlers);
}

function facets(state, { onFacet }) {
  const langs = Object.entries(state.facets?.lang || {});
  const docs = Object.entries(state.counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20);
  const row = (label, buttons) =>
    buttons.length
      ? el('div', { className: 'facet-group' }, el('span', { className: 'meta', textContent: t(label) }), ...buttons)
      : null;
  $('facets').replaceChildren(
    ...[
      row(
        'facetLang',
        langs.map(([code, n]) => facet(onFacet, 'lang', code, code, n)),
      ),
      row(
        'facetDoc',
        docs.map(([id, n]) => facet(onFacet, 'doc', id, short(docTitle(id)), n)),
      ),
    ].filter(Boolean),
  );
}
