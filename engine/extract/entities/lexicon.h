// Lexicon: the compiled-in word lists of lexicon/*.txt (titles, organization words, words
// that are not names, aliases, places) and the country gazetteer generated from
// i18n-iso-countries at build time. Lookups take NameKeyer keys (case-folded, Cyrillic
// stemmed), except the Korean ones, which take surfaces.
// E.g. find_name(keyer.lookup_key("России")) -> the entry of Russia (LOC, key "RU").
#pragma once
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entities/name_key.h"
#include "extract/entities/string_flat_map.h"

namespace loupe::entities {

enum class EntityType : std::uint8_t { kPerson, kOrg, kLoc };
const char* entity_type_name(EntityType type);

struct KnownEntity {
  std::string key;  // "RU", "NATO", "MOSCOW"
  EntityType type;
  std::string canonical;  // "Russia"
};

class Lexicon {
 public:
  // `keyer` must outlive the lexicon: it also generates the Cyrillic case forms on first need.
  explicit Lexicon(NameKeyer& keyer);

  // The first word's key of some known name of several words ("белый" of "белый дом").
  bool starts_multiword_name(std::string_view key) const;
  // A known name (gazetteer, aliases, places) by lookup key, or -1.
  int find_name(std::string_view key) const;
  const KnownEntity& entity(int index) const { return entities_[index]; }
  // A country: an entry of the generated gazetteer (ISO 3166 codes; loaded first, so the
  // first `countries_` entries), not a place or body of aliases.txt (`EU`, `UN`) or places.txt.
  bool is_country(int index) const { return index >= 0 && index < countries_; }
  // A Korean surface that is a known name (exact, no particle).
  int find_korean(std::string_view surface) const;

  // Titles: longest title (in words) that the folded words starting at `keys` form, or 0.
  std::size_t title_length(const std::vector<std::string>& keys, std::size_t at) const;
  bool is_title_key(std::string_view key) const { return titles_.count(key) > 0; }
  // The first word of some title ("foreign" of "foreign minister").
  bool is_title_start(std::string_view key) const { return title_starts_.count(key) > 0; }
  bool is_korean_title_after(std::string_view stem) const { return ko_after_.count(stem) > 0; }
  // A listed Korean name the training files mostly use as a common word (korean_homographs.txt):
  // 수단 "means", Sudan.
  bool is_korean_homograph(std::string_view name) const { return ko_homographs_.count(name) > 0; }
  bool is_korean_title_before(std::string_view stem) const { return ko_before_.count(stem) > 0; }
  bool is_org_word(std::string_view key) const { return org_words_.count(key) > 0; }
  // Byte length of the Korean organization word the stem ends with, or 0.
  std::size_t korean_org_suffix(std::string_view stem) const;
  bool is_nonname(std::string_view key) const { return nonnames_.count(key) > 0; }
  // A nonname listed after the models were trained (nonnames.txt's "late"): not one of the
  // tagger's features, which the models learned without it; a tagged span of it alone goes.
  bool is_late_nonname(std::string_view key) const { return late_nonnames_.count(key) > 0; }
  // A word made from a known place name plus a demonym ending: "americans", "turkish", "chinese".
  bool is_demonym(std::string_view key) const;
  bool is_loc_word(std::string_view key) const { return loc_words_.count(key) > 0; }
  // Keys known only as acronyms ("UN"): they match capitals only, never "Un" or "un".
  bool is_acronym_only(std::string_view key) const { return acronym_only_.count(key) > 0; }

 private:
  void load_list(std::string_view text, NameKeyer& keyer);
  void load_entities(std::string_view text, NameKeyer& keyer);
  void load_countries(NameKeyer& keyer);
  void add_name(int index, std::string_view name, NameKeyer& keyer);
  void note_cyrillic(int index, std::string_view name);

  std::vector<KnownEntity> entities_;
  // Looked up by string_view, several times per word of every document: flat maps
  // (string_flat_map.h), no node or heap string per key.
  using Map = StringFlatMap<int>;
  using Set = StringFlatMap<char>;
  Map by_key_;                                 // lookup key -> entity
  Map korean_;                                 // Korean surface -> entity
  std::unordered_map<std::string, int> code_;  // "RU" -> entity (while loading)
  int countries_ = 0;                          // entities_[0, countries_): the gazetteer's
  Set titles_;                                 // folded, multi-word joined by ' '
  std::size_t max_title_words_ = 1;
  Set title_starts_;
  Set multiword_starts_;
  Set ko_after_, ko_before_, ko_homographs_, org_words_, nonnames_, late_nonnames_, loc_words_,
      acronym_only_;
  Set ko_org_;                  // looked up by each suffix of a stem, longest first
  Set ko_org_last_;             // the last syllable (3 bytes) of each
  std::size_t max_ko_org_ = 0;  // bytes of the longest
  Set place_prefixes_;          // prefixes (4+ letters) of one-word Latin places
  std::unordered_map<std::string, std::vector<std::string>> spellings_;  // while loading
  std::vector<std::pair<int, std::string>> cyrillic_names_;  // their case forms, on first need
  struct CaseForms {
    Map by_key;
    Set multiword_starts;
  };
  const CaseForms& case_forms() const;  // made on the first Cyrillic lookup (lexicon.cc)
  NameKeyer* keyer_;
  mutable std::once_flag case_forms_once_;
  mutable CaseForms case_forms_;
};

// The compiled-in data (generated sources).
std::string_view lexicon_file(std::string_view name);
// Calls f(fields) for each non-comment line of a TSV text.
template <typename F>
void for_each_row(std::string_view text, F f) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    std::size_t p = 0;
    while (true) {
      std::size_t t = line.find('\t', p);
      fields.push_back(
          line.substr(p, t == std::string_view::npos ? std::string_view::npos : t - p));
      if (t == std::string_view::npos) break;
      p = t + 1;
    }
    f(fields);
  }
}

extern const char kCountriesTsv[];

}  // namespace loupe::entities
