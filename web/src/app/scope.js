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
// id -> passages of the results that mention it), groupCounts: Map(merged entity id -> its
// passages), counts: { decade, year, month } } or null (whole corpus: the corpus scope, or no
// search). merged: [{ id, members: [entity ids], clause }] (the user's merges, clause the one
// its chip adds): a passage naming two members is one passage, so a merge whose members meet
// in the results is counted by the engine (its chip's search), not by adding the facets up.
export async function resultScope(loupe, query, terms, merged = []) {
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
  const entityCounts = new Map((reply.facets?.entity || []).map((e) => [e.id, e.count]));
  const meeting = merged.filter((g) => g.members.filter((id) => entityCounts.has(id)).length > 1);
  const totals = await Promise.all(
    meeting.map((g) =>
      loupe.search(narrowed(sent, g.clause), { limit: 0, snippet_bytes: 0, facets: false }).then((r) => r.total),
    ),
  );
  return {
    entityCounts,
    groupCounts: new Map(meeting.map((g, i) => [g.id, totals[i]])),
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
