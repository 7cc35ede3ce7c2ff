// Names listed together take the list's type: in `Chile, Perú, Bolivia, Uruguay y Paraguay`
// all are places, in a line-up of surnames all are players, even where one of them alone would
// read as a team or a town. The annotated training files agree: in the lists of three names or
// more (names joined only by a comma, a conjunction or a middle dot) 96-99 % of the members
// have the list's most frequent type (CoNLL-2002 687 of 712, CoNLL-2003 480 of 494,
// Collection5 497 of 510, NER-UK 427 of 435). Two passes read the lists:
// - list_candidate_types, before linking: a name the lexicon does not know takes the type two
//   thirds of its list share (`Cañaveral, Gata, Hernán Pérez`: towns, not people), so its
//   entity is typed from it;
// - list_mention_types, after linking: a mention whose type departs from its list's (a listed
//   country the tagger read as a team among places, a player's surname linked to a town) takes
//   the list's, where at least three members and more than half agree (`... de Oriente Medio,
//   Aznar y Chirac acordaron`: a clause ends at the comma), except a name the lexicon lists
//   with another type (the EU among countries stays an organization), and not in Hangul:
//   Korean lists mix bands with singers and the UN with countries, which the tagger reads
//   right and this pass made worse on the Korean dev files.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {
namespace {

// What may stand between two names of one list.
bool joins_names(std::string_view gap) {
  static constexpr std::array<std::string_view, 19> kJoins = {
      ",",   ", ",    ", and ", " and ", ", y ", " y ", " e ", " o ",           ", и ",
      " и ", " или ", " і ",    " та ",  " 및 ", "·",   "ㆍ",  "\xea\xb3\xbc ", "\xec\x99\x80 "};
  return std::find(kJoins.begin(), kJoins.end(), gap) != kJoins.end();
}

// The end of the list that opens at ranges[from] (sorted by start): the first index whose name
// is not joined to the one before it.
template <typename RangeAt>
std::size_t list_end(std::string_view text, std::size_t from, std::size_t count, RangeAt range) {
  std::size_t to = from + 1;
  while (to < count) {
    const core::ByteRange a = range(to - 1), b = range(to);
    if (b.begin_byte < a.end_byte ||
        !joins_names(text.substr(a.end_byte, b.begin_byte - a.end_byte)))
      break;
    ++to;
  }
  return to;
}

bool hangul_name(std::string_view text, const Mention& m) {
  return is_hangul_syllable(core::decode_utf8(text, m.bytes.begin_byte).code_point);
}

}  // namespace

void list_candidate_types(std::string_view text, std::size_t first, std::vector<Candidate>& out) {
  std::vector<std::size_t> order;
  for (std::size_t i = first; i < out.size(); ++i) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return out[a].bytes.begin_byte < out[b].bytes.begin_byte;
  });
  for (std::size_t from = 0; from < order.size();) {
    const std::size_t to =
        list_end(text, from, order.size(), [&](std::size_t k) { return out[order[k]].bytes; });
    std::array<std::size_t, 3> count{};
    for (std::size_t k = from; k < to; ++k) ++count[static_cast<int>(out[order[k]].type)];
    const auto most = std::max_element(count.begin(), count.end());
    if (to - from >= 3 && *most * 3 >= (to - from) * 2)
      for (std::size_t k = from; k < to; ++k)
        if (out[order[k]].known < 0)
          out[order[k]].type = static_cast<EntityType>(most - count.begin());
    from = to;
  }
}

void list_mention_types(std::string_view text, const std::vector<Entity>& entities,
                        const std::vector<bool>& listed, Mention* begin, Mention* end) {
  const auto count = static_cast<std::size_t>(end - begin);
  for (std::size_t from = 0; from < count;) {
    const std::size_t to =
        list_end(text, from, count, [&](std::size_t k) { return begin[k].bytes; });
    std::array<std::size_t, 3> counts = {};
    for (std::size_t k = from; k < to; ++k) ++counts[static_cast<std::size_t>(begin[k].type)];
    for (std::size_t t = 0; t < 3; ++t) {
      const auto type = static_cast<EntityType>(t);
      if (counts[t] < 3 || 2 * counts[t] <= to - from) continue;
      for (std::size_t k = from; k < to; ++k) {
        const bool listed_otherwise =
            listed[begin[k].entity] && entities[begin[k].entity].type != type;
        if (!listed_otherwise && !hangul_name(text, begin[k])) begin[k].type = type;
      }
    }
    from = to;
  }
}

}  // namespace loupe::entities
