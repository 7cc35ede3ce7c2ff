// How the app names a document: by the engine's title (document/document_title.h: a Markdown
// heading, else the file name's words, "" when the name is only a hash or a number) and its
// first line, the file name second. When the engine's title is only the file name's words
// ("en harbor" for en-harbor.txt), the first line is the better name and goes first;
// "000_d74994d38762cac4.txt" is shown by its first line too, with the file name under it.
import { el } from './dom.js';

const known = new Map(); // id -> summary ({ id, name, title, first_line })

export function setDocs(docs) {
  known.clear();
  for (const d of docs) known.set(d.id, d);
}

// { title, line, name }: the words to show first, the first line when it says more, the file name.
export function docLabel(idOrDoc) {
  const d = typeof idOrDoc === 'string' ? known.get(idOrDoc) || { id: idOrDoc, name: idOrDoc } : idOrDoc;
  const name = d.name || d.id || '';
  const line = String(d.first_line || '')
    .replace(/^#+\s*/, '')
    .trim();
  // A title made of the file name's words says nothing the file name below it does not: the
  // first line goes first then (a Markdown heading stays the title).
  const engine = (d.title || '').trim();
  const lower = name.toLowerCase();
  const fromName = engine && engine.split(/\s+/).every((w) => lower.includes(w.toLowerCase()));
  const title = (fromName && line ? '' : engine) || line || engine || name;
  return { title, line: line && line !== title ? line : '', name };
}

export const docTitle = (id) => docLabel(id).title;

// The title as a heading's text, then "first line · file name" in smaller type.
export function docHead(idOrDoc, { tag = 'span', className = 'doc-title', onclick } = {}) {
  const { title, line, name } = docLabel(idOrDoc);
  const props = onclick ? { type: 'button', className: `link ${className}`, onclick } : { className };
  return [
    el(onclick ? 'button' : tag, { ...props, textContent: title }),
    el(
      'span',
      { className: 'doc-sub' },
      line ? el('span', { className: 'first-line', textContent: line }) : null,
      el('span', { className: 'name', textContent: name }),
    ),
  ];
}
