// The entity list: grouped by type (types as tabs: all, or one), most mentioned first (in the current results' scope: named
// in most of their passages), filtered as you type (a name or an alias, case and accents
// ignored). Each entity can be hidden, renamed, or ticked and merged with others
// (entity-prefs.js keeps these in IndexedDB and folds them into the envelope the list and the
// network draw). Hidden entities leave the list and the network; "Show hidden"
// lists them again to unhide. A merged entity filters on all its members' names. The quality
// default (entity-quality.js) keeps low-evidence names out of the list and the network until
// "Show all" is ticked; a name typed in the filter box is looked for among all of them.
import { t } from './i18n.js';
import { el } from './dom.js';
import { apply, isHidden, setHidden, rename, merge, unmerge } from './entity-prefs.js';
import { lowEvidenceIds } from './entity-quality.js';

const $ = (id) => document.getElementById(id);
const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

let last = { reply: { entities: [] }, shown: { entities: [] }, low: new Set(), onPick: () => {}, onChange: () => {} };
const ticked = new Set(); // ids of the entities ticked for a merge
const FIRST = 200; // rows drawn per type until "Show all" (a large corpus has thousands)
const unfolded = new Set(); // the types shown in full
let renaming = null; // id of the entity whose name is being edited
let typeShown = 'all'; // the type tab: 'all' or one type

const showAll = () => $('entity-show-all').checked;
// The current results' entities (scope.js): entity id -> passages of the results that mention
// it, or null (all documents). A merged entity counts its passages once: the engine's count
// when two of its members are in the results (groups: merged id -> passages), else its one
// member's. A merge made since the engine last counted is null (being counted): adding its
// members' passages up would show a passage naming two of them twice.
let scope = null;
let groups = new Map();
const inScope = (e) => !scope || (e.members || [e]).some((m) => scope.has(m.id));
const memberCounts = (e) => (e.members || [e]).map((m) => scope.get(m.id) || 0);
function scopedCount(e) {
  if (groups.has(e.id)) return groups.get(e.id);
  const each = memberCounts(e);
  return each.filter((n) => n > 0).length > 1 ? null : Math.max(0, ...each);
}
// The count a row shows and the list is sorted by: in the results (while being counted, at
// least its largest member's), or in the corpus.
const countOf = (e) => (scope ? (scopedCount(e) ?? Math.max(...memberCounts(e))) : e.mention_count);
// A row's count: in the corpus, in the results, or being counted.
function scopedMeta(e) {
  if (!scope) return t('entityMeta', { mentions: e.mention_count, docs: (e.documents || []).length });
  const passages = scopedCount(e);
  return passages === null ? t('entityMetaCounting') : t('entityMetaScoped', { passages });
}
export function setEntityScope(counts, groupCounts = new Map()) {
  scope = counts;
  groups = groupCounts;
  render();
}
// The envelope after merges and renames, without the hidden entities and, unless "Show all" is
// ticked, the low-evidence ones (for the network).
export const visibleEntities = () => ({
  ...last.shown,
  entities: (last.shown.entities || []).filter((e) => !isHidden(e) && inScope(e) && (showAll() || !last.low.has(e.id))),
});
export const shownEntities = () => last.shown.entities || [];
// The entities the reading pane marks: the list's, in any scope (not hidden, and not held back
// by the quality default unless "Show all" is ticked).
export const markedEntities = () => shownEntities().filter((e) => !isHidden(e) && (showAll() || !last.low.has(e.id)));

// After a choice (made in memory at once, kept in IndexedDB meanwhile): drawn again.
function changed() {
  last.shown = apply(last.reply);
  last.low = lowEvidenceIds(last.shown.entities || []);
  render();
  last.onChange();
}

function nameCell(e) {
  if (renaming !== e.id)
    return el('button', { type: 'button', className: 'link', textContent: e.canonical, onclick: () => last.onPick(e) });
  const input = el('input', {
    type: 'text',
    className: 'rename-input',
    value: e.canonical,
    attrs: { 'aria-label': t('renameLabel', { name: e.original }) },
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' || ev.key === 'Enter') ev.preventDefault();
    if (ev.key === 'Escape') renaming = null;
    if (ev.key === 'Enter') {
      renaming = null;
      rename(e, input.value);
    }
    if (ev.key === 'Escape' || ev.key === 'Enter') {
      changed();
      $('entities').querySelector(`li[data-entity="${e.id}"] button.link`)?.focus();
    }
  });
  queueMicrotask(() => input.focus());
  return input;
}

