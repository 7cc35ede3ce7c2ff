// SentenceSegmenter: ICU sentence boundaries (UAX #29 rules) over UTF-8 text, without copying,
// corrected for abbreviations ICU's root rules break after.
// ICU breaks after "." + space + upper-case letter, so "the U.S. President" and Spanish
// "EE. UU." would end sentences. We merge a break back when the word before it is a known
// abbreviation ("U.S.", "EE.", "Mr.", "Sr.", "т.", "г." ...) or a single capital initial
// ("J. Smith"). We do not use ICU's FilteredBreakIterator: its exception lists live in
// per-locale data the wasm build leaves out, and ours covers es/ru/uk too.
// Korean "...했다.그러나" (no space after the period, common after PDF line joins) breaks after
// "다." already under ICU's rules (Hangul is OLetter, SB11); a test pins that down.
// Ranges are trimmed of surrounding whitespace; empty sentences are dropped.
// E.g. segment("Hi there. The U.S. Senate met.", {0, 30}) -> {[0,9), [10,30)}.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/status.h"

namespace loupe::segment {

class SentenceSegmenter {
 public:
  // Fails only when ICU's sentence break rules are missing from the data package.
  static core::Result<std::unique_ptr<SentenceSegmenter>> create();
  ~SentenceSegmenter();

  // Sentences of utf8[range] as byte ranges into utf8. Not thread-safe (one per thread).
  std::vector<core::ByteRange> segment(std::string_view utf8, core::ByteRange range);
  std::vector<core::ByteRange> segment(std::string_view utf8) {
    return segment(utf8, {0, utf8.size()});
  }

 private:
  struct Impl;
  explicit SentenceSegmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;  // keeps ICU types out of this header
};

// True when `word` (the text before a break, e.g. "U.S.") is an abbreviation that does not end
// a sentence. Exposed for tests.
bool is_non_terminal_abbreviation(std::string_view word);

}  // namespace loupe::segment
