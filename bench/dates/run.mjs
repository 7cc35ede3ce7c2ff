// Dates benchmark: Loupe (wasm) and chrono-node side by side in one Node process, on
//  (a) the Duckling phrases of ../shared/data/dates/duckling-<lang>.jsonl (reference
//      2013-02-12T04:30; skipped with a notice when the shared data is absent), and
//  (b) our own sentences, labels/<lang>.tsv (reference 2023-07-31T00:00).
// Prints per language and per grain: detection, date-level and strict accuracy, false positives
// on negatives, and throughput. Scoring: score.mjs. Usage: README.md.
//   node --no-experimental-fetch bench/dates/run.mjs [--verbose] [--lang=en]
//        [--set=duckling|labels] [--no-speed]
process.env.TZ = 'UTC'; // chrono reads and writes local time: make it the written time

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../tests/wasm/load-engine.mjs';
import { Tally } from './score.mjs';
import { chronoLanguages, chronoSystem, chronoVersion, loupeSystem } from './systems.mjs';
import { readDuckling, readLabels } from './sets.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const verbose = args.includes('--verbose');
const speed = !args.includes('--no-speed');
const LANGS = option('lang') ? [option('lang')] : ['en', 'es', 'ru', 'uk', 'ko'];
const SETS = option('set') ? [option('set')] : ['duckling', 'labels'];
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const sharedDir = process.env.LOUPE_DATES_DIR ?? here('../../../shared/data/dates/');
const utf8 = new TextEncoder();

const module = await loadEngine('single');
const engine = new module.Engine();
const loupe = loupeSystem(engine);
const systemsFor = (lang) => [
  loupe,
  ...(chronoLanguages.includes(lang)
    ? [
        chronoSystem(lang, 'casual', false),
        chronoSystem(lang, 'casual', true),
        chronoSystem(lang, 'strict', false),
        chronoSystem(lang, 'strict', true),
      ]
    : []),
];

// MB/s of predict over the texts joined as paragraphs and repeated to ~300 KB, best of 3.
function throughput(texts, predict, ref) {
  const block = texts.join('\n\n');
  const text = Array(Math.ceil(300_000 / utf8.encode(block).length))
    .fill(block)
    .join('\n\n');
  predict(text, ref); // warm up
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    predict(text, ref);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return utf8.encode(text).length / 1e6 / best;
}

// Scores one system on a set: items are {text, ref, expected: [{begin, end, value, grain}]}.
function scoreSet(system, items) {
  const tally = new Tally();
  const misses = [];
  for (const item of items) {
    const mentions = system.predict(item.text, item.ref);
    if (item.expected.length === 0) {
      const found = tally.addNegative(mentions);
      const shown = found.map((m) => `${m.surface}=${m.value}`).join(', ');
      if (found.length) misses.push(`  false positive  ${item.text}  [${shown}]`);
      continue;
    }
    for (const e of item.expected) {
      const out = tally.add(e, mentions);
      if (!out.strict) {
        const got = out.best ? `${out.best.surface}=${out.best.value}` : '-';
        const label = out.date ? 'not strict' : 'wrong     ';
        const surface = item.text.slice(e.begin, e.end);
        misses.push(`  ${label}  ${surface} = ${e.value} (${e.grain})  [got ${got}]`);
      }
    }
    const overlapsExpected = (m) => item.expected.some((e) => m.begin < e.end && e.begin < m.end);
    const extra = mentions.filter((m) => !/^P/.test(m.value) && !overlapsExpected(m));
    tally.extra += extra.length;
  }
  return { tally, misses };
}

const pct = (x, n) => (n ? ((100 * x) / n).toFixed(1) : '-').padStart(5);
const GRAIN_ROWS = [
  'all',
  'interval',
  'century',
  'decade',
  'year',
  'quarter',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
];
const cells = (values) => values.map((v) => `| ${String(v).padEnd(17)}`).join('');
function printTable(title, systems, results, speeds) {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(14)}${cells(systems.map((s) => s.name))}`);
  const header = '|  det  date strct'.repeat(systems.length);
  console.log(`${'grain'.padEnd(9)}${'n'.padStart(5)}${header}`);
  for (const grain of GRAIN_ROWS) {
    const first = results[0].tally.rows.get(grain);
    if (!first) continue;
    const cells = results.map(({ tally }) => {
      const r = tally.rows.get(grain);
      return `|${pct(r.detected, r.n)} ${pct(r.date, r.n)} ${pct(r.strict, r.n)}`;
    });
    console.log(`${grain.padEnd(9)}${String(first.n).padStart(5)}${cells.join('')}`);
  }
  const t0 = results[0].tally;
  const tallies = results.map((r) => r.tally);
  const fp = tallies.map((t) => `${t.falsePositives}/${t.negatives}`);
  console.log(`${'negatives FP'.padEnd(14)}${cells(fp)}`);
  console.log(`${'extra ments'.padEnd(14)}${cells(tallies.map((t) => t.extra))}`);
  if (speeds) console.log(`${'MB/s'.padEnd(14)}${cells(speeds.map((s) => s.toFixed(2)))}`);
  return t0;
}

const summary = [];
function runSet(setName, lang, items, ref) {
  const systems = systemsFor(lang);
  const results = systems.map((s) => scoreSet(s, items));
  const texts = items.map((i) => i.text);
  const speeds = speed ? systems.map((s) => throughput(texts, s.predict, ref)) : null;
  const nPos = items.reduce((n, i) => n + i.expected.length, 0);
  const nNeg = items.filter((i) => !i.expected.length).length;
  const noChrono = chronoLanguages.includes(lang) ? '' : ` (chrono-node has no ${lang} parser)`;
  const title = `== ${setName} ${lang}: ${nPos} expected dates, ${nNeg} negatives, ` + `reference ${ref}`;
  printTable(title + noChrono, systems, results, speeds);
  if (verbose) console.log(`loupe's misses:\n${results[0].misses.join('\n')}`);
  summary.push({ setName, lang, systems, results });
}

