// The entity network: entities named in the same sentence (or paragraph) joined by lines, drawn
// as SVG built node by node (names go in as text nodes, never markup). The layout is a plain
// force-directed one started from a circle, with no randomness, so the same entities always
// land in the same places. Nodes are sized by mentions, coloured and shaped by type (the legend
// names both), and are buttons: click, Enter or Space selects one, which marks its neighbours,
// lists them under the graph, and sets the entity filter the entity list sets.
import { t } from './i18n.js';
import { el } from './dom.js';
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const kMaxNodes = 60; // the most mentioned; more would be a hairball at this size

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}
const order = ['PERSON', 'ORG', 'LOC'];
const rank = (type) => (order.includes(type) ? order.indexOf(type) : order.length);
const typeName = (type) => (t(`type${type}`) === `type${type}` ? type : t(`type${type}`));
const typeClass = (type) => (order.includes(type) ? type.toLowerCase() : 'other');
// Shape by type as well as colour: circle, square, diamond, triangle.
function shape(type, r) {
  const cls = `shape ${typeClass(type)}`;
  if (type === 'ORG')
    return svg('rect', { class: cls, x: -r * 0.9, y: -r * 0.9, width: r * 1.8, height: r * 1.8, rx: 2 });
  if (type === 'LOC')
    return svg('polygon', { class: cls, points: `0,${-r * 1.2} ${r * 1.2},0 0,${r * 1.2} ${-r * 1.2},0` });
  if (type === 'PERSON') return svg('circle', { class: cls, r });
  return svg('polygon', { class: cls, points: `0,${-r * 1.2} ${r * 1.1},${r * 0.8} ${-r * 1.1},${r * 0.8}` });
}

// The graph for one unit ('sentences' or 'paragraphs'): entities with at least one link,
// the kMaxNodes most mentioned of them, and the links among those.
function graph(entities, unit) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const linked = entities.filter((e) => (e.cooccurs || []).some((c) => c[unit] > 0 && byId.has(c.entity)));
  const nodes = [...linked]
    .sort((a, b) => b.mention_count - a.mention_count || a.id - b.id)
    .slice(0, kMaxNodes)
    .sort((a, b) => rank(a.type) - rank(b.type) || b.mention_count - a.mention_count || a.id - b.id);
  const index = new Map(nodes.map((e, i) => [e.id, i]));
  const edges = [];
  for (const e of nodes)
    for (const c of e.cooccurs || []) {
      // Each pair once, from its lower id; the engine lists it under both entities.
      if (c[unit] > 0 && index.has(c.entity) && e.id < c.entity)
        edges.push({ a: index.get(e.id), b: index.get(c.entity), w: c[unit] });
    }
  return { nodes, edges, linked: linked.length, unlinked: entities.length - linked.length };
}

// Fruchterman-Reingold from a circle (grouped by type), cooling linearly; a pull to the
// centre keeps separate groups in view. Returns positions inside [pad, w - pad] x [pad, h - pad].
function layout(n, edges, w, h, pad) {
  const pos = Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    return { x: w / 2 + (w / 3) * Math.cos(angle), y: h / 2 + (h / 3) * Math.sin(angle) };
  });
  if (n < 2) return n ? [{ x: w / 2, y: h / 2 }] : [];
  const k = Math.sqrt((w * h) / n) * 0.65;
  const steps = 240;
  for (let step = 0; step < steps; step++) {
    const temp = (w / 10) * (1 - step / steps) + 0.5;
    const dx = new Float64Array(n),
      dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i].x - pos[j].x,
          y = pos[i].y - pos[j].y;
        const d = Math.max(1, Math.sqrt(x * x + y * y)); // not Math.hypot: 4x slower here
        const f = (k * k) / d / d;
        x *= f;
        y *= f;
        dx[i] += x;
        dy[i] += y;
        dx[j] -= x;
        dy[j] -= y;
      }
    }
    for (const { a, b, w: weight } of edges) {
      const x = pos[a].x - pos[b].x,
        y = pos[a].y - pos[b].y;
      const d = Math.max(1, Math.sqrt(x * x + y * y));
      const f = (d / k) * (1 + Math.log(weight) * 0.5);
      dx[a] -= (x / d) * f;
      dy[a] -= (y / d) * f;
      dx[b] += (x / d) * f;
      dy[b] += (y / d) * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (w / 2 - pos[i].x) * 0.03;
      dy[i] += (h / 2 - pos[i].y) * 0.03;
      const d = Math.max(1e-9, Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
      const move = Math.min(d, temp);
      pos[i].x += (dx[i] / d) * move;
      pos[i].y += (dy[i] / d) * move;
    }
  }
  // Fit to the box, each axis on its own.
  const xs = pos.map((p) => p.x),
    ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = (v, lo, hi, from, to) => (hi - lo < 1 ? (from + to) / 2 : from + ((v - lo) / (hi - lo)) * (to - from));
  return pos.map((p) => ({ x: fit(p.x, x0, x1, pad, w - pad), y: fit(p.y, y0, y1, pad, h - pad) }));
}

