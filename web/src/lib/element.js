// <loupe-search>: a search box over a set of documents, for any site, in one tag.
//   <loupe-search src="documents.json" label="Search the archive"></loupe-search>
// src: a JSON array of { id, name, text }. Attributes: src, label, placeholder, facets (as
// <loupe-search index=...>'s: "entity year month", all three when empty; absent: none) and
// facet-limit: the "Names and dates" panel of facet-panel.js, the same for both forms; the
// engine links entities and reads dates only once it is opened.
// Theming: --loupe-accent, --loupe-bg, --loupe-fg, --loupe-muted, --loupe-border,
// --loupe-radius, --loupe-font. Styles live in a constructed stylesheet adopted by the shadow
// root: nothing leaks in or out, and a strict CSP (no inline style) allows it.
// Events: "loupe-ready" (detail: { documents }), "loupe-select" (detail: the clicked hit).
import { Loupe } from './client.js';
import { el, mountSearchBox, resultItem } from './search-box.js';
import { facetCss, facetNames, mountFacetPanel, withClause } from './facet-panel.js';

export { highlighted } from './search-box.js';

const css = `
button { all: unset; cursor: pointer; color: var(--loupe-accent, #2457c5); font-weight: 600; }
button:focus-visible { outline: 3px solid var(--loupe-accent, #2457c5); }
${facetCss}`;

export class LoupeSearchElement extends HTMLElement {
  #loupe = null;
  #ready;
  #ticket = 0;
  #box;
  #panel = null; // the facet panel, when the facets attribute asks for one

  constructor() {
    super();
    this.#box = mountSearchBox(this, { css, delay: 120, onInput: () => this.#search() });
    ({ input: this.input, status: this.status, results: this.results, labelNode: this.labelNode } = this.#box);
  }

  /** Resolves to this element's Loupe instance once its documents are in. */
  get loupe() {
    return this.#ready || Promise.reject(new Error('not connected'));
  }

  connectedCallback() {
    this.labelNode.textContent = this.getAttribute('label') || 'Search';
    this.input.placeholder = this.getAttribute('placeholder') || '';
    if (facetNames(this).length && !this.#panel) {
      this.#panel = mountFacetPanel(this.results, {
        onOpen: () => this.#search(),
        onPick: (clause) => {
          this.input.value = withClause(this.input.value, clause);
          this.#search();
        },
      });
    }
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
      this.#panel?.clear();
      return;
    }
    try {
      const loupe = await this.loupe;
      const facets = this.#panel?.open ? facetNames(this) : [];
      const facet_limit = Math.min(100, Math.max(1, Number(this.getAttribute('facet-limit')) || 10));
      const reply = await loupe.search(query, facets.length ? { limit: 10, facets, facet_limit } : { limit: 10 });
      if (ticket !== this.#ticket) return;
      this.#render(reply.hits || []);
      if (facets.length) this.#panel.show(reply.facets);
      else this.#panel?.clear();
      this.dispatchEvent(
        new CustomEvent('loupe-results', { detail: { query, total: reply.total, facets: reply.facets } }),
      );
    } catch (err) {
      if (ticket !== this.#ticket) return;
      this.results.replaceChildren();
      this.#panel?.clear();
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
        return resultItem(open, text, ranges);
      }),
    );
  }

  #say(text, error = false) {
    this.#box.say(text, error);
  }
}

export function defineLoupeSearch(name = 'loupe-search') {
  if (!customElements.get(name)) customElements.define(name, LoupeSearchElement);
}
