// RunList: the edits of an OffsetMap (offset_map.h) stored compactly. An OffsetRun is `count`
// edits of one shape, each starting where the previous one ended (a word of Cyrillic letters
// decoded from windows-1251: 1 source byte -> 2 UTF-8 bytes per letter). Runs are grouped in
// blocks of kBlockRuns: a block keeps its first run whole (for binary search) and the others as
// five varints each, relative to the run before (gaps zigzag-coded, so any sequence round-trips,
// even one a loaded index's checks will refuse). A run costs ~7 bytes instead of 32 per edit.
// E.g. RunWriter w; w.add({0, 2, 0, 1}); w.add({2, 4, 1, 2});  // one run: count 2, 2 <- 1 bytes
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace loupe::normalize {

// "The output bytes [out_begin, out_end) replace the source bytes [src_begin, src_end)".
struct OffsetEdit {
  std::size_t out_begin = 0;
  std::size_t out_end = 0;
  std::size_t src_begin = 0;
  std::size_t src_end = 0;
  bool operator==(const OffsetEdit&) const = default;
};

// `count` edits: the i-th is [out_begin + i*out_len, +out_len) <- [src_begin + i*src_len, ...).
struct OffsetRun {
  std::size_t out_begin = 0;
  std::size_t src_begin = 0;
  std::uint32_t out_len = 0;
  std::uint32_t src_len = 0;
  std::uint32_t count = 0;
  OffsetEdit edit(std::uint32_t i) const {
    const std::size_t o = out_begin + std::size_t{i} * out_len;
    const std::size_t s = src_begin + std::size_t{i} * src_len;
    return {o, o + out_len, s, s + src_len};
  }
};

class RunList {
 public:
  static constexpr std::size_t kBlockRuns = 16;

  std::size_t size() const { return size_; }
  std::size_t block_count() const { return blocks_.size(); }
  const OffsetRun& block_first(std::size_t b) const { return blocks_[b].first; }
  // Decodes block b's runs into out[0..], returns how many (at most kBlockRuns).
  std::size_t decode_block(std::size_t b, OffsetRun* out) const;
  const OffsetRun& back() const { return last_; }

  // Reads the runs in order from the first.
  class Cursor {
   public:
    explicit Cursor(const RunList& list);
    bool done() const { return run_ == list_->size_; }
    const OffsetRun& get() const { return cur_; }
    std::size_t index() const { return run_; }
    void next();
    void to_end() { run_ = list_->size_; }

   private:
    const RunList* list_;
    std::size_t run_ = 0;
    std::size_t pos_ = 0;
    OffsetRun cur_;
  };

 private:
  friend class RunWriter;
  struct Block {
    OffsetRun first;
    std::size_t offset;  // in bytes_, of the block's second run
  };
  void push(const OffsetRun& r);
  static std::size_t read(const std::uint8_t* bytes, std::size_t pos, const OffsetRun& prev,
                          OffsetRun& out);

  std::vector<Block> blocks_;
  std::vector<std::uint8_t> bytes_;
  std::size_t size_ = 0;
  OffsetRun last_;
};

// Collects edits in order into runs: an edit extends the last run when it starts where that run
// ends, has its shape and both lengths are non-zero (an insertion or deletion stays alone).
class RunWriter {
 public:
  void add(const OffsetEdit& e);
  std::size_t edit_count() const { return edits_; }
  RunList finish();  // the writer is empty afterwards

 private:
  RunList list_;
  OffsetRun pending_;
  std::size_t edits_ = 0;
};

}  // namespace loupe::normalize
