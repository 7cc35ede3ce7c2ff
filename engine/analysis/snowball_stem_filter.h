// SnowballStemFilter: Snowball stemming through libstemmer (UTF-8), one sb_stemmer per filter,
// i.e. per language analyzer. Tokens flagged number/URL/e-mail, Hangul tokens and terms holding
// a dot or a digit ("u.s", "g7": abbreviations and codes, not inflected words) are left alone.
// Language codes map to libstemmer algorithms with snowball_algorithm(): all 28 languages of
// libstemmer 2.2 (en es ru de fr it pt nl sv da no fi hu ro tr el ar hy eu ca ga lt ne sr ta
// hi id yi). There is no Ukrainian or Korean algorithm (see ukrainian_stemmer.h and
// korean_particles.h).
// E.g. with "english": {"negotiations"} -> {"negoti"}; with "spanish": {"negociaciones"} ->
// {"negoci"}.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "analysis/token_filter.h"
#include "core/status.h"

struct sb_stemmer;

namespace loupe::analysis {

// The libstemmer algorithm name for an ISO 639-1 code ("en" -> "english"), or empty.
std::string_view snowball_algorithm(std::string_view iso_code);

class SnowballStemFilter final : public TokenFilter {
 public:
  // Fails (kInvalidArgument) for a code without a Snowball algorithm.
  static core::Result<std::unique_ptr<SnowballStemFilter>> create(std::string_view iso_code);
  ~SnowballStemFilter() override;
  SnowballStemFilter(const SnowballStemFilter&) = delete;
  SnowballStemFilter& operator=(const SnowballStemFilter&) = delete;

  void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) override;

  // Stems one folded UTF-8 term in place.
  void stem(std::string& term);

 private:
  explicit SnowballStemFilter(sb_stemmer* stemmer) : stemmer_(stemmer) {}
  sb_stemmer* stemmer_;
  // Term -> stem: a text repeats its words, and a lookup costs a fraction of libstemmer's
  // run. Bounded (cleared when full); the stems are the same either way.
  static constexpr std::size_t kMemoEntries = 1 << 14;  // ~1 MB a language at most
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace loupe::analysis
