// <loupe-search index="/loupe/">: a search box over a chunked static index written by
// `loupe site SRC -o OUT` (engine/site/), for any static host. It fetches the index's manifest
// and table when it starts, then per query only the chunks the query's words fall in and the
// fragments of the hits it shows (LoupeSite, loupe-site-client.js). Same query language and
// ranking as the in-memory engine.
//   <script type="module" src="/loupe/lib/loupe-site-element.js"></script>
//   <loupe-search index="/loupe/" label="Search the site"></loupe-search>
// Attributes: index (the index folder's URL), base (where page links resolve; default: the
// folder above the index, as `loupe site SRC -o SRC/loupe` lays it out), label, placeholder,
// limit (1..100, default 10: pages, each shown once by its best passage), facets (the facets
// to offer: any of "entity year month", all three when empty; absent: none), facet-limit (names
// listed, 1..100, default 10). With facets, a "Names and dates" panel (facet-panel.js, closed
// by default) lists the names and periods of every matching passage; a click adds entity:"Name"
// or date:2021(-06) to the query. The annotation pages are fetched only while it is open.
// Theming: --loupe-accent, --loupe-bg, --loupe-fg, --loupe-muted,
// --loupe-border, --loupe-radius, --loupe-font. Styles are a constructed stylesheet in the
// shadow root (a strict CSP allows it). Events: "loupe-ready" (detail: {documents, chunks}),
// "loupe-results" (detail: {query, total, hits, facets?, network}: network lists the files
// fetched, each with the round it came in).
// This module registers the tag unless the page already has one (web/src/lib/element.js's
// documents.json form): a page uses one of the two.
import { LoupeSite } from './loupe-site-client.js';
import { el, mountSearchBox, resultItem } from './search-box.js';
import { facetCss, facetNames, mountFacetPanel, withClause } from './facet-panel.js';

export { LoupeSite } from './loupe-site-client.js';

const css = `
input:focus-visible, a:focus-visible { outline: 3px solid var(--loupe-accent, #2457c5); outline-offset: 1px; }
a { color: var(--loupe-accent, #2457c5); font-weight: 600; text-decoration: none; }
a:hover { text-decoration: underline; }
${facetCss}`;

export class LoupeSiteSearchElement extends HTMLElement {
  #site = null;
  #ready = null;
  #ticket = 0;
  #box;
  #panel = null; // the facet panel, when the facets attribute asks for one

  constructor() {
    super();
    this.#box = mountSearchBox(this, { css, delay: 150, onInput: () => this.#search() });
    ({ input: this.input, status: this.status, results: this.results, labelNode: this.labelNode } = this.#box);
  }

  /** Resolves to the element's LoupeSite once the index is open. */
  get site() {
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
    this.#ready.catch(() => {}); // shown in the status line
  }

  disconnectedCallback() {
    this.#site?.dispose();
    this.#site = null;
    this.#ready = null;
  }

  async #start() {
    this.#say('Loading…');
    try {
      const index = this.getAttribute('index');
      if (!index) throw new Error('no index attribute');
      this.#site = await LoupeSite.open(index);
      const detail = { documents: this.#site.documents, chunks: this.#site.chunks };
      this.#say(`${detail.documents} pages indexed.`);
      this.dispatchEvent(new CustomEvent('loupe-ready', { detail }));
      return this.#site;
    } catch (err) {
      this.#say(`Could not open the index: ${err.message}`, true);
      throw err;
    }
  }

  #pageUrl(doc) {
    const index = new URL(this.getAttribute('index'), document.baseURI);
    const base = this.getAttribute('base');
    return new URL(doc, base ? new URL(base, document.baseURI) : new URL('../', index)).href;
  }

  async #search() {
    const query = this.input.value.trim();
    const ticket = ++this.#ticket;
    if (!query) {
      this.results.replaceChildren();
      this.#panel?.clear();
      this.#say('');
      return;
    }
    try {
      const site = await this.site;
      const limit = Math.min(100, Math.max(1, Number(this.getAttribute('limit')) || 10));
      // Facets only while the panel is open: a closed one fetches no annotation page.
      const facets = this.#panel?.open ? facetNames(this) : [];
      const facet_limit = Math.min(100, Math.max(1, Number(this.getAttribute('facet-limit')) || 10));
      const reply = await site.search(query, { limit, perDoc: 1, facets, facet_limit }); // a page once, by its best passage
      if (ticket !== this.#ticket) return;
      this.#render(reply);
      if (reply.facets) this.#panel.show(reply.facets);
      else this.#panel?.clear();
      const detail = { query, total: reply.total, hits: reply.hits, facets: reply.facets, network: site.lastNetwork };
      this.dispatchEvent(new CustomEvent('loupe-results', { detail }));
    } catch (err) {
      if (ticket !== this.#ticket) return;
      this.results.replaceChildren();
      this.#panel?.clear();
      this.#say(err.message, true);
    }
  }

  #render(reply) {
    this.#say(`${reply.total} passages in ${reply.total_docs} pages`);
    this.results.replaceChildren(
      ...reply.hits.map((hit) => {
        const link = el('a', { href: this.#pageUrl(hit.doc), textContent: hit.title || hit.name || hit.doc });
        const item = resultItem(link, hit.snippet, hit.highlights);
        item.dataset.doc = hit.doc;
        return item;
      }),
    );
  }

  #say(text, error = false) {
    this.#box.say(text, error);
  }
}

export function defineLoupeSiteSearch(name = 'loupe-search') {
  if (!customElements.get(name)) customElements.define(name, LoupeSiteSearchElement);
}
defineLoupeSiteSearch();
