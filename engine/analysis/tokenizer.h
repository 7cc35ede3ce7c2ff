// Tokenizer: the first step of every analysis chain. ICU word spans (segment::WordSegmenter,
// UAX #29) plus three corrections, producing AnalyzedTokens whose term is the surface text:
//  - URLs and e-mail addresses are found first (url_scanner.h) and kept whole (kTokenUrl,
//    kTokenEmail); word spans inside them are dropped.
//  - A number immediately followed by Hangul (no space) is one token: "4월", "30만", "2022년",
//    "6인", "4월부터" (the Korean filter later separates the particle: term "4월"). In Korean a
//    Hangul run glued to digits is a counter or unit. Flags kTokenNumber | kTokenHangul.
//  - Numbers otherwise stay as ICU's rules give them, which keep decimal and thousands
//    separators and glued Latin letters inside: "2.28", "1,180", "1,180km", "3.5" are one token
//    each (kTokenNumber when the token starts with a digit); "15%" is "15" (% is punctuation);
//    "3.5-4" is "3.5" and "4". Terms keep separators ("1,180" does not match "1180"): a number
//    is searched as written.
// Flags also set here: kTokenHangul (any Hangul character), kTokenCapitalized (first character
// upper-case). Positions are 0, 1, 2 ... within one call; the caller renumbers per document.
// E.g. tokenize("NBC가 4월에 me@x.org") -> {"NBC가", "4월에", "me@x.org"}.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"
#include "core/status.h"
#include "segment/word_segmenter.h"

namespace loupe::analysis {

class Tokenizer {
 public:
  // Fails only when ICU's word break rules are missing.
  static core::Result<std::unique_ptr<Tokenizer>> create();

  // Appends the tokens of utf8[range] to `out`. Not thread-safe (one ICU iterator, reused).
  void tokenize(std::string_view utf8, core::ByteRange range, std::vector<AnalyzedToken>& out);

 private:
  explicit Tokenizer(std::unique_ptr<segment::WordSegmenter> words) : words_(std::move(words)) {}
  std::unique_ptr<segment::WordSegmenter> words_;
  std::vector<segment::WordSpan> spans_;  // scratch, reused by every call
};

}  // namespace loupe::analysis
