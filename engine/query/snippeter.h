// Snippeter: a short excerpt of a hit passage with the matching words marked. The caller
// re-analyzes the passage's text (cheap: only the top hits) and says which token terms match
// (Searcher::highlights); the window is centred on the densest run of matches, cut at spaces
// where it can and never inside a UTF-8 character.
// All offsets are bytes into the passage's own text plus `base` (so they index the document).
// E.g. make_snippet(analyzed("... 라브로프가 말했다 ..."), base 100, is_match, 160) ->
//   {bytes [100+k, ...), highlights {the bytes of 라브로프가}}.
#pragma once
#include <functional>
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"
#include "core/byte_range.h"

namespace loupe::query {

struct Snippet {
  core::ByteRange bytes;                    // the excerpt
  std::vector<core::ByteRange> highlights;  // inside `bytes`, ascending, not overlapping
};

Snippet make_snippet(const analysis::AnalyzedText& passage, std::size_t base,
                     const std::function<bool(std::string_view term)>& is_match,
                     std::size_t max_bytes);

}  // namespace loupe::query
