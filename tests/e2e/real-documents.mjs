// Documents we did not write, for the tests of issue 17 on real text: the five documents of
// ../shared/corpus ($LOUPE_CORPUS_DIR) and two technical PDFs of Debian's documentation
// (packages libtasn1-doc and shared-mime-info, installed by toolchain/setup.sh). Read at run
// time, never copied. Each set says why it is skipped when absent (and prints it once).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = process.env.LOUPE_CORPUS_DIR || fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')) : [];
export const DEBIAN_PDFS = [
  '/usr/share/doc/libtasn1-doc/libtasn1.pdf',
  '/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf',
];
const missingPdfs = DEBIAN_PDFS.filter((p) => !existsSync(p));

// { name: { skip: false | why, files: () => [{ name, mimeType, buffer }] } } (dropFiles' shape).
export function realSets(testName) {
  const sets = {
    corpus: {
      skip: corpusFiles.length ? false : `no corpus at ${corpusDir}`,
      files: () => corpusFiles.map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync(corpusDir + f) })),
    },
    'Debian PDFs': {
      skip: missingPdfs.length ? `missing ${missingPdfs.join(', ')}` : false,
      files: () =>
        DEBIAN_PDFS.map((p) => ({ name: basename(p), mimeType: 'application/pdf', buffer: readFileSync(p) })),
    },
  };
  for (const [name, set] of Object.entries(sets))
    if (set.skip) console.log(`# SKIPPED ${testName} ${name}: ${set.skip}`);
  return sets;
}
