// The views' scope (issue 17): entities, the timeline and the network show the whole corpus, or
// only what the current search finds (the typed query with the chips). For "Current results"
// the engine gives the search's entity, year and month facets: the passages of the results that
// mention each entity, that hold a date in each year or month. The entity list and the network
// keep the entities found there, each row counting its passages in the results; the timeline
// counts those years by decade, year or month. No search: the results are every document.
import { narrowed } from './search.js';

const ALL = 100000; // the engine's largest limit

let scope = 'corpus';
export const scoped = () => scope === 'results';

// The scope of the search `query` narrowed by the chips' `terms`: { entityCounts: Map(entity
// id -> passages of the results that mention it), counts: { decade, year, month } } or null
// (whole corpus: the corpus scope, or no search).
export async function resultScope(loupe, query, terms) {
  const sent = [query, ...terms].filter(Boolean).reduce((q, term) => narrowed(q, term), '');
  if (!scoped() || !sent) return null;
  const reply = await loupe.search(sent, {
    limit: 0,
    snippet_bytes: 0,
    facets: ['entity', 'year', 'month'],
    facet_limit: ALL,
  });
  const year = reply.facets?.year || {};
  const decade = {};
  for (const [y, n] of Object.entries(year)) decade[y.slice(0, 3)] = (decade[y.slice(0, 3)] || 0) + n;
  return {
    entityCounts: new Map((reply.facets?.entity || []).map((e) => [e.id, e.count])),
    counts: { decade, year, month: reply.facets?.month || {} },
  };
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
