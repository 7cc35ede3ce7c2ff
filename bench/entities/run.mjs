// Entity benchmark: Loupe (wasm, single-file build) and the JS peer of each language where one
// exists (npm: compromise for English, es-compromise for Spanish; none for ru, uk, ko), side by
// side in one Node process, on the labelled sentences of sentences.json (written for this
// benchmark).
// Prints precision / recall / F1 per type and language (a mention counts when its surface and
// type both match), then throughput in MB/s on the real corpus (../shared/corpus) when present,
// else on the sentences repeated: best of 10 runs, Loupe's on new texts each run.
// Usage: node bench/entities/run.mjs   (LOUPE_DIST_DIR=build/<you>-dist to pick a build)
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const require = createRequire(join(root, 'package.json'));
const nlp = require('compromise');
const nlpEs = require('es-compromise'); // tags #Person, #Organization, #Place; no people() & co.
// The engine script sits in web/ (package.json "type": "module"): load it as the wasm tests do.
const { loadEngine } = await import('../../tests/wasm/load-engine.mjs');
const Module = await loadEngine('single');
const engine = new Module.Engine();
const data = JSON.parse(readFileSync(join(here, 'sentences.json'), 'utf8'));
const TYPES = ['PERSON', 'ORG', 'LOC'];
const debug = process.env.BENCH_DEBUG === '1'; // list false positives and misses

