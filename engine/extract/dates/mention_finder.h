// MentionFinder: runs the grammar over the windows of a text and keeps the items that are
// mentions: the longest ones, never overlapping, that pass the guards against false readings
// (numbers inside bigger numbers or codes, words glued to Hangul, lone weak words).
// E.g. "tested 2.5.1 on May 2 at 3:30 p.m." -> one found item, "May 2 at 3:30 p.m.".
#pragma once
#include <string_view>
#include <vector>

#include "extract/dates/date_lexer.h"
#include "extract/dates/grammar.h"

namespace loupe::dates {

struct FoundItem {
  Item item;
  std::vector<Item> others;  // other readings of the same tokens, best first
  core::ByteRange bytes;     // the surface: leading prepositions, trailing particles left out
  int tense = 0;             // -1 past, +1 future, 0 unknown: of the sentence around it
};

class MentionFinder {
 public:
  std::vector<FoundItem> find(std::string_view text) const;

 private:
  DateLexer lexer_;
  Grammar grammar_;
};

}  // namespace loupe::dates