function row(e, showingHidden) {
  const aliases = (e.aliases || []).filter((a) => a !== e.canonical);
  const tick = el('input', {
    type: 'checkbox',
    className: 'tick',
    checked: ticked.has(e.id),
    attrs: { 'aria-label': t('tickLabel', { name: e.canonical }) },
    onchange: (ev) => {
      if (ev.target.checked) ticked.add(e.id);
      else ticked.delete(e.id);
      tools();
    },
  });
  const button = (cls, text, label, onclick) =>
    el('button', { type: 'button', className: cls, textContent: text, attrs: { 'aria-label': label }, onclick });
  const li = el(
    'li',
    {},
    tick,
    nameCell(e),
    el('span', {
      className: 'meta',
      textContent: scopedMeta(e),
    }),
    button(
      'hide',
      showingHidden ? t('unhide') : t('hide'),
      t(showingHidden ? 'unhideLabel' : 'hideLabel', { name: e.canonical }),
      () => {
        setHidden(e, !isHidden(e), { visit: $('entity-hide-visit').checked });
        changed();
      },
    ),
    button('rename', t('rename'), t('renameLabel', { name: e.canonical }), () => {
      renaming = e.id;
      render();
    }),
    e.members?.length > 1
      ? button('unmerge', t('unmerge'), t('unmergeLabel', { name: e.canonical }), () => {
          unmerge(e);
          changed();
        })
      : null,
    aliases.length ? el('span', { className: 'aliases', textContent: aliases.join(' · ') }) : null,
  );
  li.dataset.entity = String(e.id);
  return li;
}

// The merge bar: "Merge N ticked" once two or more are ticked; the most mentioned one keeps its name.
function tools() {
  const list = shownEntities().filter((e) => ticked.has(e.id));
  const bar = $('entity-merge');
  bar.hidden = list.length < 2;
  bar.replaceChildren(
    el('button', {
      type: 'button',
      textContent: t('mergeTicked', { count: list.length }),
      onclick: () => {
        list.sort((a, b) => b.mention_count - a.mention_count);
        ticked.clear();
        merge(list);
        changed();
      },
    }),
    el('button', {
      type: 'button',
      className: 'link',
      textContent: t('untick'),
      onclick: () => {
        ticked.clear();
        render();
      },
    }),
  );
}

function render() {
  const showingHidden = $('entity-show-hidden').checked;
  const q = fold($('entity-filter').value.trim());
  const all = [...shownEntities()]
    .filter(inScope)
    .sort((a, b) => countOf(b) - countOf(a) || a.canonical.localeCompare(b.canonical));
  const named = (e) => [e.canonical, ...(e.aliases || [])].some((n) => fold(n).includes(q));
  // Hidden ones when asked; a typed name among all; else the quality default unless "Show all".
  const wanted = (e) => (q ? named(e) : showingHidden || showAll() || !last.low.has(e.id));
  const list = all.filter((e) => isHidden(e) === showingHidden && wanted(e));
  const held = all.filter((e) => !isHidden(e) && last.low.has(e.id)).length;
  $('entity-low-count').textContent = String(held);
  $('entity-quality-note').hidden = !held || showAll() || showingHidden;
  $('entity-quality-note').textContent = t('qualityNote', { count: held });
  const order = ['PERSON', 'ORG', 'LOC'];
  const rank = (type) => (order.includes(type) ? order.indexOf(type) : order.length);
  const types = [...new Set(list.map((e) => e.type))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (!types.includes(typeShown)) typeShown = 'all';
  typeTabs(types, list);
  $('entity-count').textContent = `(${all.filter((e) => !isHidden(e) && (showAll() || !last.low.has(e.id))).length})`;
  $('entity-hidden-count').textContent = String(all.filter(isHidden).length);
  $('entities').replaceChildren(
    ...types
      .filter((type) => typeShown === 'all' || type === typeShown)
      .map((type) =>
        el(
          'li',
          { className: 'group' },
          el('h3', { textContent: typeName(type) }),
          ...rows(
            list.filter((e) => e.type === type),
            type,
            showingHidden,
          ),
        ),
      ),
  );
  for (const id of [...ticked]) if (!all.some((e) => e.id === id)) ticked.delete(id);
  tools();
}

const typeName = (type) => (t(`type${type}`) === `type${type}` ? type : t(`type${type}`));

// Types as tabs: all, or one type, each with the count it lists.
function typeTabs(types, list) {
  const tab = (type, label, count) =>
    el('button', {
      type: 'button',
      textContent: `${label} (${count})`,
      attrs: { 'aria-pressed': String(typeShown === type) },
      onclick: () => {
        typeShown = type;
        render();
      },
    });
  $('entity-types').replaceChildren(
    tab('all', t('allTypes'), list.length),
    ...types.map((type) => tab(type, typeName(type), list.filter((e) => e.type === type).length)),
  );
}

// The rows of one type: the FIRST most mentioned, then a button that draws the rest.
function rows(list, type, showingHidden) {
  const cut = unfolded.has(type) ? list : list.slice(0, FIRST);
  const more =
    cut.length < list.length
      ? el('button', {
          type: 'button',
          className: 'link show-all',
          textContent: t('showAll', { count: list.length }),
          onclick: () => {
            unfolded.add(type);
            render();
          },
        })
      : null;
  return [el('ul', {}, ...cut.map((e) => row(e, showingHidden))), more];
}

// reply: the engine's entities envelope; onPick(entity) filters by it; onChange() after a
// hide, merge or rename (the network and the chips follow).
export function showEntities(reply, onPick, onChange = () => {}) {
  const shown = apply(reply);
  last = { reply, shown, low: lowEvidenceIds(shown.entities || []), onPick, onChange };
  render();
}

export function wireEntityList() {
  $('entity-filter').addEventListener('input', render);
  $('entity-show-hidden').addEventListener('change', render);
  // The network follows "Show all" too.
  $('entity-show-all').addEventListener('change', () => {
    render();
    last.onChange();
  });
}
