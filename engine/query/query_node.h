// QueryNode: the parsed query tree (query/query_parser.h builds it, query/searcher.h runs it).
// Positions are byte offsets into the query string, for error messages.
// E.g. `"exact phrase" -exclusion (a OR b*)` ->
//   And{ Phrase"exact phrase", Not{Term"exclusion"}, Or{Term"a", Term"b" prefix} }
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace loupe::query {

struct QueryNode {
  enum class Kind { kTerm, kPhrase, kAnd, kOr, kNot, kLang, kDoc, kEntity, kDate };
  Kind kind = Kind::kTerm;
  std::string text;     // the word, the phrase's text, or the filter's value
  bool prefix = false;  // word*
  int fuzzy = 0;        // word~ (1) or word~2 (2): edit distance allowed
  std::size_t begin_byte = 0;
  std::vector<QueryNode> children;
};

}  // namespace loupe::query
