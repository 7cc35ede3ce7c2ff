// Which repairs touched each token, for the analysis envelope's "tokens[].repairs".
// A repair touches a token when its normalized range overlaps the token's, or when it is a
// removal (empty range) strictly inside it.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/analyzed_text.h"
#include "normalize/normalizer.h"

namespace loupe::envelope {

// The repairs sorted by kind, built once: each question about a token is a binary search per
// kind, so a document's tokens can be asked one paragraph at a time.
class TokenRepairs {
 public:
  explicit TokenRepairs(const std::vector<normalize::Repair>& repairs);
  // Appends to `kinds` the names of the repair kinds that touched `token`, in RepairKind order.
  void kinds_touching(core::ByteRange token, std::vector<const char*>& kinds);
  std::size_t work() const { return work_; }  // repair entries compared so far

 private:
  struct Kind {
    std::vector<std::uint32_t> begins;    // non-empty repairs' begins, sorted
    std::vector<std::uint32_t> max_end;   // max_end[i]: the furthest end among begins[0..i]
    std::vector<std::uint32_t> removals;  // empty repairs' offsets, sorted
  };
  bool touches(const Kind& kind, core::ByteRange token);
  std::array<Kind, static_cast<std::size_t>(normalize::RepairKind::kFootnoteMarker) + 1> kinds_;
  std::size_t work_ = 0;
};

// For each token (same order), the names of the repair kinds that touched it, each once, in
// RepairKind order.
// work, when given, is increased by the number of repair entries compared (a test counts it).
std::vector<std::vector<const char*>> repairs_per_token(
    const std::vector<analysis::AnalyzedToken>& tokens,
    const std::vector<normalize::Repair>& repairs, std::size_t* work = nullptr);

}  // namespace loupe::envelope
