// The wasm ICU data holds no word-break dictionary, so the segmenter skips ICU's dictionary
// detour there (engine/segment/word_segmenter.cc): Han, kana and Thai runs keep the rules'
// spans, as they did through the detour. Expected spans: the build before that change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from './load-engine.mjs';

const cases = [
  [
    '漢字かなカナー東京 ไทยภาษา ລາວ ខ្មែរ မြန်မာ',
    [
      ['漢字かなカナー東京', 'ideographic'],
      ['ไทยภาษา', 'letter'],
      ['ລາວ', 'letter'],
      ['ខ្មែរ', 'letter'],
      ['မြန်မာ', 'letter'],
    ],
  ],
  [
    '라브로프가 東京에서 K팝 「세계」 ｶﾀｶﾅ 中文字𠀀',
    [
      ['라브로프가', 'letter'],
      ['東京', 'ideographic'],
      ['에서', 'letter'],
      ['K', 'letter'],
      ['팝', 'letter'],
      ['세계', 'letter'],
      ['ｶﾀｶﾅ', 'ideographic'],
      ['中文字𠀀', 'ideographic'],
    ],
  ],
];

for (const flavour of ['single', 'normal']) {
  test(`${flavour}: dictionary scripts keep the word rules' spans`, async () => {
    const engine = new (await loadEngine(flavour)).Engine();
    for (const [text, want] of cases) {
      const reply = JSON.parse(engine.tokenize(text));
      assert.deepEqual(
        reply.tokens.map((t) => [t.surface, t.kind]),
        want,
        text,
      );
      for (const t of reply.tokens) assert.equal(text.slice(t.begin_u16, t.end_u16), t.surface);
    }
    engine.delete();
  });
}
