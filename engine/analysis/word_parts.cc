#include "analysis/word_parts.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace loupe::analysis {
namespace {

// Length of the joiner at text[i] ('_', '.', ':', '\'', '@', U+2019), 0 if none.
std::size_t joiner_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '_' || c == '.' || c == ':' || c == '\'' || c == '@') return 1;
  if (text.substr(i, 3) == "\u2019") return 3;
  return 0;
}

}  // namespace

void append_word_parts(std::string_view text, const AnalyzedToken& word,
                       std::vector<AnalyzedToken>& out) {
  if (word.flags & (kTokenNumber | kTokenUrl | kTokenEmail | kTokenHangul)) return;
  const std::size_t begin = word.bytes.begin_byte, end = word.bytes.end_byte;
  // Fast exit: most words hold no joiner at all.
  bool any = false;
  for (std::size_t i = begin; i < end && !any; ++i) any = joiner_at(text, i) > 0;
  if (!any) return;
  std::size_t part_begin = begin, code_points = 0;
  bool letter = false;
  const auto close = [&](std::size_t part_end) {
    if (code_points >= 2 && letter && !(part_begin == begin && part_end == end)) {
      AnalyzedToken t;
      t.term.assign(text.substr(part_begin, part_end - part_begin));
      t.bytes = t.stem_bytes = {part_begin, part_end};
      t.flags = (word.flags & ~kTokenCapitalized) | kTokenPart;
      if (u_isupper(static_cast<UChar32>(core::decode_utf8_fast(text, part_begin).code_point))) {
        t.flags |= kTokenCapitalized;
      }
      out.push_back(std::move(t));
    }
  };
  for (std::size_t i = begin; i < end;) {
    if (const std::size_t j = joiner_at(text, i); j > 0) {
      close(i);
      i += j;
      part_begin = i, code_points = 0, letter = false;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(text, i);
    ++code_points;
    letter = letter || u_isalpha(static_cast<UChar32>(d.code_point));
    i += d.length;
  }
  close(end);
}

void drop_repeated_parts(std::vector<AnalyzedToken>& tokens) {
  std::size_t out = 0, word = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].flags & kTokenPart) {
      bool repeated = false;
      for (std::size_t k = word; k < out && !repeated; ++k)
        repeated = tokens[k].term == tokens[i].term;
      if (repeated) continue;
    } else {
      word = out;
    }
    if (out != i) tokens[out] = std::move(tokens[i]);
    ++out;
  }
  tokens.resize(out);
}

}  // namespace loupe::analysis
