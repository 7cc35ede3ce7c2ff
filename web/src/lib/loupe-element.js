// ES module that registers <loupe-search>: `import 'loupe/element'` (dist/loupe-element.js).
import { defineLoupeSearch } from './element.js';

export { LoupeSearchElement, defineLoupeSearch } from './element.js';
defineLoupeSearch();
