// Rendering for the app: every string from a document, a file name or the engine goes into the
// page as a text node (textContent), never as markup.
'use strict';
(function () {
  const app = (globalThis.LoupeApp = globalThis.LoupeApp || {});
  const { t } = app;
  const $ = (id) => document.getElementById(id);

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'attrs') for (const [a, av] of Object.entries(v)) node.setAttribute(a, av);
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node[k] = v;
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  const kib = (n) => (n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`);

  // Messages shown with t() are re-rendered when the interface language changes.
  const labelled = new Set();
  function fileRow(name) {
    const status = el('span', { className: 'state' });
    const li = el('li', {}, el('span', { className: 'name', textContent: name }), status);
    $('file-status').append(li);
    const row = { node: status, key: 'waiting', params: {} };
    labelled.add(row);
    const set = (key, params, kind) => {
      Object.assign(row, { key, params });
      status.textContent = t(key, params);
      li.className = kind || '';
    };
    set('waiting', {});
    return set;
  }
  function relabel() {
    for (const row of labelled) {
      if (!row.node.isConnected) labelled.delete(row);
      else row.node.textContent = t(row.key, row.params);
    }
    if (lastProgress) progress(lastProgress);
  }

  function documents(docs, { onView, onRemove }) {
    $('doc-count').textContent = `(${docs.length})`;
    if (!docs.length) { $('docs').replaceChildren(el('li', { className: 'empty', textContent: t('noDocs') })); return; }
    $('docs').replaceChildren(...docs.map((d) => el('li', {},
      el('span', { className: 'name', textContent: d.name }),
      el('span', { className: 'meta', textContent: t('docMeta', { type: d.type, chars: d.chars }) }),
      el('button', { type: 'button', textContent: t('view'), attrs: { 'aria-label': t('viewLabel', { name: d.name }) }, onclick: () => onView(d.id) }),
      el('button', { type: 'button', textContent: t('remove'), attrs: { 'aria-label': t('removeLabel', { name: d.name }) }, onclick: () => onRemove(d.id) }))));
  }

  function tokens(list, title) {
    $('tokens-title').textContent = title;
    $('token-count').textContent = `(${list.length})`;
    $('tokens').replaceChildren(...list.slice(0, 2000).map((tok) => {
      const li = el('li', { textContent: tok.surface });
      li.dataset.u16 = `${tok.begin_u16}-${tok.end_u16}`;
      li.append(el('span', { className: 'off', textContent: `${tok.begin_u16}–${tok.end_u16}` }));
      return li;
    }));
  }

  // Text with marked UTF-16 ranges ({begin_u16, end_u16, kind, label}); overlapping ones are skipped.
  function marked(text, marks) {
    const out = [];
    let at = 0;
    for (const m of [...marks].sort((a, b) => a.begin_u16 - b.begin_u16)) {
      if (!(m.begin_u16 >= at && m.end_u16 <= text.length && m.end_u16 > m.begin_u16)) continue;
      out.push(text.slice(at, m.begin_u16));
      out.push(el('mark', { className: m.kind || '', title: m.label || '', textContent: text.slice(m.begin_u16, m.end_u16) }));
      at = m.end_u16;
    }
    out.push(text.slice(at));
    return out;
  }

  function documentView(doc, marks = []) {
    $('doc-panel').hidden = false;
    $('doc-name').textContent = doc.name;
    $('doc-text').replaceChildren(...marked(doc.text, marks));
  }

  // The engine's search envelope: { hits: [{ doc_id|id, name, snippet: {text, highlights} }] }.
  function results(reply, onView) {
    const hits = reply.hits || [];
    $('result-count').textContent = t('results', { count: reply.total ?? hits.length });
    $('results').replaceChildren(...hits.map((h) => {
      const snippet = typeof h.snippet === 'string' ? { text: h.snippet } : (h.snippet || {});
      return el('li', {},
        el('button', { type: 'button', className: 'link', textContent: h.name || h.doc_name || h.doc_id || h.id, onclick: () => onView(h.doc_id ?? h.id) }),
        el('p', { className: 'snippet' }, ...marked(snippet.text || '', snippet.highlights || h.highlights || [])));
    }));
  }

  // The engine's entities envelope: { entities: [{ name, type, aliases, count }] }.
  function entities(reply, onPick) {
    $('entities-panel').hidden = false;
    $('entities').replaceChildren(...(reply.entities || []).map((e) => el('li', {},
      el('button', { type: 'button', className: 'link', textContent: e.name || e.canonical, onclick: () => onPick(e) }),
      el('span', { className: 'meta', textContent: ` ${e.type || ''} ×${e.count ?? e.mentions?.length ?? ''}` }),
      e.aliases?.length ? el('span', { className: 'aliases', textContent: ` (${e.aliases.join(', ')})` }) : null)));
  }

  // Dates per document ([{ id, dates: [{ value: 'YYYY-MM-DD' }] }]) counted by year, drawn as bars.
  function timeline(perDoc, onPick) {
    const years = new Map();
    for (const doc of perDoc) for (const d of doc.dates || []) {
      const year = String(d.value || d.date || '').slice(0, 4);
      if (/^\d{4}$/.test(year)) years.set(year, (years.get(year) || 0) + 1);
    }
    const max = Math.max(1, ...years.values());
    $('timeline-panel').hidden = false;
    $('timeline').replaceChildren(...[...years.entries()].sort().map(([year, n]) => {
      const bar = el('button', { type: 'button', className: 'bar', attrs: { 'aria-label': `${year}: ${n}` }, onclick: () => onPick(year) },
        el('span', { className: 'fill' }), el('span', { textContent: year }));
      bar.firstChild.style.height = `${Math.round((n / max) * 100)}%`;
      return bar;
    }));
  }

  let lastProgress = null;
  function progress({ files, total, bytes, totalBytes }) {
    lastProgress = { files, total, bytes, totalBytes };
    $('progress-box').hidden = false;
    $('progress').max = Math.max(1, totalBytes);
    $('progress').value = bytes;
    $('progress-text').textContent = t('progress', { files, total, bytes: kib(bytes), totalBytes: kib(totalBytes) });
  }

  Object.assign(app, { el, fileRow, views: { relabel, documents, tokens, documentView, results, entities, timeline, progress } });
})();
