#include "core/json_writer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "core/utf8.h"

using loupe::core::JsonWriter;

TEST_CASE("JsonWriter writes nested objects and arrays with commas in the right places", "[core]") {
  JsonWriter w;
  w.open('{').key("a").num(1).key("list").open('[').num(2).str("x").open('{').close('}').close(']');
  w.key("ok").boolean(false).key("r").real(0.5).close('}');
  CHECK(w.take() == R"({"a":1,"list":[2,"x",{}],"ok":false,"r":0.5})");
}

TEST_CASE("JsonWriter escapes strings and replaces invalid UTF-8", "[core]") {
  JsonWriter w;
  w.str(std::string("q\"b\\n\nt\x01 한\xFF", 13));
  const std::string out = w.take();
  CHECK(out == "\"q\\\"b\\\\n\\nt\\u0001 한\\ufffd\"");
  CHECK(nlohmann::json::parse(out) == "q\"b\\n\nt\x01 한\uFFFD");
}

namespace {
std::string printf_g6(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}
std::string real_of(double v) {
  JsonWriter w;
  w.real(v);
  return w.take();
}
}  // namespace

TEST_CASE("JsonWriter::real prints what printf %.6g prints", "[core]") {
  // Ties rounded half to even (131072.5 is exact: 131072), carries into a new digit, the
  // switch points between fixed and exponent forms, and both ends of the exact range.
  for (const double v :
       {0.5,         1.0,           131072.5, 131073.5,  999999.5, 999999.4,      9.9999951, 0.0001,
        0.000099999, 0.00012345678, 123456.0, 1234567.0, 1e15,     9.99999999e14, 2.0 / 3.0, 12.25,
        7.0,         -3.14159265,   -0.0,     0.0,       1e-300,   1e300,         5e-324}) {
    INFO(v);
    CHECK(real_of(v) == printf_g6(v));
  }
  CHECK(real_of(std::nan("")) == "0");
  CHECK(real_of(HUGE_VAL) == "0");
}

TEST_CASE("JsonWriter::real agrees with printf on random doubles of every magnitude",
          "[core][property]") {
  std::mt19937_64 rng(20261203);
  std::uniform_real_distribution<double> exponent(-8, 17);
  for (int i = 0; i < 200000; ++i) {
    double v = std::pow(10.0, exponent(rng));
    if (i % 3 == 0) v = std::round(v * 8) / 8;  // dyadic fractions: exact ties occur
    if (i % 7 == 0) v = -v;
    INFO(v);
    REQUIRE(real_of(v) == printf_g6(v));
  }
}

TEST_CASE("JsonWriter copies well-formed UTF-8 as is and numbers in decimal", "[core]") {
  JsonWriter w;
  w.open('[').str("Привет, 세계 😀 e\u0301").num(0).num(18446744073709551615ull).close(']');
  CHECK(w.take() == "[\"Привет, 세계 😀 e\u0301\",0,18446744073709551615]");
}

TEST_CASE("JsonWriter::str escapes random bytes as the one-character-at-a-time rules say",
          "[core][property]") {
  // The rules, character by character: what the run-copying writer must reproduce.
  const auto reference = [](const std::string& s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
        const loupe::core::DecodedChar d = loupe::core::decode_utf8(s, i);
        out += d.valid ? s.substr(i, d.length) : "\\ufffd";
        i += d.length;
        continue;
      }
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += c == '"'    ? "\\\""
             : c == '\\' ? "\\\\"
             : c == '\n' ? "\\n"
             : c < 0x20  ? buf
                         : std::string(1, static_cast<char>(c));
      ++i;
    }
    return out + "\"";
  };
  std::mt19937 rng(7);
  const char* const pool[] = {"abcdefgh", "x",  " ", "\"",   "\\",   "\n",       "\x01", "\x1f",
                              "ж",        "한", "😀", "\xFF", "\x80", "\xE2\x82", "!~#",  "\x7f"};
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    for (int i = 0, n = static_cast<int>(rng() % 40); i < n; ++i)
      s += pool[rng() % std::size(pool)];
    JsonWriter w;
    w.open('[').str(s).key(s).num(1).close(']');
    INFO(round);
    REQUIRE(w.take() == "[" + reference(s) + "," + reference(s) + ":1]");
  }
}
