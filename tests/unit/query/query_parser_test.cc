#include <catch2/catch.hpp>

#include "query/query_parser.h"

using namespace loupe::query;
using Kind = QueryNode::Kind;

namespace {

QueryNode ok(const char* q) {
  ParseResult r = parse_query(q);
  INFO(q << " -> " << r.error.message);
  REQUIRE(r.ok());
  return r.root;
}

QueryError err(const char* q) {
  ParseResult r = parse_query(q);
  INFO(q);
  REQUIRE_FALSE(r.ok());
  return r.error;
}

}  // namespace

TEST_CASE("terms, phrases, prefixes, fuzzy and exclusion") {
  QueryNode n = ok("\"exact phrase\" -exclusion (a OR b*) c~ d~2");
  REQUIRE(n.kind == Kind::kAnd);
  REQUIRE(n.children.size() == 5);
  CHECK(n.children[0].kind == Kind::kPhrase);
  CHECK(n.children[0].text == "exact phrase");
  CHECK(n.children[1].kind == Kind::kNot);
  CHECK(n.children[1].children[0].text == "exclusion");
  CHECK(n.children[2].kind == Kind::kOr);
  CHECK(n.children[2].children[1].prefix);
  CHECK(n.children[2].children[1].text == "b");
  CHECK(n.children[3].fuzzy == 1);
  CHECK(n.children[4].fuzzy == 2);
  CHECK(n.children[4].text == "d");
  CHECK(n.children[4].begin_byte == 39);
}

TEST_CASE("OR binds looser than juxtaposition, and AND, NOT and | are accepted") {
  QueryNode n = ok("a b OR c");
  REQUIRE(n.kind == Kind::kOr);
  CHECK(n.children[0].kind == Kind::kAnd);
  CHECK(ok("a | b").kind == Kind::kOr);
  CHECK(ok("a AND b").children.size() == 2);
  CHECK(ok("a NOT b").children[1].kind == Kind::kNot);
  CHECK(ok("a or b").children.size() == 3);  // lower-case "or" is a word
  CHECK(ok("Нью-Йорк").kind == Kind::kTerm);
  CHECK(ok("라브로프　외무장관").children.size() == 2);  // U+3000 separates words
}

TEST_CASE("filters") {
  QueryNode n = ok("라브로프 lang:ko doc:\"my file.txt\" doc:00*");
  REQUIRE(n.children.size() == 4);
  CHECK(n.children[1].kind == Kind::kLang);
  CHECK(n.children[1].text == "ko");
  CHECK(n.children[2].kind == Kind::kDoc);
  CHECK(n.children[2].text == "my file.txt");
  CHECK(n.children[3].text == "00*");
  CHECK(ok("10:30").kind == Kind::kTerm);  // not a filter name: a word
  CHECK(err("lang:xx").message.find("unknown language 'xx'") != std::string::npos);
  CHECK(err("a entity:\"Lavrov\"").message.find("not supported yet") != std::string::npos);
  CHECK(err("date:2022-11..2023-07").message.find("not supported yet") != std::string::npos);
  CHECK(err("a doc:").message.find("doc: needs a value") != std::string::npos);
}

TEST_CASE("malformed queries give the byte and UTF-16 position") {
  QueryError e = err("라브 \"unclosed");
  CHECK(e.begin_byte == 7);
  CHECK(e.begin_u16 == 3);
  CHECK(e.message == "unclosed quote at byte 7 (UTF-16 3)");
  CHECK(err("").message.find("empty") != std::string::npos);
  CHECK(err("   ").message.find("empty") != std::string::npos);
  CHECK(err("(a b").begin_byte == 0);
  CHECK(err("a b)").begin_byte == 3);
  CHECK(err("()").message.find("empty parentheses") != std::string::npos);
  CHECK(err("a OR").message.find("OR needs a term after it") != std::string::npos);
  CHECK(err("OR a").message.find("OR needs a term before it") != std::string::npos);
  CHECK(err("a - b").begin_byte == 2);
  CHECK(err("-a").message.find("exclusion needs a positive term") != std::string::npos);
  CHECK(err("a OR -b").message.find("exclusion needs a positive term") != std::string::npos);
  CHECK(err("a (-b -c)").begin_byte == 3);
  CHECK(err("a~3").message.find("'~'") != std::string::npos);
  CHECK(err("*").message.find("prefix needs") != std::string::npos);
  CHECK(err("a*b").begin_byte == 1);
  CHECK(err("\"\"").message.find("empty phrase") != std::string::npos);
  CHECK(err("😀 (").begin_u16 == 3);
  CHECK(err(std::string(200, '(').c_str()).message.find("nested too deeply") != std::string::npos);
}

TEST_CASE("no input crashes the parser") {
  const char alphabet[] = {'a', ' ', '(', ')', '"', '-', '*', '~', '2', ':', '|', 'O', 'R', '\xEA', '\xB0'};
  std::uint32_t state = 12345;
  for (int i = 0; i < 20000; ++i) {
    std::string q;
    const int len = static_cast<int>(state % 12);
    for (int k = 0; k < len; ++k) {
      state = state * 1103515245u + 12345u;
      q.push_back(alphabet[(state >> 16) % sizeof(alphabet)]);
    }
    state = state * 1103515245u + 12345u;
    ParseResult r = parse_query(q);
    CHECK((r.ok() || r.error.begin_byte <= q.size()));
  }
}
