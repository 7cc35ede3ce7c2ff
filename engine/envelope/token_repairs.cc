#include "envelope/token_repairs.h"

#include <algorithm>
#include <cstdint>

namespace loupe::envelope {

// Each question about a token is a binary search per kind: a token asks only whether some
// repair of the kind touches it, so the work is tokens x kinds x log(repairs), whatever the
// repairs overlap or however many removals sit in one place. Offsets are 32-bit (a document is
// at most 128 MiB) and one kind is sorted at a time: a text of repairs (one per ~6 bytes) held
// 16 bytes a repair here plus 16 more while sorting, now 8 plus 8.
TokenRepairs::TokenRepairs(const std::vector<normalize::Repair>& repairs) {
  std::vector<std::uint64_t> ranges;  // one kind's (begin << 32 | end), sorted by begin
  for (std::size_t k = 0; k < kinds_.size(); ++k) {
    const auto of_kind = [k](const normalize::Repair& r) {
      return static_cast<std::size_t>(r.kind) == k;
    };
    const auto removals = std::count_if(repairs.begin(), repairs.end(), [&](const auto& r) {
      return of_kind(r) && r.normalized.size() == 0;
    });
    const auto sized = std::count_if(repairs.begin(), repairs.end(), of_kind) - removals;
    Kind& kind = kinds_[k];
    kind.removals.reserve(static_cast<std::size_t>(removals));  // exact: no doubling
    kind.begins.reserve(static_cast<std::size_t>(sized));
    kind.max_end.reserve(static_cast<std::size_t>(sized));
    ranges.clear();
    for (const auto& r : repairs) {
      if (!of_kind(r)) continue;
      const auto begin = static_cast<std::uint32_t>(r.normalized.begin_byte);
      if (r.normalized.size() == 0) {
        kind.removals.push_back(begin);
      } else {
        ranges.push_back(std::uint64_t{begin} << 32 |
                         static_cast<std::uint32_t>(r.normalized.end_byte));
      }
    }
    std::sort(ranges.begin(), ranges.end());
    std::uint32_t furthest = 0;
    for (const std::uint64_t r : ranges) {
      furthest = std::max(furthest, static_cast<std::uint32_t>(r));
      kind.begins.push_back(static_cast<std::uint32_t>(r >> 32));
      kind.max_end.push_back(furthest);
    }
    std::sort(kind.removals.begin(), kind.removals.end());
  }
}

bool TokenRepairs::touches(const Kind& kind, core::ByteRange tb) {
  const auto less = [this](std::size_t a, std::size_t b) { return ++work_, a < b; };
  const auto& begins = kind.begins;
  const auto i = std::lower_bound(begins.begin(), begins.end(), tb.begin_byte, less);
  if (i != begins.end() && *i < tb.end_byte) return true;  // begins inside the token
  if (i != begins.begin() && kind.max_end[i - begins.begin() - 1] > tb.begin_byte) return true;
  const auto r = std::upper_bound(kind.removals.begin(), kind.removals.end(), tb.begin_byte, less);
  return r != kind.removals.end() && *r < tb.end_byte;
}

void TokenRepairs::kinds_touching(core::ByteRange token, std::vector<const char*>& kinds) {
  for (std::size_t k = 0; k < kinds_.size(); ++k) {
    if (touches(kinds_[k], token)) {
      kinds.push_back(normalize::repair_kind_name(static_cast<normalize::RepairKind>(k)));
    }
  }
}

std::vector<std::vector<const char*>> repairs_per_token(
    const std::vector<analysis::AnalyzedToken>& tokens,
    const std::vector<normalize::Repair>& repairs, std::size_t* work) {
  TokenRepairs index(repairs);
  std::vector<std::vector<const char*>> out(tokens.size());
  for (std::size_t t = 0; t < tokens.size(); ++t) index.kinds_touching(tokens[t].bytes, out[t]);
  if (work) *work += index.work();
  return out;
}

}  // namespace loupe::envelope