console.log(`chrono-node ${chronoVersion}; cells are % of n: det = detected, date = date level, ` + 'strct = strict');
for (const setName of SETS) {
  for (const lang of LANGS) {
    if (setName === 'duckling') {
      const file = `${sharedDir}/duckling-${lang}.jsonl`;
      if (!existsSync(file)) {
        console.log(`\nSKIP duckling ${lang}: ${file} not found (shared data, beside the repo)`);
        continue;
      }
      runSet('duckling', lang, readDuckling(file), '2013-02-12T04:30');
    } else {
      const ref = '2023-07-31T00:00';
      runSet('labels', lang, readLabels(here(`labels/${lang}.tsv`), ref), ref);
    }
  }
}
console.log(`\nloupe's reference: ${loupe.referenceNote()}`);

// The headline: date level / strict on all expected dates, per set and language.
console.log('\nsummary: date level / strict (% of expected dates), false positives on negatives');
for (const { setName, lang, systems, results } of summary) {
  const line = results.map(({ tally }, i) => {
    const r = tally.rows.get('all');
    const scores = `${pct(r.date, r.n).trim()}/${pct(r.strict, r.n).trim()}`;
    return `${systems[i].name} ${scores} fp ${tally.falsePositives}`;
  });
  console.log(`  ${setName.padEnd(8)} ${lang}  ${line.join(' | ')}`);
}

// Pooled over languages, as the issue quotes them: over the four languages chrono reads, and over
// all five (chrono has no Korean: its Korean phrases count as not found).
console.log('pooled date level / strict:');
for (const setName of SETS) {
  const pooled = new Map();
  for (const { setName: name, lang, systems, results } of summary) {
    if (name !== setName) continue;
    const koN = lang === 'ko' ? results[0].tally.rows.get('all').n : 0;
    results.forEach(({ tally }, i) => {
      const empty = { n4: 0, date4: 0, strict4: 0, n: 0, date: 0, strict: 0 };
      const p = pooled.get(systems[i].name) ?? empty;
      const r = tally.rows.get('all');
      if (lang !== 'ko') ((p.n4 += r.n), (p.date4 += r.date), (p.strict4 += r.strict));
      ((p.n += r.n), (p.date += r.date), (p.strict += r.strict));
      pooled.set(systems[i].name, p);
    });
    if (koN) for (const [name, p] of pooled) if (name !== 'loupe') p.n += koN;
  }
  for (const [name, p] of pooled) {
    const four = `${pct(p.date4, p.n4).trim()}/${pct(p.strict4, p.n4).trim()} of ${p.n4}`;
    const five = `${pct(p.date, p.n).trim()}/${pct(p.strict, p.n).trim()} of ${p.n}`;
    console.log(`  ${setName.padEnd(8)} ${name.padEnd(17)} en+es+ru+uk ${four}; all five ${five}`);
  }
}

// Throughput on the real documents, where dates are as sparse as in real text.
const corpusDir = process.env.LOUPE_CORPUS_DIR ?? here('../../../shared/corpus/');
if (speed && existsSync(corpusDir)) {
  const docs = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${corpusDir}/${f}`, 'utf8'));
  const chronoEn = chronoSystem('en', 'casual', false);
  console.log(
    `corpus (${docs.length} documents, each its own call): ` +
      `loupe ${corpusSpeed(docs, loupe).toFixed(2)} MB/s, ` +
      `chrono.en ${corpusSpeed(docs, chronoEn).toFixed(2)} MB/s`,
  );
}
function corpusSpeed(docs, system) {
  const bytes = docs.reduce((n, d) => n + utf8.encode(d).length, 0);
  const run = () => docs.forEach((d) => system.predict(d, '2023-07-31T00:00'));
  run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return bytes / 1e6 / best;
}
engine.delete();
