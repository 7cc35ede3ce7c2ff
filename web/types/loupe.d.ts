// Types for the Loupe client (web/src/lib). Hand-written: the JS is plain ES modules, with no
// compile step. Result shapes are the engine's JSON envelopes (engine/engine.h) without their
// "v"/"ok" fields. Every *_u16 offset indexes a JS string; *_byte offsets its UTF-8 bytes.

/** What the engine build in the worker can do; views and calls light up as these turn true. */
export interface LoupeCapabilities {
  tokenize: boolean;
  documents: boolean;
  search: boolean;
  entities: boolean;
  dates: boolean;
  save: boolean;
  load: boolean;
}

export interface LoupeCreateOptions {
  /** The engine always runs in a Web Worker; `false` rejects with code "unsupported". */
  worker?: true;
  /** Where worker.js is (default: beside the library). */
  workerUrl?: string | URL;
  /** Full control over the worker, e.g. a Blob-URL worker on a file:// page. */
  createWorker?: () => Worker;
  /** Load pdf.js with the worker, so that no request follows the page load (default false:
   *  pdf.js, 370 KiB gzip, is fetched on the first PDF added). */
  preloadPdf?: boolean;
  /** The folder of the entity models, ner-<lang>.bin (default: models/ beside the library).
   *  Each is fetched the first time a document of its language needs entities. */
  modelsUrl?: string | URL;
  /** Fetch all five entity models with the worker (1.3 MiB gzip), so that no request follows
   *  the page load; each is still parsed only when first needed (default false). */
  preloadModels?: boolean;
}

/** A language whose entity model could not be loaded: its text is read by the hand-written
 *  rules instead, the other languages' entities are unaffected. */
export interface LoupeModelError {
  code: 'model_unavailable';
  lang: string;
  message: string;
}

/** A document given as text, or as file bytes (.txt, .md, .html, .pdf) that the worker reads. */
export type LoupeDocumentInput =
  | { id: string | number; name?: string; text: string; type?: string }
  | { id: string | number; name?: string; bytes: Uint8Array | ArrayBuffer; type?: string };

export interface LoupeDocumentSummary {
  id: string;
  name: string;
  /** The engine's title: a Markdown document's level-1 heading, else the file name's words; "" for none. */
  title: string;
  /** The first non-blank line of the text (at most 160 UTF-16 units), to tell documents apart. */
  first_line: string;
  /** "text", "markdown", "html" or "pdf". */
  type: string;
  /** Length of the extracted text in UTF-16 code units. */
  chars: number;
  /** Size of the input in bytes. */
  bytes: number;
}

export interface LoupeDocument extends LoupeDocumentSummary {
  text: string;
}

/** One word token; *_u16 offsets index the JS string, *_byte offsets its UTF-8 bytes. */
export interface LoupeToken {
  surface: string;
  kind: string;
  begin_u16: number;
  end_u16: number;
  begin_byte: number;
  end_byte: number;
}

/** A half-open range in UTF-16 code units: text.slice(begin_u16, end_u16). */
export interface LoupeRange {
  begin_u16: number;
  end_u16: number;
  begin_byte?: number;
  end_byte?: number;
}

export interface LoupeSearchOptions {
  /** Hits per page (default 10). */
  limit?: number;
  offset?: number;
  /** At most this many passages per document (default 3). */
  per_doc?: number;
  /** Snippet length in bytes (default 240; 0: no snippet). */
  snippet_bytes?: number;
  /** How many documents the doc facet, and how many entities the entity facet, list (default 20). */
  facet_limit?: number;
  /** Which facets to count (default ["lang", "doc"]). "entity", "year" and "month" run the
   *  entity and date extractors on the first search that asks (then cached): ask only when
   *  shown. */
  facets?: LoupeFacetName[];
}

export type LoupeFacetName = 'lang' | 'doc' | 'entity' | 'year' | 'month';

/** One entity of the entity facet: the hit passages that mention it. */
export interface LoupeEntityFacet {
  /** The entity's id in the search index's own linking (same canonical name as entities()). */
  id: number;
  canonical: string;
  /** "PERSON", "ORG" or "LOC". */
  type: string;
  /** Matching passages that mention it. */
  count: number;
}

export interface LoupeHighlight extends LoupeRange {
  /** Where the match is inside `snippet` (newer engines, whose snippet may be normalized text). */
  in_snippet_begin_u16?: number;
  in_snippet_end_u16?: number;
}

