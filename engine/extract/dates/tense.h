// TenseMap: the tense a sentence shows, from surface cues (English "was"/"-ed"/"will",
// Russian/Ukrainian past endings "-ла"/"-ли"/"-в" and "будет"/"буде", Spanish preterite
// "-ó"/"-aron" and future "-rá", Korean past "-았/었-" (a syllable ending in ㅆ) and "-겠-").
// A bare weekday or month reads backward in a past sentence, forward otherwise.
// E.g. "The report was released on Friday." -> -1 for every token of the sentence.
#pragma once
#include <vector>

#include "extract/dates/date_lexer.h"

namespace loupe::dates {

class TenseMap {
 public:
  explicit TenseMap(const std::vector<Tok>& toks) : toks_(toks) {}
  // The tense of the sentence holding toks[token]; a sentence is read only when asked about.
  int at(int token);

 private:
  const std::vector<Tok>& toks_;
  int cached_begin_ = -1, cached_end_ = -1, cached_ = 0;
};

}  // namespace loupe::dates
