#include "index/postings.h"

namespace loupe::index {

void PostingWriter::append(std::vector<std::uint8_t>& list, std::uint32_t& last_passage, bool first,
                           std::uint32_t passage, const std::vector<std::uint32_t>& positions) {
  // Most lists stay a few bytes long: growing them 1, 2, 4, 8 bytes at a time was ~2.5% of
  // indexing short documents in allocations. From 8 bytes on, capacities double as before, and
  // 8 bytes fit the smallest block of both mallocs: starting there costs no memory.
  constexpr std::size_t kFirstListBytes = 8;
  if (list.capacity() == 0) list.reserve(kFirstListBytes);
  put_varint(list, first ? passage : passage - last_passage);
  std::uint32_t prev = 0;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    put_varint(list, static_cast<std::uint64_t>(positions[i] - prev) << 1 |
                         (i + 1 == positions.size() ? 1 : 0));
    prev = positions[i];
  }
  last_passage = passage;
}

bool PostingCursor::next_with_positions() {
  if (!ok_ || reader_.at_end()) return false;
  std::uint32_t delta = 0;
  if (!reader_.varint32(delta) || (started_ && delta == 0) ||
      static_cast<std::uint64_t>(passage_) + delta > 0xFFFFFFFFu) {
    return fail();
  }
  passage_ = started_ ? passage_ + delta : delta;
  started_ = true;
  positions_.clear();
  std::uint64_t pos = 0;
  for (bool last = false; !last;) {
    std::uint64_t v = 0;
    // Ascending: only the first position may repeat the previous (0); each is at least 1 byte,
    // so the list's size bounds how many there can be.
    if (!reader_.varint(v) || (!positions_.empty() && v >> 1 == 0) || (pos += v >> 1) > 0xFFFFFFFFu)
      return fail();
    positions_.push_back(static_cast<std::uint32_t>(pos));
    last = (v & 1) != 0;
  }
  tf_ = static_cast<std::uint32_t>(positions_.size());
  return true;
}

bool PostingCursor::read_positions(std::vector<std::uint32_t>& out) const {
  out.clear();
  if (with_positions_) return out = positions_, ok_;
  ByteReader r = entry_positions_;
  std::uint64_t pos = 0;
  for (std::uint32_t i = 0; i < tf_; ++i) {  // next() counted tf_ varints here
    std::uint64_t v = 0;
    if (!r.varint(v) || (i > 0 && v >> 1 == 0) || (pos += v >> 1) > 0xFFFFFFFFu) return false;
    out.push_back(static_cast<std::uint32_t>(pos));
  }
  return true;
}

}  // namespace loupe::index
