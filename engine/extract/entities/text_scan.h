// scan_text: the words of a UTF-8 text with what the entity finder needs to know about each:
// script, capitalization, whether punctuation separates it from the previous word, and the
// sentence and paragraph it belongs to. A single line break is plain space (names broken
// across lines stay one sequence); a blank line ends a paragraph.
// E.g. scan_text("Putin met\nLavrov. 푸틴은") -> Putin, met, Lavrov (sentence 0); 푸틴은 (sentence
// 1).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace loupe::entities {

enum class Script : std::uint8_t { kOther, kLatin, kCyrillic, kHangul, kDigit };

struct Word {
  core::ByteRange bytes;
  Script script = Script::kOther;
  bool upper_initial = false;   // first letter upper case ("Putin", "NATO", "U.S.")
  bool all_upper = false;       // two or more letters, all upper case, or a dotted acronym
  bool sentence_start = false;  // first word of its sentence (an opening quote may precede)
  bool break_before = false;    // punctuation, not only spaces, since the previous word
  std::uint32_t sentence = 0;
  std::uint32_t paragraph = 0;
  // Hangul words: bytes of the stem without its particle (analysis::split_korean_word, computed
  // once here because the finder asks for it several times per word); other words: their size.
  std::uint32_t stem_bytes = 0;
  std::uint32_t code_points = 0;  // of the word (counted while scanning)
  // In a title-cased clause (between : ; ( ) quotes or sentence ends, 3+ long words,
  // all capitalized, only function words in lower case): a book or article title in a reference, a
  // headline.
  bool title_clause = false;
};

// The word's bytes in the text it was scanned from.
inline std::string_view word_text(std::string_view text, const Word& w) {
  return text.substr(w.bytes.begin_byte, w.bytes.size());
}

struct ScannedText {
  std::vector<Word> words;
  std::vector<bool> title_case_paragraph;  // headline-like: most long words capitalized
  std::uint32_t sentence_count = 0;
  std::uint32_t paragraph_count = 0;
};

// The scans of the texts scanned before are kept per thread, by their bytes (the app asks the
// same documents again on every change of its library): at most this many bytes of text and
// scans (a scan holds 4-7 times its text's bytes: a text over 2-3 MiB is not kept).
inline constexpr std::size_t kScannedKeptBytes = std::size_t{16} << 20;
ScannedText scan_text(std::string_view text);
// Drops this thread's kept scans (memory is short).
void release_scanned_texts();

// Helpers shared with the finder.
Script script_of(char32_t cp);
bool is_hangul_syllable(char32_t cp);
// CJK ideographs (Han characters: the basic block, extension A, compatibility ideographs).
bool is_han(char32_t cp);
// Bytes of a Hangul word's stem without its particle (analysis::split_korean_word), memoized.
std::uint32_t korean_stem_bytes(std::string_view word);
// Number of code points in a UTF-8 string.
std::size_t code_point_count(std::string_view s);

}  // namespace loupe::entities
