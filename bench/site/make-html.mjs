// The man-page corpus (../shared/bench/make-bigcorpus.sh: <lang>_<source>_<page>_<nnn>.txt) as a
// site both engines can index: one HTML page per file, <html lang>, its name as <title>, its
// paragraphs (blank-line separated) as <p> inside <main>. Pagefind reads HTML only; `loupe site`
// reads the same pages, so both index the same text.
//   node bench/site/make-html.mjs CORPUS_DIR OUT_DIR
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [corpus, out] = process.argv.slice(2);
if (!corpus || !out) throw new Error('usage: make-html.mjs CORPUS_DIR OUT_DIR');
mkdirSync(out, { recursive: true });
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let pages = 0;
for (const f of readdirSync(corpus).sort()) {
  if (!f.endsWith('.txt')) continue;
  const lang = f.slice(0, 2);
  const text = readFileSync(join(corpus, f), 'utf8');
  const body = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  const title = escape(f.slice(0, -4));
  writeFileSync(
    join(out, `${f.slice(0, -4)}.html`),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>` +
      `<body><main>\n${body}\n</main></body></html>\n`,
  );
  pages++;
}
console.log(`${pages} pages in ${out}`);
