#include "normalize/offset_runs.h"

#include <algorithm>
#include <limits>

namespace loupe::normalize {
namespace {

void put_varint(std::vector<std::uint8_t>& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(v));
}

std::uint64_t get_varint(const std::uint8_t* bytes, std::size_t& pos) {
  std::uint64_t v = 0;
  for (int shift = 0;; shift += 7) {
    const std::uint8_t b = bytes[pos++];
    v |= std::uint64_t{b & 0x7Fu} << shift;
    if (b < 0x80) return v;
  }
}

// A signed gap as an unsigned varint: 0, -1, 1, -2, ... -> 0, 1, 2, 3, ...
std::uint64_t zigzag(std::size_t to, std::size_t from) {
  const std::uint64_t d = static_cast<std::uint64_t>(to) - static_cast<std::uint64_t>(from);
  return to >= from ? d << 1 : ((~d + 1) << 1) - 1;
}
std::size_t unzigzag(std::size_t from, std::uint64_t z) {
  const std::uint64_t mag = z >> 1;
  return static_cast<std::size_t>((z & 1) ? from - mag - 1 : from + mag);
}

std::size_t out_end(const OffsetRun& r) { return r.out_begin + std::size_t{r.count} * r.out_len; }
std::size_t src_end(const OffsetRun& r) { return r.src_begin + std::size_t{r.count} * r.src_len; }

}  // namespace

void RunList::push(const OffsetRun& r) {
  if (size_ % kBlockRuns == 0) {
    blocks_.push_back({r, bytes_.size()});
  } else {
    put_varint(bytes_, zigzag(r.out_begin, out_end(last_)));
    put_varint(bytes_, zigzag(r.src_begin, src_end(last_)));
    put_varint(bytes_, r.out_len);
    put_varint(bytes_, r.src_len);
    put_varint(bytes_, r.count - 1);
  }
  last_ = r;
  ++size_;
}

std::size_t RunList::read(const std::uint8_t* bytes, std::size_t pos, const OffsetRun& prev,
                          OffsetRun& out) {
  out.out_begin = unzigzag(out_end(prev), get_varint(bytes, pos));
  out.src_begin = unzigzag(src_end(prev), get_varint(bytes, pos));
  out.out_len = static_cast<std::uint32_t>(get_varint(bytes, pos));
  out.src_len = static_cast<std::uint32_t>(get_varint(bytes, pos));
  out.count = static_cast<std::uint32_t>(get_varint(bytes, pos) + 1);
  return pos;
}

std::size_t RunList::decode_block(std::size_t b, OffsetRun* out) const {
  const std::size_t n = std::min(kBlockRuns, size_ - b * kBlockRuns);
  out[0] = blocks_[b].first;
  std::size_t pos = blocks_[b].offset;
  for (std::size_t i = 1; i < n; ++i) pos = read(bytes_.data(), pos, out[i - 1], out[i]);
  return n;
}

RunList::Cursor::Cursor(const RunList& list) : list_(&list) {
  if (list.size_ > 0) cur_ = list.blocks_[0].first, pos_ = list.blocks_[0].offset;
}

void RunList::Cursor::next() {
  if (++run_ == list_->size_) return;
  if (run_ % kBlockRuns == 0) {
    const Block& b = list_->blocks_[run_ / kBlockRuns];
    cur_ = b.first, pos_ = b.offset;
  } else {
    const OffsetRun prev = cur_;
    pos_ = read(list_->bytes_.data(), pos_, prev, cur_);
  }
}

void RunWriter::add(const OffsetEdit& e) {
  const std::size_t ol = e.out_end - e.out_begin, sl = e.src_end - e.src_begin;
  ++edits_;
  const OffsetRun& p = pending_;
  if (p.count > 0 && p.out_len == ol && p.src_len == sl && ol > 0 && sl > 0 &&
      p.count < std::numeric_limits<std::uint32_t>::max() && e.out_begin == out_end(p) &&
      e.src_begin == src_end(p)) {
    ++pending_.count;
    return;
  }
  if (pending_.count > 0) list_.push(pending_);
  pending_ = {e.out_begin, e.src_begin, static_cast<std::uint32_t>(ol),
              static_cast<std::uint32_t>(sl), 1};
}

RunList RunWriter::finish() {
  if (pending_.count > 0) list_.push(pending_);
  list_.blocks_.shrink_to_fit();
  list_.bytes_.shrink_to_fit();
  RunList out = std::move(list_);
  list_ = RunList();
  pending_ = OffsetRun();
  edits_ = 0;
  return out;
}

}  // namespace loupe::normalize
