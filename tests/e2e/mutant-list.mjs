// Issue 17's ten problems, each put back by one or more mutants of web/ (mutants.mjs runs them):
// { problem, what, file (under web/), from (found exactly once), to, test: [file, name pattern] }.
const m = (problem, what, file, from, to, test) => ({ problem, what, file, from, to, test });

export const MUTANTS = [
  // 1. A result opened the document at its top; an entity mark swallowed the search mark.
  m(1, 'no scroll to the hit', 'src/app/reader.js', "if (marks[0]) centre($('doc-text'), marks[0]);", '', [
    'reading.test.mjs',
    '1440: a result opens',
  ]),
  m(
    1,
    'a hit on a phone scrolls the page (the text box not fitted to the screen)',
    'src/app/reader.js',
    '  fitToScreen(box);\n  box.append(text);',
    '  box.append(text);',
    ['reading.test.mjs', '390: opening a hit scrolls the reading pane'],
  ),
  m(
    1,
    'hits not nested in entity marks',
    'src/app/marks.js',
    'out.push(outerMark(m, withHits(text, m.begin_u16, m.end_u16, hits, cursor)));',
    'out.push(outerMark(m, [text.slice(m.begin_u16, m.end_u16)]));',
    ['reading.test.mjs', '1440: a result opens'],
  ),
  m(
    1,
    'a match outside a 16-byte snippet window unmarked',
    'src/app/search.js',
    'snippet_bytes: WHOLE_PASSAGE,',
    'snippet_bytes: 16,',
    ['reading.test.mjs', 'a long word'],
  ),
  m(
    1,
    'a match outside a 4 KiB snippet window unmarked',
    'src/app/search.js',
    'snippet_bytes: WHOLE_PASSAGE,',
    'snippet_bytes: 4096,',
    ['reading.test.mjs', 'a paragraph over 4 KiB'],
  ),
  // 2. Results silently cut: no "more in this document", no paging, an export of the page shown.
  m(2, 'no "N more in this document"', 'src/app/results.js', '    more > 0\n', '    false\n', [
    'reading.test.mjs',
    'every passage counted',
  ]),
  m(2, 'no paging', 'src/app/results.js', '    left > 0\n', '    false\n', [
    'reading.test.mjs',
    'every passage counted',
  ]),
  m(
    2,
    'the export holds the page shown',
    'src/app/search.js',
    'loupe.search(state.sent, { limit: ALL, per_doc: ALL, facet_limit: ALL })',
    'loupe.search(state.sent, { limit: PAGE, per_doc: PER_DOC, facet_limit: ALL })',
    ['reading.test.mjs', 'every passage counted'],
  ),
  // 3. Junk entities first, no way to search, hide, merge or rename one.
  m(3, 'no quality default', 'src/app/entity-list.js', 'low: lowEvidenceIds(shown.entities || [])', 'low: new Set()', [
    'entity-quality.test.mjs',
    'open on well-attested',
  ]),
  m(
    3,
    'not sorted by mentions',
    'src/app/entity-list.js',
    '.sort((a, b) => countOf(b) - countOf(a) || a.canonical.localeCompare(b.canonical));',
    '.sort((a, b) => a.canonical.localeCompare(b.canonical));',
    ['workspace.test.mjs', 'entity list filters'],
  ),
  m(
    3,
    'no filter',
    'src/app/entity-list.js',
    'const named = (e) => [e.canonical, ...(e.aliases || [])].some((n) => fold(n).includes(q));',
    'const named = () => true;',
    ['workspace.test.mjs', 'entity list filters'],
  ),
  m(3, 'no hide', 'src/app/entity-prefs.js', '  if (on) (visit ? visitHidden : hidden).add(keyOf(e));\n', '', [
    'workspace.test.mjs',
    'entity list filters',
  ]),
  m(
    3,
    'no merge',
    'src/app/entity-prefs.js',
    '    for (const m of e.members || [e]) merges.set(keyOf(m), target);\n',
    '',
    ['entity-merge.test.mjs', 'merge and rename'],
  ),
  m(
    3,
    'no rename',
    'src/app/entity-prefs.js',
    '  else renames.set(keyOf(e), clean);',
    '  else renames.delete(keyOf(e));',
    ['entity-merge.test.mjs', 'merge and rename'],
  ),
  // 4. The network labelled junk before the biggest names, and overflowed its box.
  m(4, 'no label kept for the most mentioned', 'src/app/network.js', 'const LABELLED = 8;', 'const LABELLED = 0;', [
    'network-corpus.test.mjs',
    'labels',
  ]),
  m(
    4,
    'layout wider than its box',
    'src/app/network.js',
    'x: fit(p.x, x0, x1, pad, w - pad)',
    'x: fit(p.x, x0, x1, pad, w * 1.3)',
    ['network.test.mjs', 'draws the engine co-occurrences'],
  ),
  // 5. Nine panels of equal weight, the search box far down on a phone, the tokens for everyone.
  m(
    5,
    'every panel shown',
    'src/app/styles/workspace.css',
    '.view {\n  display: none;\n}',
    '.view {\n  display: block;\n}',
    ['workspace.test.mjs', '1440 px: search on top'],
  ),
  m(
    5,
    'the tokens shown by default',
    'src/app/main.js',
    "recall('loupe-debug') === '1'",
    "recall('loupe-debug') !== '0'",
    ['workspace.test.mjs', '1440 px: search on top'],
  ),
  m(
    5,
    'the facets above the results on a phone',
    'src/app/styles/narrow.css',
    '  #facets {\n    order: 1;\n  }\n',
    '',
    ['workspace.test.mjs', '390 px: the search box first'],
  ),
  // 6. The timeline opened on an old outlier; months had no year.
  m(
    6,
    'not scrolled to the busiest period',
    'src/app/timeline.js',
    'if (b && box.clientWidth) box.scrollLeft',
    'if (false) box.scrollLeft',
    ['workspace.test.mjs', 'timeline opens on its data'],
  ),
  m(
    6,
    'months without their year',
    'src/app/timeline.js',
    "el('span', { className: 'year', textContent: period.slice(0, 4) }),",
    'null,',
    ['workspace.test.mjs', 'timeline opens on its data'],
  ),
  // 7. Documents known by file name; a document facet wrote an id into the query.
  m(
    7,
    'documents by file name',
    'src/app/doc-names.js',
    "const title = (fromName && line ? '' : engine) || line || engine || name;",
    'const title = name;',
    ['titles.test.mjs', 'shown by title'],
  ),
  m(
    7,
    'a document facet writes its id into the query',
    'src/app/main.js',
    "if (kind === 'doc') return addChip({ kind, key, label: key });",
    "if (kind === 'doc') return (($('query').value += ` doc:${key}`), runSearch());",
    ['chips.test.mjs', 'facets, entities and periods'],
  ),
  // 8. No help after a miss, "nullnull", query errors on every keystroke and in English.
  m(8, '"nullnull" for a miss', 'src/app/search.js', "t('noResults', { query })", '`${null}${null}`', [
    'search-help.test.mjs',
    'a miss says so',
  ]),
  m(8, 'no unaccented spelling', 'src/app/suggest.js', 'cut <= 4 && word.length', 'cut <= 0 && word.length', [
    'search-help.test.mjs',
    'a miss says so',
  ]),
  m(
    8,
    'no two-edit spelling',
    'src/app/suggest.js',
    'return (await surfaces(loupe, `${word}~2`, clauses))[0] || null;',
    'return null;',
    ['search-help.test.mjs', 'a miss says so'],
  ),
  m(
    8,
    'no "all names of X"',
    'src/app/suggest.js',
    'if (!folded.some((f) => f !== folded[0])) continue;',
    'continue;',
    ['search-help.test.mjs', 'a miss says so'],
  ),
  m(
    8,
    'query errors at every keystroke',
    'src/app/search.js',
    'const ERROR_PAUSE_MS = 800;',
    'const ERROR_PAUSE_MS = 0;',
    ['search-help.test.mjs', 'query error'],
  ),
  m(
    8,
    "query errors in the engine's English",
    'src/app/search.js',
    'const what = known ? t(known[1]) : err.message;',
    'return err.message;',
    ['search-help.test.mjs', 'query error'],
  ),
  // 9. Forget everything left results on screen; ?samples=1 brought the samples back; no undo.
  m(9, 'forget leaves the results', 'src/app/main.js', "    $('query').value = '';\n    search.clear();\n", '', [
    'workspace.test.mjs',
    'forget everything',
  ]),
  m(9, 'forgotten samples come back', 'src/app/main.js', "recall('loupe-forgotten') !== '1'", 'true', [
    'workspace.test.mjs',
    'forget everything',
  ]),
  m(9, 'no undo', 'src/app/ingest.js', "$('undo-bar').hidden = false;", "$('undo-bar').hidden = true;", [
    'workspace.test.mjs',
    'forget everything',
  ]),
  // 10. Keyboard: every mark a Tab stop, no way back from the document, no / to search.
  m(10, 'every mark a Tab stop', 'src/app/marks.js', 'mark.tabIndex = -1;', 'mark.tabIndex = 0;', [
    'keyboard.test.mjs',
    '1440: skip link',
  ]),
  m(10, 'Escape does not go back', 'src/app/keyboard.js', 'if (openedFrom?.isConnected) openedFrom.focus();', '', [
    'keyboard.test.mjs',
    '1440: skip link',
  ]),
  m(10, '/ does not focus search', 'src/app/keyboard.js', "    $('query').focus();\n    $('query').select();\n", '', [
    'keyboard.test.mjs',
    '1440: skip link',
  ]),
];
