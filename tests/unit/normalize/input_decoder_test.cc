#include "normalize/input_decoder.h"

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "core/utf8.h"
#include "support/charset_encode.h"

using loupe::core::ByteRange;
using loupe::core::StatusCode;
using loupe::normalize::decode_input;
using loupe::normalize::DecodedText;

namespace {

const std::string kKorean =
    "세르게이 라브로프 외무장관은 지난 4월 뉴욕에서 미국의 전직 관리들을 만났다. "
    "회담은 비공식 채널 외교의 한 예로, 협상이 아니라 대화였다고 참석자들은 주장했다.";
const std::string kUkrainian = "Мир у Києві: переговори тривали всю ніч.";
const std::string kShortRussian = "мир переговоры мир";
const std::string kRussian =
    "Министр иностранных дел встретился в Нью-Йорке с бывшими американскими чиновниками. "
    "Участники утверждали, что это был разговор, а не переговоры о мире.";

using loupe::test::encode;  // our own text in a legacy charset

// Every character of the decoded text maps to exactly the input bytes that encode it.
void check_char_offsets(const DecodedText& d, const std::string& input, const char* charset) {
  for (std::size_t pos = 0; pos < d.text.size();) {
    const auto c = loupe::core::decode_utf8(d.text, pos);
    const std::string ch = d.text.substr(pos, c.length);
    const ByteRange src = d.to_input.to_source({pos, pos + c.length});
    INFO("char at " << pos << ": " << ch);
    REQUIRE(input.substr(src.begin_byte, src.size()) == encode(ch, charset));
    pos += c.length;
  }
}

}  // namespace

TEST_CASE("decode_input: empty and plain UTF-8 pass through unchanged", "[normalize]") {
  auto empty = decode_input("");
  REQUIRE(empty.ok());
  CHECK(empty.value().text.empty());
  CHECK(empty.value().report.encoding == "UTF-8");

  auto ko = decode_input(kKorean);
  REQUIRE(ko.ok());
  CHECK(ko.value().text == kKorean);
  CHECK(ko.value().to_input.edits().empty());
  CHECK(ko.value().report.invalid_sequences == 0);
  // Short valid UTF-8 that a detector might call Latin-1 is never reinterpreted.
  auto es = decode_input("Negociación en año nuevo");
  REQUIRE(es.ok());
  CHECK(es.value().text == "Negociación en año nuevo");
}

TEST_CASE("decode_input: UTF-8 BOM is removed and offsets point past it", "[normalize]") {
  auto r = decode_input(
      "\xEF\xBB\xBF"
      "라브로프 Lavrov");
  REQUIRE(r.ok());
  CHECK(r.value().report.bom);
  CHECK(r.value().text == "라브로프 Lavrov");
  CHECK(r.value().to_input.to_source({0, 12}) == ByteRange{3, 15});
  CHECK(r.value().to_input.to_source({13, 19}) == ByteRange{16, 22});
}

TEST_CASE("decode_input: invalid UTF-8 becomes U+FFFD, counted, mapped to its bytes",
          "[normalize]") {
  // Mostly valid UTF-8 (Spanish and Korean) with a truncated 3-byte sequence, a lone
  // continuation byte and an overlong form: stays UTF-8, no charset detection.
  const std::string head = "La negociación secreta comenzó en abril. " + kKorean + " ";
  const std::string in = head + "\xE2\x82" + " paz \x80 fin \xC0\xAF.";
  auto r = decode_input(in);
  REQUIRE(r.ok());
  const DecodedText& d = r.value();
  CHECK(d.report.encoding == "UTF-8");
  CHECK(d.report.invalid_sequences == 4);  // \xC0 and \xAF are two maximal subparts
  CHECK(d.text == head + "\xEF\xBF\xBD paz \xEF\xBF\xBD fin \xEF\xBF\xBD\xEF\xBF\xBD.");
  const std::size_t first = d.text.find("\xEF\xBF\xBD");
  CHECK(d.to_input.to_source({first, first + 3}) == ByteRange{head.size(), head.size() + 2});
  const std::size_t paz = d.text.find("paz");
  CHECK(in.substr(d.to_input.to_source({paz, paz + 3}).begin_byte, 3) == "paz");
  const std::size_t second = d.text.find("\xEF\xBF\xBD", first + 3);
  const std::size_t x80 = in.find(" \x80 ") + 1;
  CHECK(d.to_input.to_source({second, second + 3}) == ByteRange{x80, x80 + 1});
  const std::size_t third = d.text.find("\xEF\xBF\xBD", second + 3);
  CHECK(d.to_input.to_source({third, third + 6}) == ByteRange{x80 + 6, x80 + 8});
}

