// The corpus's dates in one reply (Loupe.indexDates, issue 18): what a dates view needs without
// receiving every date of a large corpus. From the per-document dates the worker keeps (the
// dates op's cache), this adds the counts by decade, year and month (a timeline's bars), and
// picks the dates a caller asks for: none, one document's, or those in a period.
// A date counts in the bucket its value starts with: "2024-03-14" in 202, 2024 and 2024-03;
// "2024" in 202 and 2024 only; values that start with no year (a weekday, a duration) in none.

const PREFIX = { decade: 3, year: 4 };
// The bucket of `value` for `unit` ("decade" | "year" | "month"), or null.
export function bucketOf(value, unit) {
  const v = String(value || '');
  if (unit === 'month') return /^\d{4}-\d{2}/.test(v) ? v.slice(0, 7) : null;
  return /^\d{4}/.test(v) ? v.slice(0, PREFIX[unit]) : null;
}

// Whether a value falls in from..to, each bound compared at its own precision ("2024",
// "2024-03", "2020".."2029"); a missing bound is open.
export function inPeriod(value, from, to) {
  const v = String(value || '');
  if (!/^\d{4}/.test(v)) return false;
  return (!from || v.slice(0, from.length) >= from) && (!to || v.slice(0, to.length) <= to);
}

// perDoc: [{ id, name, reference, dates: [...] }] as the dates op gives it. The counts are
// made once per change of the documents (the caller caches this).
export function summarize(perDoc) {
  const counts = { decade: {}, year: {}, month: {} };
  let total = 0;
  for (const doc of perDoc)
    for (const d of doc.dates || []) {
      total++;
      for (const unit of ['decade', 'year', 'month']) {
        const key = bucketOf(d.value, unit);
        if (key) counts[unit][key] = (counts[unit][key] || 0) + 1;
      }
    }
  const documents = perDoc.map(({ id, name, reference, dates }) => ({ id, name, reference, count: dates.length }));
  return { documents, counts, total };
}

// The reply for options { dates: false } (none), { doc } (that document's), { from, to } (in
// that period, e.g. { from: "2024-03", to: "2024-07" }); no option: every date. Each date
// carries its document's id as `doc`; they come in document order, then text order.
export function selectDates(perDoc, summary, options = {}) {
  const { doc, from, to, dates } = options || {};
  if (dates === false) return { ...summary, dates: [] };
  const period = from !== undefined || to !== undefined;
  const out = [];
  for (const d of perDoc) {
    if (doc !== undefined && d.id !== String(doc)) continue;
    for (const date of d.dates || [])
      if (!period || inPeriod(date.value, from && String(from), to && String(to))) out.push({ ...date, doc: d.id });
  }
  return { ...summary, dates: out };
}
