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
    put_varint(list, static_cast<std::uint64_t>(positions[i] - prev) << 1 | (i + 1 == positions.size() ? 1 : 0));
    prev = positions[i];
  }
  last_passage = passage;
}

bool PostingCursor::next() {
  if (!ok_ || reader_.at_end()) return false;
  std::uint32_t delta = 0;
  if (!reader_.varint32(delta) || (started_ && delta == 0) ||
      static_cast<std::uint64_t>(passage_) + delta > 0xFFFFFFFFu) {
    return fail();
  }
  passage_ = started_ ? passage_ + delta : delta;
  started_ = true;
  std::uint32_t tf = 0;
  if (!with_positions_) {
    // The marker is the low bit of a varint's first byte: no need to decode the rest.
    for (bool last = false; !last; ++tf) {
      if (!reader_.skip_varint(last)) return fail();
    }
    tf_ = tf;
    return true;
  }
  positions_.clear();
  std::uint64_t pos = 0;
  for (bool last = false; !last;) {
    std::uint64_t v = 0;
    // Ascending: only the first position may repeat the previous (0); each is at least 1 byte,
    // so the list's size bounds how many there can be.
    if (!reader_.varint(v) || (!positions_.empty() && v >> 1 == 0) || (pos += v >> 1) > 0xFFFFFFFFu) return fail();
    positions_.push_back(static_cast<std::uint32_t>(pos));
    last = (v & 1) != 0;
  }
  tf_ = static_cast<std::uint32_t>(positions_.size());
  return true;
}

}  // namespace loupe::index
