// The entity list's "quality" default (issue 17): names the engine found with little evidence
// stay off the first screen of the list and out of the network until "Show all" is ticked.
// A technical PDF gives the tagger capitalized words and code (Document, NULL, ASN1, Table of
// Contents) that it reads with low confidence, once, in one document; the names a reader wants
// come back across documents, in other scripts, or with confidence.
// The evidence, per entity of the entities envelope (the worker adds confidence_mean and
// confidence_max, the mean and highest confidence of its mentions, 0-1):
//  - corroborated: named in two or more scripts (Busan = 부산 = Пусан), or found in two or
//    more documents with a mean confidence of at least 0.25; a merge or a rename by the user
//    counts too. A corroborated entity is always shown.
//  - otherwise it is low-evidence when its mean confidence is under 0.25, or it was found once
//    with no mention above 0.5, or its name is one word or code-like (ALLCAPS, digits, _,
//    glued words as XMLnamespaces) and its mean confidence is under 0.5;
//  - in a document that reads as code or a manual (ten or more names found only there, most of
//    them low-evidence by the rules above), a one-word or code-like name found only there needs
//    a mean confidence of 0.9 (NULL, INTEGER and SIZE in a library manual do not have it).
// The thresholds, as one object so that bench/entities/quality-default.mjs can try others.
export const QUALITY = { meanLow: 0.25, doubt: 0.5, noisySure: 0.9, noisyMin: 10 };

// The scripts of a name's letters (Latin, Hangul, Cyrillic, ...), found with \p{Script=...}.
const SCRIPTS = ['Latin', 'Hangul', 'Cyrillic', 'Han', 'Greek', 'Arabic', 'Hebrew', 'Hiragana', 'Katakana'];
const scriptRes = SCRIPTS.map((s) => new RegExp(`\\p{Script=${s}}`, 'u'));
export function scriptsOf(names) {
  const found = new Set();
  for (const n of names) scriptRes.forEach((re, i) => re.test(n) && found.add(SCRIPTS[i]));
  return found.size;
}

// One word, or a token that reads as code: DER, ASN1, size_t, XMLnamespaces.
export function weakName(name) {
  const s = String(name).trim();
  if (/[\d_]/u.test(s) || /\p{Lu}{2,}\p{Ll}/u.test(s)) return true;
  return !/\s/u.test(s);
}

export function corroborated(e, q = QUALITY) {
  if ((e.members?.length || 1) > 1 || (e.original !== undefined && e.original !== e.canonical)) return true;
  if (scriptsOf([e.canonical, ...(e.aliases || [])]) >= 2) return true;
  return (e.documents?.length || 0) >= 2 && (e.confidence_mean ?? 1) >= q.meanLow;
}

// Whether the quality default keeps `e` off the first screen, by its own evidence. An envelope
// without confidences (an older worker) counts as confident: nothing is held back on a guess.
export function lowEvidence(e, q = QUALITY) {
  if (corroborated(e, q)) return false;
  const mean = e.confidence_mean ?? 1;
  const max = e.confidence_max ?? 1;
  if (mean < q.meanLow) return true;
  if ((e.mention_count || 0) <= 1 && max < q.doubt) return true;
  return weakName(e.canonical) && mean < q.doubt;
}

// The ids of `entities` that the quality default holds back: lowEvidence, plus the weak names
// of the documents that read as code or a manual.
export function lowEvidenceIds(entities, q = QUALITY) {
  const low = new Set(entities.filter((e) => lowEvidence(e, q)).map((e) => e.id));
  const only = new Map(); // document -> [entities found only there, how many of them low]
  for (const e of entities) {
    if (e.documents?.length !== 1) continue;
    const n = only.get(e.documents[0]) || [0, 0];
    only.set(e.documents[0], [n[0] + 1, n[1] + (low.has(e.id) ? 1 : 0)]);
  }
  const noisy = (doc) => {
    const [all, weak] = only.get(doc) || [0, 0];
    return all >= q.noisyMin && weak * 2 > all;
  };
  for (const e of entities) {
    if (low.has(e.id) || corroborated(e, q) || e.documents?.length !== 1 || !noisy(e.documents[0])) continue;
    if (weakName(e.canonical) && (e.confidence_mean ?? 1) < q.noisySure) low.add(e.id);
  }
  return low;
}
