// Text with marked UTF-16 ranges, built from text nodes (never markup). Two layers: entity and
// date marks ({ begin_u16, end_u16, kind, label, onPick }) and, nested inside them, search
// matches (kind 'hit'), so a match inside a name (the hit "Lavrov" in the entity "Sergey
// Lavrov") is still marked: a match that crosses an entity's edge is drawn in pieces, one
// mark.hit on each side. Overlaps within a layer are skipped (first, then longest, wins).
import { el } from './dom.js';

// Sorted, in bounds, non-overlapping ranges of one layer.
function layer(marks, length) {
  const out = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.begin_u16 - b.begin_u16 || b.end_u16 - a.end_u16)) {
    if (m.begin_u16 >= at && m.end_u16 <= length && m.end_u16 > m.begin_u16) {
      out.push(m);
      at = m.end_u16;
    }
  }
  return out;
}

// text[from, to) with the hits that fall in it marked. hits are sorted and the calls go left to
// right, so cursor.i (the first hit that may still matter) only moves forward: linear overall.
function withHits(text, from, to, hits, cursor) {
  const out = [];
  let at = from;
  while (cursor.i < hits.length && hits[cursor.i].end_u16 <= from) cursor.i++;
  for (let i = cursor.i; i < hits.length && hits[i].begin_u16 < to; i++) {
    const begin = Math.max(hits[i].begin_u16, from);
    const end = Math.min(hits[i].end_u16, to);
    if (begin > at) out.push(text.slice(at, begin));
    const mark = el('mark', { className: 'hit', textContent: text.slice(begin, end) });
    if (hits[i].index !== undefined) mark.dataset.hit = String(hits[i].index);
    out.push(mark);
    at = end;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

// A pickable mark is a control (click, Enter or Space) but not a Tab stop of its own: the
// container's roving stop (rove below) moves between them with the arrow keys.
function outerMark(m, children) {
  const mark = el('mark', { className: m.kind || '', title: m.label || '' }, ...children);
  if (m.onPick) {
    mark.tabIndex = -1;
    mark.setAttribute('role', 'button');
    mark.addEventListener('click', m.onPick);
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        m.onPick();
      }
    });
  }
  return mark;
}

export function marked(text, marks) {
  const outer = layer(
    marks.filter((m) => m.kind !== 'hit'),
    text.length,
  );
  const hits = layer(
    marks.filter((m) => m.kind === 'hit'),
    text.length,
  );
  const out = [];
  const cursor = { i: 0 };
  let at = 0;
  for (const m of outer) {
    out.push(...withHits(text, at, m.begin_u16, hits, cursor));
    out.push(outerMark(m, withHits(text, m.begin_u16, m.end_u16, hits, cursor)));
    at = m.end_u16;
  }
  out.push(...withHits(text, at, text.length, hits, cursor));
  return out;
}

// One Tab stop for all the pickable marks in box: the first (or last focused) has tabIndex 0,
// the others -1; arrow keys move between them, Home/End jump to the ends.
const roving = new WeakSet();
export function rove(box) {
  const marks = () => [...box.querySelectorAll('mark[role=button]')];
  const first = marks()[0];
  if (first) first.tabIndex = 0;
  if (roving.has(box)) return;
  roving.add(box);
  box.addEventListener('keydown', (e) => {
    const all = marks();
    const i = all.indexOf(document.activeElement);
    if (i < 0) return;
    const next = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: all.length - 1,
    }[e.key];
    if (next === undefined || !all[next]) return;
    e.preventDefault();
    all[i].tabIndex = -1;
    all[next].tabIndex = 0;
    all[next].focus();
  });
}
