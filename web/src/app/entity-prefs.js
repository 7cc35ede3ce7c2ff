// What the user decided about entities, kept in IndexedDB (store.js, "prefs") by type and name
// (ids change when the corpus is linked again): hidden entities (or hidden for this visit
// only, in memory), merges (a member's key -> the
// key of the entity it was merged into) and renames. apply() turns the engine's entities
// envelope into the one the lists and the network draw: members folded into their entity
// (names, aliases, mentions, documents and co-occurrences added up), renamed, hidden ones kept
// apart. Hides made before this store (localStorage "loupe-hidden-entities") move here once.
const LEGACY = 'loupe-hidden-entities';
export const keyOf = (e) => `${e.type}:${e.original ?? e.canonical}`;

let store = null;
let hidden = new Set();
const visitHidden = new Set(); // hidden for this visit only: never stored
let merges = new Map();
let renames = new Map();

export async function loadPrefs(db) {
  store = db;
  const saved = (await db?.getPref('entities').catch(() => null)) || {};
  hidden = new Set(saved.hidden || []);
  merges = new Map(Object.entries(saved.merges || {}));
  renames = new Map(Object.entries(saved.renames || {}));
  let legacy = null;
  try {
    legacy = localStorage.getItem(LEGACY);
  } catch {
    /* storage off */
  }
  if (legacy !== null) {
    try {
      for (const k of JSON.parse(legacy)) hidden.add(String(k));
    } catch {
      /* a bad record: nothing to move */
    }
    if (await save()) localStorage.removeItem(LEGACY);
  }
}

async function save() {
  if (!store) return false;
  const value = { hidden: [...hidden], merges: Object.fromEntries(merges), renames: Object.fromEntries(renames) };
  return store.putPref('entities', value).then(
    () => true,
    () => false,
  );
}

export function forgetPrefs() {
  hidden = new Set();
  visitHidden.clear();
  merges = new Map();
  renames = new Map();
}

export const isHidden = (e) => hidden.has(keyOf(e)) || visitHidden.has(keyOf(e));
// visit: hidden until the page is closed or reloaded, not kept.
export function setHidden(e, on, { visit = false } = {}) {
  visitHidden.delete(keyOf(e));
  hidden.delete(keyOf(e));
  if (on) (visit ? visitHidden : hidden).add(keyOf(e));
  return save();
}
export function rename(e, name) {
  const clean = String(name).trim();
  if (!clean || clean === (e.original ?? e.canonical)) renames.delete(keyOf(e));
  else renames.set(keyOf(e), clean);
  return save();
}
// Every entity of `list` into the first (the one the user keeps); members of merged ones too.
export function merge(list) {
  const [into, ...rest] = list;
  const target = keyOf(into);
  for (const e of rest) {
    for (const m of e.members || [e]) merges.set(keyOf(m), target);
    renames.delete(keyOf(e));
  }
  merges.delete(target);
  return save();
}
export function unmerge(e) {
  for (const [member, target] of [...merges]) if (target === keyOf(e)) merges.delete(member);
  return save();
}

// The entity a key ends up in (a chain of merges followed, a cycle cut).
function rootOf(key, present) {
  const seen = new Set();
  while (merges.has(key) && present.has(merges.get(key)) && !seen.has(key)) {
    seen.add(key);
    key = merges.get(key);
  }
  return key;
}

// reply: { entities: [{ id, canonical, type, aliases, mention_count, documents, cooccurs }] }
// -> the same with each group as one entity: { ..., original, members: [engine entities],
// names: the members' canonical names (the entity:"..." filters) }.
export function apply(reply) {
  const all = reply.entities || [];
  const present = new Map(all.map((e) => [keyOf(e), e]));
  const groups = new Map(); // root key -> members
  for (const e of all) {
    const root = rootOf(keyOf(e), present);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(e);
  }
  const groupOfId = new Map();
  for (const [root, members] of groups) for (const m of members) groupOfId.set(m.id, present.get(root).id);
  const entities = [...groups].map(([root, members]) => fold(present.get(root), members, groupOfId));
  return { ...reply, entities };
}

function fold(head, members, groupOfId) {
  const names = members.map((m) => m.canonical);
  const aliases = [...new Set(members.flatMap((m) => [m.canonical, ...(m.aliases || [])]))];
  const documents = [...new Set(members.flatMap((m) => m.documents || []))];
  const cooccurs = new Map();
  for (const m of members)
    for (const c of m.cooccurs || []) {
      const other = groupOfId.get(c.entity) ?? c.entity;
      if (other === head.id) continue;
      const sum = cooccurs.get(other) || { entity: other, sentences: 0, paragraphs: 0 };
      sum.sentences += c.sentences || 0;
      sum.paragraphs += c.paragraphs || 0;
      cooccurs.set(other, sum);
    }
  return {
    ...head,
    canonical: renames.get(keyOf(head)) || head.canonical,
    original: head.canonical,
    aliases,
    mention_count: members.reduce((n, m) => n + (m.mention_count || 0), 0),
    documents,
    cooccurs: [...cooccurs.values()],
    members,
    names,
  };
}
