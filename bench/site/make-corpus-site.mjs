// The multilingual site of issue 19's measure: the corpus documents (../shared/corpus, five
// texts in Korean, English, Spanish, Russian and Ukrainian) split into pages of PARAGRAPHS
// paragraphs each (blank-line separated; default 6), one .txt file per page, named after its
// document and its number. `loupe site OUT_DIR -o ...` indexes them; the pages are not in the
// repository (the corpus is not ours to copy).
//   node bench/site/make-corpus-site.mjs [CORPUS_DIR] OUT_DIR [PARAGRAPHS]
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const [corpus, out, per] = args.length >= 2 ? args : ['../shared/corpus', args[0]];
if (!out) throw new Error('usage: make-corpus-site.mjs [CORPUS_DIR] OUT_DIR [PARAGRAPHS]');
if (!existsSync(corpus)) {
  console.log(`skipped: no corpus at ${corpus}`);
  process.exit(0);
}
const size = Number(per || 6);
mkdirSync(out, { recursive: true });
let pages = 0;
for (const f of readdirSync(corpus).sort()) {
  if (!f.endsWith('.txt')) continue;
  const paragraphs = readFileSync(join(corpus, f), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = 0; i * size < paragraphs.length; ++i) {
    const name = `${f.slice(0, -4)}_${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(out, name), paragraphs.slice(i * size, (i + 1) * size).join('\n\n') + '\n');
    ++pages;
  }
}
console.log(`${pages} pages in ${out}`);
