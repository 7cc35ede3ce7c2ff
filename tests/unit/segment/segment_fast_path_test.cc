// The segmenters' shortcuts (a UTF-16 copy for ICU, one sentence without running ICU) must give
// ICU's own answer: for each text, the result is compared with ICU over a UTF-8 UText.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "segment/sentence_segmenter.h"
#include "segment/utf16_text.h"
#include "segment/word_segmenter.h"

using loupe::segment::SentenceSegmenter;
using loupe::segment::Utf16Text;
using loupe::segment::WordSegmenter;

namespace {

struct Break {
  std::size_t byte;
  int32_t status;
};

// ICU's boundaries over the UTF-8 bytes themselves (byte offsets), the reference.
std::vector<Break> icu_utf8_breaks(icu::BreakIterator* raw, std::string_view text) {
  std::unique_ptr<icu::BreakIterator> it(raw);
  UErrorCode ec = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &ec);
  it->setText(&ut, ec);
  REQUIRE(U_SUCCESS(ec));
  std::vector<Break> out;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    out.push_back({static_cast<std::size_t>(b), it->getRuleStatus()});
  }
  utext_close(&ut);
  return out;
}

bool ascii_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

const char* const kTexts[] = {
    "Hello world",
    "Hello world.",
    "Hi! there",                             // STerm then lower case: ICU breaks
    "first\xE2\x80\xA9second",               // U+2029 paragraph separator
    "line one\nline two",                    // LF
    "cr\rhere",                              // CR
    "\xE5\x89\x8D\xE3\x80\x82\xE5\xBE\x8C",  // 前。後: ideographic full stop
    // Привет мир
    "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80",
    // 라브로프가 왔다.
    "\xEB\x9D\xBC\xEB\xB8\x8C\xEB\xA1\x9C\xED\x94\x84\xEA\xB0\x80 \xEC\x99\x94\xEB\x8B\xA4.",
    "emoji \xF0\x9F\x98\x80 and a.b c",  // a surrogate pair in UTF-16
    "ends with a quote.\"",
    "no end (",
};

}  // namespace

TEST_CASE("Utf16Text maps every code unit back to its UTF-8 byte", "[segment]") {
  Utf16Text t;
  REQUIRE(
      t.assign("a\xEC\x84\xB8"
               "b\xF0\x9F\x98\x80"));  // a세b😀
  REQUIRE(t.size() == 5);
  CHECK(t.data()[1] == 0xC138);
  CHECK(t.byte_offset(0) == 0);
  CHECK(t.byte_offset(1) == 1);
  CHECK(t.byte_offset(2) == 4);
  CHECK(t.byte_offset(3) == 5);  // both halves of the pair point at the emoji's first byte
  CHECK(t.byte_offset(4) == 5);
  CHECK(t.byte_offset(5) == 9);
  CHECK_FALSE(t.assign("bad \xC3 byte"));  // invalid UTF-8 is left to ICU's UTF-8 UText
  REQUIRE(t.assign(""));
  CHECK(t.size() == 0);
}

TEST_CASE("Utf16Text answers every unit's byte in any order, marks on pairs included",
          "[segment]") {
  // Characters of 1 to 4 bytes in an order that puts pair halves on every mark (every 32
  // units), the expected offsets counted one character at a time.
  const char* const chars[] = {"a", "\xD0\x96", "\xEC\x84\xB8", "\xF0\x9F\x98\x80", " "};
  std::string text;
  std::vector<std::size_t> expected;  // by unit
  for (std::size_t i = 0; i < 500; ++i) {
    const std::string c = chars[(i * 7 + i / 5) % 5];
    expected.push_back(text.size());
    if (c.size() == 4) expected.push_back(text.size());  // the pair's trailing half
    text += c;
  }
  expected.push_back(text.size());
  Utf16Text t;
  REQUIRE(t.assign(text));
  REQUIRE(t.size() + 1 == expected.size());
  for (std::size_t u = 0; u <= t.size(); ++u) CHECK(t.byte_offset(u) == expected[u]);
  for (std::size_t u = t.size() + 1; u-- > 0;) CHECK(t.byte_offset(u) == expected[u]);
  for (std::size_t k = 0, u = 0; k < 2000; ++k, u = (u * 37 + 11) % expected.size()) {
    CHECK(t.byte_offset(u) == expected[u]);
  }
  REQUIRE(t.assign("\xF0\x9F\x98\x80"));  // a shorter text after a longer one
  CHECK(t.byte_offset(1) == 0);
  CHECK(t.byte_offset(2) == 4);
}

TEST_CASE("Utf16Text notes the characters a word-break dictionary may split", "[segment]") {
  Utf16Text t;
  const auto needs = [&t](const char* text) { return t.assign(text) && t.may_need_dictionary(); };
  CHECK_FALSE(needs("abc \xD0\x9F\xD1\x80\xD0\xB8 \xE2\x80\x99"));  // Latin, При, ’
  CHECK_FALSE(
      needs("\xEB\x9D\xBC\xEB\xB8\x8C\xEB\xA1\x9C\xED\x94\x84\xEA\xB0\x80 "  // 라브로프가
            "\xE3\x80\x8C\xE3\x84\xB1\xE3\x80\x8D"));                        // 「ㄱ」
  CHECK_FALSE(needs("\xF0\x9F\x98\x80\xE2\x80\x8D\xF0\x9F\x91\x8D"));        // 😀 ZWJ 👍
  CHECK(needs("\xE6\x9D\xB1"));                                              // 東
  CHECK(needs("\xE3\x81\x8B"));                                              // か
  CHECK(needs("\xE3\x80\x85"));                                              // 々
  CHECK(needs("\xEF\xBD\xB6"));       // ｶ halfwidth katakana
  CHECK(needs("\xE0\xB9\x84"));       // ไ Thai
  CHECK(needs("\xF0\xA0\x80\x80"));   // 𠀀 CJK extension B
  CHECK(needs("\xF0\x9F\x88\x80"));   // 🈀 square hiragana hoka
  CHECK_FALSE(needs("again plain"));  // reset by every assign()
}

