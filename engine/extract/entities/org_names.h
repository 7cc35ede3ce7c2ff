// OrgNames: one organization written in several languages. lexicon/org_heads.txt lists the
// words organization names translate word for word (university = universidad = університет =
// 대학교, ministry = ministerio = министерство = 부, national, finance...); the other words
// of a name are its proper part, compared as names: the same gazetteer entry, else the same
// romanized spelling (name_distance). Two names are one organization when they have the same
// translated words and their proper parts pair up; a name with no proper part or no
// translated word is compared by nothing here (its exact key still links it).
// E.g. key("Universidad de Valencia") and key("Университета Валенсии") -> same_org: true;
//      key("Ministry of Finance of Ukraine") vs key("Ministerio de Finanzas de España") -> false.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/name_key.h"

namespace loupe::entities {

struct OrgKey {
  std::vector<int> concepts;  // sorted, distinct: the translated words
  struct Proper {
    int known = -1;                   // gazetteer entry of the word, if any
    std::vector<std::string> romans;  // its romanized spellings
  };
  std::vector<Proper> proper;
};

class OrgNames {
 public:
  explicit OrgNames(NameKeyer& keyer);  // loads lexicon/org_heads.txt
  // Words of a name as the linking sees them (display form: words separated by one space).
  OrgKey key(std::string_view name, const Lexicon& lexicon, NameKeyer& keyer) const;

 private:
  // Splits a Korean word into translated words from its end (발렌시아대학교 -> 대학교 +
  // 발렌시아); returns the proper rest, "" when nothing is left.
  std::string_view korean_concepts(std::string_view word, std::vector<int>& concepts) const;
  void add_proper(std::string_view word, Script script, const Lexicon& lexicon, NameKeyer& keyer,
                  OrgKey& out) const;

  std::unordered_map<std::string, int> concept_of_key_;     // Latin/Cyrillic lookup key
  std::unordered_map<std::string, int> concept_of_korean_;  // Korean surface
  std::size_t longest_korean_ = 0;                          // bytes
  int function_ = -1;                                       // the FUNCTION row
};

// True when two keys name one organization (see the file comment).
bool same_org(const OrgKey& a, const OrgKey& b);

}  // namespace loupe::entities
