// The two sets as items {text, ref, expected: [{begin, end, value, grain}]} (UTF-16 offsets).
import { readFileSync } from 'node:fs';
import { GRAINS, parsePoint } from './score.mjs';

// Duckling phrases: the whole phrase is the span; `null` values are negatives. The reference is
// the row's `ref_time` with its offset (2013-02-12T04:30:00-02:00), as the native scorer gives
// it: "4pm CET" is then 13:00 at the reference's offset. chrono reads its local part.
export function readDuckling(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const row = JSON.parse(line);
      const whole = { begin: 0, end: row.text.length, value: row.value, grain: row.grain };
      const expected = row.value === null ? [] : [whole];
      return { text: row.text, ref: row.ref_time ?? '2013-02-12T04:30', expected };
    });
}

function checkValue(value, where) {
  const ends = value.split('/');
  const ok =
    ends.length <= 2 &&
    ends.every((e) => e === '' || parsePoint(e)) &&
    !(ends.length === 2 && ends[0] === '' && ends[1] === '');
  if (!ok) throw new Error(`${where}: cannot read the value '${value}'`);
}

// labels/<lang>.tsv: `sentence<TAB>surface<TAB>value<TAB>grain` and more triplets, in text
// order (each surface is looked for after the previous one); a sentence alone is a negative.
// Lines starting with # are comments. Every surface, value and grain is checked on load.
export function readLabels(file, ref) {
  const items = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim() || line.startsWith('#')) return;
      const where = `${file}:${index + 1}`;
      const [text, ...cols] = line.split('\t');
      if (cols.length % 3) throw new Error(`${where}: expected surface/value/grain triplets`);
      const expected = [];
      let from = 0;
      for (let i = 0; i < cols.length; i += 3) {
        const [surface, value, grain] = cols.slice(i, i + 3);
        const begin = text.indexOf(surface, from);
        if (!surface || begin < 0) throw new Error(`${where}: '${surface}' is not in the sentence`);
        if (!GRAINS.includes(grain)) throw new Error(`${where}: unknown grain '${grain}'`);
        checkValue(value, where);
        expected.push({ begin, end: begin + surface.length, value, grain });
        from = begin + surface.length;
      }
      items.push({ text, ref, expected });
    });
  return items;
}
