// The reading pane: a document with its entity and date marks and every match of the query
// nested inside them (marks.js), opened scrolled to the match that was clicked; the matches
// are stepped through with the previous/next buttons or n / p in the text.
import { t } from './i18n.js';
import { el } from './dom.js';
import { marked, rove } from './marks.js';

const $ = (id) => document.getElementById(id);
let current = -1;

const hitMarks = (i) => $('doc-text').querySelectorAll(`mark.hit[data-hit="${i}"]`);
const hitCount = () => Number($('doc-text').dataset.hits || 0);

// Shows match i (wrapping around): marked as the current one, scrolled to the middle of the
// text box, its position said in the bar. Only the box scrolls (scrollIntoView scrolls the
// page too).
export function goToHit(i) {
  const count = hitCount();
  if (!count) return;
  for (const m of hitMarks(current)) m.classList.remove('current');
  current = (i + count) % count;
  const marks = hitMarks(current);
  for (const m of marks) m.classList.add('current');
  if (marks[0]) centre($('doc-text'), marks[0]);
  $('hit-position').textContent = t('hitPosition', { at: current + 1, count });
}

// On a phone the reading view is the screen under the tabs: the page goes back to its top and
// the text box ends at the screen's bottom, so only the box scrolls to a hit (the page moved
// 241 px, the tabs and the search bar off the top). A flex layout of the whole page did the
// same in CSS but made a click three times as slow.
function fitToScreen(box) {
  box.style.height = box.style.maxHeight = '';
  if (!window.matchMedia('(max-width: 899px)').matches) return;
  window.scrollTo(0, 0);
  const room = window.innerHeight - box.getBoundingClientRect().top;
  const fit = (px) => (box.style.height = `${Math.max(96, Math.floor(px))}px`);
  box.style.maxHeight = 'none';
  fit(room);
  fit(room - (document.documentElement.scrollHeight - window.innerHeight)); // the pane's padding
}

function centre(box, mark) {
  const at = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = at - (box.clientHeight - mark.getBoundingClientRect().height) / 2;
}

// doc: { id, name, text }; marks: entity/date marks and hits ({ begin_u16, end_u16 }, kind
// 'hit'); target: the hit to open at, as an offset (the clicked passage's start) or null;
// label: { title, name } (doc-names.js): the heading says the title, the file name under it.
export function showDocument(doc, marks, target = null, label = { title: doc.name, name: doc.name }) {
  $('doc-empty').hidden = true;
  $('doc-panel').classList.add('open');
  $('doc-title').textContent = label.title === label.name ? '' : label.title;
  $('doc-name').textContent = doc.name;
  const hits = marks
    .filter((m) => m.kind === 'hit')
    .sort((a, b) => a.begin_u16 - b.begin_u16)
    .map((m, index) => ({ ...m, index }));
  const box = $('doc-text');
  const text = document.createDocumentFragment();
  text.append(...marked(doc.text, [...marks.filter((m) => m.kind !== 'hit'), ...hits]));
  box.dataset.hits = String(hits.length);
  legend(text);
  current = -1;
  $('hit-nav').hidden = !hits.length;
  // Everything above the text is final: fitted while the box is empty (a cheap layout), then
  // the text goes in and is laid out once, when the scroll to the hit needs it.
  box.replaceChildren();
  box.scrollTop = 0;
  fitToScreen(box);
  box.append(text);
  rove(box);
  if (!hits.length) return;
  const at = target === null ? 0 : hits.findIndex((h) => h.end_u16 > target);
  goToHit(at < 0 ? 0 : at);
}

// Back to "open a result to read it here" (the document was removed or forgotten).
export function clearDocument() {
  $('doc-empty').hidden = false;
  $('doc-panel').classList.remove('open');
  $('doc-name').textContent = '';
  $('doc-title').textContent = '';
  $('doc-text').replaceChildren();
  $('doc-text').dataset.hits = '0';
  $('doc-legend').replaceChildren();
  $('hit-nav').hidden = true;
}

function legend(text) {
  const count = (kind) => text.querySelectorAll(`mark.${kind}`).length;
  const hits = hitCount();
  $('doc-legend').replaceChildren(
    el('span', { className: 'key entity', textContent: t('legendEntities', { count: count('entity') }) }),
    el('span', { className: 'key date', textContent: t('legendDates', { count: count('date') }) }),
    ...(hits ? [el('span', { className: 'key hit', textContent: t('legendHits', { count: hits }) })] : []),
  );
}

// The bar's buttons and the n / p keys (not while a modifier is held, not in a form field).
export function wireReader() {
  // A phone turned: fitted again if reading, else back to the style sheet's height.
  window.addEventListener('resize', () => {
    if (document.body.dataset.view === 'reader') fitToScreen($('doc-text'));
    else $('doc-text').style.height = $('doc-text').style.maxHeight = '';
  });
  $('hit-prev').addEventListener('click', () => goToHit(current - 1));
  $('hit-next').addEventListener('click', () => goToHit(current + 1));
  $('doc-panel').addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea')) return;
    if (e.key === 'n' || e.key === 'p') {
      e.preventDefault();
      goToHit(current + (e.key === 'n' ? 1 : -1));
    }
  });
}