TEST_CASE("WordSegmenter gives ICU's UTF-8 word spans, valid text or not", "[segment]") {
  auto seg = WordSegmenter::create();
  REQUIRE(seg.ok());
  std::vector<std::string> texts(std::begin(kTexts), std::end(kTexts));
  texts.push_back("bad \xC3 byte and \xED\xA0\x80 a surrogate");
  for (const std::string& text : texts) {
    CAPTURE(text);
    UErrorCode ec = U_ZERO_ERROR;
    const auto ref =
        icu_utf8_breaks(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec), text);
    std::vector<std::pair<std::size_t, std::size_t>> want, got;
    for (std::size_t i = 0, begin = 0; i < ref.size(); begin = ref[i++].byte) {
      if (ref[i].status >= UBRK_WORD_NUMBER) want.push_back({begin, ref[i].byte});
    }
    for (const auto& s : seg.value()->segment(text))
      got.push_back({s.bytes.begin_byte, s.bytes.end_byte});
    CHECK(got == want);
    CHECK(!got.empty());
  }
}

TEST_CASE("SentenceSegmenter gives ICU's sentences with and without its shortcut", "[segment]") {
  auto seg = SentenceSegmenter::create();
  REQUIRE(seg.ok());
  for (const char* text : kTexts) {
    CAPTURE(text);
    UErrorCode ec = U_ZERO_ERROR;
    const std::string_view t(text);
    const auto ref =
        icu_utf8_breaks(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), ec), t);
    // None of these texts holds an abbreviation: each ICU break ends one sentence, trimmed.
    std::vector<std::pair<std::size_t, std::size_t>> want, got;
    for (std::size_t i = 0, begin = 0; i < ref.size(); begin = ref[i++].byte) {
      std::size_t b = begin, e = ref[i].byte;
      while (b < e && ascii_space(t[b])) ++b;
      while (e > b && ascii_space(t[e - 1])) --e;
      if (e > b) want.push_back({b, e});
    }
    for (const auto& r : seg.value()->segment(t)) got.push_back({r.begin_byte, r.end_byte});
    CHECK(got == want);
  }
}

TEST_CASE("WordSegmenter skips the dictionary only where no dictionary splits", "[segment]") {
  // Pieces mixed at random: Hangul (dictionary characters no engine handles) beside Latin,
  // digits, Hanja, kana, Thai (which a dictionary may split), jamo, CJK brackets, emoji.
  const char* const pieces[] = {"세계",
                                "라브로프가",
                                "K",
                                "팝",
                                "a",
                                "Bc",
                                "42",
                                "4",
                                "월",
                                " ",
                                " ",
                                ".",
                                ",",
                                "'",
                                "\xE2\x80\x99",                          // ’
                                "\xE6\xBC\xA2\xE5\xAD\x97",              // 漢字
                                "\xE3\x81\x8B\xE3\x82\xAB\xE3\x83\xBC",  // かカー
                                "\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2",  // ไทย
                                "\xE3\x84\xB1",                          // ㄱ compatibility jamo
                                "\xE3\x80\x8C",
                                "\xE3\x80\x8D",  // 「 」
                                "\xE3\x80\x85",  // 々
                                "\xEF\xBD\xB6",  // ｶ halfwidth katakana
                                "\xF0\x9F\x98\x80",
                                "\xE2\x80\x8D",              // 😀 ZWJ
                                "\xCC\x81",                  // combining acute
                                "\xD0\x9F\xD1\x80\xD0\xB8",  // При
                                "_",
                                "-",
                                "\n"};
  auto seg = WordSegmenter::create();
  REQUIRE(seg.ok());
  std::uint32_t state = 12345;
  const auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 8; };
  for (int n = 0; n < 2000; ++n) {
    std::string text;
    for (std::uint32_t k = next() % 12 + 1; k > 0; --k) text += pieces[next() % std::size(pieces)];
    CAPTURE(text);
    UErrorCode ec = U_ZERO_ERROR;
    const auto ref =
        icu_utf8_breaks(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec), text);
    std::vector<std::tuple<std::size_t, std::size_t, int>> want, got;
    for (std::size_t i = 0, begin = 0; i < ref.size(); begin = ref[i++].byte) {
      if (ref[i].status >= UBRK_WORD_NUMBER) {
        const int kind = ref[i].status >= UBRK_WORD_IDEO     ? 3
                         : ref[i].status >= UBRK_WORD_KANA   ? 2
                         : ref[i].status >= UBRK_WORD_LETTER ? 1
                                                             : 0;
        want.push_back({begin, ref[i].byte, kind});
      }
    }
    for (const auto& s : seg.value()->segment(text)) {
      // WordKind's order is the statuses' order: number, letter, kana, ideographic.
      got.push_back({s.bytes.begin_byte, s.bytes.end_byte, static_cast<int>(s.kind)});
    }
    REQUIRE(got == want);
  }
}
