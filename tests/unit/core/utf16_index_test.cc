#include "core/utf16_index.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "core/utf8.h"
#include "support/utf16_reference.h"

using loupe::core::Utf16Index;

TEST_CASE("Utf16Index counts BMP characters once and astral characters twice", "[core]") {
  const std::string text = "a😀ж한\u0301b";  // ASCII, emoji, Cyrillic, Hangul, combining mark
  const Utf16Index idx(text);
  CHECK(idx.to_utf16(0) == 0);
  CHECK(idx.to_utf16(1) == 1);
  CHECK(idx.to_utf16(5) == 3);   // after the surrogate pair
  CHECK(idx.to_utf16(7) == 4);   // after ж
  CHECK(idx.to_utf16(10) == 5);  // after 한
  CHECK(idx.to_utf16(12) == 6);  // after U+0301
  CHECK(idx.to_utf16(text.size()) == 7);
}

TEST_CASE("Utf16Index rounds an offset inside a character down to its start", "[core]") {
  const Utf16Index idx("x😀");
  CHECK(idx.to_utf16(2) == 1);
  CHECK(idx.to_utf16(4) == 1);
  CHECK(idx.to_utf16(99) == 3);  // past the end clamps to the end
}

TEST_CASE("Utf16Index agrees with ICU at every boundary of random text", "[core][property]") {
  std::mt19937 rng(20261122);
  const char32_t pool[] = {U'a',      U' ',      U'ж',          U'한', U'😀',
                           U'\u0301', U'\uFDFA', U'\U0001F469', 0xFFFD};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 300);
    for (int i = 0; i < n; ++i) {
      if (rng() % 17 == 0) {
        text += static_cast<char>(0x80 | (rng() % 64));  // stray invalid byte
        continue;
      }
      const char32_t cp = pool[rng() % std::size(pool)];
      char buf[4];
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (len == 1)
        buf[0] = static_cast<char>(cp);
      else {
        buf[0] = static_cast<char>((0xF0 << (4 - len)) | (cp >> (6 * (len - 1))));
        for (int k = 1; k < len; ++k)
          buf[k] = static_cast<char>(0x80 | ((cp >> (6 * (len - 1 - k))) & 0x3F));
      }
      text.append(buf, len);
    }
    const Utf16Index idx(text);
    for (std::size_t b = 0; b <= text.size(); ++b) {
      // Only character starts are valid boundaries: skip continuation bytes of valid chars.
      if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;
      INFO("round " << round << " byte " << b);
      REQUIRE(idx.to_utf16(b) == loupe::test::utf16_length_of_prefix(text, b));
    }
  }
}

TEST_CASE("walk_utf16 counts a range from a boundary and stops before a split character",
          "[core]") {
  using loupe::core::walk_utf16;
  const std::string text = "abcdefgh😀ж한ijklmnopq";  // 8 ASCII, then 4 + 2 + 3 bytes, then 9 ASCII
  CHECK(walk_utf16(text, 0, 8).units == 8);
  CHECK(walk_utf16(text, 0, 12).units == 10);  // the emoji is a surrogate pair
  CHECK(walk_utf16(text, 8, 17).units == 4);
  const auto split = walk_utf16(text, 8, 15);  // 15 is inside 한 (bytes 14..17)
  CHECK(split.units == 3);
  CHECK(split.end_byte == 14);
  CHECK(walk_utf16(text, 17, 999).units == 9);  // clamped to the end
  CHECK(walk_utf16(text, 17, 999).end_byte == text.size());
  CHECK(walk_utf16(text, 5, 5).units == 0);
}

TEST_CASE("walk_utf16 from any boundary agrees with Utf16Index on random text",
          "[core][property]") {
  std::mt19937 rng(20261203);
  const char* const pool[] = {"a",      "abcdefghij", " ",    "ж",        "한",      "😀",
                              "\u0301", "\xFF",       "\x80", "\xE2\x82", "\xF0\x9F"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0, n = static_cast<int>(rng() % 80); i < n; ++i)
      text += pool[rng() % std::size(pool)];
    // The walk's boundaries: where decoding from 0 starts each character.
    std::vector<std::size_t> starts;
    for (std::size_t p = 0; p < text.size(); p += loupe::core::decode_utf8(text, p).length)
      starts.push_back(p);
    starts.push_back(text.size());
    const Utf16Index idx(text);
    for (int k = 0; k < 50; ++k) {
      const std::size_t a = starts[rng() % starts.size()];
      const std::size_t b = a + rng() % (text.size() - a + 1);  // any byte, boundary or not
      const auto w = loupe::core::walk_utf16(text, a, b);
      INFO("round " << round << " a " << a << " b " << b);
      REQUIRE(w.units == idx.to_utf16(b) - idx.to_utf16(a));
      REQUIRE(w.end_byte <= b);
      REQUIRE(std::binary_search(starts.begin(), starts.end(), w.end_byte));
      REQUIRE(idx.to_utf16(w.end_byte) == idx.to_utf16(b));
    }
  }
}