const state = { entities: [], unit: 'sentences', selected: null, onPick: () => {}, width: 0 };

function draw(reply, { onPick } = {}) {
  state.entities = reply?.entities || [];
  if (onPick) state.onPick = onPick;
  if (state.selected !== null && !state.entities.some((e) => e.id === state.selected)) state.selected = null;
  render();
}

function render() {
  const box = $('network');
  const { nodes, edges, linked, unlinked } = graph(state.entities, state.unit);
  for (const b of document.querySelectorAll('#network-unit button'))
    b.setAttribute('aria-pressed', String(b.dataset.unit === state.unit));
  $('network-legend').replaceChildren(...legend(nodes));
  const notes = [];
  if (linked > nodes.length) notes.push(t('networkShown', { shown: nodes.length, total: linked }));
  if (unlinked)
    notes.push(
      t(state.unit === 'sentences' ? 'networkUnlinkedSentence' : 'networkUnlinkedParagraph', { count: unlinked }),
    );
  $('network-note').textContent = notes.join(' ');
  if (!nodes.length) {
    box.replaceChildren(
      el('p', {
        className: 'empty',
        textContent: t(state.unit === 'sentences' ? 'networkEmptySentence' : 'networkEmptyParagraph'),
      }),
    );
    $('network-info').replaceChildren();
    return;
  }
  // As wide as its box (drawn at its own pixel size, so text keeps its size); narrow
  // screens get a tall box. Labels that would cross the right edge go left of their node.
  state.width = box.clientWidth || 640;
  const w = Math.max(280, Math.min(960, state.width - 2));
  const narrow = w < 520;
  const h = narrow ? Math.round(w * 1.5) : Math.max(380, Math.min(560, Math.round(w * 0.62))),
    pad = 24;
  const at = layout(nodes.length, edges, w - (narrow ? 40 : 80), h, pad);
  const maxMentions = Math.max(1, ...nodes.map((e) => e.mention_count));
  const maxW = Math.max(1, ...edges.map((e) => e.w));
  const degree = nodes.map(() => 0);
  for (const e of edges) {
    degree[e.a] += 1;
    degree[e.b] += 1;
  }
  const unitWord = (count) => t(state.unit === 'sentences' ? 'inSentences' : 'inParagraphs', { count });

  const lines = edges.map((e) =>
    svg(
      'line',
      {
        class: 'edge',
        x1: at[e.a].x.toFixed(1),
        y1: at[e.a].y.toFixed(1),
        x2: at[e.b].x.toFixed(1),
        y2: at[e.b].y.toFixed(1),
        'stroke-width': (1 + (5 * Math.log1p(e.w)) / Math.log1p(maxW)).toFixed(2),
        'data-a': nodes[e.a].id,
        'data-b': nodes[e.b].id,
        'data-weight': e.w,
      },
      svg('title', {}, `${nodes[e.a].canonical} – ${nodes[e.b].canonical}: ${unitWord(e.w)}`),
    ),
  );
  const groups = nodes.map((e, i) => {
    const r = 5 + 11 * Math.sqrt(e.mention_count / maxMentions);
    const name = e.canonical.length > 24 ? `${e.canonical.slice(0, 23)}…` : e.canonical;
    const label = t('networkNode', {
      name: e.canonical,
      type: typeName(e.type),
      mentions: e.mention_count,
      links: degree[i],
    });
    const g = svg(
      'g',
      {
        class: `node ${typeClass(e.type)}`,
        transform: `translate(${at[i].x.toFixed(1)} ${at[i].y.toFixed(1)})`,
        tabindex: 0,
        role: 'button',
        'aria-label': label,
        'aria-pressed': 'false',
        'data-entity': e.id,
        'data-mentions': e.mention_count,
        'data-r': r.toFixed(2),
      },
      svg('title', {}, label),
      svg('circle', { class: 'ring', r: r + 5 }),
      shape(e.type, r),
      svg('text', { x: r + 4, y: 4, 'aria-hidden': 'true' }, name),
    );
    g.addEventListener('click', () => pick(e));
    g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        pick(e);
      }
      if (ev.key === 'Escape' && state.selected !== null) {
        ev.preventDefault();
        state.onPick(null);
      }
    });
    return g;
  });
  const graphLabel = t('networkLabel', { nodes: nodes.length, edges: edges.length });
  box.replaceChildren(
    svg(
      'svg',
      { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: 'group', 'aria-label': graphLabel },
      svg('g', { class: 'edges', 'aria-hidden': 'true' }, ...lines),
      svg('g', { class: 'nodes' }, ...groups),
    ),
  );
  placeLabels(groups, w, h);
  info(state.selected, nodes, edges);
  mark();
}

