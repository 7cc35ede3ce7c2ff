// PassagePlaces: where a range of an indexed passage's (normalized) text is in the caller's
// terms, as a search hit reports it: bytes of the original input, UTF-16 units of the decoded
// source, and UTF-16 units of the normalized text itself (for "in_snippet_*"). A title has no
// maps: all three are its own offsets.
// UTF-16 offsets come without decoding whole documents per query: a document's first hit walks
// its text once (core::walk_utf16, ASCII 8 bytes at a time) to each body passage's begin, kept
// by passage; a hit's offsets are then walked from its passage's begin (a title's from 0). A
// document whose passages do not begin on the walk's character boundaries (only crafted index
// bytes: normalized text is valid UTF-8) gets a whole-text Utf16Index instead. All of it is
// dropped when the index's DocInfo objects move (SearchIndex::layout_version).
// E.g. places.sync(idx); places.place(idx, hit.passage, {p.begin_byte, p.end_byte}).input
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/byte_range.h"
#include "core/utf16_index.h"
#include "index/search_index.h"

namespace loupe::search {

struct Place {
  core::ByteRange input;
  core::Utf16Range source_u16;
  core::Utf16Range text_u16;
};

class PassagePlaces {
 public:
  // Drops what was walked if the index's layout changed since; call before place().
  void sync(const index::SearchIndex& idx);
  // Forgets everything (another index was loaded: layout versions may repeat across indexes).
  void reset() { version_ = ~0ull; }
  // r: a byte range of the passage's text (the body's or the title's).
  Place place(const index::SearchIndex& idx, std::uint32_t passage, core::ByteRange r);

 private:
  static constexpr std::uint32_t kNotWalked = ~0u, kNoWalk = ~0u - 1;
  const core::Utf16Index& whole_text(const index::SearchIndex& idx, std::uint32_t doc, bool title);
  std::uint32_t passage_begin_u16(const index::SearchIndex& idx, std::uint32_t passage);
  core::Utf16Range text_u16(const index::SearchIndex& idx, std::uint32_t passage,
                            core::ByteRange r);

  std::vector<std::uint32_t> doc_walk_;  // by document: offset of its passages in walk_u16_, or k*
  std::vector<std::uint32_t> walk_u16_;  // UTF-16 begin of each walked document's passages
  std::vector<std::unique_ptr<core::Utf16Index>> u16_;  // by document * 2 + title, the fallback
  std::uint64_t version_ = ~0ull;
};

}  // namespace loupe::search
