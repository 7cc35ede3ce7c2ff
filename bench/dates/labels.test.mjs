// Checks on our labels (node --test bench/dates/): every file loads (surfaces found, values and
// grains readable), weekdays named in a surface fall on the labelled days, and the deictic days
// (yesterday, 모레, позавчера...) are the right distance from the reference 2023-07-31.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readLabels } from './sets.mjs';

const LANGS = ['en', 'es', 'ru', 'uk', 'ko'];
const REF = Date.UTC(2023, 6, 31);
// Weekday words (stems; lower-case) -> 0 Sunday .. 6 Saturday.
// Latin words are whole words (\b); Cyrillic stems and Hangul are matched as they are.
const WEEKDAYS = [
  [/\b(sun|sunday|domingo)\b|воскресень|неділ|일요일|\(일\)/, 0],
  [/\b(mon|monday|lunes)\b|понедельник|понеділ|월요일|\(월\)/, 1],
  [/\b(tue|tues|tuesday|martes)\b|вторник|вівтор|화요일|\(화\)/, 2],
  [/\b(wed|wednesday|miércoles)\b|\bmié(?=\.)|сред[аыу]|серед[аиу]|수요일|\(수\)/, 3],
  [/\b(thu|thurs|thursday|jueves)\b|четверг|четвер|목요일|\(목\)/, 4],
  [/\b(fri|friday|viernes)\b|пятниц|п'ятниц|(^|\s)пт(?=[,.\s])|금요일|\(금\)/, 5],
  [/\b(sat|saturday|sábado)\b|суббот|субот|토요일|\(토\)/, 6],
];
const DEICTIC = [
  [/day after tomorrow|pasado mañana|послезавтра|післязавтра|모레/, 2],
  [/day before yesterday|anteayer|позавчера|позавчора|그저께/, -2],
  [/yesterday|\bayer\b|вчера|вчора|учора|어제|어젯밤/, -1],
  [/tomorrow|(?<!la )\bmañana\b|завтра|내일/, 1],
  [/\btoday\b|\bhoy\b|сегодня|сьогодні|오늘/, 0],
];

const days = (value) =>
  value
    .split('/')
    .filter(Boolean)
    .map((end) => /^(\d{4})-(\d{2})-(\d{2})/.exec(end))
    .filter(Boolean)
    .map((m) => Date.UTC(+m[1], +m[2] - 1, +m[3]));

for (const lang of LANGS) {
  test(`labels/${lang}.tsv: weekdays and deictic days agree with the values`, () => {
    const file = fileURLToPath(new URL(`labels/${lang}.tsv`, import.meta.url));
    const items = readLabels(file, '2023-07-31T00:00');
    assert.ok(items.length >= 80, `${lang}: ${items.length} sentences`);
    const checks = { weekday: 0, deictic: 0 };
    for (const item of items) {
      for (const e of item.expected) {
        const surface = item.text.slice(e.begin, e.end).toLowerCase();
        const ends = days(e.value);
        // Weekdays in text order against the value's days in order (a range: first and last).
        const named = WEEKDAYS.flatMap(([re, wd]) => {
          const m = new RegExp(re.source, 'g');
          return [...surface.matchAll(m)].map((x) => ({ at: x.index, wd }));
        })
          .sort((a, b) => a.at - b.at)
          .map((x) => x.wd);
        if (named.length && ends.length === named.length && e.grain !== 'week') {
          checks.weekday++;
          named.forEach((wd, i) => assert.equal(new Date(ends[i]).getUTCDay(), wd, `${surface} = ${e.value}`));
        }
        // Counted offsets ("a week from today", "через два дні") are not the deictic day.
        const counted = /from today|ago|hace|dentro|назад|тому|через|전|뒤/.test(surface);
        for (const [re, offset] of counted ? [] : DEICTIC) {
          if (!re.test(surface)) continue;
          checks.deictic++;
          if (ends.length) assert.equal((ends[0] - REF) / 864e5, offset, `${surface} = ${e.value}`);
          break;
        }
      }
    }
    assert.ok(checks.weekday >= 5 && checks.deictic >= 4, `${lang}: ${JSON.stringify(checks)}`);
  });
}
