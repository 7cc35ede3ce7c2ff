#include "normalize/offset_map.h"

#include <algorithm>
#include <limits>

namespace loupe::normalize {
namespace {

using Edit = OffsetMap::Edit;
using Run = OffsetMap::Run;

// One direction of lookup: offsets in the "from" text map to the "to" text. A run's edit i
// covers [fb + i*fl, fb + (i+1)*fl) in the "from" text and likewise in the "to" text.
struct Direction {
  std::size_t Run::*fb;
  std::uint32_t Run::*fl;
  std::size_t Run::*tb;
  std::uint32_t Run::*tl;
};
constexpr Direction kBackward{&Run::out_begin, &Run::out_len, &Run::src_begin, &Run::src_len};
constexpr Direction kForward{&Run::src_begin, &Run::src_len, &Run::out_begin, &Run::out_len};

// Edit i of run r, seen from direction d: {from begin, from end, to begin, to end}.
struct Span {
  std::size_t fb, fe, tb, te;
};
Span span(const Run& r, Direction d, std::size_t i) {
  const std::size_t fl = r.*d.fl, tl = r.*d.tl;
  const std::size_t fb = r.*d.fb + i * fl, tb = r.*d.tb + i * tl;
  return {fb, fb + fl, tb, tb + tl};
}

}  // namespace

// The block of runs a lookup decoded last, kept for the next lookup (OffsetLookup): lookups in
// text order decode each block once instead of once each.
const OffsetRun* OffsetLookup::block(std::size_t b, std::size_t& n) {
  if (b != block_) {
    n_ = list_->decode_block(b, runs_);
    block_ = b;
  }
  n = n_;
  return runs_;
}

namespace {

std::size_t map_begin(OffsetLookup& blocks, Direction d, std::size_t k, std::size_t to_size) {
  // The last edit starting at or before k: after every deletion at k, so a begin skips them.
  // It lies in the last block whose first run starts at or before k.
  const RunList& list = blocks.list();
  std::size_t lo = 0, hi = list.block_count();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (k < list.block_first(mid).*d.fb)
      hi = mid;
    else
      lo = mid + 1;
  }
  std::size_t r = k;
  if (lo > 0) {
    std::size_t n = 0;
    const Run* runs = blocks.block(lo - 1, n);
    auto it = std::upper_bound(runs, runs + n, k,
                               [&](std::size_t v, const Run& run) { return v < run.*d.fb; });
    const Run& run = *std::prev(it);
    const std::size_t fl = run.*d.fl;
    const std::size_t i =
        fl == 0 ? run.count - 1 : std::min<std::size_t>(run.count - 1, (k - run.*d.fb) / fl);
    const Span e = span(run, d, i);
    r = k < e.fe ? e.tb : e.te + (k - e.fe);
  }
  return std::min(r, to_size);
}

std::size_t map_end(OffsetLookup& blocks, Direction d, std::size_t k, std::size_t to_size) {
  // The first edit ending at or after k: before every deletion at k, so an end stops short.
  // Every run of a block before the last block starting before k ends before k; so it lies in
  // that block or is the next block's first run.
  const RunList& list = blocks.list();
  std::size_t lo = 0, hi = list.block_count();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (list.block_first(mid).*d.fb < k)
      lo = mid + 1;
    else
      hi = mid;
  }
  const auto ends_before = [&](const Run& run, std::size_t v) {
    return run.*d.fb + std::size_t{run.count} * (run.*d.fl) < v;  // its last edit ends before v
  };
  std::size_t n = 0;
  const Run* runs = lo > 0 ? blocks.block(lo - 1, n) : nullptr;
  const Run* it = std::lower_bound(runs, runs + n, k, ends_before);
  if (it == runs + n) {
    it = lo < list.block_count() && !ends_before(list.block_first(lo), k) ? &list.block_first(lo)
                                                                          : nullptr;
  }
  std::size_t r;
  if (!it) {
    if (list.size() == 0) {
      r = k;
    } else {
      const Span last = span(list.back(), d, list.back().count - 1);
      r = k + last.te - last.fe;
    }
  } else {
    const Run& run = *it;
    const std::size_t fb = run.*d.fb, fl = run.*d.fl;
    const std::size_t i = fl == 0 || k <= fb + fl ? 0 : (k - fb + fl - 1) / fl - 1;
    const Span e = span(run, d, i);
    if (e.fb < k) {
      r = e.te;  // k is inside (fb, fe]: the whole replaced span
    } else {
      r = e.tb - (e.fb - k);  // unchanged bytes before this edit
    }
  }
  return std::min(r, to_size);
}

