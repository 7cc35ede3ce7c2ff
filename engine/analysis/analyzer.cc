#include "analysis/analyzer.h"

#include "analysis/case_fold_filter.h"
#include "analysis/diacritic_fold_filter.h"
#include "analysis/korean_particle_filter.h"
#include "analysis/latin_plural_filter.h"
#include "analysis/snowball_stem_filter.h"
#include "analysis/ukrainian_stemmer.h"

namespace loupe::analysis {
namespace {

// CaseFold -> KoreanParticle -> [stemmer] -> [LatinPlural] -> DiacriticFold. Chains whose
// stemmer is not for Latin words (ru, uk: Cyrillic only) fold Latin plurals as chains without
// one do, so a Latin word reads the same in ko, ru, uk and other (search/query_readings.cc's
// equivalent_chain relies on it) and "permissions" finds a Russian page's "PERMISSIONS".
std::unique_ptr<Analyzer> chain(std::unique_ptr<TokenFilter> stemmer, bool latin_plural) {
  std::vector<std::unique_ptr<TokenFilter>> filters;
  filters.push_back(std::make_unique<CaseFoldFilter>());
  filters.push_back(std::make_unique<KoreanParticleFilter>());
  if (stemmer) filters.push_back(std::move(stemmer));
  if (latin_plural) filters.push_back(std::make_unique<LatinPluralFilter>());
  filters.push_back(std::make_unique<DiacriticFoldFilter>());
  return std::make_unique<Analyzer>(std::move(filters));
}

}  // namespace

core::Result<std::unique_ptr<Analyzer>> make_analyzer_for_code(std::string_view iso_code) {
  if (iso_code == "uk") return chain(std::make_unique<UkrainianStemFilter>(), true);
  if (snowball_algorithm(iso_code).empty()) return chain(nullptr, true);  // ko, other, unknown
  auto stemmer = SnowballStemFilter::create(iso_code);
  if (!stemmer.ok()) return stemmer.status();
  return chain(std::move(stemmer.value()), iso_code == "ru");
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
    slot = made.ok() ? std::move(made.value()) : chain(nullptr, true);
  }
  return *slot;
}

}  // namespace loupe::analysis
