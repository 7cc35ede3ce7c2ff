// Pass 6 of the linking (entity_linking.h): a lone Latin or Cyrillic name that a tagger typed
// LOC or ORG and no gazetteer lists, whose key is that of a person's mention whose entity the
// other passes built across two scripts or more from three person mentions or more, is that
// person. A tagger trained on news of 1996-2000 reads an unknown surname after a preposition as
// a place (`La política reaccionaria de Zelensky`: LOC to the Spanish model) where the same
// collection names him as a person in other languages (Zelensky's, Зеленского, 젤렌스키).
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "extract/entities/entity_linking.h"

namespace loupe::entities {
namespace {

struct Group {
  unsigned scripts = 0;  // a bit per Script of its records
  std::size_t people = 0;
  bool only_lone_names = true;  // every record a lone LOC or ORG name outside the gazetteer
};

bool lone_non_person(const LinkRecord& r) {
  return r.cand.type != EntityType::kPerson && r.cand.known < 0 && r.words.size() == 1 &&
         (r.cand.script == Script::kLatin || r.cand.script == Script::kCyrillic);
}

}  // namespace

void people_across_languages(const std::vector<LinkRecord>& recs, UnionFind& groups) {
  std::map<std::size_t, Group> of_root;
  std::map<std::pair<Script, std::string>, std::set<std::size_t>> people;  // key -> roots
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const LinkRecord& r = recs[i];
    Group& g = of_root[groups.find(i)];
    g.scripts |= 1u << static_cast<unsigned>(r.cand.script);
    g.only_lone_names = g.only_lone_names && lone_non_person(r);
    if (r.cand.type != EntityType::kPerson) continue;
    ++g.people;
    people[{r.cand.script, r.key}].insert(groups.find(i));
  }
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const std::size_t root = groups.find(i);
    if (!lone_non_person(recs[i]) || !of_root[root].only_lone_names) continue;
    const auto it = people.find({recs[i].cand.script, recs[i].key});
    if (it == people.end() || it->second.size() != 1) continue;
    const Group& person = of_root[*it->second.begin()];
    if (person.people >= 3 && (person.scripts & (person.scripts - 1)) != 0)
      groups.unite(*it->second.begin(), root);
  }
}

}  // namespace loupe::entities
