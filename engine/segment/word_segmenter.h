// WordSegmenter: ICU word-boundary analysis (UAX #29 rules) over UTF-8 text, without copying it.
// Input: UTF-8 bytes (invalid bytes are read as U+FFFD). Output: the word-like spans, as byte
// ranges into that input; spaces and punctuation between words are not returned.
// E.g. segment("Hi, 세계!") -> {[0,2) letter, [4,10) letter}.
#pragma once
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/status.h"

namespace loupe::segment {

// What ICU's rule status says a span is.
enum class WordKind { kNumber, kLetter, kKana, kIdeographic };

const char* word_kind_name(WordKind kind);

struct WordSpan {
  core::ByteRange bytes;
  WordKind kind;
};

// The first offset at or after `at` where the word rules always break and no token of ours
// joins across (a URL, an e-mail, a number glued to Hangul hold no space): after a line feed
// (UAX #29 WB3a), or between a space and an ASCII letter or digit (no rule joins those: WB3d
// joins spaces only to spaces, WB4 only Extend/Format/ZWJ to what precedes). text.size() if
// none.
std::size_t piece_end(std::string_view text, std::size_t at);

class WordSegmenter {
 public:
  // Fails only when ICU's break rules are missing from the data package.
  static core::Result<std::unique_ptr<WordSegmenter>> create();
  ~WordSegmenter();

  // Not thread-safe: the segmenter keeps ICU iteration state. Use one per thread.
  std::vector<WordSpan> segment(std::string_view utf8);
  // The same spans into `out` (cleared first), so a caller segmenting many texts reuses one vector.
  void segment(std::string_view utf8, std::vector<WordSpan>& out);
  // The same spans, a piece of the text at a time: `piece` gets the spans of each piece (byte
  // offsets into the whole `utf8`). Pieces end at a piece_end() and hold at least
  // `piece_bytes` unless last: the spans are those of segment(utf8), but memory is bounded by
  // the longest piece, not the text (a whole text costs ~10 bytes per byte in spans and ICU's
  // UTF-16 copy).
  void segment_pieces(std::string_view utf8, std::size_t piece_bytes,
                      const std::function<void(const std::vector<WordSpan>&)>& piece);

 private:
  struct Impl;
  explicit WordSegmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;  // keeps ICU types out of this header
};

}  // namespace loupe::segment
