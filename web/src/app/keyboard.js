// The keyboard: `/` focuses the search box (from anywhere but a text field); in the results,
// ArrowDown/ArrowUp move between the results' buttons (titles, passages, "more"), Home/End to
// the first and last, Enter opens (they are buttons); Escape in the reading pane goes back to
// the result it was opened from (on a phone, back to the results view). The skip link in
// index.html goes to the search box.
import { setView, narrow } from './tabs.js';

const $ = (id) => document.getElementById(id);
let openedFrom = null;

// The element a document was opened from, when it is a result (Escape returns to it).
export function noteOpener() {
  const active = document.activeElement;
  if (active?.closest?.('#results')) openedFrom = active;
}

const stops = () =>
  [...document.querySelectorAll('#results button, #results-more button')].filter((b) => b.offsetParent !== null);

export function wireKeyboard() {
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.target.closest?.('input, textarea')) return;
    e.preventDefault();
    $('query').focus();
    $('query').select();
  });
  // From the search box, ArrowDown goes into the results.
  $('query').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    const first = stops()[0];
    if (!first) return;
    e.preventDefault();
    if (narrow() && document.body.dataset.view !== 'results') setView('results');
    first.focus();
  });
  $('search-panel').addEventListener('keydown', (e) => {
    if (!e.target.closest('#results, #results-more')) return;
    const list = stops();
    const i = list.indexOf(e.target);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: list.length - 1 }[e.key];
    if (i < 0 || next === undefined) return;
    e.preventDefault();
    if (next < 0) $('query').focus();
    else list[Math.min(next, list.length - 1)].focus();
  });
  $('doc-panel').addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.target.closest('input')) return;
    if (narrow()) setView('results');
    if (openedFrom?.isConnected) openedFrom.focus();
    else $('query').focus();
  });
}
