// Shared by the query tests: the test analyzer applied to query words.
#pragma once
#include <string>
#include <vector>

#include "support/analyzed_text_builder.h"

namespace loupe::test {

inline std::vector<std::vector<std::string>> analyze_word(std::string_view word, core::Language) {
  std::vector<std::string> out;
  for (const auto& t : build_text(std::string(word)).tokens) out.push_back(t.term);
  return {out};
}

}  // namespace loupe::test
