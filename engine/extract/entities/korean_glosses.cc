// A Latin gloss in brackets glued to a Hangul word (`두뇌한국(Brain Korea)`, `호커센터(Hawker
// Center)`) spells that word in the original language: it is a name when the word is one. The
// Korean sets agree: of the Latin glosses after a Hangul word in their training files, 274 are
// tagged where the word is tagged (19 not) and 9 where it is not (429 not).
#include <algorithm>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {

void drop_glosses_of_words(std::string_view text, std::size_t first, std::vector<Candidate>& out) {
  std::vector<std::size_t> ends;  // where the candidates end
  for (std::size_t i = first; i < out.size(); ++i) ends.push_back(out[i].bytes.end_byte);
  std::sort(ends.begin(), ends.end());
  const auto gloss_of_word = [&](const Candidate& c) {
    const std::size_t b = c.bytes.begin_byte, e = c.bytes.end_byte;
    if (c.script != Script::kLatin || b < 4 || e >= text.size() || text[b - 1] != '(' ||
        text[e] != ')')
      return false;
    // The Hangul syllable before the bracket (3 bytes in UTF-8).
    if (!is_hangul_syllable(core::decode_utf8(text, b - 4).code_point)) return false;
    return !std::binary_search(ends.begin(), ends.end(), b - 1);
  };
  out.erase(
      std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), gloss_of_word),
      out.end());
}

}  // namespace loupe::entities
