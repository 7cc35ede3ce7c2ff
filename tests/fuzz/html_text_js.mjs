// The web worker's HTML text extraction (htmlText, web/src/worker/extract.js: the app's reader of
// .html files, JavaScript, so not one of the libFuzzer harnesses): hostile pages in linear time,
// and random pages made of HTML fragments that never throw and come out with white space as
// htmlText promises. Before issue 20's fix a page of unclosed tags was quadratic (40 KB of `<`
// took 6.6 s, 320 KB of `<script ` 126 s). CTest runs it (fuzz_html_text_js);
// LOUPE_EXTRACT_JS=path runs it over another copy of extract.js (e.g. an older one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import process from 'node:process';
import { URL, pathToFileURL } from 'node:url';

const where = process.env.LOUPE_EXTRACT_JS
  ? pathToFileURL(process.env.LOUPE_EXTRACT_JS).href
  : new URL('../../web/src/worker/extract.js', import.meta.url).href;
const { htmlText } = await import(where);

// Each repeated to 256 KB: every `<` starts a tag attempt that, before, scanned the rest of the
// page for a `>` that never came. Linear, each takes milliseconds; quadratic, minutes.
const HOSTILE = ['<', '<script ', '<p ', '<a', '</', '<!x', '<style x', '<br', '< <p', '<!-- ', '&#x', '&a'];
const KB = Number(process.env.HTML_TEXT_KB || 256);

test('hostile pages of unclosed tags are read in linear time', () => {
  for (const unit of HOSTILE) {
    const page = unit.repeat(Math.ceil((KB * 1024) / unit.length));
    const start = process.hrtime.bigint();
    const text = htmlText(page);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.equal(typeof text, 'string');
    // 2 s: ~100 times what a linear pass takes on a loaded machine; a quadratic one takes minutes.
    assert.ok(ms < 2000, `${JSON.stringify(unit)} x ${page.length / unit.length}: ${ms.toFixed(0)} ms`);
  }
});

test('well-formed pages keep their text; a `<` before a non-letter is text, an open tag ends it', () => {
  const page =
    '<html><head><title>t</title><style>p{}</style></head><body><h1>Київ &amp; Busan</h1>' +
    '<script>var x = "</p>";</script><p>Встреча в&nbsp;мае.</p><ul><li>a<li>b</ul></body></html>';
  // The script's body goes whole: its "</p>" does not end it.
  assert.equal(htmlText(page), 'Київ & Busan\n\nВстреча в\u00A0мае.\n\na\n\nb');
  assert.equal(htmlText('if a < b and c > d <br/> then'), 'if a < b and c > d\n\nthen');
  assert.equal(htmlText('I <3 Busan'), 'I <3 Busan');
  assert.equal(htmlText('<p>text then an open <b class="x'), 'text then an open');
  assert.equal(htmlText('before<script>never closed'), 'before');
});

// A fixed-seed generator (the same pages every run), so a failure replays.
function* pages(count, seed) {
  const fragments = [
    '<', '>', '</', '<p', '<p>', '</p>', '<script>', '</script>', '<style', '</style >', '<br/>', '<a href="',
    '"', "'", ' ', '\n', '\t', '\r\n', 'text', '라브로프', 'Лавров', '&amp;', '&#65;', '&#x1F600;', '&lt;', '&bogus;',
    '&#0;', '<!--', '-->', '<div', '<!DOCTYPE html>', '<head>', '</head>', '< ', '<3', 'a<b', '<x>', '<template>',
    '</template>', '<h1 class=x>', '</h1>', '<?xml ?>', '&', ';',
  ];
  let s = seed >>> 0;
  const next = (n) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % n;
  for (let i = 0; i < count; i++) {
    let page = '';
    for (let k = next(60); k > 0; k--) page += fragments[next(fragments.length)];
    yield page;
  }
}

test('random pages never throw, and their white space is collapsed as promised', () => {
  let n = 0;
  for (const page of pages(20000, 20)) {
    const text = htmlText(page);
    const where = `page ${n} ${JSON.stringify(page)} -> ${JSON.stringify(text)}`;
    assert.equal(typeof text, 'string', where);
    assert.equal(text, text.trim(), where);
    assert.doesNotMatch(text, /[ \t\r\f\v]{2}|[\t\r\f\v]| \n|\n |\n{3}/, where);
    assert.doesNotMatch(text, /(^|[^\n])\n([^\n]|$)/, where); // line breaks come in pairs
    n++;
  }
  assert.equal(n, 20000);
});
