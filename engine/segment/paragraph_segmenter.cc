#include "segment/paragraph_segmenter.h"

namespace loupe::segment {
namespace {

bool is_horizontal_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the whitespace character ending just before `end`, 0 if none.
std::size_t space_before(std::string_view s, std::size_t end) {
  if (end == 0) return 0;
  char c = s[end - 1];
  if (is_horizontal_space(c) || c == '\n') return 1;
  if (end >= 2 && s.substr(end - 2, 2) == "\xC2\xA0") return 2;      // U+00A0
  if (end >= 3 && s.substr(end - 3, 3) == "\xE3\x80\x80") return 3;  // U+3000 ideographic space
  return 0;
}

// Length of the whitespace character starting at `begin`, 0 if none.
std::size_t space_at(std::string_view s, std::size_t begin) {
  if (begin >= s.size()) return 0;
  char c = s[begin];
  if (is_horizontal_space(c) || c == '\n') return 1;
  if (s.substr(begin, 2) == "\xC2\xA0") return 2;
  if (s.substr(begin, 3) == "\xE3\x80\x80") return 3;
  return 0;
}

}  // namespace

core::ByteRange trim_whitespace(std::string_view utf8, core::ByteRange range) {
  std::size_t b = range.begin_byte, e = range.end_byte;
  for (std::size_t n; b < e && (n = space_at(utf8, b)) > 0 && b + n <= e;) b += n;
  for (std::size_t n; e > b && (n = space_before(utf8, e)) > 0 && e - n >= b;) e -= n;
  return {b, e};
}

std::vector<core::ByteRange> segment_paragraphs(std::string_view utf8) {
  std::vector<core::ByteRange> out;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    core::ByteRange r = trim_whitespace(utf8, {start, end});
    if (r.size() > 0) out.push_back(r);
  };
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (utf8[i] != '\n') {
      ++i;
      continue;
    }
    // A newline: look past horizontal spaces for a second newline (a blank line).
    std::size_t j = i + 1;
    while (j < utf8.size() && is_horizontal_space(utf8[j])) ++j;
    if (j < utf8.size() && utf8[j] == '\n') {
      emit(i);
      while (j < utf8.size() && (utf8[j] == '\n' || is_horizontal_space(utf8[j]))) ++j;
      start = i = j;
    } else {
      i = j;
    }
  }
  emit(utf8.size());
  return out;
}

}  // namespace loupe::segment
