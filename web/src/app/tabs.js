// The workspace's views: the search bar on top, then one of results, entities, timeline,
// network or documents beside the reading pane (on a phone, one column: the reading pane is a
// view of its own). body[data-view] says which; styles/workspace.css shows that panel. The tabs are one
// Tab stop (arrow keys move between them, as WAI-ARIA's tabs pattern has it).
const tabs = () => [...document.querySelectorAll('.tabs [role=tab]')];
export const narrow = () => matchMedia('(max-width: 899px)').matches;

let onShow = () => {};
export function setView(name, { focus = false } = {}) {
  document.body.dataset.view = name;
  onShow(name);
  for (const tab of tabs()) {
    const on = tab.dataset.view === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
  }
}
export const currentView = () => document.body.dataset.view;

// shown(name) runs whenever a view is shown (e.g. to fit what could not be laid out hidden).
export function wireTabs(shown = () => {}) {
  onShow = shown;
  for (const tab of tabs()) tab.addEventListener('click', () => setView(tab.dataset.view));
  document.querySelector('.tabs').addEventListener('keydown', (e) => {
    const shown = tabs().filter((t) => t.offsetParent !== null);
    const i = shown.indexOf(document.activeElement);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: shown.length - 1 }[e.key];
    if (i < 0 || next === undefined) return;
    e.preventDefault();
    setView(shown[(next + shown.length) % shown.length].dataset.view, { focus: true });
  });
  setView(currentView());
}
