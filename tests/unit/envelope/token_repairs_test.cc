// repairs_per_token: the right kinds on the right tokens, in work linear in tokens + repairs.
#include "envelope/token_repairs.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

namespace loupe::envelope {
namespace {

using normalize::Repair;
using normalize::RepairKind;

analysis::AnalyzedToken token(std::size_t begin, std::size_t end) {
  analysis::AnalyzedToken t;
  t.bytes = {begin, end};
  return t;
}

// The rule, checked pair by pair.
std::vector<std::vector<const char*>> brute_force(const std::vector<analysis::AnalyzedToken>& ts,
                                                  const std::vector<Repair>& rs) {
  std::vector<std::vector<const char*>> out(ts.size());
  for (std::size_t t = 0; t < ts.size(); ++t) {
    const core::ByteRange tb = ts[t].bytes;
    for (const Repair& r : rs) {
      const core::ByteRange rb = r.normalized;
      const bool touches = rb.size() > 0
                               ? rb.begin_byte < tb.end_byte && rb.end_byte > tb.begin_byte
                               : rb.begin_byte > tb.begin_byte && rb.begin_byte < tb.end_byte;
      const char* kind = normalize::repair_kind_name(r.kind);
      if (touches && std::find(out[t].begin(), out[t].end(), kind) == out[t].end()) {
        out[t].push_back(kind);
      }
    }
    std::sort(out[t].begin(), out[t].end(),
              [](const char* a, const char* b) { return std::string(a) < std::string(b); });
  }
  return out;
}

std::vector<std::vector<const char*>> sorted(std::vector<std::vector<const char*>> kinds) {
  for (auto& k : kinds) {
    std::sort(k.begin(), k.end(),
              [](const char* a, const char* b) { return std::string(a) < std::string(b); });
  }
  return kinds;
}

// n words of 4 bytes and a space; a removal inside every word and a hyphen join at its end:
// what a PDF with a footnote marker in every word looks like.
std::size_t work_for(std::size_t n) {
  std::vector<analysis::AnalyzedToken> tokens;
  std::vector<Repair> repairs;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t at = i * 5;
    tokens.push_back(token(at, at + 4));
    repairs.push_back({RepairKind::kFootnoteMarker, {at + 2, at + 2}, {}});
    repairs.push_back({RepairKind::kHyphenJoin, {at + 3, at + 4}, {}});
  }
  std::size_t work = 0;
  const auto kinds = repairs_per_token(tokens, repairs, &work);
  REQUIRE(kinds.size() == n);
  CHECK(kinds[n / 2].size() == 2);
  return work;
}

TEST_CASE("repairs_per_token: doubling the tokens and repairs at most triples the work",
          "[envelope]") {
  const std::size_t small = work_for(20000);
  const std::size_t large = work_for(40000);
  INFO("work " << small << " -> " << large);
  CHECK(large <= 3 * small);
}

TEST_CASE("repairs_per_token: removals inside, overlaps, long repairs over many tokens",
          "[envelope]") {
  std::mt19937 rng(20);
  const RepairKind kinds[] = {RepairKind::kNfc, RepairKind::kLineJoin, RepairKind::kFootnoteMarker,
                              RepairKind::kHyphenJoin, RepairKind::kLetterSpacing};
  for (int round = 0; round < 200; ++round) {
    std::vector<analysis::AnalyzedToken> tokens;
    std::size_t at = 0;
    for (int i = 0; i < 30; ++i) {
      const std::size_t len = 1 + rng() % 6;
      tokens.push_back(token(at, at + len));
      if (len > 2 && rng() % 3 == 0) tokens.push_back(token(at + 1, at + len - 1));  // a part
      at += len + rng() % 3;
    }
    std::vector<Repair> repairs;
    for (int i = 0; i < 25; ++i) {
      const std::size_t begin = rng() % (at + 1);
      const std::size_t len = rng() % 4 == 0 ? 0 : rng() % (rng() % 5 == 0 ? 40 : 4);
      repairs.push_back({kinds[rng() % 5], {begin, std::min(at, begin + len)}, {}});
    }
    REQUIRE(sorted(repairs_per_token(tokens, repairs)) == brute_force(tokens, repairs));
  }
}

}  // namespace
}  // namespace loupe::envelope
