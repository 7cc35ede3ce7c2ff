// Rendering for the app: every string from a document, a file name or the engine goes into the
// page as a text node (textContent), never as markup.
import { t } from './i18n.js';
import { el } from './dom.js';
import { marked } from './marks.js';
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
        el('span', { className: 'name', textContent: d.name }),
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
        (facets?.entity || []).slice(0, 12).map((e) => facet(onFacet, 'entity', e.canonical, e.canonical, e.count)),
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
        el('button', {
          type: 'button',
          className: 'link',
          textContent: doc?.name || m.doc,
          onclick: () => onView(m.doc),
        }),
        el('p', { className: 'snippet' }, from > 0 ? '…' : '', ...context, to < text.length ? '…' : ''),
      );
    }),
  );
}

function filterChip(filter, onClear) {
  $('filter').hidden = !filter;
  if (!filter) return;
  $('filter').replaceChildren(
    el('span', { textContent: t(filter.kind === 'entity' ? 'filterEntity' : 'filterDate', { label: filter.label }) }),
    el('button', { type: 'button', className: 'link', textContent: t('clearFilter'), onclick: onClear }),
  );
}

// Dates per document ([{ id, dates: [{ value }] }]) counted by year or by month, drawn as bars
// over the whole span (empty periods included, so gaps show); a bar with dates is a button.
function buckets(perDoc, unit) {
  const counts = new Map();
  const pattern = unit === 'month' ? /^(\d{4})-(\d{2})/ : /^(\d{4})/;
  for (const doc of perDoc)
    for (const d of doc.dates || []) {
      const m = pattern.exec(String(d.value || ''));
      if (m) counts.set(m[0], (counts.get(m[0]) || 0) + 1);
    }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const index = (k) => (unit === 'month' ? Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1 : Number(k));
  const key = (i) => (unit === 'month' ? `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` : String(i));
  const first = index(keys[0]),
    last = index(keys[keys.length - 1]);
  if (last - first > 240) return keys.map((k) => [k, counts.get(k)]); // too wide to fill the gaps
  const out = [];
  for (let i = first; i <= last; i++) out.push([key(i), counts.get(key(i)) || 0]);
  return out;
}
function timeline(perDoc, unit, onPick) {
  const bars = buckets(perDoc, unit);
  const max = Math.max(1, ...bars.map(([, n]) => n));
  for (const b of document.querySelectorAll('#timeline-unit button'))
    b.setAttribute('aria-pressed', String(b.dataset.unit === unit));
  $('timeline').replaceChildren(
    ...bars.map(([period, n]) => {
      const fill = el('span', { className: 'fill' });
      fill.style.height = `calc(${(n / max).toFixed(3)} * (100% - 4.8em))`; // room for the count and label
      // Months show their number with its year under it, on every bar (a month alone is ambiguous).
      const label =
        unit === 'month'
          ? el(
              'span',
              { className: 'label' },
              period.slice(5),
              el('span', { className: 'year', textContent: period.slice(0, 4) }),
            )
          : el('span', { className: 'label', textContent: period });
      const bar = n
        ? el(
            'button',
            {
              type: 'button',
              className: 'bar',
              title: `${period}: ${n}`,
              attrs: { 'aria-label': t('barLabel', { period, count: n }), 'data-period': period },
              onclick: () => onPick(period),
            },
            el('span', { className: 'n', textContent: String(n) }),
            fill,
            label,
          )
        : el('span', { className: 'bar empty', attrs: { 'aria-hidden': 'true' } }, fill, label);
      return bar;
    }),
  );
  $('timeline').classList.toggle('none', !bars.length);
  $('timeline-unit').hidden = !bars.length;
  if (!bars.length) $('timeline').replaceChildren(el('p', { className: 'empty', textContent: t('noDates') }));
  const busiest = bars.reduce((best, bar) => (bar[1] > best[1] ? bar : best), ['', 0])[0];
  $('timeline').dataset.busiest = busiest;
  fitTimeline();
}

// The timeline opens on its data: scrolled so that its busiest period is in the middle (an old
// outlier at the left edge no longer leaves every other bar off screen). Called again when the
// view is shown: a hidden box cannot scroll.
function fitTimeline() {
  const box = $('timeline');
  const bar = box.querySelector(`.bar[data-period="${box.dataset.busiest}"]`);
  if (bar && box.clientWidth)
    box.scrollLeft = bar.offsetLeft - box.offsetLeft - (box.clientWidth - bar.offsetWidth) / 2;
}

let lastProgress = null;
function progress({ files, total, bytes, totalBytes }) {
  lastProgress = { files, total, bytes, totalBytes };
  $('progress-box').hidden = false;
  $('progress').max = Math.max(1, totalBytes);
  $('progress').value = bytes;
  $('progress-text').textContent = t('progress', { files, total, bytes: kib(bytes), totalBytes: kib(totalBytes) });
}

export { el, fileRow };
export const views = {
  fitTimeline,
  relabel,
  documents,
  tokens,
  annotationFacets,
  mentions,
  filterChip,
  timeline,
  progress,
};
