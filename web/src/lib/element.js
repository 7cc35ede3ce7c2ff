// <loupe-search>: a search box over a set of documents, for any site, in one tag.
//   <loupe-search src="documents.json" label="Search the archive"></loupe-search>
// src: a JSON array of { id, name, text }. Attributes: src, label, placeholder.
// Theming: --loupe-accent, --loupe-bg, --loupe-fg, --loupe-muted, --loupe-border,
// --loupe-radius, --loupe-font. Styles live in a constructed stylesheet adopted by the shadow
// root: nothing leaks in or out, and a strict CSP (no inline style) allows it.
// Events: "loupe-ready" (detail: { documents }), "loupe-select" (detail: the clicked hit).
import { Loupe } from './client.js';

const css = `
:host { all: initial; display: block; contain: content;
  font: 15px/1.45 var(--loupe-font, system-ui, sans-serif); color: var(--loupe-fg, #1d2330);
  background: var(--loupe-bg, #fff); border: 1px solid var(--loupe-border, #c9ced8);
  border-radius: var(--loupe-radius, 8px); padding: 12px; }
:host([hidden]) { display: none; }
label { display: block; font-weight: 600; margin-bottom: 6px; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 8px 10px; color: inherit;
  background: var(--loupe-bg, #fff); border: 1px solid var(--loupe-border, #c9ced8);
  border-radius: var(--loupe-radius, 8px); }
input:focus-visible { outline: 3px solid var(--loupe-accent, #2457c5); outline-offset: 1px; }
.status { color: var(--loupe-muted, #5a6272); margin: 8px 0 0; font-size: 0.9em; }
.status.error { color: #a31515; }
ol { list-style: none; margin: 8px 0 0; padding: 0; }
li { padding: 8px 0; border-top: 1px solid var(--loupe-border, #c9ced8); }
button { all: unset; cursor: pointer; color: var(--loupe-accent, #2457c5); font-weight: 600; }
button:focus-visible { outline: 3px solid var(--loupe-accent, #2457c5); }
mark { background: color-mix(in srgb, var(--loupe-accent, #2457c5) 22%, transparent); color: inherit; }
.snippet { margin: 2px 0 0; }
`;

let sheet; // one constructed sheet, shared read-only by every element on the page
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

// Text with highlighted UTF-16 ranges, built from text nodes: never markup.
export function highlighted(text, ranges) {
  const out = [];
  let at = 0;
  for (const r of [...(ranges || [])].sort((a, b) => a.begin_u16 - b.begin_u16)) {
    if (r.begin_u16 < at || r.end_u16 > text.length || r.end_u16 <= r.begin_u16) continue;
    out.push(text.slice(at, r.begin_u16), el('mark', { textContent: text.slice(r.begin_u16, r.end_u16) }));
    at = r.end_u16;
  }
  out.push(text.slice(at));
  return out;
}

export class LoupeSearchElement extends HTMLElement {
  #loupe = null;
  #ready;
  #timer = 0;
  #ticket = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const id = 'q';
    this.input = el('input', { id, type: 'search', autocomplete: 'off' });
    this.status = el('p', { className: 'status' });
    this.status.setAttribute('role', 'status');
    this.results = el('ol');
    this.labelNode = el('label', { htmlFor: id });
    root.append(
      el('form', { role: 'search', onsubmit: (e) => e.preventDefault() }, this.labelNode, this.input),
      this.status,
      this.results,
    );
    this.input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#search(), 120);
    });
  }

  /** Resolves to this element's Loupe instance once its documents are in. */
  get loupe() {
    return this.#ready || Promise.reject(new Error('not connected'));
  }

  connectedCallback() {
    this.labelNode.textContent = this.getAttribute('label') || 'Search';
    this.input.placeholder = this.getAttribute('placeholder') || '';
    if (!this.#ready) this.#ready = this.#start();
  }

  disconnectedCallback() {
    this.#loupe?.dispose();
    this.#loupe = null;
    this.#ready = null;
  }

  async #start() {
    this.#say('Loading…');
    try {
      this.#loupe = await Loupe.create({ worker: true }); // it adds text only: pdf.js never loads
      const src = this.getAttribute('src');
      if (src) {
        const response = await fetch(new URL(src, document.baseURI));
        if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
        for (const doc of await response.json()) await this.#loupe.add(doc);
      }
      const documents = (await this.#loupe.list()).length;
      this.#say(`${documents} documents ready.`);
      this.dispatchEvent(new CustomEvent('loupe-ready', { detail: { documents } }));
      return this.#loupe;
    } catch (err) {
      this.#say(`Could not start: ${err.message}`, true);
      throw err;
    }
  }

  async #search() {
    const query = this.input.value.trim();
    const ticket = ++this.#ticket;
    if (!query) {
      this.results.replaceChildren();
      return;
    }
    try {
      const loupe = await this.loupe;
      const reply = await loupe.search(query, { limit: 10 });
      if (ticket !== this.#ticket) return;
      this.#render(reply.hits || []);
    } catch (err) {
      if (ticket !== this.#ticket) return;
      this.results.replaceChildren();
      this.#say(err.code === 'unsupported' ? 'Search is not available in this engine build yet.' : err.message, true);
    }
  }

  // A highlight indexes the snippet through in_snippet_* (newer engines: the snippet may be
  // normalized text); else its document offsets shift by snippet_begin_u16.
  #render(hits) {
    this.#say(`${hits.length} results`);
    this.results.replaceChildren(
      ...hits.map((hit) => {
        const text = typeof hit.snippet === 'string' ? hit.snippet : '';
        const at = hit.snippet_begin_u16 || 0;
        const ranges = (hit.highlights || []).map((h) =>
          Number.isInteger(h.in_snippet_begin_u16)
            ? { begin_u16: h.in_snippet_begin_u16, end_u16: h.in_snippet_end_u16 }
            : { begin_u16: h.begin_u16 - at, end_u16: h.end_u16 - at },
        );
        const open = el('button', { type: 'button', textContent: hit.name || hit.doc });
        open.addEventListener('click', () =>
          this.dispatchEvent(new CustomEvent('loupe-select', { detail: hit, bubbles: true })),
        );
        return el('li', {}, open, el('p', { className: 'snippet' }, ...highlighted(text, ranges)));
      }),
    );
  }

  #say(text, error = false) {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
  }
}

export function defineLoupeSearch(name = 'loupe-search') {
  if (!customElements.get(name)) customElements.define(name, LoupeSearchElement);
}
