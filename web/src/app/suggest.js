// Search help under the search box.
// - A miss suggests another spelling (spellingOf): the documents' form of each plain word that
//   differs only by accents (negociacion -> negociación), else its fuzzy `word~` / `word~2`
//   match (Lavorv -> Lavrov, a swap is two edits), read off the highlights of the engine's own
//   prefix and fuzzy searches; offered with its count only when that query finds something.
//   The engine has no accent folding of its own, and its fuzzy matching compares index terms
//   (stems for Spanish, Russian, ...), so the accent case goes through prefixes.
// - A query word that is also an entity's name (or a word of it, or an alias) offers "all names
//   of X": one click filters by the entity (entity:"X" finds it in every script, 푸틴, Путин).
import { t } from './i18n.js';
import { el } from './dom.js';

const $ = (id) => document.getElementById(id);
export const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
// The words a user typed plainly: no operator, filter, quote, wildcard or fuzzy mark.
export const plainWords = (query) =>
  /["():*~|]/.test(query)
    ? []
    : query.split(/\s+/).filter((w) => /^[\p{L}\p{N}'’-]+$/u.test(w) && w !== 'OR' && w !== 'AND' && w !== 'NOT');

// The spellings a search's matches show, most frequent first (case kept as found).
async function surfaces(loupe, query, clauses) {
  const reply = await loupe.search([query, ...clauses].join(' '), { limit: 30, per_doc: 3, facets: false });
  const counts = new Map();
  for (const h of reply.hits)
    for (const m of h.highlights || []) {
      if (!Number.isInteger(m.in_snippet_begin_u16)) continue;
      const s = h.snippet.slice(m.in_snippet_begin_u16, m.in_snippet_end_u16);
      if (s) counts.set(s, (counts.get(s) || 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([s]) => s);
}

// How the documents spell a word that found nothing: first a form that differs from it only by
// accents and case, found through a shorter prefix (`investigaci*`: fuzzy matching compares
// index terms, and a stemmed language's terms are stems, "investig", too far from the word);
// else the most frequent match of `word~` (one edit), then `word~2` (6+ letters).
async function spellingOf(loupe, word, clauses) {
  for (let cut = 1; cut <= 4 && word.length - cut >= 4; cut++) {
    const same = (await surfaces(loupe, `${word.slice(0, word.length - cut)}*`, clauses)).filter(
      (s) => fold(s) === fold(word),
    );
    if (same.length) return same[0];
  }
  const one = await surfaces(loupe, `${word}~`, clauses);
  if (one.length || word.length < 6) return one[0] || null;
  return (await surfaces(loupe, `${word}~2`, clauses))[0] || null;
}

// The query with each word respelled as the documents spell it; null when nothing changes.
export async function respell(loupe, query, clauses) {
  const words = plainWords(query);
  if (!words.length || words.length > 6) return null;
  let out = query;
  for (const w of [...new Set(words)]) {
    if (w.length < 3) continue;
    const s = await spellingOf(loupe, w, clauses);
    if (s && s !== w) out = out.split(w).join(s);
  }
  if (out === query) return null;
  const reply = await loupe.search([out, ...clauses].join(' '), { limit: 0, snippet_bytes: 0, facets: false });
  return reply.total ? { query: out, total: reply.total } : null;
}

// Entities named by the query's words: a whole name, an alias or a word of one (folded). The
// folded names are made once per entity list (a large corpus has thousands of entities, and
// this runs on every keystroke).
const prepared = new WeakMap(); // entity list -> [{ e, names: Set of folded names and words }]
function namesOf(entities) {
  if (!prepared.has(entities)) {
    const list = [];
    for (const e of entities) {
      const folded = [e.canonical, ...(e.aliases || [])].map(fold);
      // Only an entity with names that say more than an accent or a case (other scripts, forms).
      if (!folded.some((f) => f !== folded[0])) continue;
      const names = new Set(folded);
      for (const f of folded) for (const part of f.split(/\s+/)) if (part.length > 2) names.add(part);
      list.push({ e, names });
    }
    prepared.set(entities, list);
  }
  return prepared.get(entities);
}
export function entitiesNamed(query, entities) {
  const words = [...new Set(plainWords(query).map(fold)), fold(query.trim())].filter(Boolean);
  if (!words.length) return [];
  return namesOf(entities)
    .filter(({ names }) => words.some((w) => names.has(w)))
    .map(({ e }) => e)
    .sort((a, b) => b.mention_count - a.mention_count)
    .slice(0, 2);
}

// Draws the help: { respelled: { query, total } | null, entities: [...] }.
export function showSuggestions({ respelled, entities }, { onQuery, onEntity }) {
  const items = [];
  if (respelled)
    items.push(
      el(
        'span',
        { className: 'suggest-item' },
        t('didYouMean'),
        ' ',
        el('button', {
          type: 'button',
          className: 'link respell',
          textContent: respelled.query,
          onclick: () => onQuery(respelled.query),
        }),
        ` (${t('passages', { count: respelled.total })})`,
      ),
    );
  for (const e of entities) {
    const others = (e.aliases || []).filter((a) => a !== e.canonical).slice(0, 6);
    items.push(
      el('button', {
        type: 'button',
        className: 'facet all-names',
        textContent: t('allNames', { name: e.canonical, names: others.join(' · ') }),
        onclick: () => onEntity(e),
      }),
    );
  }
  $('suggest').replaceChildren(...items);
  $('suggest').hidden = !items.length;
}
