// LatinPluralFilter: the chains without a stemmer (kOther: French, German, Italian, ...; and
// Latin words inside Korean paragraphs) fold a final plural -s, so that "permissions" finds a
// French page's "permission" and "sockets" a Korean manual's "socket" (a minimal S-stemmer, as
// Harman 1991; the same rule runs on the query side, so a merge only ever joins a word with
// its -s form). Only words of 4+ Latin letters, not ending in -ss, -us or -is ("process",
// "status", "analysis" stay); numbers, URLs and e-mail addresses are left alone.
// E.g. {"sockets", "événements", "bus", "class"} -> {"socket", "événement", "bus", "class"}.
#pragma once
#include "analysis/token_filter.h"

namespace loupe::analysis {

class LatinPluralFilter final : public TokenFilter {
 public:
  void apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) override;
  // The rule on one case-folded term (exposed for tests).
  static void fold(std::string& term);
};

}  // namespace loupe::analysis