// The edits of a map one at a time (compose walks two of them in step).
struct Cursor {
  explicit Cursor(const RunList& list) : runs(list) {}
  RunList::Cursor runs;
  std::uint32_t i = 0;
  bool done() const { return runs.done(); }
  Edit get() const { return runs.get().edit(i); }
  void next() {
    if (++i == runs.get().count) runs.next(), i = 0;
  }
};

// An edit of either map seen as an interval of the middle text (A's output = B's source).
struct MidInterval {
  std::size_t begin, end;
  bool from_first;  // an edit of `first` (else of `second`)
  Edit edit;
};

// The edits of both maps merged in middle-text order (the first map's edit first on a tie that
// ends no later), one at a time.
class Merged {
 public:
  Merged(const OffsetMap& a, const OffsetMap& b) : a_{a.runs()}, b_{b.runs()} {}
  bool done() const { return a_.done() && b_.done(); }
  MidInterval peek() const {
    if (take_a()) {
      const Edit e = a_.get();
      return {e.out_begin, e.out_end, true, e};
    }
    const Edit e = b_.get();
    return {e.src_begin, e.src_end, false, e};
  }
  void pop() {
    if (take_a())
      a_.next();
    else
      b_.next();
  }

 private:
  bool take_a() const {
    if (b_.done()) return true;
    if (a_.done()) return false;
    const Edit x = a_.get(), y = b_.get();
    return x.out_begin < y.src_begin || (x.out_begin == y.src_begin && x.out_end <= y.src_end);
  }
  Cursor a_, b_;
};

}  // namespace

bool OffsetMap::Edits::operator==(const Edits& o) const {
  return size_ == o.size_ && std::equal(begin(), end(), o.begin());
}

void OffsetMapBuilder::replace(std::size_t src_len, std::size_t out_len) {
  if (src_len != out_len) runs_.add({out_pos_, out_pos_ + out_len, src_pos_, src_pos_ + src_len});
  src_pos_ += src_len;
  out_pos_ += out_len;
}

void OffsetMapBuilder::add(const OffsetMap::Edit& e) {
  runs_.add(e);
  out_pos_ = e.out_end;
  src_pos_ = e.src_end;
}

OffsetMap OffsetMapBuilder::finish() { return finish(out_pos_, src_pos_); }

OffsetMap OffsetMapBuilder::finish(std::size_t out_size, std::size_t src_size) {
  OffsetMap m;
  m.edit_count_ = runs_.edit_count();
  m.runs_ = runs_.finish();
  m.out_size_ = out_size;
  m.src_size_ = src_size;
  return m;
}

OffsetMap OffsetMap::identity(std::size_t size) { return OffsetMap({}, size, size); }

OffsetMap::OffsetMap(const std::vector<Edit>& edits, std::size_t out_size, std::size_t src_size)
    : edit_count_(edits.size()), out_size_(out_size), src_size_(src_size) {
  // Any sequence is kept as it is (a loaded index's edits are checked after this, through
  // edits()); only well-formed neighbours merge into a run.
  RunWriter w;
  for (const Edit& e : edits) w.add(e);
  runs_ = w.finish();
}

