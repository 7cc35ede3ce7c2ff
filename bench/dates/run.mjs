// Dates benchmark: Loupe (wasm) against chrono-node on the labelled sentences of labels/*.tsv,
// in one Node process. Prints precision, recall and F1 per language and throughput in MB/s.
//   node bench/dates/run.mjs            (LOUPE_DIST_DIR=... to use another wasm build)
// A prediction matches a label when the spans overlap and the values agree at the coarser of
// the two granularities (chrono often states only a month or a year); ranges compare both
// ends; durations compare exactly. Both systems get the same reference date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { loadEngine } from '../../tests/wasm/load-engine.mjs';

const require = createRequire(import.meta.url);
const chrono = require('chrono-node');
const REF = '2023-07-31';
const REF_DATE = new Date(2023, 6, 31, 12, 0, 0);
const LANGS = ['en', 'es', 'ru', 'uk', 'ko'];
const utf8 = new TextEncoder();

function readLabels(lang) {
  const rows = readFileSync(new URL(`labels/${lang}.tsv`, import.meta.url), 'utf8').split('\n');
  return rows.filter((r) => r && !r.startsWith('#')).map((row) => {
    const [sentence, ...cols] = row.split('\t');
    const gold = [];
    for (let i = 0; i + 1 < cols.length; i += 2) {
      const begin = sentence.indexOf(cols[i]);
      gold.push({ begin, end: begin + cols[i].length, value: cols[i + 1], surface: cols[i] });
    }
    return { sentence, gold };
  });
}

// ---- values: points with a granularity, ranges, durations ----
const pad = (n, w = 2) => String(n).padStart(w, '0');
function isoWeekThursday(y, w) {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (w - 1) * 7 * 864e5);
  return new Date(monday.getTime() + 3 * 864e5);
}
function isoWeekOf(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  const thu = new Date(t.getTime() + (3 - ((t.getUTCDay() + 6) % 7)) * 864e5);
  const jan1 = Date.UTC(thu.getUTCFullYear(), 0, 1);
  return `${thu.getUTCFullYear()}-W${pad(Math.floor((thu - jan1) / 864e5 / 7) + 1)}`;
}
function parsePoint(v) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return { level: 4, y: +m[1], m: +m[2], d: +m[3] };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const t = isoWeekThursday(+m[1], +m[2]);
    return { level: 3.5, y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, week: v };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return { level: 3, y: +m[1], m: +m[2] };
  if ((m = /^(\d{4})$/.exec(v))) return { level: 2, y: +m[1] };
  if ((m = /^(\d{3})X$/.exec(v))) return { level: 1, y: +m[1] * 10 };
  if ((m = /^(\d{2})$/.exec(v))) return { level: 0, y: +m[1] * 100 };
  return null;
}
function samePoint(a, b) {
  const pa = parsePoint(a), pb = parsePoint(b);
  if (!pa || !pb) return false;
  const level = Math.min(pa.level, pb.level);
  if (level === 0) return Math.floor(pa.y / 100) === Math.floor(pb.y / 100);
  if (level === 1) return Math.floor(pa.y / 10) === Math.floor(pb.y / 10);
  if (level === 2) return pa.y === pb.y;
  if (level === 3) return pa.y === pb.y && pa.m === pb.m;
  const week = (p) => p.week ?? isoWeekOf(p.y, p.m, p.d);
  if (level === 3.5) return week(pa) === week(pb);
  return pa.y === pb.y && pa.m === pb.m && pa.d === pb.d;
}
function sameValue(gold, pred) {
  if (gold.startsWith('P') || pred.startsWith('P')) return gold === pred;
  const g = gold.split('/'), p = pred.split('/');
  if (g.length !== p.length) return false;
  return g.every((x, i) => samePoint(x, p[i]));
}

