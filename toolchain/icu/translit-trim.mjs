// Trims ICU's translit/root.res to the rule sets Loupe opens (see toolchain/icu-wasm.sh).
//   node translit-trim.mjs trim  ROOT.json IDS.txt OUT.txt KEPT.json   genrb input + expected tree
//   node translit-trim.mjs check KEPT.json NEW.json                    exact comparison
// ROOT.json is translit-dump's exact dump of the bundle. Kept: every RuleBasedTransliteratorIDs
// entry reachable from IDS.txt through aliases and ::ID statements (with the inverse of each
// statement in a REVERSE entry), and every other top-level item as is. Fails on anything it does
// not understand or cannot resolve, so a broken bundle never reaches the package.
import { readFileSync, writeFileSync } from 'node:fs';

const fail = (msg) => { console.error(`translit-trim: ${msg}`); process.exit(1); };
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const [mode, ...args] = process.argv.slice(2);

if (mode === 'check') {
  const [keptPath, newPath] = args;
  if (JSON.stringify(readJson(keptPath)) !== JSON.stringify(readJson(newPath))) {
    fail(`${newPath} differs from ${keptPath}: genrb did not reproduce the kept rule sets`);
  }
  process.exit(0);
}
if (mode !== 'trim' || args.length !== 4) fail('usage: trim ROOT.json IDS.txt OUT.txt KEPT.json | check A B');
const [rootPath, idsPath, outPath, keptPath] = args;
const root = readJson(rootPath);
const entries = root.RuleBasedTransliteratorIDs;
if (!entries) fail('no RuleBasedTransliteratorIDs table');
const roots = readFileSync(idsPath, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);
if (!roots.length) fail(`no IDs in ${idsPath}`);

// Transliterators ICU registers in code (translit.cpp initializeRegistry, nortrans.cpp,
// remtrans.cpp, esctrans.cpp), as lookup keys: lower case, source "Any" when none is written.
const kBuiltIn = new Set(['any-null', 'any-lower', 'any-upper', 'any-title', 'any-name', 'name-any',
  'any-remove', 'any-nfc', 'any-nfd', 'any-nfkc', 'any-nfkd', 'any-fcd', 'any-fcc',
  'any-breakinternal', 'any-hex', 'hex-any']);
const byKey = new Map(Object.keys(entries).map((id) => [id.toLowerCase(), id]));
const keyOf = (id) => (id.includes('-') ? id : `Any-${id}`).toLowerCase();
const inverse = (id) => {
  const m = /^([^-/]+)-([^/]+)(\/.*)?$/.exec(keyOf(id));
  return m ? `${m[2]}-${m[1]}${m[3] ?? ''}` : null;
};

// The index just past a UnicodeSet that opens at s[j] ('['); quotes are literal in sets.
function skipSet(s, j) {
  for (let depth = 0; j < s.length; ++j) {
    if (s[j] === '\\') ++j;
    else if (s[j] === '[') ++depth;
    else if (s[j] === ']' && --depth === 0) return j + 1;
  }
  return fail(`unterminated set in ${s.slice(0, 80)}`);
}

// The IDs of a rule set's "::[filter] ID ([filter] reverseID) ;" statements (either part may
// be only a filter or empty); quotes and escapes outside the statements are skipped.
function ruleIds(rules) {
  const ids = [];
  for (let i = 0; i < rules.length; ++i) {
    const c = rules[i];
    if (c === '\\') { ++i; continue; }
    if (c === "'") { const q = rules.indexOf("'", i + 1); if (q < 0) break; i = q; continue; }
    if (c === '[') { i = skipSet(rules, i) - 1; continue; }
    if (c !== ':' || rules[i + 1] !== ':') continue;
    // One part: optional filter, then the ID up to '(' ')' or ';'.
    let j = i + 2;
    const part = () => {
      while (/\s/.test(rules[j] ?? '')) ++j;
      if (rules[j] === '[') j = skipSet(rules, j);
      const from = j;
      while (j < rules.length && !'();'.includes(rules[j])) ++j;
      const id = rules.slice(from, j).replace(/\s+/g, '');
      if (id) ids.push(id);
    };
    part();
    if (rules[j] === '(') {
      ++j;
      part();
      if (rules[j] !== ')') fail(`cannot parse ${rules.slice(i, j + 20)}`);
      ++j;
    }
    while (/\s/.test(rules[j] ?? '')) ++j;
    if (j < rules.length && rules[j] !== ';') fail(`cannot parse ${rules.slice(i, j + 20)}`);
    i = j;
  }
  return ids;
}

const keep = new Set();
const pending = roots.map((id) => ({ id, from: idsPath, required: true }));
while (pending.length) {
  const { id, from, required } = pending.pop();
  const name = byKey.get(keyOf(id)) ?? byKey.get(id.toLowerCase());
  if (!name) {
    if (kBuiltIn.has(keyOf(id)) || kBuiltIn.has(keyOf(id).replace(/\/.*/, ''))) continue;
    if (required && keyOf(id).startsWith('any-')) {
      fail(`${id} (used by ${from}) is made at run time from every rule set into its target ` +
           '(AnyTransliterator): name the rule sets it needs in translit-ids.txt instead');
    }
    if (required) fail(`${id} (used by ${from}) is neither in root.res nor built into ICU`);
    continue;  // the inverse of a reversed statement, which ICU does not need here
  }
  if (keep.has(name)) continue;
  keep.add(name);
  const e = entries[name];
  if (typeof e.alias === 'string') {
    for (const a of e.alias.split(';').map((s) => s.trim()).filter(Boolean)) {
      pending.push({ id: a, from: name, required: true });
    }
    continue;
  }
  const body = e.file ?? e.internal;
  if (Object.keys(e).length !== 1 || !body || typeof body.resource !== 'string' ||
      !['FORWARD', 'REVERSE'].includes(body.direction)) fail(`entry ${name} has an unknown shape`);
  for (const r of ruleIds(body.resource)) {
    pending.push({ id: r, from: name, required: true });
    const inv = body.direction === 'REVERSE' ? inverse(r) : null;
    if (inv) pending.push({ id: inv, from: name, required: false });
  }
}

const kept = { ...root, RuleBasedTransliteratorIDs: Object.fromEntries(
  Object.entries(entries).filter(([name]) => keep.has(name))) };
// genrb text: keys quoted, everything but printable ASCII as \u or \U escapes.
const esc = (s) => s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/gu, (c) => {
  const cp = c.codePointAt(0);
  if (cp >= 0xd800 && cp <= 0xdfff) fail('unpaired surrogate in a string');
  return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
});
const text = (v, indent) => {
  const pad = ' '.repeat(indent);
  if (typeof v === 'string') return `"${esc(v)}"`;
  if (Array.isArray(v)) return `{\n${v.map((x) => `${pad}    ${text(x, indent + 4)},\n`).join('')}${pad}}`;
  return `{\n${Object.entries(v).map(([k, x]) => `${pad}    "${esc(k)}"${typeof x === 'string' ? `{${text(x)}}` : text(x, indent + 4)}\n`).join('')}${pad}}`;
};
writeFileSync(outPath, `// Generated by toolchain/icu/translit-trim.mjs from ICU's translit/root.res.\nroot${text(kept, 0)}\n`);
writeFileSync(keptPath, JSON.stringify(kept));
console.log(`translit-trim: kept ${keep.size} of ${byKey.size} rule sets: ${[...keep].sort().join(' ')}`);
