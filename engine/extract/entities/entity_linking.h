// Linking: mentions grouped into entities by evidence that survives real corpora (issue 16).
// The passes, in order (one function each in entity_linking.cc):
//  1. same gazetteer entry; same lookup key and type (a weak guess joins the type it meets);
//     an acronym in brackets after an organization's name (Korea Maritime Institute (KMI));
//     Cyrillic case forms that Snowball stems apart (Пусан / Пусане);
//  2. a lone surname joins the full name it names only when exactly one fits: the one
//     introduced before it in its document (of several, the one named in full before it in
//     its paragraph), else the only one in its document, else in the corpus (two Romeros
//     named two paragraphs up: a later "Romero" stays alone); one that no person carries is
//     the place or organization its script writes with that key (Валенсией); a Hangul name
//     the tagger typed ORG or LOC but nearly as likely a person counts as a lone surname
//     (hangul_surnames_typed_otherwise);
//  3. organizations across languages: same translated words, same proper part (org_names.h);
//     a name typed LOC joins the organization it translates;
//  4. across scripts: people by surname, places by whole romanized name (cross_script.h);
//  5. lone names no person carries whose romanized name is exactly one place's (Busan = 부산);
//  6. a lone name typed LOC or ORG whose key is a person's built across scripts (`de Zelensky`
//     in Spanish; Зеленского, 젤렌스키 elsewhere): that person (people_across_languages.cc).
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
#include "extract/entities/link_record.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {

// Groups the records: find(i) of the result is the group of record i.
UnionFind link_records(const std::vector<LinkRecord>& recs, const Lexicon& lexicon,
                       NameKeyer& keyer);

// Pass 6 over the groups passes 1-5 made, under their guard (people_across_languages.cc).
void people_across_languages(const std::vector<LinkRecord>& recs, UnionFind& groups);

}  // namespace loupe::entities
