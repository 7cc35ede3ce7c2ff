// A Korean person span with a name the lexicon lists as an organization or a place before or
// after the person's own words (`나토 젤렌스키`, `세르게이 나리시킨 러`): that name is a mention
// of its own (korean_place_parts calls these first for PERSON spans).
#include <algorithm>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {

// A Korean person span that opens with a word the lexicon lists as an organization or a place
// (`나토 젤렌스키`, `러시아 푸틴`): that word is a name of its own, not a given name.
void split_listed_head(const Lexicon& lex, std::string_view text, TaggedSpan& span,
                       std::vector<TaggedSpan>& out) {
  const std::string_view surface = text.substr(span.bytes.begin_byte, span.bytes.size());
  const std::size_t space = surface.find_first_of(" \n");
  if (space == std::string_view::npos || space == 0 ||
      script_of(core::decode_utf8(surface, 0).code_point) != Script::kHangul)
    return;
  const int head = lex.find_korean(surface.substr(0, space));
  if (head < 0 || lex.entity(head).type == EntityType::kPerson) return;
  std::size_t next = space;
  while (next < surface.size() && (surface[next] == ' ' || surface[next] == '\n')) ++next;
  if (next == surface.size()) return;
  out.push_back({{span.bytes.begin_byte, span.bytes.begin_byte + space},
                 lex.entity(head).type,
                 span.confidence});
  span.bytes.begin_byte += next;
}

// A Korean person span that ends with a word the lexicon lists as an organization or a place
// (`세르게이 나리시킨 러`, of `... 러 대외정보국 국장`; `드미트리 페스코프 크렘린궁`): that word
// is the next name (no corpus puts a country or an institution inside a person's span).
void split_listed_tail(const Lexicon& lex, std::string_view text, TaggedSpan& span,
                       std::vector<TaggedSpan>& out) {
  const std::string_view surface = text.substr(span.bytes.begin_byte, span.bytes.size());
  const std::size_t space = surface.find_last_of(" \n");
  if (space == std::string_view::npos || space + 1 >= surface.size() ||
      script_of(core::decode_utf8(surface, 0).code_point) != Script::kHangul)
    return;
  const int tail = lex.find_korean(surface.substr(space + 1));
  if (tail < 0 || lex.entity(tail).type == EntityType::kPerson) return;
  std::size_t end = space;
  while (end > 0 && (surface[end - 1] == ' ' || surface[end - 1] == '\n')) --end;
  if (end == 0) return;
  out.push_back({{span.bytes.begin_byte + space + 1, span.bytes.end_byte},
                 lex.entity(tail).type,
                 span.confidence});
  span.bytes.end_byte = span.bytes.begin_byte + end;
}

// Whether a Hangul word reads as a Korean name: 2 or 3 syllables, a common surname first
// (김민준, 이대호). Foreign given names are mostly not (무라야마, 에두아, 타이거).
bool korean_name_shape(std::string_view w) {
  const std::size_t syllables = w.size() / 3;
  return syllables >= 2 && syllables <= 3 && is_korean_surname(w.substr(0, 3));
}

void join_foreign_name_parts(std::string_view text, std::size_t first,
                             std::vector<Candidate>& out) {
  std::vector<std::size_t> people;
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i].type == EntityType::kPerson && out[i].script == Script::kHangul) people.push_back(i);
  std::sort(people.begin(), people.end(), [&](std::size_t a, std::size_t b) {
    return out[a].bytes.begin_byte < out[b].bytes.begin_byte;
  });
  std::vector<bool> drop(out.size(), false);
  for (std::size_t k = 0; k + 1 < people.size(); ++k) {
    Candidate& a = out[people[k]];
    const Candidate& b = out[people[k + 1]];
    const std::string_view given = text.substr(a.bytes.begin_byte, a.bytes.size());
    const std::string_view last = text.substr(b.bytes.begin_byte, b.bytes.size());
    // A Korean full name of three syllables after it is another person (`수지 이민호`); a
    // foreign surname of two may open with a Korean surname's syllable (`벤저민 조프`).
    if (drop[people[k]] || b.bytes.begin_byte != a.bytes.end_byte + 1 ||
        text[a.bytes.end_byte] != ' ' || given.find(' ') != std::string_view::npos ||
        korean_name_shape(given) || (last.size() == 9 && korean_name_shape(last)))
      continue;
    a.bytes.end_byte = b.bytes.end_byte;
    a.confidence = std::min(a.confidence, b.confidence);
    drop[people[k + 1]] = true;
  }
  std::size_t w = first;
  for (std::size_t i = first; i < out.size(); ++i)
    if (!drop[i]) out[w++] = out[i];
  out.resize(w);
}

}  // namespace loupe::entities
