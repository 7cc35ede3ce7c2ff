// Internal to normalize/: decides whether a line wrap cut a word, from the document itself.
// Evidence = the words found INSIDE lines (not the first or last word of a line, which a wrap
// may have cut), with punctuation stripped from their ends.
//
// Hangul ("...라브\n로프..."; the line ends in a Hangul syllable with no space, the next line
// starts with one): join when some inside word starts with the end of the first line's last word
// plus the next syllable ("라브로" in "라브로프가"); keep a space when the first line's last word
// is itself an inside word ("김정은의\n이번"); otherwise follow the document's majority among the
// decided cases (PDF extractors differ: some put a space before every wrap at a word end, so an
// unspaced wrap is mid-word; others do not).
// Hyphen ("nego-\ntiations"; a letter, "-", U+2010 or U+00AD, then a line starting lowercase):
// drop the hyphen if the joined word is an inside word; keep it if the hyphenated form is, or if
// both halves are ("well-\nknown" -> "well-known"); otherwise drop it (typesetting hyphenation).
// A soft hyphen (U+00AD) is always dropped.
//
// How: the questions every wrap of the text may ask are gathered first (a few per wrap) in a
// hash table, then the inside words are read once, each looking up its own prefixes (up to the
// longest question). No set of all the words is built or sorted; linear in the text.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/text_lines.h"

namespace loupe::normalize {

class WordEvidence {
 public:
  WordEvidence(std::string_view text, const std::vector<TextLine>& lines,
               const std::vector<LineRole>& roles)
      : text_(text), lines_(lines), roles_(roles) {}
  // `a` and `b` are consecutive trimmed lines. nullopt: not a Hangul wrap; true: join.
  std::optional<bool> decide_hangul(std::string_view a, std::string_view b);
  // Whether an inside word shows `a`'s last word and `b`'s first syllable as one word: the
  // evidence alone, without the document's majority that decide_hangul falls back on.
  bool hangul_cut_shown(std::string_view a, std::string_view b);
  // nullopt: not a hyphenated wrap; true: keep the hyphen, false: drop it.
  std::optional<bool> decide_hyphen(std::string_view a, std::string_view b);

 private:
  // Whether some inside word equals `text` (exact) or starts with it (prefix).
  struct Question {
    std::string_view text;
    std::uint64_t key = 0;  // the hash of text
    bool exact_asked = false, prefix_asked = false;
    bool exact = false, prefix = false;
    int next = -1;  // the next question of the same hash
  };
  void build();  // lazily, on the first question: a text with no wraps never pays for it
  void ask_of_pair(std::string_view a, std::string_view b);
  void ask(std::string_view text, bool prefix);
  void answer_all();
  int find(std::string_view text) const;
  std::optional<bool> hangul_evidence(std::string_view a, std::string_view b);
  bool has(std::string_view w);
  bool has_prefix(std::string_view p);
  template <typename Visit>
  void for_each_inside_word(Visit visit) const;

  std::string_view text_;
  const std::vector<TextLine>& lines_;
  const std::vector<LineRole>& roles_;
  bool built_ = false;
  bool hangul_prior_join_ = true;
  std::vector<Question> questions_;
  std::vector<int> slots_;            // open addressing on the hash: index into questions_, or -1
  std::size_t longest_question_ = 0;  // bytes
  std::deque<std::string> owned_;     // the texts of questions built from two pieces
};

}  // namespace loupe::normalize
