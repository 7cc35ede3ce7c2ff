// TextScanner: cuts UTF-8 text into the tokens date templates are written in: digit runs,
// letter runs (lower-cased; Hangul runs apart from Latin/Cyrillic ones) and single
// punctuation characters, each remembering the whitespace before it.
// E.g. "2022년 11월" -> [num "2022"] [word "년" hangul] [num "11" space_before] [word "월"].
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace loupe::dates {

enum class TokenType { kNumber, kWord, kPunct };

struct ScanToken {
  TokenType type;
  core::ByteRange bytes;
  // The lower-cased word, the digits or the punctuation: a view of the text when it reads the
  // same (the text must outlive the tokens), else of ScannedText::arena.
  std::string_view norm;
  int number = -1;           // value of a digit run (capped), else -1
  int digits = 0;            // length of a digit run
  bool hangul = false;       // a run of Hangul syllables
  bool capitalized = false;  // the word's first letter was upper-case
  bool ascii = false;        // a word of ASCII letters only (false: not known)
  bool space_before = false;
  bool para_before = false;  // a blank line (two newlines) separates it from the previous token
};

// The tokens and the one buffer their `norm` views point into when they differ from the text
// (no allocation per token).
struct ScannedText {
  std::string arena;
  std::vector<ScanToken> tokens;
  ScannedText() = default;
  ScannedText(const ScannedText&) = delete;  // the views point into `arena`
  ScannedText& operator=(const ScannedText&) = delete;
};

// Reads the tokens of a text one at a time: the lexer makes its own tokens from each, with no
// vector of scanner tokens in between.
class TextScanner {
 public:
  explicit TextScanner(std::string_view text) : text_(text) {}
  // The next token into `t` (every field set); false at the end of the text. `in_text`: its
  // norm is a view of the text; else its lower-cased letters were appended to `arena`, and
  // t.norm views them only until the arena grows again.
  bool next(ScanToken& t, std::string& arena, bool& in_text);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

void scan_text(std::string_view text, ScannedText& out);

// Lower-cases one word the way the scanner does (ASCII, Latin-1, Cyrillic); for rule tables.
std::string fold_word(std::string_view word);

}  // namespace loupe::dates
