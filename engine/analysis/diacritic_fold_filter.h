// DiacriticFoldFilter: strips diacritics from search terms, per script:
//  - Latin and Greek: canonical decomposition (NFD), combining marks U+0300..U+036F dropped,
//    plus a few letters NFD does not split (ø->o, ł->l, đ->d, ħ->h, æ->ae, œ->oe, ı->i):
//    "café" -> "cafe", "negociación" -> "negociacion", "Pröbsting" -> "probsting".
//  - Cyrillic: only ё -> е (Russian writes ё optionally). й, ї, є, ґ, ў are letters of their
//    own in Russian/Ukrainian/Belarusian, never folded.
//  - Hangul and everything else: untouched (NFD would turn Hangul syllables into jamo).
// Run after case folding (it does not fold case itself) and after stemming, because Snowball
// stemmers expect the accents (Spanish "-ación").
// E.g. {"señor", "ёлка", "їжак"} -> {"senor", "елка", "їжак"}.
#pragma once
#include <string>

#include "analysis/token_filter.h"

namespace loupe::analysis {

class DiacriticFoldFilter final : public TokenFilter {
 public:
  void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) override;

  // Folds one UTF-8 string in place (exposed for the query side and tests).
  void fold(std::string& term);

 private:
  std::string out_;  // reused buffer
};

}  // namespace loupe::analysis
