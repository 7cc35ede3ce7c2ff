// The timeline: the corpus's dates counted by decade, year or month (the zoom; the counts come
// from the engine's worker, Loupe.indexDates), drawn as bars over the whole span (empty periods
// included, so gaps show).
// A bar with dates is a button: a click (or Enter) filters by its period; dragging across bars
// (or Shift+click from the last one picked) brushes a range and filters by it. Either becomes a
// period chip (filters.js): { kind: 'period', key: the engine's date: value, label, from, to }.
import { t } from './i18n.js';
import { el } from './dom.js';

const $ = (id) => document.getElementById(id);
export const UNITS = ['decade', 'year', 'month'];

// A bucket's key: "202" (the 2020s), "2024", "2024-03".
const labelOf = (key, unit) => (unit === 'decade' ? `${key}0s` : key);
const indexOf = (k, unit) => (unit === 'month' ? Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1 : Number(k));
const keyAt = (i, unit) =>
  unit === 'month' ? `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` : String(i);

// counts: { bucket: dates } of one unit -> [[bucket, dates]] over the span, gaps filled.
function buckets(counts, unit) {
  const keys = Object.keys(counts || {}).sort();
  if (!keys.length) return [];
  const first = indexOf(keys[0], unit),
    last = indexOf(keys[keys.length - 1], unit);
  if (last - first > 240) return keys.map((k) => [k, counts[k]]); // too wide to fill the gaps
  const out = [];
  for (let i = first; i <= last; i++) out.push([keyAt(i, unit), counts[keyAt(i, unit)] || 0]);
  return out;
}

// The chip for the buckets from..to (keys of one unit): date:2024, date:2020..2029,
// date:2024-03..2024-07.
export function periodChip(from, to, unit) {
  if (from > to) [from, to] = [to, from];
  const first = unit === 'decade' ? `${from}0` : from;
  const last = unit === 'decade' ? `${to}9` : to;
  const key = first === last ? first : `${first}..${last}`;
  const label = from === to ? labelOf(from, unit) : `${labelOf(from, unit)} – ${labelOf(to, unit)}`;
  return { kind: 'period', key, label, from: first, to: last };
}
let state = { counts: {}, unit: 'year', onPick: () => {}, anchor: null };

function bar([period, n], max, unit) {
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
      : el('span', { className: 'label', textContent: labelOf(period, unit) });
  if (!n)
    return el('span', { className: 'bar empty', attrs: { 'aria-hidden': 'true', 'data-period': period } }, fill, label);
  return el(
    'button',
    {
      type: 'button',
      className: 'bar',
      title: `${labelOf(period, unit)}: ${n}`,
      attrs: { 'aria-label': t('barLabel', { period: labelOf(period, unit), count: n }), 'data-period': period },
      onclick: (e) => pick(period, e.shiftKey),
    },
    el('span', { className: 'n', textContent: String(n) }),
    fill,
    label,
  );
}

function pick(period, extend) {
  if (brushed) return; // the click that ends a drag
  const from = extend && state.anchor ? state.anchor : period;
  state.anchor = period;
  state.onPick(periodChip(from, period, state.unit));
}

// counts: indexDates()'s { decade, year, month } counts; unit: the zoom.
export function timeline(counts, unit, onPick) {
  state = { counts, unit, onPick, anchor: null };
  const bars = buckets(counts?.[unit], unit);
  const max = Math.max(1, ...bars.map(([, n]) => n));
  for (const b of document.querySelectorAll('#timeline-unit button'))
    b.setAttribute('aria-pressed', String(b.dataset.unit === unit));
  $('timeline').replaceChildren(...bars.map((b) => bar(b, max, unit)));
  $('timeline').classList.toggle('none', !bars.length);
  // The zoom stays while any unit has dates (a scope may hold years but no month).
  $('timeline-unit').hidden = !UNITS.some((u) => Object.keys(counts?.[u] || {}).length);
  if (!bars.length) $('timeline').replaceChildren(el('p', { className: 'empty', textContent: t('noDates') }));
  $('timeline').dataset.unit = unit;
  $('timeline').dataset.busiest = bars.reduce((best, b) => (b[1] > best[1] ? b : best), ['', 0])[0];
  fitTimeline();
}

// The timeline opens on its data: scrolled so that its busiest period is in the middle (an old
// outlier at the left edge no longer leaves every other bar off screen). Called again when the
// view is shown: a hidden box cannot scroll.
export function fitTimeline() {
  const box = $('timeline');
  const b = box.querySelector(`.bar[data-period="${box.dataset.busiest}"]`);
  if (b && box.clientWidth) box.scrollLeft = b.offsetLeft - box.offsetLeft - (box.clientWidth - b.offsetWidth) / 2;
}

// Brushing: a drag from one bar to another marks the bars between and filters by that range.
let brushed = false;
let start = null;
function barAt(e) {
  return document.elementFromPoint(e.clientX, e.clientY)?.closest?.('#timeline .bar');
}
function mark(from, to) {
  const [a, b] = from <= to ? [from, to] : [to, from];
  for (const node of $('timeline').querySelectorAll('.bar'))
    node.classList.toggle('brushed', node.dataset.period >= a && node.dataset.period <= b);
}
export function wireTimeline(onUnit) {
  const box = $('timeline');
  box.addEventListener('pointerdown', (e) => {
    const b = e.pointerType === 'mouse' ? barAt(e) : null; // a finger scrolls the timeline
    brushed = false;
    start = b ? b.dataset.period : null;
  });
  box.addEventListener('pointermove', (e) => {
    if (start === null || !(e.buttons & 1)) return;
    const b = barAt(e);
    if (!b || b.dataset.period === start) return;
    brushed = true;
    mark(start, b.dataset.period);
  });
  box.addEventListener('pointerup', (e) => {
    const b = barAt(e);
    if (brushed && b) {
      state.anchor = b.dataset.period;
      state.onPick(periodChip(start, b.dataset.period, state.unit));
    }
    start = null;
    setTimeout(() => {
      brushed = false;
      mark('~', '~'); // nothing brushed
    }, 0);
  });
  for (const b of document.querySelectorAll('#timeline-unit button'))
    b.addEventListener('click', () => onUnit(b.dataset.unit));
}
