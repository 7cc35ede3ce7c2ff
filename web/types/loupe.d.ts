// Types for the Loupe client (web/src/lib). Hand-written: the JS is plain ES modules, with no
// compile step. Engine result shapes that are still being built (search, entities, dates) are
// typed loosely here and tightened when their envelopes are fixed.

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
  /** Load pdf.js with the worker (default true), so that no request follows the page load.
   *  false: pdf.js is fetched on the first PDF instead. */
  preloadPdf?: boolean;
}

/** A document given as text, or as file bytes (.txt, .md, .html, .pdf) that the worker reads. */
export type LoupeDocumentInput =
  | { id: string | number; name?: string; text: string; type?: string }
  | { id: string | number; name?: string; bytes: Uint8Array | ArrayBuffer; type?: string };

export interface LoupeDocumentSummary {
  id: string;
  name: string;
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

export interface LoupeCallOptions {
  /** Aborting rejects the call with code "aborted"; an add in progress is not stored. */
  signal?: AbortSignal;
}

export type LoupeErrorCode =
  | 'unsupported' | 'aborted' | 'disposed' | 'not_found' | 'bad_file' | 'worker'
  | 'invalid_argument' | 'internal' | (string & {});

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
  /** Bytes are transferred to the worker (the caller's buffer is detached). Same id replaces. */
  add(doc: LoupeDocumentInput, options?: LoupeCallOptions): Promise<LoupeDocumentSummary>;
  remove(id: string | number): Promise<true>;
  list(): Promise<LoupeDocumentSummary[]>;
  get(id: string | number): Promise<LoupeDocument>;
  tokenize(text: string): Promise<LoupeToken[]>;
  /** Rejects with code "unsupported" until the engine build has search. */
  search(query: string, options?: { limit?: number; [key: string]: unknown }): Promise<{ hits: unknown[]; [key: string]: unknown }>;
  /** Rejects with code "unsupported" until the engine build has entities. */
  entities(options?: Record<string, unknown>): Promise<{ entities: unknown[]; [key: string]: unknown }>;
  /** Per document; rejects with code "unsupported" until the engine build has dates. */
  dates(options?: { refDate?: string }): Promise<Array<{ id: string; name: string; dates?: unknown[]; [key: string]: unknown }>>;
  /** The documents, plus the engine's index when it can save one. */
  save(): Promise<Uint8Array>;
  dispose(): void;
}

/** The <loupe-search> element (import 'loupe/element', or the classic loupe-search.js). */
export class LoupeSearchElement extends HTMLElement {
  readonly loupe: Promise<Loupe>;
}
export function defineLoupeSearch(name?: string): void;

declare global {
  interface HTMLElementTagNameMap { 'loupe-search': LoupeSearchElement; }
}
