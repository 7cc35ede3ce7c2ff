// The facets of a <loupe-search> box: the names and periods of every passage a query matches
// ({ entity: [{ canonical, type, count }], year: { '2021': n }, month: { '2021-06': n } }, as the
// library's search(q, { facets }) gives them), each a button that adds its filter to the query
// (entity:"Name", date:2021, date:2021-06: the query language's, as the app's chips write them).
// It sits in a <details> closed by default: the element asks for facets only while it is open,
// so a visitor who never opens it never fetches the annotation pages.
//   const panel = mountFacetPanel(box.results, { onOpen: () => search(), onPick: (clause) => … });
//   panel.open -> bool; panel.show(reply.facets); panel.clear()
import { el } from './search-box.js';

export const facetCss = `
details.facets { margin: 8px 0 0; font-size: 0.9em; }
details.facets > summary { cursor: pointer; color: var(--loupe-muted, #5a6272); }
details.facets > summary:focus-visible, button.facet:focus-visible {
  outline: 3px solid var(--loupe-accent, #2457c5); outline-offset: 1px; }
.facet-group { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: baseline; margin: 6px 0 0; }
.facet-group > span { color: var(--loupe-muted, #5a6272); min-width: 4.5em; }
button.facet { font: inherit; color: inherit; cursor: pointer; padding: 1px 8px;
  background: var(--loupe-bg, #fff); border: 1px solid var(--loupe-border, #c9ced8); border-radius: 999px; }
button.facet:hover { border-color: var(--loupe-accent, #2457c5); }
button.facet .n { color: var(--loupe-muted, #5a6272); margin-left: 4px; }
`;

const FACETS = ['entity', 'year', 'month'];

// The facets an element's facets attribute names (all three when it is empty), [] without it.
export function facetNames(element) {
  const asked = element.getAttribute('facets');
  if (asked === null) return [];
  const names = asked.split(/[\s,]+/).filter((n) => FACETS.includes(n));
  return names.length ? names : FACETS;
}

// A name as the query language quotes it (a double quote inside cannot be escaped: a space).
const quoted = (name) => `"${String(name).replace(/"/g, ' ').trim()}"`;

// The filter clause a facet adds: entity:"Name", date:2021, date:2021-06.
export function facetClause(kind, key) {
  return kind === 'entity' ? `entity:${quoted(key)}` : `date:${key}`;
}

// `query` with `clause` added (once: a clause already in the query is not added again).
export function withClause(query, clause) {
  const q = query.trim();
  return ` ${q} `.includes(` ${clause} `) ? q : `${q} ${clause}`.trim();
}

const groups = [
  ['entity', 'Names', (f) => (f.entity || []).map((e) => [e.canonical, e.count, e.type])],
  ['year', 'Years', (f) => Object.entries(f.year || {}).map(([k, n]) => [k, n])],
  ['month', 'Months', (f) => Object.entries(f.month || {}).map(([k, n]) => [k, n])],
];

// Mounts the panel before `results`. onOpen: the panel was opened (search again with facets);
// onPick(clause, kind, key): a facet was clicked.
export function mountFacetPanel(results, { onOpen, onPick }) {
  const body = el('div', { className: 'facet-groups' });
  const details = el('details', { className: 'facets' }, el('summary', { textContent: 'Names and dates' }), body);
  details.addEventListener('toggle', () => details.open && onOpen());
  results.before(details);
  const button = (kind, key, count, type) => {
    const b = el(
      'button',
      { type: 'button', className: 'facet', onclick: () => onPick(facetClause(kind, key), kind, key) },
      key,
      el('span', { className: 'n', textContent: String(count) }),
    );
    b.dataset.facet = `${kind}:${key}`;
    if (type) b.title = type;
    return b;
  };
  return {
    details,
    get open() {
      return details.open;
    },
    show(facets) {
      const shown = groups
        .map(([kind, label, entries]) => {
          const buttons = entries(facets || {}).map(([key, n, type]) => button(kind, key, n, type));
          return buttons.length
            ? el('div', { className: 'facet-group' }, el('span', { textContent: label }), ...buttons)
            : null;
        })
        .filter(Boolean);
      body.replaceChildren(
        ...(shown.length ? shown : [el('p', { textContent: 'No names or dates in these results.' })]),
      );
    },
    clear() {
      body.replaceChildren();
    },
  };
}
