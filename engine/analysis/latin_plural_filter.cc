#include "analysis/latin_plural_filter.h"

namespace loupe::analysis {

void LatinPluralFilter::fold(std::string& term) {
  // Latin letters only: ASCII a-z, or two-byte UTF-8 from U+00C0 to U+017F (lead C3-C5).
  std::size_t letters = 0;
  for (std::size_t i = 0; i < term.size();) {
    const unsigned char c = static_cast<unsigned char>(term[i]);
    if (c >= 'a' && c <= 'z') {
      ++i;
    } else if (c >= 0xC3 && c <= 0xC5 && i + 1 < term.size()) {
      i += 2;
    } else {
      return;
    }
    ++letters;
  }
  if (letters < 4 || term.back() != 's') return;
  const char before = term[term.size() - 2];
  if (before == 's' || before == 'u' || before == 'i') return;
  term.pop_back();
}

void LatinPluralFilter::apply(const FilterContext&, std::vector<AnalyzedToken>& tokens) {
  for (AnalyzedToken& t : tokens) {
    if (t.flags & (kTokenNumber | kTokenUrl | kTokenEmail | kTokenHangul)) continue;
    fold(t.term);
  }
}

}  // namespace loupe::analysis