TEST_CASE("decode_input: UTF-16 with BOM, both byte orders", "[normalize]") {
  for (const char* cs : {"UTF-16LE", "UTF-16BE"}) {
    const std::string text = kKorean + " " + kRussian + " 😀";
    const std::string bom = std::string(cs) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    const std::string in = bom + encode(text, cs);
    auto r = decode_input(in);
    REQUIRE(r.ok());
    CHECK(r.value().report.bom);
    CHECK(r.value().report.encoding == cs);
    CHECK(r.value().text == text);
    CHECK(r.value().to_input.to_source_begin(0) == 2);
    check_char_offsets(r.value(), in, cs);
  }
}

TEST_CASE("decode_input: UTF-16 without a BOM, both byte orders, found by its NUL bytes",
          "[normalize]") {
  for (const char* cs : {"UTF-16LE", "UTF-16BE"}) {
    for (const std::string& text : {kKorean + " " + kRussian + " 😀", kKorean, kRussian,
                                    std::string("Lavrov met Haass in New York in April.")}) {
      INFO(cs << " " << text);
      const std::string in = encode(text, cs);
      auto r = decode_input(in);
      REQUIRE(r.ok());
      CHECK_FALSE(r.value().report.bom);
      CHECK(r.value().report.encoding == cs);
      CHECK(r.value().text == text);
      check_char_offsets(r.value(), in, cs);
    }
  }
}

TEST_CASE(
    "decode_input: a binary file of 16-bit numbers is not UTF-16, and the error says "
    "what the file looks like",
    "[normalize]") {
  std::string numbers;
  for (int i = 0; i < 200; ++i) numbers += std::string{static_cast<char>(i % 13), '\0'};
  auto r = decode_input(numbers);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("binary") != std::string::npos);
  CHECK(r.status().message().find("% NUL or control bytes in the first 400 bytes") !=
        std::string::npos);
  std::string zip("PK\x03\x04", 4);
  for (int i = 0; i < 100; ++i) zip.push_back(static_cast<char>(i % 5));
  auto z = decode_input(zip);
  REQUIRE_FALSE(z.ok());
  CHECK(z.status().message().find("a ZIP archive") != std::string::npos);
}

TEST_CASE("decode_input: legacy Korean and Russian charsets are detected", "[normalize]") {
  struct Case {
    const std::string* text;
    const char* charset;
    const char* expect;
  };
  for (const Case& c :
       {Case{&kKorean, "EUC-KR", "windows-949"}, Case{&kKorean, "windows-949", "windows-949"},
        Case{&kRussian, "windows-1251", "windows-1251"}, Case{&kRussian, "KOI8-R", "KOI8-R"},
        // Short texts: ucsdet alone guesses Hebrew or Shift_JIS for these.
        Case{&kShortRussian, "KOI8-R", "KOI8-R"},
        Case{&kShortRussian, "windows-1251", "windows-1251"},
        Case{&kUkrainian, "windows-1251", "windows-1251"}}) {
    INFO(c.charset);
    const std::string in = encode(*c.text, c.charset);
    auto r = decode_input(in);
    REQUIRE(r.ok());
    CHECK(r.value().report.encoding == c.expect);
    CHECK(r.value().report.invalid_sequences == 0);
    CHECK(r.value().text == *c.text);
    check_char_offsets(r.value(), in, c.charset);
  }
}

TEST_CASE("decode_input: NUL bytes are kept, binary junk is refused", "[normalize]") {
  auto nul = decode_input(std::string("Lavrov\0met Haass in New York in April.", 39));
  REQUIRE(nul.ok());
  CHECK(nul.value().text.size() == 39);
  CHECK(nul.value().text[6] == '\0');

  std::string junk;
  for (int i = 0; i < 256; ++i) junk.push_back(static_cast<char>(i % 7 == 0 ? 0 : i));
  auto bin = decode_input(junk);
  REQUIRE_FALSE(bin.ok());
  CHECK(bin.status().code() == StatusCode::kInvalidData);
  CHECK(bin.status().message().find("binary") != std::string::npos);
}

TEST_CASE("decode_input: random bytes never crash and keep the map in bounds", "[normalize]") {
  std::mt19937 rng(99);
  for (int round = 0; round < 300; ++round) {
    std::string in(std::uniform_int_distribution<std::size_t>(0, 200)(rng), '\0');
    for (char& c : in) c = static_cast<char>(std::uniform_int_distribution<int>(0x20, 0xFF)(rng));
    auto r = decode_input(in);
    REQUIRE(r.ok());
    const auto& m = r.value().to_input;
    REQUIRE(m.out_size() == r.value().text.size());
    REQUIRE(m.src_size() == in.size());
    for (std::size_t k = 1; k <= m.out_size(); ++k) {
      REQUIRE(m.to_source_begin(k - 1) <= m.to_source_begin(k));
      REQUIRE(m.to_source_end(k) <= in.size());
    }
  }
}
