// The app's quality default (web/src/app/entity-quality.js) measured on text we did not write:
// the entities the product finds in libraries of 20 dev documents (loupe_bench_quality_entities
// writes them, each with how many of its mentions are exactly right), per language and for a
// grid of thresholds. An entity is wrong when fewer than half of its mentions are right; the
// default should hold wrong ones back and keep right ones: per setting, the entities held back,
// the share of them wrong, the share of all wrong ones held back, the right ones lost, and the
// share of right entities among those shown.
// Usage: build/native/bench/loupe_bench_quality_entities /tmp/q.jsonl &&
//        node bench/entities/quality-default.mjs /tmp/q.jsonl
import { readFileSync } from 'node:fs';
import { QUALITY, lowEvidenceIds } from '../../web/src/app/entity-quality.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: node bench/entities/quality-default.mjs ENTITIES.jsonl');
  process.exit(2);
}
const rows = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const libraries = new Map();
for (const r of rows) {
  const key = `${r.lang} ${r.library}`;
  if (!libraries.has(key)) libraries.set(key, []);
  libraries.get(key).push(r);
}
const wrong = (e) => e.right * 2 < e.mention_count;

function score(q, lang) {
  const s = { entities: 0, wrong: 0, held: 0, heldWrong: 0, shownRight: 0 };
  for (const [key, entities] of libraries) {
    if (lang && !key.startsWith(`${lang} `)) continue;
    const low = lowEvidenceIds(entities, q);
    for (const e of entities) {
      s.entities++;
      s.wrong += wrong(e);
      if (low.has(e.id)) (s.held++, (s.heldWrong += wrong(e)));
      else s.shownRight += !wrong(e);
    }
  }
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-').padStart(5);
  const lost = s.held - s.heldWrong;
  return {
    net: s.heldWrong - lost,
    line:
      `held ${String(s.held).padStart(5)} (wrong ${pct(s.heldWrong, s.held)}%)  ` +
      `wrong held ${pct(s.heldWrong, s.wrong)}% of ${s.wrong}  right lost ${String(lost).padStart(4)}  ` +
      `shown right ${pct(s.shownRight, s.entities - s.held)}%`,
  };
}

const name = (q) => `meanLow ${q.meanLow} doubt ${q.doubt} noisySure ${q.noisySure}`;
console.log(`${rows.length} entities in ${libraries.size} libraries`);
console.log(`default (${name(QUALITY)}), by language:`);
for (const lang of ['en', 'es', 'ru', 'uk', 'ko', ''])
  console.log(`  ${(lang || 'all').padEnd(3)} ${score(QUALITY, lang).line}`);
const grid = [];
for (const meanLow of [0.25, 0.35, 0.45, 0.55])
  for (const doubt of [0.5, 0.6, 0.7, 0.8, 0.9])
    for (const noisySure of [0.9, 0.97]) if (doubt >= meanLow) grid.push({ ...QUALITY, meanLow, doubt, noisySure });
const scored = grid.map((q) => ({ q, ...score(q) })).sort((a, b) => b.net - a.net);
console.log('settings by wrong entities held back minus right ones lost (all languages), best 12:');
for (const { q, line, net } of scored.slice(0, 12)) console.log(`  ${name(q).padEnd(40)} net ${net}  ${line}`);
