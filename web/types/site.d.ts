// Types of the "loupe/site" entry (dist/loupe-site-element.js): LoupeSite, the client of a
// chunked static index written by `loupe site` (engine/site/), and the <loupe-search index=...>
// element over it. Hand-written like loupe.d.ts; tests/wasm/types.test.mjs holds them to
// web/src/lib/loupe-site-{client,element}.js.
import type { LoupeEntityFacet, LoupeRange } from './loupe';

export interface LoupeSiteOpenOptions {
  /** The worker script (default: loupe-site-worker.js beside the module). */
  workerUrl?: string | URL;
  /** The engine's wasm file (default: loupe-site.wasm beside the module, or beside engineUrl). */
  wasmUrl?: string | URL;
  /** Another engine glue for the worker to load (default: the one bundled in the worker). */
  engineUrl?: string | URL;
}

/** The facets a site index holds (its entity and date pages): no lang or doc facet. */
export type LoupeSiteFacetName = 'entity' | 'year' | 'month';

export interface LoupeSiteSearchOptions {
  /** Passages shown, 1..1000 (default 10). */
  limit?: number;
  /** Passages of one page at most, 1..1000 (default 3). */
  perDoc?: number;
  /** Facets counted over every matching passage (default none: no annotation page fetched). */
  facets?: LoupeSiteFacetName[];
  /** Entities the entity facet lists, 1..100000 (default 20). */
  facet_limit?: number;
}

/** A highlight of a site hit: UTF-16 units of `snippet` (snippet.slice(begin_u16, end_u16)). */
export type LoupeSiteHighlight = Pick<LoupeRange, 'begin_u16' | 'end_u16'>;

export interface LoupeSiteHit {
  /** The page's id: its path under the folder `loupe site` read ("news/a.html"). */
  doc: string;
  name: string;
  title: string;
  /** The passage's paragraph number in its page (0 for the title). */
  passage: number;
  field: 'body' | 'title';
  /** Language code of the passage: "ko", "en", "es", "ru", "uk" or "other". */
  lang: string;
  score: number;
  snippet: string;
  highlights: LoupeSiteHighlight[];
}

export interface LoupeSiteFacets {
  /** Most mentioned first. */
  entity?: LoupeEntityFacet[];
  /** Passages with a date in each year: { "2021": 3 }. */
  year?: Record<string, number>;
  /** Passages with a date in each month: { "2021-06": 2 }. */
  month?: Record<string, number>;
}

/** What the reader fetched so far (the engine's counts, every call of this LoupeSite). */
export interface LoupeSiteFetchCounts {
  requests: number;
  bytes: number;
  chunks: number;
  chunk_bytes: number;
  fragments: number;
  fragment_bytes: number;
}

export interface LoupeSiteSearchResult {
  /** Matching passages. */
  total: number;
  /** Pages with a matching passage. */
  total_docs: number;
  hits: LoupeSiteHit[];
  fetched: LoupeSiteFetchCounts;
  chunks_total: number;
  /** Only when asked for (LoupeSiteSearchOptions.facets). */
  facets?: LoupeSiteFacets;
}

/** One file a call fetched, in the order the files arrived. */
export interface LoupeSiteFetched {
  file: string;
  /** Its length once the browser undid any gzip. */
  bytes: number;
  /** 1 for the files fetched first, then one more each time the engine asked again. */
  round: number;
}

export class LoupeSite {
  private constructor(worker: Worker);
  /** Opens the index folder at `indexUrl` (relative to the page): its manifest only. Rejects
   *  with code "unsupported" on a file:// page, "fetch" when a file cannot be fetched. */
  static open(indexUrl: string | URL, options?: LoupeSiteOpenOptions): Promise<LoupeSite>;
  /** Pages of the index (set by open). */
  readonly documents: number;
  /** Chunks of the index (set by open). */
  readonly chunks: number;
  /** What the last call fetched. */
  lastNetwork: LoupeSiteFetched[];
  search(query: string, options?: LoupeSiteSearchOptions): Promise<LoupeSiteSearchResult>;
  dispose(): void;
}

/** <loupe-search index="/loupe/" facets>: the element over a chunked index. Attributes: index,
 *  base, label, placeholder, limit, facets, facet-limit (loupe-site-element.js). */
export class LoupeSiteSearchElement extends HTMLElement {
  /** The element's LoupeSite once the index is open. */
  readonly site: Promise<LoupeSite>;
}
export function defineLoupeSiteSearch(name?: string): void;
