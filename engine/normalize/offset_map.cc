#include "normalize/offset_map.h"

#include <algorithm>

namespace loupe::normalize {
namespace {

using Edit = OffsetMap::Edit;
using Field = std::size_t Edit::*;

// One direction of lookup: offsets in the "from" text (fb/fe) map to the "to" text (tb/te).
struct Direction {
  Field fb, fe, tb, te;
};
constexpr Direction kBackward{&Edit::out_begin, &Edit::out_end, &Edit::src_begin, &Edit::src_end};
constexpr Direction kForward{&Edit::src_begin, &Edit::src_end, &Edit::out_begin, &Edit::out_end};

std::size_t map_begin(const std::vector<Edit>& edits, Direction d, std::size_t k,
                      std::size_t to_size) {
  // The last edit starting at or before k: after every deletion at k, so a begin skips them.
  auto it = std::upper_bound(edits.begin(), edits.end(), k,
                             [&](std::size_t v, const Edit& e) { return v < e.*d.fb; });
  std::size_t r = k;
  if (it != edits.begin()) {
    const Edit& e = *std::prev(it);
    r = k < e.*d.fe ? e.*d.tb : e.*d.te + (k - e.*d.fe);
  }
  return std::min(r, to_size);
}

std::size_t map_end(const std::vector<Edit>& edits, Direction d, std::size_t k,
                    std::size_t to_size) {
  // The first edit ending at or after k: before every deletion at k, so an end stops short.
  auto it = std::lower_bound(edits.begin(), edits.end(), k,
                             [&](const Edit& e, std::size_t v) { return e.*d.fe < v; });
  std::size_t r;
  if (it == edits.end()) {
    r = edits.empty() ? k : k + edits.back().*d.te - edits.back().*d.fe;
  } else if ((*it).*d.fb < k) {
    r = (*it).*d.te;  // k is inside (fb, fe]: the whole replaced span
  } else {
    r = (*it).*d.tb - ((*it).*d.fb - k);  // unchanged bytes before this edit
  }
  return std::min(r, to_size);
}

// An edit of either map seen as an interval of the middle text (A's output = B's source).
struct MidInterval {
  std::size_t begin, end;
  bool from_first;  // an edit of `first` (else of `second`)
  const Edit* edit;
};

}  // namespace

void OffsetMapBuilder::replace(std::size_t src_len, std::size_t out_len) {
  if (src_len != out_len) {
    edits_.push_back({out_pos_, out_pos_ + out_len, src_pos_, src_pos_ + src_len});
  }
  src_pos_ += src_len;
  out_pos_ += out_len;
}

OffsetMap OffsetMap::identity(std::size_t size) { return OffsetMap({}, size, size); }

OffsetMap::OffsetMap(std::vector<Edit> edits, std::size_t out_size, std::size_t src_size)
    : edits_(std::move(edits)), out_size_(out_size), src_size_(src_size) {}

std::size_t OffsetMap::to_source_begin(std::size_t out) const {
  return map_begin(edits_, kBackward, out, src_size_);
}
std::size_t OffsetMap::to_source_end(std::size_t out) const {
  return map_end(edits_, kBackward, out, src_size_);
}
core::ByteRange OffsetMap::to_source(core::ByteRange out) const {
  const std::size_t b = to_source_begin(out.begin_byte);
  const std::size_t e = to_source_end(out.end_byte);
  // Only an empty range at a deletion point maps "backwards" (e < b); keep it empty.
  return {b, std::max(b, e)};
}
std::size_t OffsetMap::to_output_begin(std::size_t src) const {
  return map_begin(edits_, kForward, src, out_size_);
}
std::size_t OffsetMap::to_output_end(std::size_t src) const {
  return map_end(edits_, kForward, src, out_size_);
}
core::ByteRange OffsetMap::to_output(core::ByteRange src) const {
  const std::size_t b = to_output_begin(src.begin_byte);
  const std::size_t e = to_output_end(src.end_byte);
  return {b, std::max(b, e)};
}

OffsetMap OffsetMap::compose(const OffsetMap& first, const OffsetMap& second) {
  // Sweep the middle text: A's edits cover their output spans, B's edits their source spans.
  // Overlapping intervals (or two empty ones at the same point) merge into one composed edit.
  std::vector<MidInterval> all;
  all.reserve(first.edits_.size() + second.edits_.size());
  std::size_t i = 0, j = 0;
  const auto& a = first.edits_;
  const auto& b = second.edits_;
  while (i < a.size() || j < b.size()) {
    const bool take_a =
        j == b.size() ||
        (i < a.size() && (a[i].out_begin < b[j].src_begin ||
                          (a[i].out_begin == b[j].src_begin && a[i].out_end <= b[j].src_end)));
    if (take_a) {
      all.push_back({a[i].out_begin, a[i].out_end, true, &a[i]});
      ++i;
    } else {
      all.push_back({b[j].src_begin, b[j].src_end, false, &b[j]});
      ++j;
    }
  }
  std::vector<Edit> out;
  // Cumulative diffs before the current group: src - mid for A, mid - out for B.
  std::ptrdiff_t diff_a = 0, diff_b = 0;
  for (std::size_t k = 0; k < all.size();) {
    const std::size_t m0 = all[k].begin;
    std::size_t m1 = all[k].end;
    std::ptrdiff_t next_a = diff_a, next_b = diff_b;
    std::size_t n = k;
    for (; n < all.size(); ++n) {
      const MidInterval& iv = all[n];
      const bool joins =
          n == k || iv.begin < m1 || (iv.begin == m1 && m0 == m1 && iv.begin == iv.end);
      if (!joins) break;
      m1 = std::max(m1, iv.end);
      const Edit& e = *iv.edit;
      if (iv.from_first) {
        next_a = static_cast<std::ptrdiff_t>(e.src_end) - static_cast<std::ptrdiff_t>(e.out_end);
      } else {
        next_b = static_cast<std::ptrdiff_t>(e.src_end) - static_cast<std::ptrdiff_t>(e.out_end);
      }
    }
    const auto mid0 = static_cast<std::ptrdiff_t>(m0), mid1 = static_cast<std::ptrdiff_t>(m1);
    Edit c{static_cast<std::size_t>(mid0 - diff_b), static_cast<std::size_t>(mid1 - next_b),
           static_cast<std::size_t>(mid0 + diff_a), static_cast<std::size_t>(mid1 + next_a)};
    // Keep equal-length groups too (a 2->1 then 1->2 rewrite): offsets inside them still map
    // to the whole span. Only a group that vanished in both texts is dropped.
    if (c.out_end != c.out_begin || c.src_end != c.src_begin) out.push_back(c);
    diff_a = next_a;
    diff_b = next_b;
    k = n;
  }
  return OffsetMap(std::move(out), second.out_size_, first.src_size_);
}

}  // namespace loupe::normalize
