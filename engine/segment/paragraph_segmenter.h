// ParagraphSegmenter: splits normalized text into paragraphs at blank lines.
// The normalizer guarantees paragraphs are separated by exactly "\n\n"; for raw text we also
// accept a blank line holding only spaces/tabs ("\n  \n") and runs of more than two newlines,
// so unnormalized input (the raw corpus) still yields sensible paragraphs.
// Each paragraph is trimmed of surrounding whitespace; empty paragraphs are dropped.
// E.g. segment_paragraphs("  One.\n\nTwo\nlines.\n\n\n") -> {[2,6), [8,18)}.
#pragma once
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace loupe::segment {

// No state and no ICU: a plain function. Ranges are byte offsets into `utf8`.
std::vector<core::ByteRange> segment_paragraphs(std::string_view utf8);

// Shrinks `range` so it neither starts nor ends with whitespace (ASCII, U+00A0, U+3000).
core::ByteRange trim_whitespace(std::string_view utf8, core::ByteRange range);

}  // namespace loupe::segment
