// Postings: the passages a term occurs in, with its positions there, delta + varint coded in
// one byte vector per term. Entry layout, repeated in ascending passage order:
//   varint(passage - previous passage)
//   per position: varint((position - previous position) << 1 | (this is the entry's last))
// (the first entry's "previous passage" is 0; positions count from the passage's first word
// and restart at 0 in every entry). tf is the number of positions: no tf field, and the
// marker bit costs less than one (tf is 1 in almost every entry, and a position's delta is
// small). The bytes are the same in memory and in the saved index (storage/FORMAT.md).
// PostingCursor decodes with bounds checks: on malformed bytes it stops and reports !ok()
// instead of reading past the end.
// E.g. passages 3 (positions 0, 4) and 7 (position 2) -> {3, 0, 9, 4, 5}.
#pragma once
#include <cstdint>
#include <vector>

#include "index/varint.h"

namespace loupe::index {

class PostingWriter {
 public:
  // Appends one passage's entry; passages must come in ascending order, positions ascending
  // and at least one.
  static void append(std::vector<std::uint8_t>& list, std::uint32_t& last_passage, bool first,
                     std::uint32_t passage, const std::vector<std::uint32_t>& positions);
};

class PostingCursor {
 public:
  // with_positions false: next() counts the positions without decoding them (tf is still
  // known, their order is not checked), for scoring without phrases.
  explicit PostingCursor(const std::vector<std::uint8_t>& list, bool with_positions = true)
      : reader_(list.data(), list.size()), with_positions_(with_positions) {}
  // Moves to the next entry; false at the end or on malformed data (then ok() is false).
  // Inline without positions: scoring loops call it once per posting.
  bool next() {
    if (with_positions_) return next_with_positions();
    std::uint32_t delta = 0;
    if (!ok_ || reader_.at_end()) return false;
    if (!reader_.varint32(delta) || (started_ && delta == 0) ||
        static_cast<std::uint64_t>(passage_) + delta > 0xFFFFFFFFu) {
      return fail();
    }
    passage_ = started_ ? passage_ + delta : delta;
    started_ = true;
    entry_positions_ = reader_;
    // The marker is the low bit of a varint's first byte: no need to decode the rest.
    std::uint32_t tf = 0;
    for (bool last = false; !last; ++tf) {
      if (!reader_.skip_varint(last)) return fail();
    }
    tf_ = tf;
    return true;
  }
  bool ok() const { return ok_; }
  std::uint32_t passage() const { return passage_; }
  std::uint32_t tf() const { return tf_; }
  const std::vector<std::uint32_t>& positions() const { return positions_; }  // empty without
  // The current entry's positions decoded on demand, for a cursor made without positions: a
  // phrase decodes them only where every term is present. False on malformed data.
  bool read_positions(std::vector<std::uint32_t>& out) const;

 private:
  bool fail() { return ok_ = false; }
  bool next_with_positions();
  ByteReader reader_;
  ByteReader entry_positions_{nullptr, 0};  // where the current entry's positions begin
  bool started_ = false;
  bool with_positions_;
  bool ok_ = true;
  std::uint32_t passage_ = 0;
  std::uint32_t tf_ = 0;
  std::vector<std::uint32_t> positions_;
};

}  // namespace loupe::index
