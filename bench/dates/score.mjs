// Scoring of date values, shared by both benchmarks of run.mjs (Duckling phrases, our labels).
// Values are Loupe's output format: `2013`, `2013-Q2`, `2013-02`, `2013-W07`, `2013-02-15`,
// `2013-02-15T17:00` (`:SS` optional), `197X` (decade), `19` (century: 1900-1999), `-0044`
// (BC); an interval is `START/END` with an INCLUSIVE end written at its grain (the shared
// Duckling data is converted that way: "last 2 days" = `2013-02-10/2013-02-11`), an open side
// is empty (`2014/`, `/2013-02-12T11:00`). Durations (`P9M`) are not dates and are ignored.
//
// Per phrase (or labelled surface): the prediction is the mention that overlaps the phrase the
// most (ties: the longer mention, then the first). detected = some date mention overlaps it;
// date level = expected and predicted values, each end cut to the expected grain but no finer
// than the day, are equal (an interval whose cut ends are equal counts as that one value, so
// "yesterday evening" predicted as the day 2013-02-11 is right at date level); strict = the
// full values are equal once `:00` seconds are dropped (`T16:00:00` = `T16:00`).

const pad = (n, w = 2) => String(n).padStart(w, '0');
export const GRAINS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century'];
// Levels to cut to, coarse to fine. Hours and finer are cut to the day.
const LEVEL = { century: 0, decade: 1, year: 2, quarter: 3, month: 4, week: 5, day: 6 };
const cutLevelOf = (grain) => Math.min(LEVEL[grain] ?? LEVEL.day, LEVEL.day);

function isoWeekOf(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  const thursday = new Date(t.getTime() + (3 - ((t.getUTCDay() + 6) % 7)) * 864e5);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { y: thursday.getUTCFullYear(), w: Math.floor((thursday - jan1) / 864e5 / 7) + 1 };
}
function thursdayOfWeek(y, w) {
  // the Thursday of ISO week w: its month names the week's month
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (w - 1) * 7 * 864e5;
  const t = new Date(monday + 3 * 864e5);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1 };
}

// One end of a value -> {level, y, q, m, w, d} (level: how fine it is), or null.
export function parsePoint(v) {
  let m;
  if ((m = /^(-?\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?$/.exec(v)))
    return { level: LEVEL.day, y: +m[1], m: +m[2], d: +m[3] };
  if ((m = /^(-?\d{4})-W(\d{2})$/.exec(v))) return { level: LEVEL.week, y: +m[1], w: +m[2] };
  if ((m = /^(-?\d{4})-(\d{2})$/.exec(v))) return { level: LEVEL.month, y: +m[1], m: +m[2] };
  if ((m = /^(-?\d{4})-Q([1-4])$/.exec(v))) return { level: LEVEL.quarter, y: +m[1], q: +m[2] };
  if ((m = /^(-?\d{4})$/.exec(v))) return { level: LEVEL.year, y: +m[1] };
  if ((m = /^(\d{3})X$/.exec(v))) return { level: LEVEL.decade, y: +m[1] * 10 };
  if ((m = /^(\d{2})$/.exec(v))) return { level: LEVEL.century, y: +m[1] * 100 };
  return null;
}

// One end cut to `level`, as a string; null when the end is coarser than the level.
export function cutPoint(v, level) {
  if (v === '') return '';
  const p = parsePoint(v);
  if (!p || p.level < level) return null;
  if (level === LEVEL.century) return pad(Math.floor(p.y / 100));
  if (level === LEVEL.decade) return `${pad(Math.floor(p.y / 10), 3)}X`;
  if (level === LEVEL.year) return pad(p.y, 4);
  // Weeks are cut to months and quarters by their Thursday (the ISO rule for the year).
  const ym = p.level === LEVEL.week ? thursdayOfWeek(p.y, p.w) : { y: p.y, m: p.m };
  if (level === LEVEL.quarter) return `${pad(ym.y, 4)}-Q${p.q ?? Math.ceil(ym.m / 3)}`;
  if (level === LEVEL.month) return `${pad(ym.y, 4)}-${pad(ym.m)}`;
  if (level === LEVEL.week) {
    if (p.level === LEVEL.week) return `${pad(p.y, 4)}-W${pad(p.w)}`;
    const w = isoWeekOf(p.y, p.m, p.d);
    return `${pad(w.y, 4)}-W${pad(w.w)}`;
  }
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

export const isDuration = (v) => /^P/.test(v ?? '');

// The value at date level for an expected grain; null when it cannot be cut that fine.
export function cutValue(value, grain) {
  const level = cutLevelOf(grain);
  const ends = value.split('/');
  if (ends.length > 2) return null;
  const cut = ends.map((e) => cutPoint(e, level));
  if (cut.some((c) => c === null)) return null;
  if (cut.length === 2 && cut[0] !== '' && cut[0] === cut[1]) return cut[0];
  return cut.join('/');
}

const dropZeroSeconds = (v) =>
  v
    .split('/')
    .map((e) => e.replace(/(T\d{2}:\d{2}):00$/, '$1'))
    .join('/');
export const strictEqual = (expected, predicted) => dropZeroSeconds(expected) === dropZeroSeconds(predicted);
export function dateLevelEqual(expected, predicted, grain) {
  const e = cutValue(expected, grain);
  return e !== null && e === cutValue(predicted, grain);
}

// The mention that covers most of [begin, end) (UTF-16 units), durations left out.
export function bestMention(mentions, begin, end) {
  let best = null,
    bestOverlap = 0;
  for (const m of mentions) {
    if (isDuration(m.value)) continue;
    const overlap = Math.min(end, m.end) - Math.max(begin, m.begin);
    const longer = best && overlap === bestOverlap && m.end - m.begin > best.end - best.begin;
    if (overlap > bestOverlap || longer) ((best = m), (bestOverlap = overlap));
  }
  return best;
}

// Tallies of one system on one set: rows by grain (plus "all" and "interval"), negatives apart.
export class Tally {
  constructor() {
    this.rows = new Map();
    ((this.negatives = 0), (this.falsePositives = 0), (this.extra = 0));
  }
  row(name) {
    if (!this.rows.has(name)) this.rows.set(name, { n: 0, detected: 0, date: 0, strict: 0 });
    return this.rows.get(name);
  }
  // One expected value against the system's mentions of the text; returns the outcome.
  add(expected, mentions) {
    const best = bestMention(mentions, expected.begin, expected.end);
    const out = {
      best,
      detected: !!best,
      date: !!best && dateLevelEqual(expected.value, best.value, expected.grain),
      strict: !!best && strictEqual(expected.value, best.value),
    };
    const rows = ['all', expected.grain];
    if (expected.value.includes('/')) rows.push('interval');
    for (const name of rows) {
      const r = this.row(name);
      (r.n++, (r.detected += out.detected), (r.date += out.date), (r.strict += out.strict));
    }
    return out;
  }
  // A text with no date: any date mention is a false positive.
  addNegative(mentions) {
    const found = mentions.filter((m) => !isDuration(m.value));
    this.negatives++;
    this.falsePositives += found.length > 0;
    return found;
  }
}
