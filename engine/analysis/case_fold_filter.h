// CaseFoldFilter: full Unicode case folding of each term (ICU u_strFoldCase, default folding):
// "Straße" -> "strasse", "ΣΟΦΊΑ" -> "σοφία", "Україна" -> "україна". Full folding, not
// lower-casing, so that search terms match across case variants that change length.
// ASCII-only and Hangul-only terms take a fast path without ICU.
// E.g. {"NBC", "Straße"} -> {"nbc", "strasse"}.
#pragma once
#include <string>

#include "analysis/token_filter.h"

namespace loupe::analysis {

class CaseFoldFilter final : public TokenFilter {
 public:
  void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) override;

  // Folds one UTF-8 string in place (exposed for the query side and tests).
  void fold(std::string& term);

 private:
  std::u16string utf16_;  // reused buffers: no heap churn per token
  std::u16string folded_;
};

}  // namespace loupe::analysis
