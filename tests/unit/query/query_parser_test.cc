#include "query/query_parser.h"

#include <catch2/catch.hpp>

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
  CHECK(err("a doc:").message.find("doc: needs a value") != std::string::npos);
}

TEST_CASE("entity: and date: filters combine with every operator") {
  QueryNode n =
      ok("협상 entity:\"Sergey Lavrov\" -entity:푸틴 (date:2022 OR date:..2021-06) lang:ko");
  REQUIRE(n.kind == Kind::kAnd);
  REQUIRE(n.children.size() == 5);
  CHECK(n.children[1].kind == Kind::kEntity);
  CHECK(n.children[1].text == "Sergey Lavrov");
  CHECK(n.children[1].begin_byte == 7);
  REQUIRE(n.children[2].kind == Kind::kNot);
  CHECK(n.children[2].children[0].kind == Kind::kEntity);
  CHECK(n.children[2].children[0].text == "푸틴");
  REQUIRE(n.children[3].kind == Kind::kOr);
  CHECK(n.children[3].children[0].kind == Kind::kDate);
  CHECK(n.children[3].children[1].text == "..2021-06");
  CHECK(ok("entity:NATO").kind == Kind::kEntity);  // a filter alone lists its passages
  for (const char* q : {"date:2022", "date:2022-11", "date:2022-11-15", "date:2022-11..2023-07",
                        "date:..2021", "date:2023..", "date:2024-2-29", "date:\"2022..2023\""}) {
    CHECK(ok(q).kind == Kind::kDate);
  }
}

TEST_CASE("malformed entity: and date: values give the position of the problem") {
  const auto at = [](const char* q, std::size_t byte, const char* words) {
    const QueryError e = err(q);
    INFO(q << " -> " << e.message);
    CHECK(e.begin_byte == byte);
    CHECK(e.message.find(words) != std::string::npos);
  };
  at("a date:", 2, "date: needs a value");
  at("a entity:", 2, "entity: needs a value");
  at("a entity:\"\"", 9, "empty phrase");
  at("a entity:\"Lavrov", 9, "unclosed quote");
  at("a date:22", 7, "year of 4 digits");
  at("a date:2022-13", 12, "month 13 is not between 1 and 12");
  at("a date:2022-1x", 12, "month of 1 or 2 digits");
  at("a date:2023-02-29", 15, "day 29 does not exist");
  at("a date:2022-11-", 15, "day of 1 or 2 digits");
  at("a date:..", 7, "at least one end");
  at("a date:2023..2022", 11, "ends before it starts");
  at("a date:2022..20x3", 13, "year of 4 digits");
  at("a date:\"2022..x\"", 14, "year of 4 digits");  // inside quotes: after the quote
  const QueryError e = err("러시아 date:2022-99");
  CHECK(e.begin_byte == 20);
  CHECK(e.begin_u16 == 14);
  CHECK(e.message == "date: month 99 is not between 1 and 12 at byte 20 (UTF-16 14)");
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
  const char alphabet[] = {'a', ' ', '(', ')', '"', '-',    '*',   '~',
                           '2', ':', '|', 'O', 'R', '\xEA', '\xB0'};
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

TEST_CASE("no entity: or date: value crashes the parser") {
  const char* heads[] = {"date:", "entity:", "a date:", "-date:", "(date:", "entity:\"", "date:\""};
  const char alphabet[] = {'2', '0', '1', '9',    '-',    '.',   ' ',
                           '"', ')', 'x', '\xEA', '\xB0', '\x80'};
  std::uint32_t state = 777;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;
    std::string q = heads[(state >> 16) % (sizeof(heads) / sizeof(heads[0]))];
    const int len = static_cast<int>((state >> 8) % 14);
    for (int k = 0; k < len; ++k) {
      state = state * 1103515245u + 12345u;
      q.push_back(alphabet[(state >> 16) % sizeof(alphabet)]);
    }
    ParseResult r = parse_query(q);
    INFO(q);
    CHECK((r.ok() || (r.error.begin_byte <= q.size() &&
                      r.error.message.find(" at byte ") != std::string::npos)));
  }
}

TEST_CASE("a query's size and the terms it may read are limited, the error at the limit") {
  std::string words;
  while (words.size() + 8 + 3 <= kMaxQueryBytes) words += "word OR ";
  words += "end";
  REQUIRE(parse_query(words).ok());
  const std::string too_long = words + std::string(kMaxQueryBytes, 'x');
  const QueryError big = err(too_long.c_str());
  CHECK(big.begin_byte == kMaxQueryBytes);
  CHECK(big.message.find("the limit is 2048") != std::string::npos);

  std::string prefixes;  // each counts its most expansions
  for (std::size_t i = 0; i * kExpansionTerms < kMaxQueryTerms; ++i) prefixes += "ab* ";
  REQUIRE(parse_query(prefixes).ok());
  const std::string one_more = prefixes + "cd~";
  const QueryError many = err(one_more.c_str());
  CHECK(many.begin_byte == prefixes.size());
  CHECK(many.message.find("more than 1024 terms") != std::string::npos);
}
