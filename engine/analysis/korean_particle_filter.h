// KoreanParticleFilter: separates particles and endings from Hangul tokens (see
// korean_particles.h for the method) so that the term is the stem: "라브로프가" -> term
// "라브로프", stem_bytes the bytes of "라브로프", flag kTokenStripped. `bytes` is unchanged.
// Runs in every language's chain but touches only tokens flagged kTokenHangul, so Korean words
// inside a paragraph identified as another language are still handled. Uses the document's
// KoreanEvidence from the FilterContext when there is one.
// E.g. {"협상을" [0,9)} -> {term "협상", bytes [0,9), stem_bytes [0,6)}.
#pragma once
#include "analysis/token_filter.h"

namespace loupe::analysis {

class KoreanParticleFilter final : public TokenFilter {
 public:
  void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) override;
};

}  // namespace loupe::analysis
