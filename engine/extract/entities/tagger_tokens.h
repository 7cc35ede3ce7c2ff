// The tagger's tokens: what the sequence tagger labels, one label each.
//  - Latin, Cyrillic, digits: words ("Нью-Йорк", "O'Brien", dotted acronyms "U.S." whole),
//    every punctuation mark its own token.
//  - Hangul: one token per syllable, with the word (eojeol) it belongs to, so a span can end
//    inside a word ("라브로프가" -> name 라브로프, particle 가) and the features see the word.
// Sequences break at blank lines and after a sentence-final mark followed by a space.
// E.g. tag_tokens("U.S. 푸틴은") -> U.S. | 푸 틴 은 (word 1: 푸틴은, stem 푸틴).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {

struct TaggerToken {
  core::ByteRange bytes;
  Script script = Script::kOther;
  bool space_before = false;  // whitespace between this token and the previous one
  // Hangul syllables: the word they belong to, its particle-stripped stem, and the place of
  // this syllable in it.
  core::ByteRange word;
  std::uint32_t stem_end_byte = 0;  // end of the stem of `word` (== word.end_byte: no particle)
  std::uint8_t syllable = 0;        // index in the word (capped at 255)
  bool last_syllable = false;
};

struct TokenSequence {
  std::uint32_t begin = 0, end = 0;  // token indexes [begin, end)
};

struct TaggerTokens {
  std::vector<TaggerToken> tokens;
  std::vector<TokenSequence> sequences;
};

// `scanned`: scan_text(text)'s words, whose Korean stems are then taken, not split again.
TaggerTokens tag_tokens(std::string_view text, const std::vector<Word>* scanned = nullptr);

}  // namespace loupe::entities
