#include "envelope/token_repairs.h"

#include <algorithm>
#include <tuple>

namespace loupe::envelope {

// Each question about a token is a binary search per kind: a token asks only whether some
// repair of the kind touches it, so the work is tokens x kinds x log(repairs), whatever the
// repairs overlap or however many removals sit in one place.
TokenRepairs::TokenRepairs(const std::vector<normalize::Repair>& repairs) {
  std::array<std::vector<core::ByteRange>, std::tuple_size_v<decltype(kinds_)>> ranges;
  // Exact sizes first: a text of short lines has a repair per line, and a vector grown by
  // doubling holds up to twice that.
  std::array<std::size_t, std::tuple_size_v<decltype(kinds_)>> sized{}, removals{};
  for (const auto& r : repairs) {
    ++(r.normalized.size() == 0 ? removals : sized)[static_cast<std::size_t>(r.kind)];
  }
  for (std::size_t k = 0; k < kinds_.size(); ++k) {
    ranges[k].reserve(sized[k]), kinds_[k].removals.reserve(removals[k]);
    kinds_[k].begins.reserve(sized[k]), kinds_[k].max_end.reserve(sized[k]);
  }
  for (const auto& r : repairs) {
    const auto k = static_cast<std::size_t>(r.kind);
    if (r.normalized.size() == 0) {
      kinds_[k].removals.push_back(r.normalized.begin_byte);
    } else {
      ranges[k].push_back(r.normalized);
    }
  }
  for (std::size_t k = 0; k < kinds_.size(); ++k) {
    auto& rs = ranges[k];
    std::sort(rs.begin(), rs.end(),
              [](core::ByteRange a, core::ByteRange b) { return a.begin_byte < b.begin_byte; });
    std::size_t furthest = 0;
    for (const auto& r : rs) {
      furthest = std::max(furthest, r.end_byte);
      kinds_[k].begins.push_back(r.begin_byte);
      kinds_[k].max_end.push_back(furthest);
    }
    std::sort(kinds_[k].removals.begin(), kinds_[k].removals.end());
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
