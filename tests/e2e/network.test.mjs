// The entity network over the sample corpus (web/samples/, ?samples=1) on the real engine: every
// drawn link is a co-occurrence the engine reported (and every reported one among the drawn
// entities is drawn), nodes grow with mentions, the legend names each type, the layout is the
// same on every load, selecting a node by mouse or keyboard marks its neighbours and sets the
// entity filter, and the graph fits a 360 px wide Korean interface.
/* global Loupe */ // the app page's global, in page.evaluate
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, appReady, shots, showView } from './browser.mjs';
import { lowEvidenceIds } from '../../web/src/app/entity-quality.js';

const env = useBrowser(); // env.browser, env.httpUrl

async function samples(page) {
  await page.goto(`${env.httpUrl}?samples=1`);
  await appReady(page);
  await page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  await showView(page, 'network');
  await page.waitForSelector('#network svg .node');
}

// What is drawn: nodes (id, label, size, position, state) and links (ids, weight, width).
const drawn = (page) =>
  page.evaluate(() => ({
    nodes: [...document.querySelectorAll('#network .node')].map((g) => ({
      id: Number(g.dataset.entity),
      label: g.getAttribute('aria-label'),
      text: g.querySelector('text').textContent,
      r: Number(g.dataset.r),
      mentions: Number(g.dataset.mentions),
      at: g.getAttribute('transform'),
      shape: g.querySelector('.shape').tagName,
      cls: g.getAttribute('class'),
      pressed: g.getAttribute('aria-pressed'),
    })),
    edges: [...document.querySelectorAll('#network .edge')].map((l) => ({
      a: Number(l.dataset.a),
      b: Number(l.dataset.b),
      w: Number(l.dataset.weight),
      width: Number(l.getAttribute('stroke-width')),
      on: l.classList.contains('on'),
    })),
    legend: document.getElementById('network-legend').textContent,
  }));

// The engine's own co-occurrences, through the same client the app uses.
const engineEntities = (page) =>
  page.evaluate(async () => {
    const loupe = await Loupe.create({ worker: true });
    for (const s of JSON.parse(document.getElementById('loupe-samples').textContent))
      await loupe.add({ id: s.id, name: s.name, text: s.text });
    const r = await loupe.entities();
    loupe.dispose();
    return r.entities;
  });

