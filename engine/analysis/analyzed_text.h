// AnalyzedText: what the analysis stage hands to every consumer (index, dates, entities).
// All ranges are byte offsets into `text`, the NORMALIZED text (NFC, PDF repairs applied).
// The facade maps them to the original input bytes and to UTF-16 through the normalizer's
// OffsetMap; consumers never see original offsets and never convert units themselves.
// E.g. for "라브로프가 왔다." one token {term "라브로프", surface bytes [0,15), position 0}.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/byte_range.h"
#include "core/language.h"

namespace loupe::analysis {

// Bits describing a token (combinable).
enum TokenFlag : std::uint32_t {
  kTokenNumber = 1u << 0,       // digits, possibly with a counter kept together ("4월", "30만")
  kTokenUrl = 1u << 1,          // a URL kept as one token
  kTokenEmail = 1u << 2,        // an e-mail address kept as one token
  kTokenHangul = 1u << 3,       // Korean
  kTokenCapitalized = 1u << 4,  // surface starts with an upper-case letter
  kTokenStripped = 1u << 5,     // a Korean particle/ending was separated from the stem
  kTokenPart = 1u << 6,         // a part of the word before it, at its position (word_parts.h)
};

struct AnalyzedToken {
  std::string term;       // the index/search term: folded, stemmed ("라브로프", "negoti")
  core::ByteRange bytes;  // the whole surface in `text`, particle included ("라브로프가")
  core::ByteRange
      stem_bytes;  // the part the term came from ("라브로프"); == bytes if nothing split
  std::uint32_t position = 0;  // word position in the document; alternatives share a position
  std::uint32_t flags = 0;     // TokenFlag bits
};

struct Paragraph {
  core::ByteRange bytes;
  core::Language lang = core::Language::kOther;
  float lang_confidence = 0;  // 0..1
};

struct Sentence {
  core::ByteRange bytes;
  std::uint32_t paragraph = 0;  // index into AnalyzedText::paragraphs
};

struct AnalyzedText {
  std::string text;  // the normalized text all ranges index into
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<AnalyzedToken> tokens;  // in text order
};

}  // namespace loupe::analysis
