// Judged query sets. Each query has Loupe syntax (`q`), the plain words other libraries get
// (`words`, with `prefix` when the query is a prefix search), and a judgment: the pattern a
// relevant unit's text must match. The patterns are ours, written to name what a reader
// searching the query wants (every inflection of the word, a name however it is spelled),
// so they decide relevance independently of any engine's analysis.
const word = (stem, endings = '') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${stem})(?:${endings})(?![\\p{L}\\p{N}])`, 'iu');
const sub = (text) => new RegExp(text, 'iu');
// A Korean word as PDF text may hold it: a line broken inside it (a bare "\n" between two
// syllables; a break between words keeps its space) or, 3 syllables and more, letter-spaced
// ("대 통 령", a heading style). Both are the word: an engine that finds them is right.
const ko = (w) => {
  const cs = [...w];
  const broken = cs.join('\n?');
  return new RegExp(cs.length >= 3 ? `${broken}|${cs.join(' ')}` : broken, 'u');
};

const RU_NOUN = '|а|у|ом|е|ы|ов|ам|ами|ах|и|ей|ой|ою';

// The seed corpus (../shared/corpus): Korean press articles; one article in en, es, ru, uk.
export const smallQueries = [
  { group: 'ko particles', q: '라브로프', words: '라브로프', rel: ko('라브로프') },
  { group: 'ko particles', q: '라브로프가', words: '라브로프가', rel: ko('라브로프') },
  { group: 'ko particles', q: '외무장관', words: '외무장관', rel: ko('외무장관') },
  { group: 'ko particles', q: '우크라이나', words: '우크라이나', rel: ko('우크라이나') },
  { group: 'ko particles', q: '대통령', words: '대통령', rel: ko('대통령') },
  { group: 'ko particles', q: '협상', words: '협상', rel: ko('협상') },
  { group: 'ko compound', q: '위원회', words: '위원회', rel: ko('위원회') },
  { group: 'ko compound', q: '장관', words: '장관', rel: ko('장관') },
  { group: 'ru inflection', q: 'переговоры', words: 'переговоры', rel: word('переговор', RU_NOUN) },
  { group: 'ru inflection', q: 'Украина', words: 'Украина', rel: word('украин', 'а|ы|е|у|ой') },
  { group: 'ru inflection', q: 'дипломаты', words: 'дипломаты', rel: word('дипломат', RU_NOUN) },
  { group: 'ru inflection', q: 'встреча', words: 'встреча', rel: word('встреч', 'а|и|е|у|ей|ами|ах|ам') },
  { group: 'es inflection', q: 'negociación', words: 'negociación', rel: word('negociaci', 'ón|ones|on') },
  { group: 'es inflection', q: 'secretas', words: 'secretas', rel: word('secret', 'o|a|os|as') },
  { group: 'es inflection', q: 'diplomático', words: 'diplomático', rel: word('diplom[aá]tic', 'o|a|os|as') },
  { group: 'es inflection', q: 'guerra', words: 'guerra', rel: word('guerra', '|s') },
  {
    group: 'phrase',
    q: '"negociaciones secretas"',
    words: 'negociaciones secretas',
    rel: sub('negociaciones\\s+secretas'),
  },
  { group: 'phrase', q: '"secret negotiations"', words: 'secret negotiations', rel: sub('secret\\s+negotiations') },
  { group: 'phrase', q: '"foreign minister"', words: 'foreign minister', rel: sub('foreign\\s+minister') },
  { group: 'phrase', q: '"외교관계위원회"', words: '외교관계위원회', rel: sub('외교관계위원회') },
  { group: 'prefix', q: 'negoti*', words: 'negoti', prefix: true, rel: word('negoti', '\\p{L}*') },
  { group: 'prefix', q: 'дипломат*', words: 'дипломат', prefix: true, rel: word('дипломат', '\\p{L}*') },
  { group: 'prefix', q: '외교*', words: '외교', prefix: true, rel: word('외교', '\\p{L}*') },
  { group: 'prefix', q: 'украин*', words: 'украин', prefix: true, rel: word('украин', '\\p{L}*') },
];

// The big corpus (make-bigcorpus.sh): man pages in en/fr/es/ru/uk, Korean manuals and FAQ.
export const bigQueries = [
  { group: 'en', q: 'permissions', words: 'permissions', rel: word('permission', '|s') },
  { group: 'en', q: 'socket', words: 'socket', rel: word('socket', '|s') },
  { group: 'en phrase', q: '"file descriptor"', words: 'file descriptor', rel: sub('file\\s+descriptors?') },
  { group: 'en prefix', q: 'allocat*', words: 'allocat', prefix: true, rel: word('allocat', '\\p{L}*') },
  { group: 'ru inflection', q: 'процесс', words: 'процесс', rel: word('процесс', RU_NOUN) },
  { group: 'ru inflection', q: 'сигнал', words: 'сигнал', rel: word('сигнал', RU_NOUN) },
  { group: 'uk inflection', q: 'процес', words: 'процес', rel: word('процес', '|у|ом|і|и|ів|ам|ами|ах') },
  { group: 'es inflection', q: 'archivo', words: 'archivo', rel: word('archivo', '|s') },
  { group: 'es inflection', q: 'señal', words: 'señal', rel: word('señal', '|es') },
  { group: 'ko particles', q: '패키지', words: '패키지', rel: sub('패키지') },
  { group: 'ko particles', q: '이미지', words: '이미지', rel: sub('이미지') },
  { group: 'ko particles', q: '레이어', words: '레이어', rel: sub('레이어') },
  { group: 'ko phrase', q: '"데비안 패키지"', words: '데비안 패키지', rel: sub('데비안\\s+패키지') },
];
