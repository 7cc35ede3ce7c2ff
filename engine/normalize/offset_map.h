// OffsetMap: maps byte offsets in a transformed UTF-8 text ("output") back to byte offsets in the
// text it came from ("source"), and forward again. Every normalize/ stage produces one; stages
// chain with OffsetMap::compose. Modelled on Lucene's BaseCharFilter, with explicit spans so that
// an offset inside a replaced span is well defined.
//
// Edits: {out_begin, out_end, src_begin, src_end} says "the output bytes [out_begin, out_end)
// replace the source bytes [src_begin, src_end)"; an insertion has an empty source span, a
// deletion an empty output span. Edits never overlap and are ordered in both texts; outside them
// the texts are byte-identical, shifted by the cumulative diff (src_end - out_end of the previous
// edit). Equal-length one-to-one rewrites ("\r" -> "\n") need no edit: the map is identity there.
// Storage is in runs (offset_runs.h): `count` edits of the same shape, each starting where the
// previous one ended, are one record of a few bytes, so a decoded legacy-charset word (each
// letter 1 source byte -> 2 UTF-8 bytes) costs ~7 bytes, not 32 per letter. Lookups are binary
// searches over blocks of runs, then over one or two decoded blocks, O(log runs), and exact: the
// same results as over the edits one by one. edits() shows the edits one by one. An edit spans
// less than 4 GiB (documents are at most 128 MiB).
// Begin and end offsets map differently (to_source_begin / to_source_end):
//  - an offset strictly inside an output span maps to src_begin as a begin, src_end as an end, so
//    a token inside a replacement widens to the whole replaced source;
//  - at a deletion point a begin maps after the deleted bytes and an end before them, so a token
//    never swallows removed material ("abc[1] d": "abc" ends before "[1]", "d" starts after it).
// Both functions are monotone (non-decreasing) and stay within [0, source_size].
// E.g. source "라브\n로프", output "라브로프" (edit {6,6,6,7}): to_source({0,12}) == {0,13},
//      to_source_begin(6) == 7 ("로" in the source), to_source_end(6) == 6.
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

#include "core/byte_range.h"
#include "normalize/offset_runs.h"

namespace loupe::normalize {

class OffsetMap {
 public:
  using Edit = OffsetEdit;
  using Run = OffsetRun;
  // The edits one by one, decoded from the runs (a forward range of Edit values).
  class Edits {
   public:
    class iterator {
     public:
      using iterator_category = std::forward_iterator_tag;
      using value_type = Edit;
      using difference_type = std::ptrdiff_t;
      using pointer = void;
      using reference = Edit;
      explicit iterator(RunList::Cursor c) : c_(c) {}
      Edit operator*() const { return c_.get().edit(i_); }
      iterator& operator++() {
        if (++i_ == c_.get().count) c_.next(), i_ = 0;
        return *this;
      }
      iterator operator++(int) {
        iterator old = *this;
        ++*this;
        return old;
      }
      bool operator==(const iterator& o) const { return c_.index() == o.c_.index() && i_ == o.i_; }

     private:
      RunList::Cursor c_;
      std::uint32_t i_ = 0;
    };
    Edits(const RunList& runs, std::size_t size) : runs_(&runs), size_(size) {}
    iterator begin() const { return iterator(RunList::Cursor(*runs_)); }
    iterator end() const {
      RunList::Cursor c(*runs_);
      c.to_end();
      return iterator(c);
    }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    bool operator==(const Edits& o) const;

   private:
    const RunList* runs_;
    std::size_t size_;
  };

  OffsetMap() = default;
  // The identity map over a text of `size` bytes.
  static OffsetMap identity(std::size_t size);
  // `edits` must be ordered and non-overlapping in both texts (OffsetMapBuilder guarantees it);
  // sizes are the whole output and source lengths, used to clamp lookups.
  OffsetMap(const std::vector<Edit>& edits, std::size_t out_size, std::size_t src_size);

  // `first` maps B -> A, `second` maps C -> B; the result maps C -> A ("stage first, then
  // second"). Edits of the two maps that overlap merge into one edit.
  static OffsetMap compose(const OffsetMap& first, const OffsetMap& second);

  std::size_t to_source_begin(std::size_t out) const;
  std::size_t to_source_end(std::size_t out) const;
  core::ByteRange to_source(core::ByteRange out) const;
  // Forward direction (source -> output), same rules with the roles swapped; a removed source
  // span maps to the empty range at the point where it was removed.
  std::size_t to_output_begin(std::size_t src) const;
  std::size_t to_output_end(std::size_t src) const;
  core::ByteRange to_output(core::ByteRange src) const;

  Edits edits() const { return Edits(runs_, edit_count_); }
  const RunList& runs() const { return runs_; }
  std::size_t out_size() const { return out_size_; }
  std::size_t src_size() const { return src_size_; }

 private:
  friend class OffsetMapBuilder;
  RunList runs_;
  std::size_t edit_count_ = 0;
  std::size_t out_size_ = 0;
  std::size_t src_size_ = 0;
};

// Builds an OffsetMap while a stage walks its input left to right and appends to its output.
// E.g. b.copy(3); b.replace(2, 1);  // "ab\r\n" -> "ab\n": the "\n" maps to the 2 source bytes
class OffsetMapBuilder {
 public:
  // `src_len` input bytes were copied unchanged.
  void copy(std::size_t src_len) {
    src_pos_ += src_len;
    out_pos_ += src_len;
  }
  // `src_len` input bytes became `out_len` output bytes (0 for a deletion or an insertion).
  // Equal lengths add no edit (identity map); adjacent edits stay separate for precision.
  void replace(std::size_t src_len, std::size_t out_len);
  // Appends an edit at or after the end of the previous one (both texts), copying the bytes
  // between them; `e` must keep the gap equal in both texts.
  void add(const OffsetMap::Edit& e);
  std::size_t src_pos() const { return src_pos_; }
  std::size_t out_pos() const { return out_pos_; }
  OffsetMap finish();
  OffsetMap finish(std::size_t out_size, std::size_t src_size);

 private:
  RunWriter runs_;
  std::size_t src_pos_ = 0;
  std::size_t out_pos_ = 0;
};

// Lookups in one map (the same results as OffsetMap's), keeping the block of runs decoded last:
// a step's repairs mapped in text order decode each block once, not once per lookup. Holds a
// pointer to the map, which must outlive it and not change.
class OffsetLookup {
 public:
  explicit OffsetLookup(const OffsetMap& map) : map_(&map), list_(&map.runs()) {}
  std::size_t to_source_begin(std::size_t out);
  std::size_t to_source_end(std::size_t out);
  core::ByteRange to_source(core::ByteRange out);
  std::size_t to_output_begin(std::size_t src);
  std::size_t to_output_end(std::size_t src);
  core::ByteRange to_output(core::ByteRange src);

  const RunList& list() const { return *list_; }
  // Block b's runs (n of them), decoded unless it is the block decoded last.
  const OffsetRun* block(std::size_t b, std::size_t& n);

 private:
  const OffsetMap* map_;
  const RunList* list_;
  std::size_t block_ = SIZE_MAX;
  std::size_t n_ = 0;
  OffsetRun runs_[RunList::kBlockRuns];
};

}  // namespace loupe::normalize
