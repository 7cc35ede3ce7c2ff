// Type-checked (never run) by tests/wasm/types.test.mjs against web/types/loupe.d.ts, with
// strict options. It uses every public API of web/README.md the way a page would; the lines
// marked to expect an error are calls the types must refuse (an unused mark is an error too).
import { Loupe, LoupeError } from 'loupe';
import type {
  LoupeCapabilities,
  LoupeDocument,
  LoupeDocumentDates,
  LoupeDocumentSummary,
  LoupeEntities,
  LoupeEntityFacet,
  LoupeErrorCode,
  LoupeFacetName,
  LoupeHit,
  LoupeMention,
  LoupeSearchResult,
  LoupeToken,
} from 'loupe';
import { LoupeSearchElement, defineLoupeSearch } from 'loupe/element';

// Exact type equality, so that a widened result (e.g. any) fails too.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}
type Result<K extends keyof Loupe> = Loupe[K] extends (...args: never[]) => infer R ? R : never;

// Every method's exact result, so that a declaration loosened to any fails.
export type Signatures = [
  Equal<ReturnType<typeof Loupe.create>, Promise<Loupe>>,
  Equal<ReturnType<typeof Loupe.load>, Promise<Loupe>>,
  Equal<Result<'add'>, Promise<LoupeDocumentSummary>>,
  Equal<Result<'remove'>, Promise<true>>,
  Equal<Result<'list'>, Promise<LoupeDocumentSummary[]>>,
  Equal<Result<'get'>, Promise<LoupeDocument>>,
  Equal<Result<'tokenize'>, Promise<LoupeToken[]>>,
  Equal<Result<'search'>, Promise<LoupeSearchResult>>,
  Equal<Result<'entities'>, Promise<LoupeEntities>>,
  Equal<Result<'dates'>, Promise<LoupeDocumentDates[]>>,
  Equal<Result<'save'>, Promise<Uint8Array>>,
  Equal<Result<'dispose'>, void>,
  Equal<Loupe['capabilities'], LoupeCapabilities>,
  Equal<LoupeSearchElement['loupe'], Promise<Loupe>>,
  Equal<LoupeError['code'], LoupeErrorCode>,
  Equal<HTMLElementTagNameMap['loupe-search'], LoupeSearchElement>,
];
assertType<Signatures[number]>();