// Labels go where they cover no node and no label: right, left, below, above, else shortened;
// the most mentioned first. The LABELLED most mentioned always get one: with no spot free of
// nodes, over smaller nodes, then any ('all'), never over a label. Any other label with no room
// shows while its node is focused or (next to) selected; the node keeps its name in aria-label.
const LABELLED = 8;
function placeLabels(groups, w, h) {
  const boxes = groups.map((g, i) => {
    const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)/.exec(g.getAttribute('transform')).map(Number);
    const r = Number(g.dataset.r) * 1.2;
    return { i, g, x, y, r, mentions: Number(g.dataset.mentions), rect: [x - r, y - r, x + r, y + r] };
  });
  // Each label's length as drawn, and shortened, measured in two batches: a length read after
  // each write would lay the whole page out once per label (90 ms beside a long document list).
  const texts = groups.map((g) => g.querySelector('text'));
  const names = texts.map((text) => {
    const full = text.textContent.replace(/…$/, '');
    return { full, tries: [text.textContent, full.length > 12 ? `${full.slice(0, 11)}…` : null] };
  });
  const lengths = [0, 1].map((k) => {
    names.forEach((n, i) => {
      if (n.tries[k]) texts[i].textContent = n.tries[k];
    });
    return texts.map((text, i) => (names[i].tries[k] ? text.getComputedTextLength() : 0));
  });
  const shapes = boxes.map((b) => b.rect);
  const taken = []; // the labels placed so far
  const apart = (rect) => (o) => rect[2] + 6 <= o[0] || rect[0] >= o[2] + 6 || rect[3] <= o[1] || rect[1] >= o[3];
  const inside = (rect) => rect[0] >= 1 && rect[1] >= 1 && rect[2] <= w - 1 && rect[3] <= h - 1;
  const order = [...boxes].sort((p, q) => q.mentions - p.mentions);
  const top = new Set(order.slice(0, LABELLED).map((b) => b.i));
  // A spot for node i's label: in the box, clear of every label placed and of every other node
  // (over nodes: of the other top nodes only).
  const free = (rect, i, overNodes) =>
    inside(rect) &&
    taken.every(apart(rect)) &&
    shapes.every((o, j) => j === i || overNodes === 'all' || (overNodes && !top.has(j)) || apart(rect)(o));
  for (const [rank, b] of order.entries()) {
    const text = texts[b.i];
    const { full, tries } = names[b.i];
    let placed = false;
    for (const [k, overNodes] of [
      [0, false],
      [1, false],
      ...(rank < LABELLED
        ? [
            [0, true],
            [1, true],
            [0, 'all'],
            [1, 'all'],
          ]
        : []),
    ]) {
      const shown = tries[k],
        len = lengths[k][b.i];
      if (!shown || placed) continue;
      const r = b.r; // the shape's reach (diamonds reach 1.2 radii)
      const spots = [
        { x: r + 3, y: 4, anchor: 'start', rect: [b.x + r + 2, b.y - 8, b.x + r + 4 + len, b.y + 6] },
        { x: -(r + 3), y: 4, anchor: 'end', rect: [b.x - r - 4 - len, b.y - 8, b.x - r - 2, b.y + 6] },
        { x: 0, y: r + 12, anchor: 'middle', rect: [b.x - len / 2 - 1, b.y + r + 1, b.x + len / 2 + 1, b.y + r + 15] },
        {
          x: 0,
          y: -(r + 4),
          anchor: 'middle',
          rect: [b.x - len / 2 - 1, b.y - r - 15, b.x + len / 2 + 1, b.y - r - 1],
        },
      ];
      // Over nodes, a top label may also sit a line or two above or below its side spots.
      if (overNodes)
        for (const dy of [-16, 16, -32, 32])
          for (const sp of spots.slice(0, 2))
            spots.push({ ...sp, y: sp.y + dy, rect: [sp.rect[0], sp.rect[1] + dy, sp.rect[2], sp.rect[3] + dy] });
      const spot = spots.find((sp) => free(sp.rect, b.i, overNodes));
      if (!spot) continue;
      text.textContent = shown;
      text.setAttribute('x', spot.x.toFixed(1));
      text.setAttribute('y', spot.y.toFixed(1));
      text.setAttribute('text-anchor', spot.anchor);
      taken.push(spot.rect);
      placed = true;
      if (overNodes) b.g.parentNode.append(b.g); // drawn last: its label over the nodes it crosses
    }
    if (!placed) text.textContent = full.length > 24 ? `${full.slice(0, 23)}…` : full;
    b.g.classList.toggle('quiet', !placed);
  }
}

