#include "envelope/token_repairs.h"

#include <algorithm>
#include <array>

namespace loupe::envelope {
namespace {

constexpr std::size_t kKinds = static_cast<std::size_t>(normalize::RepairKind::kFootnoteMarker) + 1;

// The repairs of one kind, each question about a token a binary search: a token asks only
// whether some repair of the kind touches it, so the work is tokens x kinds x log(repairs),
// whatever the repairs overlap or however many removals sit in one place.
struct KindRepairs {
  std::vector<std::size_t> begins;    // non-empty repairs' begins, sorted
  std::vector<std::size_t> max_end;   // max_end[i]: the furthest end among begins[0..i]
  std::vector<std::size_t> removals;  // empty repairs' offsets, sorted

  bool touches(core::ByteRange tb, std::size_t& work) const {
    const auto less = [&work](std::size_t a, std::size_t b) { return ++work, a < b; };
    const auto i = std::lower_bound(begins.begin(), begins.end(), tb.begin_byte, less);
    if (i != begins.end() && *i < tb.end_byte) return true;  // begins inside the token
    if (i != begins.begin() && max_end[i - begins.begin() - 1] > tb.begin_byte) return true;
    const auto r = std::upper_bound(removals.begin(), removals.end(), tb.begin_byte, less);
    return r != removals.end() && *r < tb.end_byte;
  }
};

std::array<KindRepairs, kKinds> index_repairs(const std::vector<normalize::Repair>& repairs) {
  std::array<std::vector<core::ByteRange>, kKinds> ranges;
  std::array<KindRepairs, kKinds> kinds;
  for (const auto& r : repairs) {
    const auto k = static_cast<std::size_t>(r.kind);
    if (r.normalized.size() == 0) {
      kinds[k].removals.push_back(r.normalized.begin_byte);
    } else {
      ranges[k].push_back(r.normalized);
    }
  }
  for (std::size_t k = 0; k < kKinds; ++k) {
    auto& rs = ranges[k];
    std::sort(rs.begin(), rs.end(),
              [](core::ByteRange a, core::ByteRange b) { return a.begin_byte < b.begin_byte; });
    std::size_t furthest = 0;
    for (const auto& r : rs) {
      furthest = std::max(furthest, r.end_byte);
      kinds[k].begins.push_back(r.begin_byte);
      kinds[k].max_end.push_back(furthest);
    }
    std::sort(kinds[k].removals.begin(), kinds[k].removals.end());
  }
  return kinds;
}

}  // namespace

std::vector<std::vector<const char*>> repairs_per_token(
    const std::vector<analysis::AnalyzedToken>& tokens,
    const std::vector<normalize::Repair>& repairs, std::size_t* work) {
  const auto kinds = index_repairs(repairs);
  std::size_t compared = 0;
  std::vector<std::vector<const char*>> out(tokens.size());
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    for (std::size_t k = 0; k < kKinds; ++k) {
      if (kinds[k].touches(tokens[t].bytes, compared)) {
        out[t].push_back(normalize::repair_kind_name(static_cast<normalize::RepairKind>(k)));
      }
    }
  }
  if (work) *work += compared;
  return out;
}

}  // namespace loupe::envelope
