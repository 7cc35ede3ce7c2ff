// The search box both <loupe-search> forms render (element.js: documents.json in memory;
// loupe-site-element.js: a chunked static index): the shadow root's stylesheet, the form,
// status line and result list, and snippets with their highlights as <mark> (text nodes only,
// never markup). Each element adds its own rules (buttons or links) and its own search.
//   const box = mountSearchBox(this, { css: extra, delay: 150, onInput: () => this.search() });
//   box.say('3 results'); box.results.replaceChildren(...)
const baseCss = `
:host { all: initial; display: block; contain: content;
  font: 15px/1.45 var(--loupe-font, system-ui, sans-serif); color: var(--loupe-fg, #1d2330);
  background: var(--loupe-bg, #fff); border: 1px solid var(--loupe-border, #c9ced8);
  border-radius: var(--loupe-radius, 8px); padding: 12px; }
:host([hidden]) { display: none; }
label { display: block; font-weight: 600; margin-bottom: 6px; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 8px 10px; color: inherit;
  background: var(--loupe-bg, #fff); border: 1px solid var(--loupe-border, #c9ced8);
  border-radius: var(--loupe-radius, 8px); }
input:focus-visible { outline: 3px solid var(--loupe-accent, #2457c5); outline-offset: 1px; }
.status { color: var(--loupe-muted, #5a6272); margin: 8px 0 0; font-size: 0.9em; }
.status.error { color: #a31515; }
ol { list-style: none; margin: 8px 0 0; padding: 0; }
li { padding: 8px 0; border-top: 1px solid var(--loupe-border, #c9ced8); }
mark { background: color-mix(in srgb, var(--loupe-accent, #2457c5) 22%, transparent); color: inherit; }
.snippet { margin: 2px 0 0; }
`;

const sheets = new Map(); // by the element's extra rules: one constructed sheet per form, shared read-only

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

// Text with highlighted UTF-16 ranges, built from text nodes: never markup.
export function highlighted(text, ranges) {
  const out = [];
  let at = 0;
  for (const r of [...(ranges || [])].sort((a, b) => a.begin_u16 - b.begin_u16)) {
    if (r.begin_u16 < at || r.end_u16 > text.length || r.end_u16 <= r.begin_u16) continue;
    out.push(text.slice(at, r.begin_u16), el('mark', { textContent: text.slice(r.begin_u16, r.end_u16) }));
    at = r.end_u16;
  }
  out.push(text.slice(at));
  return out;
}

// A result: the link or button that opens it, then its snippet.
export function resultItem(opener, snippet, ranges) {
  return el('li', {}, opener, el('p', { className: 'snippet' }, ...highlighted(snippet, ranges)));
}

// Attaches the shadow root with the form, the status line and the result list; onInput runs
// `delay` ms after the last keystroke.
export function mountSearchBox(host, { css = '', delay = 120, onInput }) {
  const root = host.attachShadow({ mode: 'open' });
  if (!sheets.has(css)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(baseCss + css);
    sheets.set(css, sheet);
  }
  root.adoptedStyleSheets = [sheets.get(css)];
  const input = el('input', { id: 'q', type: 'search', autocomplete: 'off' });
  const status = el('p', { className: 'status' });
  status.setAttribute('role', 'status');
  const results = el('ol');
  const labelNode = el('label', { htmlFor: 'q' });
  root.append(el('form', { role: 'search', onsubmit: (e) => e.preventDefault() }, labelNode, input), status, results);
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(onInput, delay);
  });
  const say = (text, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  return { root, input, status, results, labelNode, say };
}