test('the network draws the engine co-occurrences; selecting a node filters', async () => {
  const { page, context, problems } = await openPage(env.browser, null, { viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(10000);
  await samples(page);
  const g = await drawn(page);
  const entities = await engineEntities(page);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byName = new Map(entities.map((e) => [e.canonical, e]));

  // Nodes are engine entities with their names and counts; edges are their sentence links.
  assert.ok(g.nodes.length >= 5, JSON.stringify(g.nodes));
  const ids = new Set(g.nodes.map((n) => n.id));
  // Node ids are the app's (documents added in another order give other ids): match by name.
  const appToEngine = new Map(g.nodes.map((n) => [n.id, byName.get(n.label.split(', ')[0])]));
  for (const n of g.nodes) {
    const e = appToEngine.get(n.id);
    assert.ok(e, `drawn node is an engine entity: ${n.label}`);
    assert.equal(n.mentions, e.mention_count);
    assert.ok(e.canonical.startsWith(n.text.replace(/…$/, '')), `${n.text} labels ${e.canonical}`);
  }
  const key = (a, b) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  const drawnEdges = new Map(g.edges.map((e) => [key(appToEngine.get(e.a).id, appToEngine.get(e.b).id), e.w]));
  const expected = new Map();
  const engineIds = new Set([...ids].map((id) => appToEngine.get(id).id));
  for (const id of engineIds)
    for (const c of byId.get(id).cooccurs) {
      if (c.sentences > 0 && engineIds.has(c.entity)) expected.set(key(id, c.entity), c.sentences);
    }
  assert.deepEqual([...drawnEdges].sort(), [...expected].sort());
  assert.ok(g.edges.length > 0);
  // Every drawn node has a link; entities with none are left out and counted in the note.
  for (const n of g.nodes)
    assert.ok(
      g.edges.some((e) => e.a === n.id || e.b === n.id),
      n.label,
    );
  // Counted among the entities the network is given: those the quality default holds back
  // (entity-quality.js) are not drawn, nor are links to them.
  const low = lowEvidenceIds(entities);
  const given = new Set(entities.filter((e) => !low.has(e.id)).map((e) => e.id));
  const unlinked = [...given].filter(
    (id) => !byId.get(id).cooccurs.some((c) => c.sentences > 0 && given.has(c.entity)),
  ).length;
  if (unlinked) assert.match(await page.textContent('#network-note'), new RegExp(`^${unlinked} entit`));
  // Size follows mentions, width follows weight; shape and legend follow type.
  const sorted = [...g.nodes].sort((a, b) => a.mentions - b.mentions);
  assert.ok(sorted[0].r < sorted[sorted.length - 1].r, 'more mentions, bigger node');
  for (const e of g.edges) for (const f of g.edges) if (e.w < f.w) assert.ok(e.width < f.width);
  const shapes = { person: 'circle', org: 'rect', loc: 'polygon' };
  for (const n of g.nodes) {
    const type = n.cls.split(' ')[1];
    if (shapes[type]) assert.equal(n.shape, shapes[type], n.label);
  }
  for (const type of new Set(g.nodes.map((n) => n.cls.split(' ')[1]))) {
    const name = { person: 'People', org: 'Organizations', loc: 'Places' }[type];
    if (name)
      assert.ok(g.legend.includes(`${name} (${g.nodes.filter((n) => n.cls.split(' ')[1] === type).length})`), g.legend);
  }
  // Nothing overlaps the box: every node is inside the SVG's view box.
  const box = await page.$eval('#network svg', (s) => ({
    width: s.viewBox.baseVal.width,
    height: s.viewBox.baseVal.height,
  }));
  for (const n of g.nodes) {
    const [x, y] = n.at.match(/-?[\d.]+/g).map(Number);
    assert.ok(x - n.r >= 0 && x + n.r <= box.width && y - n.r >= 0 && y + n.r <= box.height, `${n.label} at ${n.at}`);
  }
  await page.locator('#network-panel').screenshot({ path: `${shots}network.png` });

  // Click the most connected node: it and its neighbours are marked, the rest fade, the list
  // under the graph names its neighbours, and the entity filter lists its mentions.
  const degree = (id) => g.edges.filter((e) => e.a === id || e.b === id).length;
  const hub = [...g.nodes].sort((a, b) => degree(b.id) - degree(a.id))[0];
  const hubName = appToEngine.get(hub.id).canonical;
  await page.click(`#network .node[data-entity="${hub.id}"]`);
  await page.waitForFunction(
    (id) => document.querySelector(`#network .node[data-entity="${id}"]`).getAttribute('aria-pressed') === 'true',
    hub.id,
  );
  const after = await drawn(page);
  const neighbours = new Set(
    g.edges.filter((e) => e.a === hub.id || e.b === hub.id).map((e) => (e.a === hub.id ? e.b : e.a)),
  );
  for (const n of after.nodes) {
    assert.equal(n.cls.includes('near'), neighbours.has(n.id), `${n.label}: ${n.cls}`);
    assert.equal(n.cls.includes('selected'), n.id === hub.id);
  }
  assert.equal(after.edges.filter((e) => e.on).length, neighbours.size);
  assert.equal(await page.locator('#network-info button').count(), neighbours.size);
  assert.match(await page.textContent('#filter'), new RegExp(`mention ${hubName}`));
  await page.waitForFunction(() => /mentions? of/.test(document.getElementById('result-count').textContent));
  assert.match(
    await page.textContent('#result-count'),
    new RegExp(`^${appToEngine.get(hub.id).mention_count} mentions? of `),
  );
  await page.locator('#network-panel').screenshot({ path: `${shots}network-selected.png` });

  // Keyboard: Tab reaches the nodes; Enter on a neighbour button moves the selection; Enter on
  // a focused node selects it; Escape clears the filter.
  const nextId = Number(await page.getAttribute('#network-info button', 'data-entity'));
  await page.locator('#network-info button').first().press('Enter');
  await page.waitForFunction(
    (id) => document.querySelector(`#network .node[data-entity="${id}"]`).getAttribute('aria-pressed') === 'true',
    nextId,
  );
  await page.focus('#network-unit button[data-unit="paragraphs"]');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.closest('.node')?.dataset.entity);
  assert.ok(focused !== undefined, 'Tab reaches the first node');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (id) => document.querySelector(`#network .node[data-entity="${id}"]`).getAttribute('aria-pressed') === 'true',
    focused,
  );
  assert.match(await page.textContent('#filter'), /mention/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('#filter[hidden]', { state: 'attached' });
  assert.equal(await page.locator('#network .node[aria-pressed="true"]').count(), 0);

  // The entity list and the network share the filter: picking in the list selects the node.
  const listed = await page.$eval(`#entities li[data-entity="${hub.id}"] button`, (b) => b.textContent);
  assert.equal(listed, hubName);
  await showView(page, 'entities');
  await page.click(`#entities li[data-entity="${hub.id}"] button`);
  await showView(page, 'network');
  await page.waitForSelector(`#network .node[data-entity="${hub.id}"][aria-pressed="true"]`);

  // Paragraph links are a superset of sentence links.
  await page.click('#network-unit button[data-unit="paragraphs"]');
  const para = await drawn(page);
  assert.ok(para.edges.length >= g.edges.length);
  assert.ok(
    para.nodes.some((n) => n.id === hub.id && n.pressed === 'true'),
    'the selection survives a redraw',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

// The nodes' positions once they stop moving: the network redraws when its box's width settles
// (network.js, a ResizeObserver), so the first nodes drawn may be of another width.
async function settled(page) {
  let before = null;
  for (let i = 0; i < 20; ++i) {
    const now = (await drawn(page)).nodes.map((n) => [n.id, n.at]);
    if (before && JSON.stringify(now) === JSON.stringify(before)) return now;
    before = now;
    await page.waitForTimeout(250);
  }
  return before;
}

test('the layout is deterministic, and the network fits 360 px in Korean', async () => {
  const first = await openPage(env.browser, null, { viewport: { width: 1280, height: 900 } });
  await samples(first.page);
  const a = await settled(first.page);
  await first.page.reload();
  await appReady(first.page);
  // The kept documents are analysed again after a reload: the network is compared once it holds
  // all five (drawn before that, its layout is of fewer entities).
  await first.page.waitForSelector('body[data-analysed="5"]', { timeout: 30000 });
  await showView(first.page, 'network');
  await first.page.waitForSelector('#network svg .node');
  const b = await settled(first.page);
  assert.deepEqual(b, a);
  await first.context.close();

  const { page, context, problems } = await openPage(env.browser, null, { viewport: { width: 360, height: 800 } });
  await samples(page);
  await page.click('#lang');
  await page.waitForFunction(() => document.getElementById('network-heading').textContent === '개체 관계망');
  const panel = await page.$eval('#network-panel', (p) => ({
    width: p.getBoundingClientRect().width,
    page: document.documentElement.scrollWidth,
  }));
  assert.ok(panel.page <= 360, `the page does not scroll sideways: ${panel.page}`);
  const fit = await page.$eval('#network', (box) => ({
    scroll: box.scrollWidth,
    client: box.clientWidth,
    view: box.querySelector('svg').viewBox.baseVal.width,
    height: box.querySelector('svg').viewBox.baseVal.height,
  }));
  assert.ok(fit.scroll <= fit.client && fit.view <= fit.client, `the graph fits its box: ${JSON.stringify(fit)}`);
  assert.ok(fit.height > fit.view, 'a tall layout on a narrow screen');
  // No label runs past the edge of the drawing.
  const labels = await page.$$eval('#network .node text', (ts) =>
    ts
      .map((t) => {
        const svg = t.ownerSVGElement.getBoundingClientRect(),
          r = t.getBoundingClientRect();
        return { text: t.textContent, shown: r.width > 0, left: r.left - svg.left, right: svg.right - r.right };
      })
      .filter((l) => l.shown),
  );
  assert.ok(labels.length >= 5, 'most nodes keep a visible label');
  for (const l of labels) assert.ok(l.left >= -1 && l.right >= -1, JSON.stringify(l));
  const g = await drawn(page);
  assert.ok(
    g.nodes.every((n) => /회 언급, 연결 \d+개$/.test(n.label)),
    g.nodes[0].label,
  );
  assert.match(g.legend, /인물|기관|장소/);
  const node = page.locator('#network .node').first();
  await node.scrollIntoViewIfNeeded();
  await node.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /언급한 구절만/.test(document.getElementById('filter').textContent));
  await page.locator('#network-panel').screenshot({ path: `${shots}network-ko-360.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
