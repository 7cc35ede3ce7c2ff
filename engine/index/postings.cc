#include "index/postings.h"

namespace loupe::index {

// Longest position list one entry may claim: stops a corrupted tf from allocating gigabytes.
constexpr std::uint32_t kMaxTf = 1u << 24;

void PostingWriter::append(std::vector<std::uint8_t>& list, std::uint32_t& last_passage, bool first,
                           std::uint32_t passage, const std::vector<std::uint32_t>& positions) {
  const std::uint64_t gap = first ? passage : passage - last_passage;
  put_varint(list, gap << 1 | (positions.size() == 1 ? 1 : 0));
  if (positions.size() != 1) put_varint(list, positions.size());
  std::uint32_t prev = 0;
  for (std::uint32_t p : positions) {
    put_varint(list, p - prev);
    prev = p;
  }
  last_passage = passage;
}

bool PostingCursor::next() {
  if (!ok_ || reader_.at_end()) return false;
  std::uint64_t head = 0;
  std::uint32_t tf = 1;
  // An explicit tf is at least 2 (tf 1 is the head's low bit), so every entry has one spelling.
  if (!reader_.varint(head) || head > 0x1FFFFFFFFull ||
      (!(head & 1) && (!reader_.varint32(tf) || tf < 2 || tf > kMaxTf))) {
    ok_ = false;
    return false;
  }
  const auto delta = static_cast<std::uint32_t>(head >> 1);
  if (tf > reader_.remaining() || (started_ && delta == 0) ||
      static_cast<std::uint64_t>(passage_) + delta > 0xFFFFFFFFu) {
    ok_ = false;
    return false;
  }
  passage_ = started_ ? passage_ + delta : delta;
  started_ = true;
  tf_ = tf;
  if (!with_positions_) {
    for (std::uint32_t i = 0; i < tf; ++i) {
      if (!reader_.skip_varint()) return ok_ = false;
    }
    return true;
  }
  positions_.resize(tf);
  std::uint64_t pos = 0;
  for (std::uint32_t i = 0; i < tf; ++i) {
    std::uint32_t d = 0;
    if (!reader_.varint32(d) || (i > 0 && d == 0) || (pos += d) > 0xFFFFFFFFu) {
      ok_ = false;
      return false;
    }
    positions_[i] = static_cast<std::uint32_t>(pos);
  }
  return true;
}

}  // namespace loupe::index