export async function everyCall(bytes: Uint8Array, worker: Worker): Promise<string[]> {
  const out: string[] = [];
  const loupe: Loupe = await Loupe.create({ worker: true, preloadPdf: false });
  await Loupe.create({ workerUrl: new URL('https://example.org/worker.js') });
  await Loupe.create({ createWorker: () => worker });
  await Loupe.create();
  const caps: LoupeCapabilities = loupe.capabilities;
  if (caps.search && caps.entities && caps.dates && caps.save && caps.load && caps.tokenize) out.push('all');

  const added: LoupeDocumentSummary = await loupe.add({ id: 'a', name: 'a.txt', text: 'Seoul, 3 March 2024.' });
  out.push(added.id, added.name, added.type, String(added.chars + added.bytes));
  const controller = new AbortController();
  await loupe.add({ id: 2, name: 'b.pdf', bytes, type: 'application/pdf' }, { signal: controller.signal });
  await loupe.add({ id: 'c', bytes: bytes.buffer as ArrayBuffer });
  const removed: true = await loupe.remove('c');
  out.push(String(removed));
  const all: LoupeDocumentSummary[] = await loupe.list();
  const doc: LoupeDocument = await loupe.get(all[0]?.id ?? 'a');
  out.push(doc.text);

  const tokens: LoupeToken[] = await loupe.tokenize('Привет, 세계');
  for (const t of tokens)
    out.push(t.surface, t.kind, doc.text.slice(t.begin_u16, t.end_u16), `${t.begin_byte}-${t.end_byte}`);

  const found = await loupe.search('회의를 lang:ko', {
    limit: 20,
    offset: 0,
    per_doc: 3,
    snippet_bytes: 240,
    facet_limit: 5,
  });
  assertType<Equal<typeof found, LoupeSearchResult>>();
  out.push(String(found.total + found.total_docs));
  for (const hit of found.hits) {
    const h: LoupeHit = hit;
    const field: 'body' | 'title' = h.field;
    out.push(h.doc, h.name, h.lang, h.snippet, field, String(h.passage + h.score));
    out.push(doc.text.slice(h.begin_u16, h.end_u16), String(h.begin_byte ?? -1), String(h.end_byte ?? -1));
    for (const m of h.highlights) {
      const inSnippet = m.in_snippet_begin_u16 ?? m.begin_u16 - h.snippet_begin_u16;
      const inSnippetEnd = m.in_snippet_end_u16 ?? m.end_u16 - h.snippet_begin_u16;
      out.push(h.snippet.slice(inSnippet, inSnippetEnd), doc.text.slice(m.begin_u16, m.end_u16));
    }
    out.push(String(h.snippet_end_u16));
  }
  const langs: Record<string, number> = found.facets.lang ?? {};
  const docs: Record<string, number> = found.facets.doc ?? {};
  out.push(...Object.keys(langs), ...Object.keys(docs));
  // entity: and date: filters, and the facets computed only when asked.
  const facetNames: LoupeFacetName[] = ['lang', 'doc', 'entity', 'year'];
  const filtered = await loupe.search('entity:"Putin" date:2022-11..2023-07', { facets: facetNames });
  for (const e of filtered.facets.entity ?? []) {
    const ef: LoupeEntityFacet = e;
    out.push(String(ef.id), ef.canonical, ef.type, String(ef.count));
  }
  for (const [year, n] of Object.entries(filtered.facets.year ?? {})) out.push(year, String(n));
  // @ts-expect-error facets are named, not free strings
  await loupe.search('a', { facets: ['people'] });
  // @ts-expect-error facets is a list
  await loupe.search('a', { facets: 'entity' });

  const ents: LoupeEntities = await loupe.entities();
  for (const e of ents.entities) {
    const id: number = e.id;
    out.push(e.canonical, e.type, ...e.aliases, String(id + e.mention_count), ...e.documents);
    for (const c of e.cooccurs) out.push(String(c.entity + c.sentences + c.paragraphs));
  }
  for (const m of ents.mentions)
    out.push(m.doc, m.surface, m.type, String(m.entity + m.confidence + m.begin_u16 + m.end_u16));
  // The mentions of one document or entity, or none (the entities always).
  const some: LoupeMention[] = [
    ...(await loupe.entities({ doc: 'a' })).mentions,
    ...(await loupe.entities({ entity: 1 })).mentions,
  ];
  out.push(String(some.length + (await loupe.entities({ mentions: false })).entities.length));

  const dated: LoupeDocumentDates[] = await loupe.dates({ refDate: '' });
  await loupe.dates();
  for (const d of dated) {
    out.push(d.id, d.name, d.reference.date, d.reference.source, String(d.reference.begin_u16 ?? -1));
    for (const x of d.dates) {
      const used: boolean = x.uses_reference;
      out.push(
        x.surface,
        x.kind,
        x.value,
        x.grain,
        x.as_written,
        x.mod,
        String(x.confidence + x.begin_u16 + x.end_u16 + Number(used)),
      );
    }
  }

  const saved: Uint8Array = await loupe.save();
  const copy: Loupe = await Loupe.load(saved);
  await Loupe.load(saved.buffer as ArrayBuffer, { preloadPdf: false });
  copy.dispose();
  const nothing: void = loupe.dispose();
  return nothing === undefined ? out : [];
}

export function errors(err: unknown): string {
  if (err instanceof LoupeError) {
    const code: LoupeErrorCode = err.code;
    const name: 'LoupeError' = err.name;
    if (code === 'bad_file') return `${name} ${err.reason ?? ''} ${err.message}`;
    if (
      code === 'invalid_argument' ||
      code === 'unsupported' ||
      code === 'aborted' ||
      code === 'not_found' ||
      code === 'disposed' ||
      code === 'worker'
    )
      return code;
    return err.message;
  }
  const made = new LoupeError('not_found', 'no document with id x', { id: 'x' });
  const same: typeof LoupeError = Loupe.LoupeError;
  return made instanceof same && made instanceof Error ? made.code : '';
}

export async function element(): Promise<number> {
  defineLoupeSearch();
  defineLoupeSearch('my-search');
  const node: LoupeSearchElement = document.createElement('loupe-search');
  const fromQuery: LoupeSearchElement | null = document.querySelector('loupe-search');
  const isElement: HTMLElement = node;
  const loupe: Loupe = await node.loupe;
  return (await loupe.list()).length + (fromQuery ? 1 : 0) + (isElement.hidden ? 1 : 0);
}

export async function refused(loupe: Loupe, worker: Worker): Promise<void> {
  // @ts-expect-error the constructor is private: instances come from Loupe.create
  new Loupe(worker);
  // @ts-expect-error a document needs text or bytes
  await loupe.add({ id: 'x', name: 'x' });
  // @ts-expect-error a document needs an id
  await loupe.add({ text: 'x' });
  // @ts-expect-error the query is a string
  await loupe.search(42);
  // @ts-expect-error unknown search option
  await loupe.search('x', { top: 3 });
  // @ts-expect-error capabilities are read-only
  loupe.capabilities = {
    tokenize: true,
    documents: true,
    search: true,
    entities: true,
    dates: true,
    save: true,
    load: true,
  };
  // @ts-expect-error the worker cannot be turned off
  await Loupe.create({ worker: false });
  // @ts-expect-error not a method of the library
  await loupe.analyze('x');
}
