// Rendering for the app: every string from a document, a file name or the engine goes into the
// page as a text node (textContent), never as markup.
import { t } from './i18n.js';
import { el } from './dom.js';
import { marked } from './marks.js';
import { docHead } from './doc-names.js';
const $ = (id) => document.getElementById(id);

// A document's type (text, markdown, html, pdf) in the interface language; unknown ones as is.
const kindName = (type) => (t(`kind_${type}`) === `kind_${type}` ? type : t(`kind_${type}`));

const kib = (n) =>
  n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`;

// Messages shown with t() are re-rendered when the interface language changes.
const labelled = new Set();
function fileRow(name) {
  const status = el('span', { className: 'state' });
  const li = el('li', {}, el('span', { className: 'name', textContent: name }), status);
  $('file-status').append(li);
  const row = { node: status, key: 'waiting', params: {} };
  labelled.add(row);
  const set = (key, params, kind) => {
    Object.assign(row, { key, params });
    status.textContent = t(key, params);
    li.className = kind || '';
  };
  set('waiting', {});
  return set;
}
function relabel() {
  for (const row of labelled) {
    if (!row.node.isConnected) labelled.delete(row);
    else row.node.textContent = t(row.key, row.params);
  }
  if (lastProgress) progress(lastProgress);
}

// Thousands of documents are listed 250 at a time, one task each, so frames keep coming; a
// newer call stops an older one's listing.
let listing = 0;
function documents(docs, { onView, onRemove }) {
  const mine = ++listing;
  $('doc-count').textContent = `(${docs.length})`;
  if (!docs.length) {
    $('docs').replaceChildren(el('li', { className: 'empty', textContent: t('noDocs') }));
    return;
  }
  const rows = (from) =>
    docs.slice(from, from + 250).map((d) =>
      el(
        'li',
        {},
        el('span', { className: 'doc-head' }, ...docHead(d)),
        el('span', { className: 'meta', textContent: t('docMeta', { type: kindName(d.type), chars: d.chars }) }),
        el('button', {
          type: 'button',
          textContent: t('view'),
          attrs: { 'aria-label': t('viewLabel', { name: d.name }) },
          onclick: () => onView(d.id),
        }),
        el('button', {
          type: 'button',
          textContent: t('remove'),
          attrs: { 'aria-label': t('removeLabel', { name: d.name }) },
          onclick: () => onRemove(d.id),
        }),
      ),
    );
  $('docs').replaceChildren(...rows(0));
  (async () => {
    for (let from = 250; from < docs.length; from += 250) {
      await new Promise((r) => setTimeout(r, 0));
      if (mine !== listing) return;
      $('docs').append(...rows(from));
    }
  })();
}

function tokens(list, title) {
  $('tokens-title').textContent = title;
  $('token-count').textContent = `(${list.length})`;
  $('tokens').replaceChildren(
    ...list.slice(0, 2000).map((tok) => {
      const li = el('li', { textContent: tok.surface });
      li.dataset.u16 = `${tok.begin_u16}-${tok.end_u16}`;
      li.append(el('span', { className: 'off', textContent: `${tok.begin_u16}–${tok.end_u16}` }));
      return li;
    }),
  );
}

// A highlight's range inside its hit's snippet: in_snippet_* where the engine gives them (the
// snippet may be normalized text), else its document offsets shifted by where the snippet starts.
export function snippetOf(hit) {
  const text = typeof hit.snippet === 'string' ? hit.snippet : '';
  return marked(
    text,
    (hit.highlights || []).map((h) => ({ ...inSnippet(hit, h), kind: 'hit' })),
  );
}
function inSnippet(hit, h) {
  if (Number.isInteger(h.in_snippet_begin_u16))
    return { begin_u16: h.in_snippet_begin_u16, end_u16: h.in_snippet_end_u16 };
  const at = hit.snippet_begin_u16 || 0;
  return { begin_u16: h.begin_u16 - at, end_u16: h.end_u16 - at };
}

export const facet = (onFacet, kind, key, label, n) =>
  el(
    'button',
    {
      type: 'button',
      className: 'facet',
      attrs: { 'data-facet': `${kind}:${key}` },
      onclick: () => onFacet(kind, key),
    },
    label,
    el('span', { className: 'n', textContent: String(n) }),
  );
// The entity and year facets ({ entity: [{ canonical, count }], year: { "2024": n } }), after
// the language and document ones of the same query.
function annotationFacets(facets, onFacet) {
  const group = (label, buttons) =>
    buttons.length
      ? el('div', { className: 'facet-group' }, el('span', { className: 'meta', textContent: t(label) }), ...buttons)
      : null;
  $('facets').append(
    ...[
      group(
        'facetEntity',
        (facets?.entity || [])
          .slice(0, 12)
          .map((e) => facet(onFacet, 'entity', e.canonical, e.label || e.canonical, e.count)),
      ),
      group(
        'facetYear',
        Object.entries(facets?.year || {}).map(([year, n]) => facet(onFacet, 'year', year, year, n)),
      ),
    ].filter(Boolean),
  );
}

// With no query, an entity or date filter lists its mentions in context.
function mentions(filter, docs, onView) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  $('facets').replaceChildren();
  $('result-count').textContent = t('mentions', { count: filter.mentions.length, label: filter.label });
  $('results').replaceChildren(
    ...filter.mentions.slice(0, 100).map((m) => {
      const doc = byId.get(m.doc);
      const text = doc?.text || '';
      const from = Math.max(0, m.begin_u16 - 60),
        to = Math.min(text.length, m.end_u16 + 60);
      const context = marked(text.slice(from, to), [
        { begin_u16: m.begin_u16 - from, end_u16: m.end_u16 - from, kind: 'hit' },
      ]);
      return el(
        'li',
        {},
        el(
          'div',
          { className: 'result-head' },
          ...docHead(m.doc, { className: 'title', onclick: () => onView(m.doc) }),
        ),
        el('p', { className: 'snippet' }, from > 0 ? '…' : '', ...context, to < text.length ? '…' : ''),
      );
    }),
  );
}

let lastProgress = null;
function progress({ files, total, bytes, totalBytes }) {
  lastProgress = { files, total, bytes, totalBytes };
  $('progress-box').hidden = false;
  $('progress').max = Math.max(1, totalBytes);
  $('progress').value = bytes;
  $('progress-text').textContent = t('progress', { files, total, bytes: kib(bytes), totalBytes: kib(totalBytes) });
}

// Done: the bar leaves (the files' rows in the library say how each went, the status line how
// many documents are ready).
function progressDone() {
  lastProgress = null;
  $('progress-box').hidden = true;
}

export { el, fileRow };
export const views = {
  relabel,
  documents,
  tokens,
  annotationFacets,
  mentions,
  progress,
  progressDone,
};
