// URL and e-mail detection, run before word segmentation so that each address becomes one token
// (ICU would split "https://example.com/a?b=1" into "https", "example.com", "a", "b", "1").
// URLs: "http://", "https://", "ftp://" or "www." followed by non-space characters; trailing
// sentence punctuation (. , ; : ! ? and unbalanced ) ] ' ") is not part of the URL.
// E-mail: local@domain with an ASCII local part and a dotted domain ending in 2+ letters.
// E.g. find_links("see https://x.org/a. Or me@x.org", {0, 32}) ->
//      {{[4,19), kTokenUrl}, {[24,32), kTokenEmail}}.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace loupe::analysis {

struct LinkSpan {
  core::ByteRange bytes;
  std::uint32_t flag;  // kTokenUrl or kTokenEmail
};

// Links inside utf8[range], in text order, non-overlapping.
std::vector<LinkSpan> find_links(std::string_view utf8, core::ByteRange range);

}  // namespace loupe::analysis
