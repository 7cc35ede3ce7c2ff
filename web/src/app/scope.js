// The views' scope (issue 17): entities, the timeline and the network show the whole corpus, or
// only what the current search finds (the typed query with the chips). For "Current results"
// the engine gives the search's entity and year facets (the hit passages that mention each
// entity, that hold a date in each year): the entity list and the network keep the entities
// found there, the timeline counts those years by decade or year. Months are not in the facets,
// so the month zoom is the corpus's only. No search: the results are every document.
import { narrowed } from './search.js';

const ALL = 100000; // the engine's largest limit

let scope = 'corpus';
export const scoped = () => scope === 'results';

// The scope of the search `query` narrowed by the chips' `terms`: { entityIds, counts } or null
// (whole corpus: the corpus scope, or no search).
export async function resultScope(loupe, query, terms) {
  const sent = [query, ...terms].filter(Boolean).reduce((q, term) => narrowed(q, term), '');
  if (!scoped() || !sent) return null;
  const reply = await loupe.search(sent, { limit: 0, snippet_bytes: 0, facets: ['entity', 'year'], facet_limit: ALL });
  const year = reply.facets?.year || {};
  const decade = {};
  for (const [y, n] of Object.entries(year)) decade[y.slice(0, 3)] = (decade[y.slice(0, 3)] || 0) + n;
  return { entityIds: new Set((reply.facets?.entity || []).map((e) => e.id)), counts: { decade, year, month: {} } };
}

// onChange() after the user switches the scope.
export function wireScope(onChange) {
  for (const b of document.querySelectorAll('#scope button'))
    b.addEventListener('click', () => {
      scope = b.dataset.scope;
      for (const other of document.querySelectorAll('#scope button'))
        other.setAttribute('aria-pressed', String(other === b));
      document.body.dataset.scope = scope;
      onChange();
    });
}

// The month zoom has no result counts: in the results scope it is not offered.
export function monthsOffered() {
  const month = document.querySelector('#timeline-unit [data-unit="month"]');
  if (month) month.hidden = scoped();
  return !scoped();
}
