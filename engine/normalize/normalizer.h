// Normalizer: the second pipeline stage (after decode_input). Input: UTF-8 text (invalid bytes
// allowed). Output: the normalized text every later stage reads, an OffsetMap from its byte
// offsets back to the input's byte offsets, the repairs made, and the input spans kept out.
// For offsets into the original file bytes compose with the decoder's map:
//   OffsetMap::compose(decoded.to_input, normalized.to_source).
//
// Steps, in order, each recorded in the map (rules in detail in repair_steps.h):
//  1. sanitize: "\r\n" and lone "\r" -> "\n"; form feed -> "\n"; NUL and other C0 controls
//     (not \t, \n) -> " "; invalid UTF-8 -> U+FFFD (mapped to the bytes it replaced).
//  2. NFC (ICU Normalizer2 with Edits: each changed span is its own map edit).
//  3. footnote markers: "[1]".."[999]" glued to the preceding word or punctuation (or after
//     sentence punctuation and one space) are removed.
//  4. lines: repeated running headers/footers and page-number lines are removed; hard-wrapped
//     lines are re-joined into paragraphs (a wrap becomes " ", a break inside a Hangul word or a
//     Latin/Cyrillic word hyphenated across lines becomes ""); paragraphs are separated by exactly
//     "\n\n"; no leading/trailing whitespace at text or paragraph edges.
//  5. letter spacing: runs of >= min_letter_spaced_run single Hangul syllables separated by
//     single spaces collapse (one fewer suffices beside a double space); one repair per space.
// E.g. normalize("세르게이 라브\n로프 외무장관은[1]\r\n") -> text "세르게이 라브로프 외무장관은",
//      repairs {kNewline, kFootnoteMarker, kHangulJoin, kLineJoin (the final "\n" dropped)},
//      removed_source {[42,45) "[1]"}, to_source({13,25}) == {13,26} ("라브\n로프").
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "normalize/offset_map.h"

namespace loupe::normalize {

enum class RepairKind : std::uint8_t {
  kNewline,         // "\r\n" or "\r" (or form feed) became "\n"
  kControlChar,     // NUL or another C0 control became a space
  kInvalidUtf8,     // an invalid byte sequence became U+FFFD
  kNfc,             // a span changed by NFC composition
  kLineJoin,        // line breaks rewritten: a wrap -> " ", a paragraph break -> "\n\n",
                    // whitespace at the text's edges removed
  kHangulJoin,      // a line break inside a Hangul word was removed
  kHyphenJoin,      // "nego-\ntiations" -> "negotiations" (or "well-\nknown" -> "well-known")
  kLetterSpacing,   // "극 동 연 방" -> "극동연방"
  kRunningHeader,   // a repeated header/footer line, removed
  kPageNumber,      // a page-number line, removed
  kFootnoteMarker,  // "[1]" glued to a word, removed
};

const char* repair_kind_name(RepairKind kind);

// A repair's range in 32 bits: a text of repairs has one per ~6 bytes, and a document is at
// most 128 MiB (document::kMaxDocumentBytes). Reads as a core::ByteRange.
struct RepairRange {
  std::uint32_t begin_byte = 0;
  std::uint32_t end_byte = 0;
  RepairRange() = default;
  RepairRange(std::size_t begin, std::size_t end)
      : begin_byte(static_cast<std::uint32_t>(begin)), end_byte(static_cast<std::uint32_t>(end)) {}
  RepairRange(core::ByteRange r) : RepairRange(r.begin_byte, r.end_byte) {}  // NOLINT: implicit
  operator core::ByteRange() const { return {begin_byte, end_byte}; }        // NOLINT: implicit
  std::size_t size() const { return end_byte - begin_byte; }
  bool operator==(const RepairRange&) const = default;
};

struct Repair {  // 20 bytes (40 with core::ByteRange)
  RepairKind kind;
  RepairRange normalized;  // in NormalizedText::text (empty for removals)
  RepairRange source;      // in the input of normalize()
};

struct NormalizeOptions {
  bool nfc = true;                      // compose to NFC
  bool remove_footnote_markers = true;  // step 3
  bool remove_running_headers = true;   // step 4: headers, footers, page numbers
  bool rejoin_lines = true;             // step 4: false keeps every line as its own paragraph
  bool collapse_letter_spacing = true;  // step 5
  // Shortest run of single Hangul syllables collapsed anywhere (>= 2). Runs one shorter are
  // collapsed only beside a double space, the mark of letter-spaced text: "군 대 군" (three
  // real words, "military to military") must survive.
  std::size_t min_letter_spaced_run = 4;
};

struct NormalizedText {
  std::string text;                             // valid UTF-8, NFC
  OffsetMap to_source;                          // text offsets -> input offsets
  std::vector<Repair> repairs;                  // in the order made, step by step
  std::vector<core::ByteRange> removed_source;  // input spans kept out of `text`
};

NormalizedText normalize(std::string_view utf8, const NormalizeOptions& options = {});

}  // namespace loupe::normalize
