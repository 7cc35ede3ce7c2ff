// TokenFilter: one step of an analysis chain (Tokenizer -> TokenFilter -> ... ), Lucene/tantivy
// style. A filter rewrites terms, may drop tokens or add tokens at the same position, and MUST NOT
// change `bytes` (the offset contract). The one exception is the Korean particle filter, which
// narrows `stem_bytes` to a prefix of `bytes`.
// Filters run over one paragraph's tokens at a time, so a filter can keep reusable buffers and
// per-language state (an sb_stemmer) without per-token allocation. Not thread-safe.
#pragma once
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"

namespace loupe::analysis {

class KoreanEvidence;

// What a filter may look at besides the tokens.
struct FilterContext {
  std::string_view text;                            // the normalized text all ranges index into
  const KoreanEvidence* korean_evidence = nullptr;  // document-level evidence, may be null
};

class TokenFilter {
 public:
  virtual ~TokenFilter() = default;
  virtual void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) = 0;
};

}  // namespace loupe::analysis