// The legend: each type's shape and colour with its name and how many are drawn.
function legend(nodes) {
  const types = [...new Set(nodes.map((e) => e.type))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return types.map((type) =>
    el(
      'span',
      { className: 'key' },
      svg('svg', { viewBox: '-9 -9 18 18', width: 16, height: 16, 'aria-hidden': 'true' }, shape(type, 6)),
      ` ${typeName(type)} (${nodes.filter((e) => e.type === type).length})`,
    ),
  );
}

// Under the graph: what is selected and who appears with it, as buttons that move the
// selection (the keyboard way to walk the graph).
function info(id, nodes, edges) {
  const i = nodes.findIndex((e) => e.id === id);
  if (i < 0) {
    $('network-info').replaceChildren(el('span', { className: 'meta', textContent: t('networkHint') }));
    return;
  }
  const near = edges
    .filter((e) => e.a === i || e.b === i)
    .map((e) => ({ e: nodes[e.a === i ? e.b : e.a], w: e.w }))
    .sort((a, b) => b.w - a.w || b.e.mention_count - a.e.mention_count);
  $('network-info').replaceChildren(
    el('span', { textContent: t('networkWith', { name: nodes[i].canonical }) }),
    ...near.map(({ e, w }) =>
      el(
        'button',
        { type: 'button', className: 'facet', attrs: { 'data-entity': String(e.id) }, onclick: () => pick(e) },
        e.canonical,
        el('span', { className: 'n', textContent: String(w) }),
      ),
    ),
  );
}

function pick(e) {
  state.onPick(e);
}

// Marks the selected node and its neighbours (the rest fade); called by the app when the
// entity filter changes, whoever set it.
function select(id) {
  state.selected = id ?? null;
  const nodes = graph(state.entities, state.unit);
  info(state.selected, nodes.nodes, nodes.edges);
  mark();
}
function mark() {
  const root = $('network').querySelector('svg');
  if (!root) return;
  const id = state.selected === null ? null : String(state.selected);
  const near = new Set();
  for (const line of root.querySelectorAll('.edge')) {
    const on = id !== null && (line.dataset.a === id || line.dataset.b === id);
    line.classList.toggle('on', on);
    if (on) {
      near.add(line.dataset.a);
      near.add(line.dataset.b);
    }
  }
  root.classList.toggle('has-selection', id !== null && root.querySelector(`.node[data-entity="${id}"]`) !== null);
  for (const g of root.querySelectorAll('.node')) {
    g.classList.toggle('selected', g.dataset.entity === id);
    g.classList.toggle('near', near.has(g.dataset.entity) && g.dataset.entity !== id);
    g.setAttribute('aria-pressed', String(g.dataset.entity === id));
  }
}

function setUnit(unit) {
  state.unit = unit;
  render();
}
// Redraw when the box's width changes by more than a little (a rotated phone, a resized window).
if (typeof ResizeObserver === 'function' && $('network')) {
  new ResizeObserver(() => {
    const width = $('network').clientWidth;
    if (width && state.entities.length && Math.abs(width - state.width) > 40) render();
  }).observe($('network'));
}

export const network = { draw, select, setUnit, layout, graph };
