// ES module that registers <loupe-search>: `import 'loupe/element'`.
import { defineLoupeSearch } from './element.js';

export { LoupeSearchElement, defineLoupeSearch } from './element.js';
defineLoupeSearch();
