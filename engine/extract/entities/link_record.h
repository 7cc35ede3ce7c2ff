// LinkRecord: a mention as the linking sees it (entity_linking.h), with the keys it compares:
// the lookup key of the whole name, the given name and surname of a person (Korean names put
// the surname first: 김지우 = 김 + 지우, Kim Ji-woo, Ким Джиу; lexicon/korean_surnames.txt), and
// their romanized spellings.
// E.g. make_link_record(0, text, candidate of "Ким Джиу") -> full_name, the surname Ким
//      (last_key, romans "kim"), the given name Джиу (first_key, first_romans).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

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
  // The script the given names are compared as: kHangul for a Korean name in any script
  // (김정은, Kim Jong-un, Ким Чен Ын), whose romanized given names must agree as spelled,
  // without the drift allowed between transcriptions of Western given names (Michael, Майкл).
  Script first_script = Script::kOther;
  // An acronym in brackets after a name ("Korea Maritime Institute (KMI)"): the byte where the
  // gap before its bracket starts (the end of the name it abbreviates), else kNotBracketed.
  static constexpr std::uint32_t kNotBracketed = static_cast<std::uint32_t>(-1);
  std::uint32_t bracket_gap_begin = kNotBracketed;
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

// A lone Hangul surname (one word, no given name) the locative particle 에서 follows
// (톨레도에서 태어나: born in Toledo, beside 마르타 톨레도): a person takes 에게서 or 한테서, so
// the name is a place (or an organization where it works: its place in the linking all the
// same). Its record is then made as a place's. Full names stay (황비홍에서: a film named after
// a person, still tagged as the person in the Korean corpora). Applied only where the document
// names a person of that surname in full (entity_index.cc: `갈레노스에서 보는 것처럼` stays).
bool korean_place_by_particle(std::string_view text, const LinkRecord& r);

// Per record: a one-word Hangul name outside the gazetteer that the tagger typed ORG or LOC
// but read as a person at least half as likely (Candidate::by_type), the surname of a person
// its document names in full (코발렌코 beside 올레나 코발렌코). The linking takes it for a lone
// surname, as if typed PERSON; the entity's type vote then follows the person it joins. Latin
// and Cyrillic names get this from the finder (MentionFinder::surnames_are_people), which
// does not see the Korean names found after the tagger.
std::vector<bool> hangul_surnames_typed_otherwise(const std::vector<LinkRecord>& recs);

// A "full name" whose first word the corpus writes in lower case (twice or more) and never
// capitalized inside a sentence is a common word before a surname, not a given name: the
// tagger's "Линия Киссинджера" (the Kissinger line) is then no person named Kissinger that a
// lone "Киссинджера" could join.
void drop_common_word_given_names(std::vector<LinkRecord>& recs, const CaseStats& stats,
                                  NameKeyer& keyer);

}  // namespace loupe::entities
