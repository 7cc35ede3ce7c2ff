// Analyzer: the TokenFilter chain of one language, applied to the Tokenizer's output.
// Chains (every chain starts with case folding and runs the Korean particle filter, which only
// touches Hangul tokens, so Korean words survive a wrong paragraph language):
//   ko     CaseFold -> KoreanParticle -> LatinPlural -> DiacriticFold
//   en/es  CaseFold -> KoreanParticle -> Snowball(lang) -> DiacriticFold
//   ru     CaseFold -> KoreanParticle -> Snowball(ru) -> LatinPlural -> DiacriticFold
//   uk     CaseFold -> KoreanParticle -> UkrainianStem -> LatinPlural -> DiacriticFold
//          (the Cyrillic stemmers leave Latin words alone: those fold as in ko and other)
//   other  CaseFold -> KoreanParticle -> LatinPlural -> DiacriticFold   (language-neutral:
//          fold, no stem but a final plural -s on Latin words, latin_plural_filter.h)
// Stemming comes before diacritic folding because Snowball expects accents ("-ación").
// AnalyzerRegistry builds each language's Analyzer on first use and keeps it (one sb_stemmer
// per language); make_analyzer_for_code() gives a chain for any other Snowball language.
// E.g. AnalyzerRegistry r; r.get(Language::kEs).apply(ctx, tokens) turns "Negociaciones" into
// "negoci".
#pragma once
#include <array>
#include <memory>
#include <string_view>
#include <vector>

#include "analysis/token_filter.h"
#include "core/language.h"
#include "core/status.h"

namespace loupe::analysis {

class Analyzer {
 public:
  explicit Analyzer(std::vector<std::unique_ptr<TokenFilter>> filters)
      : filters_(std::move(filters)) {}
  void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) {
    for (auto& f : filters_) f->apply(ctx, tokens);
  }

 private:
  std::vector<std::unique_ptr<TokenFilter>> filters_;
};

// The chain for `lang` (see above). Fails only if libstemmer lacks the algorithm.
core::Result<std::unique_ptr<Analyzer>> make_analyzer(core::Language lang);

// The chain for an ISO 639-1 code: Snowball languages get CaseFold -> KoreanParticle ->
// Snowball -> DiacriticFold, "uk" and "ko" their own chains, anything else the neutral one.
core::Result<std::unique_ptr<Analyzer>> make_analyzer_for_code(std::string_view iso_code);

class AnalyzerRegistry {
 public:
  // Never fails: if a language's chain cannot be built, the neutral chain stands in for it.
  Analyzer& get(core::Language lang);

 private:
  std::array<std::unique_ptr<Analyzer>, 6> analyzers_;  // indexed by core::Language
};

}  // namespace loupe::analysis
