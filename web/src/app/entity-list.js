// The entity list: grouped by type, most mentioned first, filtered as you type (a name or an
// alias, case and accents ignored), and each entity can be hidden (kept in this browser's
// localStorage by type and name, since ids change when the corpus is linked again). Hidden
// entities leave the list and the network; "Show hidden" lists them again to unhide.
import { t } from './i18n.js';
import { el } from './dom.js';

const $ = (id) => document.getElementById(id);
const KEY = 'loupe-hidden-entities';
const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
const keyOf = (e) => `${e.type}:${e.canonical}`;

let hidden = new Set();
try {
  hidden = new Set(JSON.parse(localStorage.getItem(KEY) || '[]'));
} catch {
  /* storage off or a bad record: nothing hidden */
}
const save = () => {
  try {
    localStorage.setItem(KEY, JSON.stringify([...hidden]));
  } catch {
    /* not kept */
  }
};

export const isHidden = (e) => hidden.has(keyOf(e));
// The entities envelope without the hidden entities (for the network).
export const visibleEntities = (reply) => ({ ...reply, entities: (reply.entities || []).filter((e) => !isHidden(e)) });

let last = { reply: { entities: [] }, onPick: () => {}, onChange: () => {} };

function row(e, showingHidden) {
  const aliases = (e.aliases || []).filter((a) => a !== e.canonical);
  const toggle = () => {
    if (isHidden(e)) hidden.delete(keyOf(e));
    else hidden.add(keyOf(e));
    save();
    render();
    last.onChange();
  };
  const li = el(
    'li',
    {},
    el('button', { type: 'button', className: 'link', textContent: e.canonical, onclick: () => last.onPick(e) }),
    el('span', {
      className: 'meta',
      textContent: t('entityMeta', { mentions: e.mention_count, docs: (e.documents || []).length }),
    }),
    el('button', {
      type: 'button',
      className: 'hide',
      textContent: showingHidden ? t('unhide') : t('hide'),
      attrs: { 'aria-label': t(showingHidden ? 'unhideLabel' : 'hideLabel', { name: e.canonical }) },
      onclick: toggle,
    }),
    aliases.length ? el('span', { className: 'aliases', textContent: aliases.join(' · ') }) : null,
  );
  li.dataset.entity = String(e.id);
  return li;
}

function render() {
  const showingHidden = $('entity-show-hidden').checked;
  const q = fold($('entity-filter').value.trim());
  const all = [...(last.reply.entities || [])].sort(
    (a, b) => b.mention_count - a.mention_count || a.canonical.localeCompare(b.canonical),
  );
  const list = all.filter(
    (e) =>
      isHidden(e) === showingHidden && (!q || [e.canonical, ...(e.aliases || [])].some((n) => fold(n).includes(q))),
  );
  const order = ['PERSON', 'ORG', 'LOC'];
  const rank = (type) => (order.includes(type) ? order.indexOf(type) : order.length);
  const types = [...new Set(list.map((e) => e.type))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  $('entity-count').textContent = `(${all.filter((e) => !isHidden(e)).length})`;
  $('entity-hidden-count').textContent = String(all.filter(isHidden).length);
  $('entities').replaceChildren(
    ...types.map((type) =>
      el(
        'li',
        { className: 'group' },
        el('h3', { textContent: t(`type${type}`) === `type${type}` ? type : t(`type${type}`) }),
        el('ul', {}, ...list.filter((e) => e.type === type).map((e) => row(e, showingHidden))),
      ),
    ),
  );
}

// reply: the entities envelope; onPick(entity) filters by it; onChange() after a hide or unhide.
export function showEntities(reply, onPick, onChange = () => {}) {
  last = { reply, onPick, onChange };
  render();
}

export function wireEntityList() {
  $('entity-filter').addEventListener('input', render);
  $('entity-show-hidden').addEventListener('change', render);
}
