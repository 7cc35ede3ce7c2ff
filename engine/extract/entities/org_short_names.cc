// An organization named in full once (`Magna International Inc`) and by its proper part after
// (`Magna was up 1/8`, `Magna's traditional strength`): the tagger reads that lone word without
// the organization words around it, often as a person; the document says what it is. A lone
// Latin or Cyrillic word that opens a multi-word organization name of its document, whose other
// words include an organization word (lexicon/org_words.txt: Inc., International, Group, Bank),
// read as a person is that organization, unless the document also names a person by it or the
// gazetteer lists it.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

namespace loupe::entities {

void MentionFinder::organization_short_names(std::string_view text, std::size_t first_tagged,
                                             std::vector<Candidate>& out) {
  std::vector<std::string> heads, people;
  for (std::size_t i = first_tagged; i < out.size(); ++i) {
    const Candidate& c = out[i];
    if (c.script != Script::kLatin && c.script != Script::kCyrillic) continue;
    const std::string_view s = text.substr(c.bytes.begin_byte, c.bytes.size());
    const std::size_t space = s.find_first_of(" \n");
    if (space == std::string_view::npos) continue;
    if (c.type == EntityType::kPerson) {
      people.push_back(keyer_.word_key(s.substr(s.find_last_of(" \n") + 1)));
      continue;
    }
    if (c.type != EntityType::kOrg) continue;
    const std::string head = keyer_.word_key(s.substr(0, space));
    if (lex_.is_org_word(head)) continue;  // `Bank of England`: the proper part is not first
    bool org_word = false;
    for (std::size_t b = space + 1; b < s.size() && !org_word;) {
      std::size_t e = s.find_first_of(" \n", b);
      if (e == std::string_view::npos) e = s.size();
      org_word = lex_.is_org_word(keyer_.word_key(s.substr(b, e - b)));
      b = e + 1;
    }
    if (org_word) heads.push_back(head);
  }
  if (heads.empty()) return;
  std::sort(heads.begin(), heads.end());
  std::sort(people.begin(), people.end());
  for (std::size_t i = first_tagged; i < out.size(); ++i) {
    Candidate& c = out[i];
    // A place opens organization names of its own (`Toronto` of `Toronto Dominion Bank`): only
    // a person's reading is retyped.
    if (c.type != EntityType::kPerson || c.known >= 0 ||
        (c.script != Script::kLatin && c.script != Script::kCyrillic))
      continue;
    const std::string_view s = text.substr(c.bytes.begin_byte, c.bytes.size());
    if (s.find_first_of(" \n") != std::string_view::npos) continue;
    const std::string key = keyer_.word_key(s);
    if (std::binary_search(heads.begin(), heads.end(), key) &&
        !std::binary_search(people.begin(), people.end(), key))
      c.type = EntityType::kOrg;
  }
}

}  // namespace loupe::entities