// Surfaces compare without trailing punctuation and with any whitespace as one space.
const norm = (s) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“‘(]+|[\s"'”’.,;:!?)]+$/g, '')
    .replace(/['’]s$/, '');

function loupe(sentences) {
  const docs = sentences.map((s, i) => ({ name: String(i), text: s[0] }));
  const reply = JSON.parse(engine.entities(docs));
  const out = sentences.map(() => []);
  for (const m of reply.mentions) out[Number(m.doc)].push([norm(m.surface), m.type]);
  return out;
}

// The peer's mentions of a text, per type, as compromise views (null: no peer for the language).
function peerViews(lang, text) {
  if (lang === 'en') {
    const doc = nlp(text);
    return [
      ['PERSON', doc.people()],
      ['ORG', doc.organizations()],
      ['LOC', doc.places()],
    ];
  }
  if (lang === 'es') {
    const doc = nlpEs(text);
    return [
      ['PERSON', doc.match('#Person+')],
      ['ORG', doc.match('#Organization+')],
      ['LOC', doc.match('#Place+')],
    ];
  }
  return null;
}
const PEERS = { en: 'compromise', es: 'es-compromise' };

function peer(lang, sentences) {
  return sentences.map(([text]) => {
    const found = [];
    for (const [type, list] of peerViews(lang, text)) for (const s of list.out('array')) found.push([norm(s), type]);
    return found;
  });
}

function score(sentences, predicted, who = '') {
  const c = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  sentences.forEach(([, gold], i) => {
    const left = gold.map(([s, t]) => [norm(s), t]);
    for (const [s, t] of predicted[i]) {
      const k = left.findIndex(([gs, gt]) => gs === s && gt.split('|').includes(t));
      if (k >= 0) {
        c[t].tp++;
        left.splice(k, 1);
      } else if (c[t]) {
        c[t].fp++;
        if (debug) console.log(`  FP ${who} ${t} ${s}`);
      }
    }
    for (const [s, t] of left) {
      c[t.split('|')[0]].fn++; // "LOC|ORG": a country named as a state, either type right
      if (debug) console.log(`  FN ${who} ${t} ${s}`);
    }
  });
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) for (const k of ['tp', 'fp', 'fn']) all[k] += c[t][k];
  c.ALL = all;
  const prf = ({ tp, fp, fn }) => {
    const p = tp + fp ? tp / (tp + fp) : 0,
      r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return Object.fromEntries(Object.entries(c).map(([t, v]) => [t, prf(v)]));
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const NO_PEER = '    -     -     -';
const row = (x) => `${pct(x.p)} ${pct(x.r)} ${pct(x.f)}`;
console.log('lang  type    | Loupe  P     R     F1   | peer   P     R     F1   (peer)');
for (const lang of ['en', 'es', 'ru', 'uk', 'ko']) {
  const sents = data[lang];
  const a = score(sents, loupe(sents), 'loupe'),
    b = PEERS[lang] ? score(sents, peer(lang, sents), PEERS[lang]) : null;
  for (const t of [...TYPES, 'ALL'])
    console.log(`${lang}    ${t.padEnd(7)} | ${row(a[t])} | ${b ? row(b[t]) : NO_PEER}  ${PEERS[lang] ?? ''}`);
}

// Exact span + type on the NER dev files (../shared/data/ner, not ours; skipped when absent):
// Loupe through the facade, one call per document; the peer where the language has one.
const nerDir = resolve(root, '..', 'shared', 'data', 'ner');
function utf16Offsets(text) {
  // code point index -> UTF-16 offset
  const out = [0];
  for (const ch of text) out.push(out[out.length - 1] + ch.length);
  return out;
}
function devScore(docs, spansOf) {
  const c = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const d of docs) {
    const at = utf16Offsets(d.text);
    const gold = new Map(d.spans.map(([b, e, t]) => [`${at[b]}:${at[e]}`, t]));
    for (const [b, e, t] of spansOf(d)) {
      if (gold.get(`${b}:${e}`) === t) {
        c[t].tp++;
        gold.delete(`${b}:${e}`);
      } else c[t].fp++;
    }
    for (const t of gold.values()) c[t].fn++;
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) for (const k of ['tp', 'fp', 'fn']) all[k] += c[t][k];
  const prf = ({ tp, fp, fn }) => {
    const p = tp + fp ? tp / (tp + fp) : 0,
      r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, prf(t === 'ALL' ? all : c[t])]));
}
const loupeSpans = (d) =>
  JSON.parse(engine.entities([{ name: 'd', text: d.text }])).mentions.map((m) => [m.begin_u16, m.end_u16, m.type]);
function peerSpans(lang, d) {
  const out = [];
  for (const [type, list] of peerViews(lang, d.text))
    for (const m of list.json({ offset: true })) {
      // The match's words without the spaces and marks kept around them, looked for from a
      // match's length before its offset: compromise counts the offset from the match's first
      // character, es-compromise from its first word (`-\n\nSanz` at the offset of `Sanz`).
      const core = m.text
        .replace(/^[\s"'“‘(«\-–—]+/, '')
        .replace(/[\s.,;:!?"'”’)»]+$/, '')
        .replace(/['’]s$/, '');
      const b = d.text.indexOf(core, Math.max(0, m.offset.start - m.text.length));
      if (core && b >= 0) out.push([b, b + core.length, type]);
    }
  return out;
}
if (existsSync(nerDir)) {
  console.log('\ndev file (exact span + type)        | Loupe  P     R     F1   | peer   P     R     F1   (peer)');
  for (const lang of ['en', 'es', 'ru', 'uk', 'ko']) {
    for (const f of readdirSync(join(nerDir, lang))
      .filter((n) => n.endsWith('-dev.jsonl'))
      .sort()) {
      const docs = readFileSync(join(nerDir, lang, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      const a = devScore(docs, loupeSpans),
        b = PEERS[lang] ? devScore(docs, (d) => peerSpans(lang, d)) : null;
      for (const t of [...TYPES, 'ALL'])
        console.log(`${f.padEnd(26)} ${t.padEnd(7)} | ${row(a[t])} | ${b ? row(b[t]) : NO_PEER}  ${PEERS[lang] ?? ''}`);
    }
  }
} else {
  console.log(`\nSKIP dev figures: ${nerDir} not found`);
}

// Throughput.
const corpusDir = resolve(root, '..', 'shared', 'corpus');
let docs;
if (existsSync(corpusDir)) {
  docs = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(corpusDir, f), 'utf8') }));
} else {
  const text = Object.values(data)
    .filter(Array.isArray)
    .flat()
    .map((s) => s[0])
    .join('\n\n');
  docs = Array.from({ length: 50 }, (_, i) => ({ name: String(i), text }));
}
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
function best(f, runs = 10) {
  let t = Infinity;
  for (let i = 0; i < runs; ++i) {
    const s = process.hrtime.bigint();
    f();
    t = Math.min(t, Number(process.hrtime.bigint() - s) / 1e9);
  }
  return t;
}
// Each Loupe run gets texts it has not seen (a numbered line appended), as the peers, which keep
// nothing between calls: the engine's kept texts would answer a text asked again.
let run = 0;
const tl = best(() => engine.entities(docs.map((d) => ({ name: d.name, text: `${d.text}\n\nRun ${++run}.` }))));
// The peers on the same documents (most of the corpus is Korean: what they find there is not
// the point, their speed on the same bytes is).
const peerTime = (lang) => best(() => docs.forEach((d) => peerViews(lang, d.text).forEach(([, v]) => v.out('array'))));
const tc = peerTime('en'),
  te = peerTime('es');
console.log(
  `throughput on ${mb.toFixed(3)} MB (${docs.length} docs): Loupe wasm ${(mb / tl).toFixed(2)} MB/s, ` +
    `compromise ${(mb / tc).toFixed(2)} MB/s, es-compromise ${(mb / te).toFixed(2)} MB/s`,
);
engine.delete();
