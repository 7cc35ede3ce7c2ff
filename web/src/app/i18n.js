// The app's interface strings in English and Korean. Elements carry data-i18n="key" (text) or
// data-i18n-attr="attr:key" (an attribute); dynamic messages use LoupeApp.t(key, params).
// English plurals are written {count|one|other}: "1 result", "2 results" (Korean has none).
const strings = {
  en: {
    tagline: 'Document analysis that never leaves your machine.',
    switchLang: '한국어',
    switchLangLabel: 'Switch the interface to Korean',
    addHeading: 'Add documents',
    drop: 'Drop .txt, .md, .html or .pdf files here, or',
    pick: 'choose files',
    pasteLabel: 'Paste text',
    pasteName: 'Name for the pasted text',
    pasteDefault: 'pasted text',
    addPaste: 'Add text',
    samples: 'Load the sample documents',
    cancel: 'Cancel',
    progress: '{files} of {total} {total|file|files}, {bytes} of {totalBytes}',
    docsHeading: 'Documents',
    noDocs: 'No documents yet.',
    forget: 'Forget everything',
    forgetConfirm: 'Remove every document from this browser?',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    remove: 'Remove',
    view: 'View',
    removeLabel: 'Remove {name}',
    viewLabel: 'Show {name}',
    docMeta: '{type}, {chars} {chars|character|characters}',
    kind_text: 'text',
    kind_markdown: 'Markdown',
    kind_html: 'HTML',
    kind_pdf: 'PDF',
    waiting: 'waiting',
    reading: 'reading…',
    added: 'added ({chars} {chars|character|characters})',
    cancelled: 'cancelled',
    failed: 'not added: {message}',
    quota: 'Storage is full: {name} was not saved. Everything saved before is kept.',
    starting: 'Starting the engine…',
    ready: 'Ready. {count} {count|document|documents}.',
    restored: 'Restored {count} {count|document|documents} from this browser.',
    forgotten: 'Everything was forgotten.',
    storageOff: 'This browser does not allow storage here; documents will not survive a reload.',
    tokensHeading: 'Tokens',
    tokensOf: 'Tokens of {name}',
    tokensOfPaste: 'Tokens of the pasted text',
    docHeading: 'Document',
    searchHeading: 'Search',
    searchLabel: 'Search the documents',
    searchHelp:
      'Words, "exact phrase", prefix*, fuzzy~, -exclude, OR, (group), lang:ko, doc:NAME, entity:"Name", date:2022-11..2023-07',
    results: '{count} {count|result|results}',
    entitiesHeading: 'Entities',
    timelineHeading: 'Timeline',
    mentions: '{count} {count|mention|mentions} of {label}',
    facetLang: 'Language',
    facetDoc: 'Document',
    facetEntity: 'Mentions',
    facetYear: 'Year',
    clearFilter: 'Clear filter',
    filterEntity: 'Only documents that mention {label}.',
    filterDate: 'Only documents with dates in {label}.',
    typePERSON: 'People',
    typeORG: 'Organizations',
    typeLOC: 'Places',
    entityMeta: '{mentions} {mentions|mention|mentions} in {docs} {docs|document|documents}',
    timelineUnit: 'Group dates by',
    byYear: 'By year',
    byMonth: 'By month',
    barLabel: '{period}: {count} {count|date|dates}',
    noDates: 'No dates found.',
    legendEntities: '{count} entity {count|mention|mentions}',
    legendDates: '{count} {count|date|dates}',
    legendHits: '{count} search {count|match|matches}',
    unavailable: 'Not in this engine build yet: {views}. They appear as soon as the engine has them.',
    engineFailed: 'The engine failed to start: {message}',
    networkHeading: 'Entity network',
    networkUnit: 'Link entities named in the same',
    bySentence: 'Sentence',
    byParagraph: 'Paragraph',
    networkHelp:
      'Lines join entities named together; the thicker the line, the more often. Select a node (click it, or Tab to it and press Enter) to see who appears with it and to filter the results; Escape clears.',
    networkLabel: 'Entity network: {nodes} {nodes|entity|entities}, {edges} {edges|link|links}',
    networkNode: '{name}, {type}, {mentions} {mentions|mention|mentions}, linked to {links}',
    inSentences: 'together in {count} {count|sentence|sentences}',
    inParagraphs: 'together in {count} {count|paragraph|paragraphs}',
    networkShown: 'Showing the {shown} most mentioned of {total} linked entities.',
    networkUnlinkedSentence:
      '{count} {count|entity shares|entities share} no sentence with another and {count|is|are} not drawn.',
    networkUnlinkedParagraph:
      '{count} {count|entity shares|entities share} no paragraph with another and {count|is|are} not drawn.',
    networkEmptySentence: 'No two entities are named in the same sentence.',
    networkEmptyParagraph: 'No two entities are named in the same paragraph.',
    networkHint: 'Nothing selected.',
    networkWith: '{name} appears with:',
  },
  ko: {
    tagline: '문서는 내 컴퓨터 밖으로 나가지 않습니다.',
    switchLang: 'English',
    switchLangLabel: '인터페이스를 영어로 바꾸기',
    addHeading: '문서 추가',
    drop: '.txt, .md, .html, .pdf 파일을 여기에 끌어다 놓거나',
    pick: '파일 선택',
    pasteLabel: '텍스트 붙여넣기',
    pasteName: '붙여넣은 텍스트의 이름',
    pasteDefault: '붙여넣은 텍스트',
    addPaste: '텍스트 추가',
    samples: '예제 문서 불러오기',
    cancel: '취소',
    progress: '파일 {total}개 중 {files}개, {totalBytes} 중 {bytes}',
    docsHeading: '문서',
    noDocs: '아직 문서가 없습니다.',
    forget: '모두 지우기',
    forgetConfirm: '이 브라우저에서 모든 문서를 지울까요?',
    exportJson: 'JSON 내보내기',
    exportCsv: 'CSV 내보내기',
    remove: '삭제',
    view: '보기',
    removeLabel: '{name} 삭제',
    viewLabel: '{name} 보기',
    docMeta: '{type}, {chars}자',
    kind_text: '텍스트',
    kind_markdown: '마크다운',
    kind_html: 'HTML',
    kind_pdf: 'PDF',
    waiting: '대기 중',
    reading: '읽는 중…',
    added: '추가됨 ({chars}자)',
    cancelled: '취소됨',
    failed: '추가하지 못함: {message}',
    quota: '저장 공간이 가득 찼습니다: {name}은(는) 저장되지 않았습니다. 이전에 저장한 문서는 그대로입니다.',
    starting: '엔진을 시작하는 중…',
    ready: '준비됨. 문서 {count}개.',
    restored: '이 브라우저에서 문서 {count}개를 복원했습니다.',
    forgotten: '모든 문서를 지웠습니다.',
    storageOff: '이 브라우저는 여기에서 저장을 허용하지 않습니다. 새로 고치면 문서가 사라집니다.',
    tokensHeading: '토큰',
    tokensOf: '{name}의 토큰',
    tokensOfPaste: '붙여넣은 텍스트의 토큰',
    docHeading: '문서 보기',
    searchHeading: '검색',
    searchLabel: '문서 검색',
    searchHelp:
      '단어, "정확한 구문", 접두어*, 유사어~, -제외, OR, (묶음), lang:ko, doc:이름, entity:"이름", date:2022-11..2023-07',
    results: '결과 {count}개',
    entitiesHeading: '개체',
    timelineHeading: '타임라인',
    mentions: '{label} 언급 {count}개',
    facetLang: '언어',
    facetDoc: '문서',
    facetEntity: '언급',
    facetYear: '연도',
    clearFilter: '필터 해제',
    filterEntity: '{label}을(를) 언급한 문서만',
    filterDate: '{label}의 날짜가 있는 문서만',
    typePERSON: '인물',
    typeORG: '기관',
    typeLOC: '장소',
    entityMeta: '문서 {docs}개에서 {mentions}회 언급',
    timelineUnit: '날짜 묶는 단위',
    byYear: '연도별',
    byMonth: '월별',
    barLabel: '{period}: 날짜 {count}개',
    noDates: '찾은 날짜가 없습니다.',
    legendEntities: '개체 언급 {count}개',
    legendDates: '날짜 {count}개',
    legendHits: '검색 일치 {count}개',
    unavailable: '이 엔진 빌드에는 아직 없습니다: {views}. 엔진에 생기는 즉시 나타납니다.',
    engineFailed: '엔진을 시작하지 못했습니다: {message}',
    networkHeading: '개체 관계망',
    networkUnit: '함께 나온 단위',
    bySentence: '같은 문장',
    byParagraph: '같은 문단',
    networkHelp:
      '함께 언급된 개체를 선으로 잇습니다. 선이 굵을수록 자주 함께 나옵니다. 노드를 고르면(클릭하거나 Tab으로 이동해 Enter) 함께 나온 개체가 표시되고 결과가 걸러집니다. Escape로 해제합니다.',
    networkLabel: '개체 관계망: 개체 {nodes}개, 연결 {edges}개',
    networkNode: '{name}, {type}, {mentions}회 언급, 연결 {links}개',
    inSentences: '{count}개 문장에 함께 나옴',
    inParagraphs: '{count}개 문단에 함께 나옴',
    networkShown: '연결된 개체 {total}개 중 가장 많이 언급된 {shown}개를 보여 줍니다.',
    networkUnlinkedSentence: '다른 개체와 같은 문장에 나오지 않는 개체 {count}개는 그리지 않았습니다.',
    networkUnlinkedParagraph: '다른 개체와 같은 문단에 나오지 않는 개체 {count}개는 그리지 않았습니다.',
    networkEmptySentence: '같은 문장에 함께 나오는 개체가 없습니다.',
    networkEmptyParagraph: '같은 문단에 함께 나오는 개체가 없습니다.',
    networkHint: '선택한 개체가 없습니다.',
    networkWith: '{name}와(과) 함께 나온 개체:',
  },
};
let lang = 'en';
try {
  lang = localStorage.getItem('loupe-lang') || '';
} catch {
  /* storage may be off */
}
if (!strings[lang]) lang = (navigator.language || '').startsWith('ko') ? 'ko' : 'en';

const t = (key, params = {}) =>
  (strings[lang][key] ?? strings.en[key] ?? key)
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (all, name, one, other) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : all,
    )
    .replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));

function apply(root = document) {
  document.documentElement.lang = lang;
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(' ')) {
      const [attr, key] = pair.split(':');
      node.setAttribute(attr, t(key));
    }
  }
}
function setLang(next) {
  lang = next;
  try {
    localStorage.setItem('loupe-lang', lang);
  } catch {
    /* not kept */
  }
  apply();
}

export const currentLang = () => lang;
export { t, apply, setLang };
