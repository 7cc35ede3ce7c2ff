#include "core/utf8.h"

#include <catch2/catch.hpp>

using loupe::core::decode_utf8;

TEST_CASE("decode_utf8 reads one to four byte characters", "[core]") {
  CHECK(decode_utf8("a", 0).code_point == U'a');
  CHECK(decode_utf8("ж", 0).code_point == U'ж');
  CHECK(decode_utf8("ж", 0).length == 2);
  CHECK(decode_utf8("한", 0).code_point == U'한');
  CHECK(decode_utf8("한", 0).length == 3);
  CHECK(decode_utf8("😀", 0).code_point == U'😀');
  CHECK(decode_utf8("😀", 0).length == 4);
}

TEST_CASE("decode_utf8 replaces each maximal invalid subpart with U+FFFD", "[core]") {
  const auto bad = [](std::string_view s, std::size_t len) {
    const auto c = decode_utf8(s, 0);
    CHECK_FALSE(c.valid);
    CHECK(c.code_point == 0xFFFD);
    CHECK(c.length == len);
  };
  bad("\x80", 1);              // lone continuation byte
  bad("\xC0\xAF", 1);          // overlong lead is never valid
  bad("\xE2\x82", 2);          // truncated at end of input
  bad("\xE2\x82x", 2);         // truncated before ASCII
  bad("\xED\xA0\x80", 1);      // encoded surrogate
  bad("\xF4\x90\x80\x80", 1);  // above U+10FFFF
  bad("\xFF", 1);
}

TEST_CASE("decode_utf8_fast agrees with decode_utf8 on every position of tricky input", "[core]") {
  const char bytes[] = "a\xC2\xA9ж한\xE2\x82x\xED\xA0\x80\xF0\x9F\x98\x80\xC0\xAF\xE0\x80\x80\xFF";
  const std::string text(bytes, sizeof bytes - 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto fast = loupe::core::decode_utf8_fast(text, i), slow = decode_utf8(text, i);
    INFO("byte " << i);
    CHECK(fast.code_point == slow.code_point);
    CHECK(fast.length == slow.length);
    CHECK(fast.valid == slow.valid);
  }
}