/** One passage that matched. Its own range (begin_u16/end_u16) and the highlights index the
 *  document's text as get(doc) returns it, or its title (the snippet) when field is "title": a
 *  Markdown "# heading" first line, else the file name without extension, _ and - as spaces. */
export interface LoupeHit extends LoupeRange {
  /** The document's id. */
  doc: string;
  name: string;
  passage: number;
  field: 'body' | 'title';
  /** Language code of the passage: "ko", "en", "es", "ru", "uk" or "other". */
  lang: string;
  score: number;
  snippet: string;
  snippet_begin_u16: number;
  snippet_end_u16: number;
  highlights: LoupeHighlight[];
}

export interface LoupeSearchResult {
  total: number;
  total_docs: number;
  hits: LoupeHit[];
  /** Matching passages per language code and per document id; with options.facets, the entities
   *  mentioned most in them and per year ("2022") or month ("2022-03") the passages with a date
   *  in it (a date counts in the month its value starts with). Only the
   *  facets asked for are present (default lang and doc). */
  facets: {
    lang?: Record<string, number>;
    doc?: Record<string, number>;
    entity?: LoupeEntityFacet[];
    year?: Record<string, number>;
    month?: Record<string, number>;
  };
  /** Only when an entity filter or facet needed a model that could not be loaded. */
  errors?: LoupeModelError[];
}

export interface LoupeEntity {
  id: number;
  canonical: string;
  /** "PERSON", "ORG" or "LOC": one per entity (the lexicon's, else its mentions' vote); the
   *  entity facet, the `entity:` filter and the entity list read this one. */
  type: string;
  /** Every surface form seen, in any script. */
  aliases: string[];
  mention_count: number;
  /** Ids of the documents that mention it. */
  documents: string[];
  /** Entities met in the same sentences / paragraphs. */
  cooccurs: Array<{ entity: number; sentences: number; paragraphs: number }>;
  /** The mean and the highest confidence (0-1) of its mentions. */
  confidence_mean: number;
  confidence_max: number;
}

export interface LoupeMention extends LoupeRange {
  /** The document's id; offsets index that document's text. */
  doc: string;
  surface: string;
  /** The type its context gives: its entity's, except a place read as an organization in its
   *  sentence (a country acting as an agent: "ORG", its entity "LOC"). */
  type: string;
  /** The id of its LoupeEntity. */
  entity: number;
  confidence: number;
}

export interface LoupeEntities {
  entities: LoupeEntity[];
  mentions: LoupeMention[];
  /** Only when some language's entity model could not be loaded. */
  errors?: LoupeModelError[];
}

export interface LoupeDate extends LoupeRange {
  surface: string;
  /** E.g. "date", "time", "month", "year", "relative", "range", "decade", "duration". */
  kind: string;
  as_written: string;
  /** Resolved ISO-style value: "2024-03-14", "2025-05", "2023", "2023-05-02T15:30",
   *  "2013-W07", "2013-Q2"; an interval "START/END" (END inclusive at its grain), an open side
   *  left empty ("2014/"). */
  value: string;
  /** "second" "minute" "hour" "day" "week" "month" "quarter" "year" "decade" "century". */
  grain: string;
  /** "", "START", "END", ... */
  mod: string;
  confidence: number;
  uses_reference: boolean;
}

export interface LoupeDocumentDates {
  id: string;
  name: string;
  /** The date relative expressions resolve against: refDate ("user") or one the text states. */
  reference: { date: string; source: string } & Partial<LoupeRange>;
  dates: LoupeDate[];
}

/** Loupe.indexDates(): the corpus's dates at once. */
export interface LoupeCorpusDates {
  documents: Array<{ id: string; name: string; reference: LoupeDocumentDates['reference']; count: number }>;
  /** Dates per bucket: decade "202" (the 2020s), year "2024", month "2024-03". A date counts in
   *  each bucket its value starts with; a value with no year in none. */
  counts: { decade: Record<string, number>; year: Record<string, number>; month: Record<string, number> };
  /** Every date of the corpus, counted or not. */
  total: number;
  /** The dates the options asked for, each with its document's id. */
  dates: Array<LoupeDate & { doc: string }>;
}

export interface LoupeCallOptions {
  /** Aborting rejects the call with code "aborted"; an add in progress is not stored. */
  signal?: AbortSignal;
}

