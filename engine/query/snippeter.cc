#include "query/snippeter.h"

#include <algorithm>

namespace loupe::query {
namespace {

bool is_continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// Moves `i` back to a character start, preferring a space within `slack` bytes before it.
std::size_t snap_back(std::string_view s, std::size_t i, std::size_t slack) {
  i = std::min(i, s.size());
  for (std::size_t k = i; k > 0 && i - k < slack; --k) {
    if (s[k - 1] == ' ' || s[k - 1] == '\n') return k;
  }
  while (i > 0 && is_continuation(s, i)) --i;
  return i;
}

}  // namespace

Snippet make_snippet(const analysis::AnalyzedText& passage, std::size_t base,
                     const std::function<bool(std::string_view term)>& is_match,
                     std::size_t max_bytes) {
  const std::string_view text = passage.text;
  std::vector<core::ByteRange> marks;
  for (const analysis::AnalyzedToken& t : passage.tokens) {
    if (t.bytes.end_byte > text.size() || t.bytes.begin_byte >= t.bytes.end_byte) continue;
    if (!is_match(t.term)) continue;
    if (!marks.empty() && t.bytes.begin_byte < marks.back().end_byte) {  // alternatives overlap
      marks.back().end_byte = std::max(marks.back().end_byte, t.bytes.end_byte);
    } else {
      marks.push_back(t.bytes);
    }
  }
  // The window start that covers the most marks (two pointers over the marks).
  std::size_t best_first = 0, best_count = 0;
  for (std::size_t i = 0, j = 0; i < marks.size(); ++i) {
    j = std::max(j, i);
    while (j < marks.size() && marks[j].end_byte - marks[i].begin_byte <= max_bytes) ++j;
    if (j - i > best_count) best_first = i, best_count = j - i;
  }
  std::size_t begin = 0;
  if (!marks.empty() && text.size() > max_bytes) {
    const std::size_t lead = max_bytes / 5;  // some context before the first match
    const std::size_t first = marks[best_first].begin_byte;
    begin = snap_back(text, first > lead ? first - lead : 0, lead);
    begin = std::min(begin, first);
  }
  std::size_t end = text.size();
  if (end - begin > max_bytes) end = snap_back(text, begin + max_bytes, max_bytes / 5);
  if (end <= begin) end = std::min(text.size(), begin + max_bytes);
  while (end < text.size() && is_continuation(text, end)) ++end;
  Snippet out;
  out.bytes = {base + begin, base + end};
  for (const core::ByteRange& m : marks) {
    if (m.begin_byte >= begin && m.end_byte <= end)
      out.highlights.push_back({base + m.begin_byte, base + m.end_byte});
  }
  return out;
}

}  // namespace loupe::query
