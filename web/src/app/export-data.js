// Export what exists: the documents always; every passage of the current search, the entities
// and the dates when the engine has them. JSON as is, CSV one row per item (no formulas when
// opened in a spreadsheet).
import { el } from './dom.js';

async function exportData(app) {
  const data = { exported: new Date().toISOString(), documents: await app.loupe.list() };
  const all = await app.search.everything();
  if (all) data.search = all;
  if (app.caps.entities) data.entities = (await app.loupe.entities()).entities;
  if (app.caps.dates) data.dates = await app.loupe.dates();
  return data;
}
const cell = (v) => {
  let s = v === undefined || v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
function csv(data) {
  const rows = [['section', 'id', 'name', 'type', 'value', 'count']];
  for (const d of data.documents) rows.push(['document', d.id, d.name, d.type, d.chars, d.bytes]);
  for (const e of data.entities || [])
    rows.push(['entity', e.id, e.canonical, e.type, (e.aliases || []).join('; '), e.mention_count]);
  for (const doc of data.dates || [])
    for (const d of doc.dates || []) rows.push(['date', doc.id, doc.name, d.kind, d.value, d.surface]);
  for (const h of data.search?.hits || []) rows.push(['hit', h.doc, h.name, h.lang, h.score, h.snippet]);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function wireExport(app) {
  const $ = (id) => document.getElementById(id);
  $('export-json').addEventListener('click', async () =>
    download('loupe-export.json', 'application/json', JSON.stringify(await exportData(app), null, 2)),
  );
  $('export-csv').addEventListener('click', async () =>
    download('loupe-export.csv', 'text/csv', csv(await exportData(app))),
  );
}
