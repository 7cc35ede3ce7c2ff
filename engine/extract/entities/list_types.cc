// A name in a list of names takes the list's type: in `Chile, Perú, Bolivia, Uruguay y
// Paraguay` all are places, in a line-up of surnames all are players, even where one of them
// alone would read as a team or a town. The annotated training files agree: in the lists of
// three names or more (names joined only by a comma, a conjunction or a middle dot) 96-99 % of
// the members have the list's most frequent type (CoNLL-2002 687 of 712, CoNLL-2003 480 of
// 494, Collection5 497 of 510, NER-UK 427 of 435).
// The type moves only where at least three members and more than half agree (`... de Oriente
// Medio, Aznar y Chirac acordaron`: a clause ends at the comma), not for a name the documents
// give another type elsewhere (the EU among countries stays an organization), and not in
// Hangul: Korean lists mix bands with singers and the UN with countries, which the tagger
// reads right and the rule made worse on the Korean dev files.
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {
namespace {

// What may stand between two names of one list.
bool joins_names(std::string_view gap) {
  static constexpr std::array<std::string_view, 17> kJoins = {
      ",",    ", ",   ", and ", " and ", ", y ", " y ", " e ",      " o ", ", и ",
      " и ",  " і ",  " та ",  " 및 ",  "·",    "ㆍ",  "\xea\xb3\xbc ", "\xec\x99\x80 "};
  for (std::string_view j : kJoins)
    if (gap == j) return true;
  return false;
}

bool hangul_name(std::string_view text, const Mention& m) {
  return is_hangul_syllable(core::decode_utf8(text, m.bytes.begin_byte).code_point);
}

}  // namespace

void list_types(std::string_view text, const std::vector<Entity>& entities, Mention* begin,
                Mention* end) {
  for (Mention* first = begin; first != end;) {
    Mention* last = first + 1;
    while (last != end && last->bytes.begin_byte >= (last - 1)->bytes.end_byte &&
           joins_names(text.substr((last - 1)->bytes.end_byte,
                                   last->bytes.begin_byte - (last - 1)->bytes.end_byte)))
      ++last;
    const auto n = static_cast<std::size_t>(last - first);
    std::array<std::size_t, 3> counts = {};
    for (Mention* m = first; m != last; ++m) ++counts[static_cast<std::size_t>(m->type)];
    for (std::size_t t = 0; t < 3; ++t)
      if (counts[t] >= 3 && 2 * counts[t] > n)
        for (Mention* m = first; m != last; ++m) {
          const Entity& e = entities[m->entity];
          const bool named_elsewhere = e.mention_count > 1 && e.type != static_cast<EntityType>(t);
          if (!named_elsewhere && !hangul_name(text, *m)) m->type = static_cast<EntityType>(t);
        }
    first = last;
  }
}

}  // namespace loupe::entities
