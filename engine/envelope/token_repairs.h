// Which repairs touched each token, for the analysis envelope's "tokens[].repairs".
// A repair touches a token when its normalized range overlaps the token's, or when it is a
// removal (empty range) strictly inside it.
#pragma once
#include <cstddef>
#include <vector>

#include "analysis/analyzed_text.h"
#include "normalize/normalizer.h"

namespace loupe::envelope {

// For each token (same order), the names of the repair kinds that touched it, each once, in
// RepairKind order.
// work, when given, is increased by the number of repair entries compared (a test counts it).
std::vector<std::vector<const char*>> repairs_per_token(
    const std::vector<analysis::AnalyzedToken>& tokens,
    const std::vector<normalize::Repair>& repairs, std::size_t* work = nullptr);

}  // namespace loupe::envelope