std::size_t OffsetMap::to_source_begin(std::size_t out) const {
  return OffsetLookup(*this).to_source_begin(out);
}
std::size_t OffsetMap::to_source_end(std::size_t out) const {
  return OffsetLookup(*this).to_source_end(out);
}
core::ByteRange OffsetMap::to_source(core::ByteRange out) const {
  return OffsetLookup(*this).to_source(out);
}
std::size_t OffsetMap::to_output_begin(std::size_t src) const {
  return OffsetLookup(*this).to_output_begin(src);
}
std::size_t OffsetMap::to_output_end(std::size_t src) const {
  return OffsetLookup(*this).to_output_end(src);
}
core::ByteRange OffsetMap::to_output(core::ByteRange src) const {
  return OffsetLookup(*this).to_output(src);
}

std::size_t OffsetLookup::to_source_begin(std::size_t out) {
  return map_begin(*this, kBackward, out, map_->src_size());
}
std::size_t OffsetLookup::to_source_end(std::size_t out) {
  return map_end(*this, kBackward, out, map_->src_size());
}
core::ByteRange OffsetLookup::to_source(core::ByteRange out) {
  const std::size_t b = to_source_begin(out.begin_byte);
  const std::size_t e = to_source_end(out.end_byte);
  // Only an empty range at a deletion point maps "backwards" (e < b); keep it empty.
  return {b, std::max(b, e)};
}
std::size_t OffsetLookup::to_output_begin(std::size_t src) {
  return map_begin(*this, kForward, src, map_->out_size());
}
std::size_t OffsetLookup::to_output_end(std::size_t src) {
  return map_end(*this, kForward, src, map_->out_size());
}
core::ByteRange OffsetLookup::to_output(core::ByteRange src) {
  const std::size_t b = to_output_begin(src.begin_byte);
  const std::size_t e = to_output_end(src.end_byte);
  return {b, std::max(b, e)};
}

OffsetMap OffsetMap::compose(const OffsetMap& first, const OffsetMap& second) {
  // Sweep the middle text: A's edits cover their output spans, B's edits their source spans.
  // Overlapping intervals (or two empty ones at the same point) merge into one composed edit.
  // The edits are walked one at a time from the runs, never expanded into a list.
  Merged all(first, second);
  OffsetMapBuilder out;
  // Cumulative diffs before the current group: src - mid for A, mid - out for B.
  std::ptrdiff_t diff_a = 0, diff_b = 0;
  while (!all.done()) {
    const MidInterval head = all.peek();
    const std::size_t m0 = head.begin;
    std::size_t m1 = head.end;
    std::ptrdiff_t next_a = diff_a, next_b = diff_b;
    for (bool first_one = true; !all.done(); first_one = false) {
      const MidInterval iv = all.peek();
      const bool joins =
          first_one || iv.begin < m1 || (iv.begin == m1 && m0 == m1 && iv.begin == iv.end);
      if (!joins) break;
      all.pop();
      m1 = std::max(m1, iv.end);
      const Edit& e = iv.edit;
      const std::ptrdiff_t d =
          static_cast<std::ptrdiff_t>(e.src_end) - static_cast<std::ptrdiff_t>(e.out_end);
      (iv.from_first ? next_a : next_b) = d;
    }
    const auto mid0 = static_cast<std::ptrdiff_t>(m0), mid1 = static_cast<std::ptrdiff_t>(m1);
    const Edit c{static_cast<std::size_t>(mid0 - diff_b), static_cast<std::size_t>(mid1 - next_b),
                 static_cast<std::size_t>(mid0 + diff_a), static_cast<std::size_t>(mid1 + next_a)};
    // Keep equal-length groups too (a 2->1 then 1->2 rewrite): offsets inside them still map
    // to the whole span. Only a group that vanished in both texts is dropped.
    if (c.out_end != c.out_begin || c.src_end != c.src_begin) out.add(c);
    diff_a = next_a;
    diff_b = next_b;
  }
  return out.finish(second.out_size_, first.src_size_);
}

}  // namespace loupe::normalize
