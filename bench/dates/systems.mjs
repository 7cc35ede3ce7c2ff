// The systems run side by side, each as predict(text) -> [{begin, end, value, surface}] with
// UTF-16 offsets and values in Loupe's format (see score.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const chrono = require('chrono-node');
// chrono-node's package.json is not among its exports: read it beside the module.
export const chronoVersion = JSON.parse(
  readFileSync(new URL('../../node_modules/chrono-node/package.json', import.meta.url), 'utf8'),
).version;
const pad = (n, w = 2) => String(n).padStart(w, '0');

// Loupe through the wasm facade, JSON.parse of the envelope included. The reference is passed
// as `YYYY-MM-DDTHH:MM`; an engine that refuses a time in the reference gets the date alone
// (decided once, on the first refusal).
export function loupeSystem(engine) {
  let acceptsTime = true;
  const call = (text, ref) => JSON.parse(engine.dates(text, ref));
  return {
    name: 'loupe',
    referenceNote: () => (acceptsTime ? 'date and time' : 'date only (the engine refused the time)'),
    predict(text, ref) {
      let reply = acceptsTime ? call(text, ref) : call(text, ref.slice(0, 10));
      if (!reply.ok && acceptsTime && ref.length > 10) {
        acceptsTime = false;
        reply = call(text, ref.slice(0, 10));
      }
      if (!reply.ok) throw new Error(`loupe: ${reply.error.message}`);
      return reply.dates.map((d) => ({
        begin: d.begin_u16,
        end: d.end_u16,
        value: d.value,
        surface: d.surface,
        grain: d.grain,
      }));
    },
  };
}

// chrono's components -> a value at the grain its KNOWN components give (implied ones only fill
// in): seconds/minutes/hours known -> a time; day or weekday known -> the day; month -> the
// month; year -> the year; nothing known (e.g. "this evening") -> the implied day.
function chronoValue(c) {
  const known = (k) => c.isCertain(k);
  const day = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (known('hour') || known('minute') || known('second')) {
    const seconds = known('second') && c.get('second') ? `:${pad(c.get('second'))}` : '';
    return `${day}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}${seconds}`;
  }
  if (known('day') || known('weekday')) return day;
  if (known('month')) return `${pad(c.get('year'), 4)}-${pad(c.get('month'))}`;
  if (known('year')) return pad(c.get('year'), 4);
  return day;
}

// `mode` casual|strict; forwardDate: chrono's option to read bare dates forward in time.
export function chronoSystem(lang, mode, forwardDate) {
  const parser = chrono[lang]?.[mode];
  if (!parser) return null;
  const options = forwardDate ? { forwardDate: true } : undefined;
  return {
    name: `chrono${mode === 'strict' ? '-strict' : ''}${forwardDate ? '+fwd' : ''}`,
    // `ref` is local time ("YYYY-MM-DDTHH:MM"); run.mjs sets TZ=UTC so that chrono's local
    // components are the written ones.
    predict(text, ref) {
      const [y, m, d, hh, mm] = ref.split(/[-T:]/).map(Number);
      const refDate = new Date(y, m - 1, d, hh || 0, mm || 0);
      return parser.parse(text, refDate, options).map((r) => ({
        begin: r.index,
        end: r.index + r.text.length,
        surface: r.text,
        value: chronoValue(r.start) + (r.end ? `/${chronoValue(r.end)}` : ''),
      }));
    },
  };
}

export const chronoLanguages = ['en', 'es', 'ru', 'uk'].filter((l) => chrono[l]);