export type LoupeErrorCode =
  | 'unsupported'
  | 'aborted'
  | 'disposed'
  | 'not_found'
  | 'bad_file'
  | 'worker'
  | 'invalid_argument'
  | 'internal'
  | (string & {});

export class LoupeError extends Error {
  readonly name: 'LoupeError';
  readonly code: LoupeErrorCode;
  /** For code "bad_file": "binary", "encrypted", "bad_encoding", "bad_pdf" or "no_text". */
  readonly reason?: string;
  constructor(code: LoupeErrorCode, message: string, details?: Record<string, unknown>);
}

export class Loupe {
  static create(options?: LoupeCreateOptions): Promise<Loupe>;
  /** A new instance from save()'s bytes (transferred to the worker, so the buffer is detached). */
  static load(bytes: Uint8Array | ArrayBuffer, options?: LoupeCreateOptions): Promise<Loupe>;
  static readonly LoupeError: typeof LoupeError;
  private constructor(worker: Worker);

  readonly capabilities: LoupeCapabilities;
  /** For an instance made by Loupe.load(): "snapshot" when the saved index was used, "rebuilt"
   *  when the documents were indexed again (a snapshot from an older engine). */
  readonly restored: 'snapshot' | 'rebuilt' | undefined;
  /** Bytes are transferred to the worker (the caller's buffer is detached). Same id replaces. */
  add(doc: LoupeDocumentInput, options?: LoupeCallOptions): Promise<LoupeDocumentSummary>;
  remove(id: string | number): Promise<true>;
  list(): Promise<LoupeDocumentSummary[]>;
  get(id: string | number): Promise<LoupeDocument>;
  tokenize(text: string): Promise<LoupeToken[]>;
  /** Query syntax: words, "phrase", prefix*, fuzzy~, -exclude, OR, (groups), lang:ko, doc:NAME_OR_ID,
   *  entity:"Name" (passages mentioning that entity, in any script: entity:Putin finds 푸틴),
   *  date:2022, date:2022-11, date:2022-11..2023-07, date:..2021, date:2023.. (passages with a date
   *  overlapping the range).
   *  A malformed query rejects with code "invalid_argument". "unsupported" if the engine lacks search. */
  search(query: string, options?: LoupeSearchOptions): Promise<LoupeSearchResult>;
  /** PERSON / ORG / LOC over every document, linked across documents and scripts. Every
   *  entity always; the mentions: all (default), none ({ mentions: false }), or only those of
   *  one document ({ doc }) or entity ({ entity }), since a large corpus has very many. */
  entities(options?: { mentions?: false; doc?: string | number; entity?: number }): Promise<LoupeEntities>;
  /** Per document. refDate "YYYY-MM-DD" resolves relative dates; default "": each document's
   *  own stated date. */
  dates(options?: { refDate?: string }): Promise<LoupeDocumentDates[]>;
  /** The corpus's dates in one call (each document's own reference date), computed once per
   *  change of the documents: the counts always; the dates none ({ dates: false }), one
   *  document's ({ doc }), a period's ({ from, to }: "2024", "2024-03" or a decade's "2020".."2029",
   *  each bound at its own precision, either may be left open), or all (no option). */
  indexDates(options?: { dates?: false; doc?: string | number; from?: string; to?: string }): Promise<LoupeCorpusDates>;
  /** The documents, plus the engine's index snapshot (Loupe.load restores it without re-analysis). */
  save(): Promise<Uint8Array>;
  /** The engine's index alone (no texts), for callers that store the documents themselves. */
  saveIndex(): Promise<Uint8Array>;
  /** Replaces the documents with `documents` and their index from saveIndex(); re-indexes them
   *  when the index does not match. */
  restore(
    documents: Array<{ id: string; name?: string; type?: string; text: string }>,
    index: Uint8Array | ArrayBuffer | null,
  ): Promise<{ documents: number; index: 'snapshot' | 'rebuilt' }>;
  dispose(): void;
}

/** The <loupe-search> element (import 'loupe/element', or the classic loupe-search.js). */
export class LoupeSearchElement extends HTMLElement {
  readonly loupe: Promise<Loupe>;
}
export function defineLoupeSearch(name?: string): void;

declare global {
  interface HTMLElementTagNameMap {
    'loupe-search': LoupeSearchElement;
  }
}
