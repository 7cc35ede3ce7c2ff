// Types of the "loupe/element" entry (dist/loupe-element.js): the <loupe-search> element only.
export { LoupeSearchElement, defineLoupeSearch } from './loupe';
