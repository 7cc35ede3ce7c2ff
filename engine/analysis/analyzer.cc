#include "analysis/analyzer.h"

#include "analysis/case_fold_filter.h"
#include "analysis/diacritic_fold_filter.h"
#include "analysis/korean_particle_filter.h"
#include "analysis/latin_plural_filter.h"
#include "analysis/snowball_stem_filter.h"
#include "analysis/ukrainian_stemmer.h"

namespace loupe::analysis {
namespace {

// CaseFold -> KoreanParticle -> [stemmer, else LatinPlural] -> DiacriticFold.
std::unique_ptr<Analyzer> chain(std::unique_ptr<TokenFilter> stemmer) {
  std::vector<std::unique_ptr<TokenFilter>> filters;
  filters.push_back(std::make_unique<CaseFoldFilter>());
  filters.push_back(std::make_unique<KoreanParticleFilter>());
  filters.push_back(stemmer ? std::move(stemmer) : std::make_unique<LatinPluralFilter>());
  filters.push_back(std::make_unique<DiacriticFoldFilter>());
  return std::make_unique<Analyzer>(std::move(filters));
}

}  // namespace

core::Result<std::unique_ptr<Analyzer>> make_analyzer_for_code(std::string_view iso_code) {
  if (iso_code == "uk") return chain(std::make_unique<UkrainianStemFilter>());
  if (snowball_algorithm(iso_code).empty()) return chain(nullptr);  // ko, other, unknown
  auto stemmer = SnowballStemFilter::create(iso_code);
  if (!stemmer.ok()) return stemmer.status();
  return chain(std::move(stemmer.value()));
}

core::Result<std::unique_ptr<Analyzer>> make_analyzer(core::Language lang) {
  return make_analyzer_for_code(core::language_code(lang));
}

Analyzer& AnalyzerRegistry::get(core::Language lang) {
  auto index = static_cast<std::size_t>(lang);
  if (index >= analyzers_.size()) index = static_cast<std::size_t>(core::Language::kOther);
  std::unique_ptr<Analyzer>& slot = analyzers_[index];
  if (!slot) {
    auto made = make_analyzer(lang);
    slot = made.ok() ? std::move(made.value()) : chain(nullptr);
  }
  return *slot;
}

}  // namespace loupe::analysis
