#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/json_writer.h"

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
