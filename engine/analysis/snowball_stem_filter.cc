#include "analysis/snowball_stem_filter.h"

#include <libstemmer.h>

#include <string>

namespace loupe::analysis {
namespace {

struct Algorithm {
  std::string_view code;
  const char* name;
};

constexpr Algorithm kAlgorithms[] = {
    {"ar", "arabic"},     {"hy", "armenian"},   {"eu", "basque"},    {"ca", "catalan"},
    {"da", "danish"},     {"nl", "dutch"},      {"en", "english"},   {"fi", "finnish"},
    {"fr", "french"},     {"de", "german"},     {"el", "greek"},     {"hi", "hindi"},
    {"hu", "hungarian"},  {"id", "indonesian"}, {"ga", "irish"},     {"it", "italian"},
    {"lt", "lithuanian"}, {"ne", "nepali"},     {"no", "norwegian"}, {"nb", "norwegian"},
    {"pt", "portuguese"}, {"ro", "romanian"},   {"ru", "russian"},   {"sr", "serbian"},
    {"es", "spanish"},    {"sv", "swedish"},    {"ta", "tamil"},     {"tr", "turkish"},
    {"yi", "yiddish"},
};

constexpr std::uint32_t kSkipFlags = kTokenNumber | kTokenUrl | kTokenEmail | kTokenHangul;

bool has_dot_or_digit(const std::string& term) {
  for (char c : term) {
    if (c == '.' || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

}  // namespace

std::string_view snowball_algorithm(std::string_view iso_code) {
  for (const Algorithm& a : kAlgorithms) {
    if (a.code == iso_code) return a.name;
  }
  return {};
}

core::Result<std::unique_ptr<SnowballStemFilter>> SnowballStemFilter::create(
    std::string_view iso_code) {
  std::string_view algorithm = snowball_algorithm(iso_code);
  if (algorithm.empty()) {
    return core::Status(core::StatusCode::kInvalidArgument,
                        "no Snowball stemmer for language '" + std::string(iso_code) + "'");
  }
  sb_stemmer* s = sb_stemmer_new(algorithm.data(), "UTF_8");  // names are NUL-terminated literals
  if (!s) {
    return core::Status(core::StatusCode::kInternal,
                        "libstemmer has no algorithm " + std::string(algorithm));
  }
  return std::unique_ptr<SnowballStemFilter>(new SnowballStemFilter(s));
}

SnowballStemFilter::~SnowballStemFilter() { sb_stemmer_delete(stemmer_); }

void SnowballStemFilter::stem(std::string& term) {
  const auto it = memo_.find(term);
  if (it != memo_.end()) {
    term = it->second;
    return;
  }
  if (memo_.size() >= kMemoEntries) memo_.clear();
  std::string key = term;
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(term.data()),
                                         static_cast<int>(term.size()));
  if (!out) return;  // out of memory inside libstemmer: keep the unstemmed term
  int len = sb_stemmer_length(stemmer_);
  if (len > 0) term.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(len));
  memo_.emplace(std::move(key), term);
}

void SnowballStemFilter::apply(const FilterContext&, std::vector<AnalyzedToken>& tokens) {
  for (AnalyzedToken& t : tokens) {
    // "u.s" and "b-52"-like terms are abbreviations or codes, not inflected words.
    if ((t.flags & kSkipFlags) == 0 && !has_dot_or_digit(t.term)) stem(t.term);
  }
}

}  // namespace loupe::analysis
