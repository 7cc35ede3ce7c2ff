// The classic-script build (dist/loupe-search.js): one script tag gives a page window.Loupe and
// the <loupe-search> element. web/build.mjs bundles it as an IIFE with lib/locate.classic.js in
// place of lib/locate.js (a classic script has no import.meta).
import { Loupe } from './client.js';
import { defineLoupeSearch } from './element.js';

globalThis.Loupe = Loupe;
defineLoupeSearch();