// ---- the two systems: each returns [{begin, end, value}] in UTF-16 units ----
function loupePredict(engine, text) {
  const reply = JSON.parse(engine.dates(text, REF));
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.dates.map((d) => ({ begin: d.begin_u16, end: d.end_u16, value: d.value, surface: d.surface }));
}
function chronoValue(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (c.isCertain('day') || c.isCertain('weekday')) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('month')) return `${pad(y, 4)}-${pad(m)}`;
  if (c.isCertain('year')) return pad(y, 4);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;  // nothing certain: chrono's implied day
}
function chronoPredict(lang, text) {
  return chrono[lang].parse(text, REF_DATE).map((r) => ({
    begin: r.index, end: r.index + r.text.length, surface: r.text,
    value: chronoValue(r.start) + (r.end ? `/${chronoValue(r.end)}` : ''),
  }));
}

function score(rows, predict) {
  let tp = 0, npred = 0, ngold = 0;
  const misses = [];
  for (const { sentence, gold } of rows) {
    const preds = predict(sentence);
    npred += preds.length;
    ngold += gold.length;
    const used = new Set();
    for (const g of gold) {
      const hit = preds.findIndex((p, i) => !used.has(i) && p.begin < g.end && g.begin < p.end && sameValue(g.value, p.value));
      if (hit >= 0) used.add(hit), tp++;
      else misses.push(`  miss ${g.surface} = ${g.value}  [got ${preds.map((p) => `${p.surface}=${p.value}`).join(', ') || '-'}]`);
    }
    preds.forEach((p, i) => { if (!used.has(i) && !gold.some((g) => p.begin < g.end && g.begin < p.end)) misses.push(`  extra ${p.surface} = ${p.value}`); });
  }
  const p = npred ? tp / npred : 0, r = ngold ? tp / ngold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, npred, ngold, misses };
}

function throughput(rows, run) {
  const block = rows.map((r) => r.sentence).join('\n');
  const text = Array(Math.ceil(400_000 / utf8.encode(block).length)).fill(block).join('\n\n');
  const bytes = utf8.encode(text).length;
  run(text);  // warm up
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    run(text);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return bytes / 1e6 / best;
}

const module = await loadEngine('single');
const engine = new module.Engine();
const verbose = process.argv.includes('--verbose');
const fmt = (x) => x.toFixed(3);
console.log(`reference date ${REF}; chrono-node ${JSON.parse(readFileSync(fileURLToPath(new URL('../../node_modules/chrono-node/package.json', import.meta.url)), 'utf8')).version}`);
console.log('lang  n    system   P      R      F1     MB/s');
for (const lang of LANGS) {
  const rows = readLabels(lang);
  const systems = [['loupe', (t) => loupePredict(engine, t)]];
  if (chrono[lang]) systems.push(['chrono', (t) => chronoPredict(lang, t)]);
  for (const [name, predict] of systems) {
    const s = score(rows, predict);
    const mbs = throughput(rows, predict);
    console.log(`${lang.padEnd(5)} ${String(s.ngold).padEnd(4)} ${name.padEnd(8)} ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}  ${mbs.toFixed(2)}`);
    if (verbose) console.log(s.misses.join('\n'));
  }
  if (!chrono[lang]) console.log(`${lang.padEnd(5)}      chrono   (no ${lang} locale in chrono-node)`);
}
// Throughput on the real documents (mostly Korean, one article in four languages), where dates
// are as sparse as in real text. chrono gets its English parser: speed only, no scoring.
const corpusDir = process.env.LOUPE_CORPUS_DIR ?? fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
if (existsSync(corpusDir)) {
  const docs = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${corpusDir}/${f}`, 'utf8'));
  const rows = docs.map((d) => ({ sentence: d }));
  console.log(`corpus (${docs.length} documents) loupe ${throughput(rows, (t) => loupePredict(engine, t)).toFixed(2)} MB/s,` +
    ` chrono.en ${throughput(rows, (t) => chronoPredict('en', t)).toFixed(2)} MB/s`);
}
engine.delete();
