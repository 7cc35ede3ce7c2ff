// The NFC step's own check (is_nfc, nfc_step.cc): ICU is asked only about the stretches
// around code points outside nfc_inert()'s blocks. Every code point of those blocks must be
// one ICU puts a normalization boundary before (quick check Yes, combining class 0), and on
// random texts mixing them with marks, jamo and singletons the answer must be ICU's own.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "normalize/repair_steps.h"

using loupe::normalize::compose_nfc;
using loupe::normalize::is_nfc;
using loupe::normalize::nfc_inert;

namespace {

const icu::Normalizer2& nfc() {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(ec);
  REQUIRE(U_SUCCESS(ec));
  return *n;
}

void append_utf8(std::string& s, char32_t cp) {
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6)), s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12)), s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18)), s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), s += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool icu_is_nfc(const std::string& s) {
  UErrorCode ec = U_ZERO_ERROR;
  const bool yes =
      nfc().isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), ec);
  REQUIRE(U_SUCCESS(ec));
  return yes;
}

}  // namespace

TEST_CASE("NFC-inert code points have a normalization boundary before them", "[normalize]") {
  std::size_t inert = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!nfc_inert(cp)) continue;
    ++inert;
    INFO(static_cast<unsigned>(cp));
    CHECK(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) == UNORM_YES);
    CHECK(u_getCombiningClass(static_cast<UChar32>(cp)) == 0);
    CHECK(nfc().hasBoundaryBefore(static_cast<UChar32>(cp)));
  }
  CHECK(inert > 30000);
}

TEST_CASE("The NFC step's check answers as ICU's on mixed random texts", "[normalize]") {
  // Inert letters that compose with what follows (e, n, u, A, и, 가 LV), marks and jamo that
  // compose backward or reorder, singletons (U+212B, U+2000), and marks out of order.
  const std::vector<char32_t> pool = {
      'a',    'e',    'n',    'u',     'A',     ' ',    '.',    0xE9,   0x438,  0x415,  0xAC00,
      0xAC01, 0xD55C, 0x1100, 0x1161,  0x11A8,  0x0301, 0x0303, 0x0308, 0x0306, 0x0323, 0x0327,
      0x212B, 0x2000, 0x2001, 0x0340,  0x0344,  0x0483, 0x3099, 0x2192, 0x00B7, 0x2026, 0x1E00,
      0x0F73, 0x0958, 0xF900, 0x2F800, 0x1D15E, 0x4E00, 0xFF21, 0x3131};
  std::mt19937 rng(5);
  std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1), length(0, 12);
  std::uniform_int_distribution<int> percent(0, 99);
  int normalized = 0, not_normalized = 0;
  for (int round = 0; round < 20000; ++round) {
    // Odd rounds: longer texts, mostly ASCII and Hangul syllables (the 8-byte and syllable
    // paths), a rare other code point among them.
    std::string s;
    const bool long_text = round % 2 == 1;
    const std::size_t n = long_text ? 3 * length(rng) : length(rng);
    for (std::size_t k = 0; k < n; ++k) {
      const int r = percent(rng);
      append_utf8(s, !long_text || r >= 90 ? pool[pick(rng)]
                     : r < 60              ? static_cast<char32_t>('a' + r % 26)
                                           : static_cast<char32_t>(0xAC00 + 37 * r));
    }
    const bool want = icu_is_nfc(s);
    INFO(s);
    CHECK(is_nfc(s) == want);
    (want ? normalized : not_normalized)++;
    // The step's output: the text itself when it is NFC, ICU's NFC otherwise.
    std::string expected;
    UErrorCode ec = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&expected);
    nfc().normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink,
                        nullptr, ec);
    CHECK(compose_nfc(s).text == expected);
  }
  CHECK(normalized > 1000);
  CHECK(not_normalized > 1000);
}
