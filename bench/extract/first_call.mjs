// First use of each language's entity model in wasm (issue 16: <= 100 ms): for each language,
// in a fresh module (the page's first language) and in a module that has already tagged
// another language, the time to load the model (loadEntityModel: parse, fetch excluded), the
// first entities() call on a text of that language (web/samples/<lang>-harbor.txt, written for
// Loupe) and the second call on the same text. The first call of a module also builds the
// lexicon and the transliterators once, whatever the language.
//   node --no-experimental-fetch bench/extract/first_call.mjs [DIST_DIR] [--rounds N] [--cpu]
// Prints per language the median over N rounds (default 5) of fresh modules. --cpu: times by the
// process's CPU time (process.cpuUsage), not the wall clock (a loaded machine's waits left out).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
let rounds = 5;
let cpu = false;
let dist = resolve(here, '..', '..', 'web', 'dist');
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--cpu') cpu = true;
  else dist = resolve(args[i]);
}
const langs = ['en', 'es', 'ru', 'uk', 'ko'];
const sample = (lang) => readFileSync(resolve(here, '..', '..', 'web', 'samples', `${lang}-harbor.txt`), 'utf8');
const model = (lang) => readFileSync(`${dist}/models/ner-${lang}.bin`);

function fresh() {
  const path = `${dist}/loupe-engine.single.js`;
  const module = { exports: {} };
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`;
  vm.runInThisContext(wrapped, { filename: path })(module.exports, require, module, path, dist);
  return module.exports();
}
const now = cpu
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e3;
    }
  : () => Number(process.hrtime.bigint()) / 1e6;
const ms = (f) => {
  const t0 = now();
  f();
  return now() - t0;
};
function first(engine, lang) {
  const docs = [{ name: `${lang}.txt`, text: sample(lang) }];
  const bytes = model(lang);
  const load = ms(() => JSON.parse(engine.loadEntityModel(lang, bytes)));
  const call1 = ms(() => JSON.parse(engine.entities(docs)));
  const call2 = ms(() => JSON.parse(engine.entities(docs)));
  return { load, call1, call2 };
}
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];

const rows = { fresh: {}, after: {} };
for (let r = 0; r < rounds; ++r) {
  for (const lang of langs) {
    const engine = new (await fresh()).Engine();
    (rows.fresh[lang] ||= []).push(first(engine, lang));
    engine.delete();
    // The same language after another one has been tagged (lexicon and transliterators built).
    const other = new (await fresh()).Engine();
    first(other, lang === 'en' ? 'es' : 'en');
    (rows.after[lang] ||= []).push(first(other, lang));
    other.delete();
  }
}
console.log(
  `${dist}: median of ${rounds} rounds${cpu ? ', CPU time' : ''}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const [kind, byLang] of Object.entries(rows)) {
  for (const [lang, v] of Object.entries(byLang)) {
    const m = (k) =>
      median(v.map((x) => x[k]))
        .toFixed(1)
        .padStart(6);
    console.log(
      `${kind.padEnd(5)} ${lang}: model load ${m('load')} ms, first call ${m('call1')} ms, second ${m('call2')} ms`,
    );
  }
}
