// Types of the "loupe/element" entry (dist/lib/loupe-search.js): the <loupe-search> element only.
export { LoupeSearchElement, defineLoupeSearch } from './loupe';
