// Type-checked (never run) by tests/wasm/types.test.mjs against web/types/site.d.ts, with the
// strict options of types-usage.ts: the "loupe/site" entry as a page uses it (web/src/lib/
// loupe-site-client.js's header); the lines marked to expect an error are calls the types must
// refuse.
import { LoupeSite, LoupeSiteSearchElement, defineLoupeSiteSearch } from 'loupe/site';
import type { LoupeSiteFetched, LoupeSiteHit, LoupeSiteSearchResult } from 'loupe/site';
import type { LoupeEntityFacet } from 'loupe';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type SiteSignatures = [
  Equal<ReturnType<typeof LoupeSite.open>, Promise<LoupeSite>>,
  Equal<ReturnType<LoupeSite['search']>, Promise<LoupeSiteSearchResult>>,
  Equal<LoupeSiteSearchElement['site'], Promise<LoupeSite>>,
];

export async function search(): Promise<string[]> {
  const site = await LoupeSite.open('/loupe/', { wasmUrl: '/lib/loupe-site.wasm' });
  const pages: number = site.documents + site.chunks;
  const { total, total_docs, hits, fetched, chunks_total } = await site.search('harbour', { limit: 10, perDoc: 1 });
  const first: LoupeSiteHit | undefined = hits[0];
  const marked = first ? first.highlights.map((h) => first.snippet.slice(h.begin_u16, h.end_u16)) : [];
  const files: LoupeSiteFetched[] = site.lastNetwork;
  const rounds = Math.max(...files.map((f) => f.round + f.bytes));
  const { facets } = await site.search('harbour', { facets: ['entity', 'year', 'month'], facet_limit: 5 });
  const names: LoupeEntityFacet[] = facets?.entity ?? [];
  const years = Object.entries(facets?.year ?? {}).map(([y, n]) => `${y}:${n}`);
  const months: number | undefined = facets?.month?.['2021-06'];
  site.dispose();
  const sums = total + total_docs + fetched.requests + fetched.bytes + chunks_total + pages + rounds + (months ?? 0);
  return [...marked, ...names.map((e) => `${e.canonical} ${e.type} ${e.count}`), ...years, String(sums)];
}

export async function element(): Promise<number> {
  defineLoupeSiteSearch();
  defineLoupeSiteSearch('site-search');
  const node = document.createElement('site-search') as LoupeSiteSearchElement;
  const site: LoupeSite = await node.site;
  return site.documents;
}

export async function refused(site: LoupeSite, worker: Worker): Promise<void> {
  // @ts-expect-error the constructor is private: instances come from LoupeSite.open
  new LoupeSite(worker);
  // @ts-expect-error a site index holds no lang facet
  await site.search('x', { facets: ['lang'] });
  // @ts-expect-error unknown search option
  await site.search('x', { top: 3 });
  // @ts-expect-error the counts are set by open
  site.documents = 3;
  // @ts-expect-error the query is a string
  await site.search(42);
}
