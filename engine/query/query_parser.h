// QueryParser: the query language, by recursive descent. Never fails silently, never crashes:
// malformed input gives a QueryError with the byte and UTF-16 position of the problem.
//
//   query   := or ;  or := and ("OR" and)* ;  and := unary+  ("AND" between is allowed)
//   unary   := "-" primary | "NOT" primary | primary
//   primary := "(" or ")" | '"' words '"' | FILTER ":" value | word ["*" | "~" | "~1" | "~2"]
//   FILTER  := lang (ko en es ru uk other) | doc (a name or id, "quoted" or ending in * for a
//              prefix) | entity (a name, "quoted" if it has spaces; the engine resolves it
//              through entity linking) | date (YYYY[-MM[-DD]] or a range A..B, one end
//              optional; query/filter_date.h).
// "OR" must be upper case ("or" is a word); "|" works too. Exclusion needs a positive term in
// the same group: `-a` alone is an error, since it would list every passage not containing a.
// E.g. parse("라브로프 -(협상 OR 회담) lang:ko") -> And{Term, Not{Or{..}}, Lang"ko"}.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "query/query_node.h"

namespace loupe::query {

// Limits, each an error with its position: a query's size, and the terms it may read, a
// prefix* or fuzzy~ word counted as the most terms it may expand to (SearchOptions'
// max_expansions default), a phrase as its words. They bound a query's work on any index.
constexpr std::size_t kMaxQueryBytes = 2048;
constexpr std::size_t kMaxQueryTerms = 1024;
constexpr std::size_t kExpansionTerms = 128;

struct QueryError {
  std::string message;  // includes the position, e.g. "unclosed quote at byte 4 (UTF-16 4)"
  std::size_t begin_byte = 0;
  std::size_t begin_u16 = 0;
};

// Either the tree or the error.
struct ParseResult {
  bool ok() const { return error.message.empty(); }
  QueryNode root;
  QueryError error;
};

ParseResult parse_query(std::string_view query);

}  // namespace loupe::query
