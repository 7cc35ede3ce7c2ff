// One filter model: every facet, entity, period and document filter is a chip above the results
// (removable, one Tab stop each); the query box keeps only what the user typed. When a search
// runs, the chips become the engine's filter clauses (README.md, "Query syntax"):
//   lang -> lang:ko, doc -> doc:"id", period -> date:2024 | date:2024-03 | date:2024-03..2024-07,
//   entity -> entity:"Name", or (entity:"A" OR entity:"B") for a merged entity's members.
// A language, document or period chip replaces one of its kind; entity chips add up (AND).
import { t } from './i18n.js';
import { el } from './dom.js';
import { docTitle } from './doc-names.js';

const $ = (id) => document.getElementById(id);
const SINGLE = new Set(['lang', 'doc', 'period']);
let chips = []; // [{ kind, key, label, names? (entity: the names to filter on), id? }]
let changed = () => {};

export const quoted = (name) => `"${String(name).replace(/"/g, ' ').trim()}"`;

// The engine clause of one chip.
export function clause(chip) {
  if (chip.kind === 'lang') return `lang:${chip.key}`;
  if (chip.kind === 'doc') return `doc:${quoted(chip.key)}`;
  if (chip.kind === 'period') return `date:${chip.key}`;
  const names = [...new Set(chip.names?.length ? chip.names : [chip.key])];
  const terms = names.map((n) => `entity:${quoted(n)}`);
  return terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`;
}

export const terms = () => chips.map(clause);
export const current = () => chips;
export const find = (kind) => chips.find((c) => c.kind === kind);

export function add(chip) {
  const same = (c) => c.kind === chip.kind && (SINGLE.has(chip.kind) || c.key === chip.key);
  chips = [...chips.filter((c) => !same(c)), chip];
  render();
  changed();
}
export function remove(chip) {
  chips = chips.filter((c) => c !== chip);
  render();
  changed();
}
export function clear({ quiet = false } = {}) {
  chips = [];
  render();
  if (!quiet) changed();
}
// After a merge or rename: entity chips take the entity's new names (by the chip's key).
export function update(fn) {
  chips = chips.map((c) => fn(c) || c);
  render();
}

function text(chip) {
  if (chip.kind === 'entity') return t('filterEntity', { label: chip.label });
  if (chip.kind === 'period') return t('filterDate', { label: chip.label });
  if (chip.kind === 'doc') return t('filterDoc', { label: docTitle(chip.key) });
  return t('filterLang', { label: chip.label });
}

export function render() {
  const box = $('filter');
  box.hidden = !chips.length;
  box.replaceChildren(
    ...chips.map((chip) => {
      const label = text(chip);
      const node = el(
        'span',
        { className: `chip chip-${chip.kind}` },
        el('span', { textContent: label }),
        el('button', {
          type: 'button',
          className: 'chip-remove',
          textContent: '×',
          title: t('clearFilter'),
          attrs: { 'aria-label': t('removeChip', { label }) },
          onclick: () => remove(chip),
        }),
      );
      node.dataset.chip = `${chip.kind}:${chip.key}`;
      return node;
    }),
  );
}

// onChange() runs after every change made by the user (add, remove, clear).
export function wireFilters(onChange) {
  changed = onChange;
  render();
}
