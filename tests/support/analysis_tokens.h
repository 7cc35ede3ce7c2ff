// Helpers shared by the analysis unit tests: tokenize a text, list surfaces and terms, run one
// filter.
#pragma once
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"
#include "analysis/token_filter.h"
#include "analysis/tokenizer.h"

namespace loupe::analysis::test {

inline std::vector<AnalyzedToken> tokenize(std::string_view text) {
  auto tok = Tokenizer::create();
  REQUIRE(tok.ok());
  std::vector<AnalyzedToken> out;
  tok.value()->tokenize(text, {0, text.size()}, out);
  return out;
}

inline std::vector<std::string> surfaces(std::string_view text,
                                         const std::vector<AnalyzedToken>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.emplace_back(text.substr(t.bytes.begin_byte, t.bytes.size()));
  return out;
}

inline std::vector<std::string> terms(const std::vector<AnalyzedToken>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.term);
  return out;
}

// Tokenizes `text`, runs one filter, returns the terms.
inline std::vector<std::string> filtered_terms(TokenFilter& filter, std::string_view text) {
  auto tokens = tokenize(text);
  FilterContext ctx{text, nullptr};
  filter.apply(ctx, tokens);
  return terms(tokens);
}

using Strings = std::vector<std::string>;

}  // namespace loupe::analysis::test
