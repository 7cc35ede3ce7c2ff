// Linking: mentions grouped into entities by evidence that survives real corpora (issue 16).
// The passes, in order (one function each in entity_linking.cc):
//  1. same gazetteer entry; same lookup key and type (a weak guess joins the type it meets);
//     Cyrillic case forms that Snowball stems apart (Пусан / Пусане);
//  2. a lone surname joins the full name it names only when exactly one fits: the one
//     introduced before it in its document, else the only one in its document, else in the
//     corpus (two Romeros in one text: a later "Romero" stays alone);
//  3. organizations across languages: same translated words, same proper part (org_names.h);
//  4. across scripts: people by surname, places by whole romanized name (cross_script.h).
// A guard sits under every union: two different gazetteer entries never share an entity (no
// city gathers another city's name), nor two people whose given names differ.
// Korean names put the surname first: 김지우 = Kim Ji-woo = Ким Джиу (surname 김 / Kim / Ким,
// lexicon/korean_surnames.txt).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/cross_script.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {

// A mention being linked, with the keys linking compares.
struct LinkRecord {
  std::uint32_t doc = 0;
  Candidate cand;
  std::string display;              // the surface with line breaks as spaces
  std::vector<std::string> words;   // display split on spaces
  std::string key;                  // lookup key of the whole name
  std::string first_key, last_key;  // given name and surname keys of a PERSON (first and last
                                    // word of other names)
  bool full_name = false;           // a PERSON with a given name (two words, or 김지우)
  // Romanized surname (PERSON) or whole name (LOC): of the surface, of its stem, and the other
  // spellings of Latin names (spelling_variants); romanized given names of a PERSON full name.
  std::vector<std::string> romans, first_romans;
};

// The surface with line breaks and runs of spaces as one space.
std::string display_of(std::string_view s);
std::vector<std::string> split_words(const std::string& s);
// A romanized word with the spellings other scripts may give it.
void add_romans(NameKeyer& keyer, std::string_view word, Script script,
                std::vector<std::string>& out);

// The record of a candidate of document `doc` (whose text is `text`); words is empty when
// the surface has none.
LinkRecord make_link_record(std::uint32_t doc, std::string_view text, const Candidate& c,
                            NameKeyer& keyer);

// Groups the records: find(i) of the result is the group of record i.
UnionFind link_records(const std::vector<LinkRecord>& recs, const Lexicon& lexicon,
                       NameKeyer& keyer);

}  // namespace loupe::entities
