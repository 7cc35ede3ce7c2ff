// NameKeyer: the keys that let spellings of one name meet.
//  - lookup_key: case-folded words; Cyrillic words reduced to their stem (Snowball Russian,
//    plus a Ukrainian ending list), Latin accents removed, periods dropped.
//    "Путина" -> "путин", "с Лавровым" -> "лавров", "Україні" -> "україн", "U.S." -> "us".
//  - romanize: one Latin spelling for any script through ICU transliteration
//    (Hangul-Latin syllable by syllable, Russian-Latin/BGN, Ukrainian-Latin/BGN, Latin-ASCII);
//    the Korean epenthetic "eu" of loanwords (라브로프 = la-beu-lo-peu) is dropped.
//  - skeleton: consonant classes of a romanized name: 푸틴/Putin/Путин -> "PTN",
//    라브로프/Lavrov/Лавров -> "RPRP", 쿱찬/쿠프찬/Kupchan -> "KPSN".
// When ICU's transliteration data is missing (a trimmed wasm build), romanize returns ""
// and names only link within their script.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/name_match.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {

class NameKeyer {
 public:
  NameKeyer();
  ~NameKeyer();
  NameKeyer(const NameKeyer&) = delete;
  NameKeyer& operator=(const NameKeyer&) = delete;

  // Key of one word (no spaces inside).
  // The reference stays valid until trim_memos() (keys are memoized).
  const std::string& word_key(std::string_view word);
  // word_key, Latin words also stemmed (English Snowball): the key of case statistics, so
  // that "Critics" meets "criticism" and "Understanding" meets "understand".
  const std::string& case_key(std::string_view word);
  // Keys of each word joined by one space.
  std::string lookup_key(std::string_view name);
  // Latin lower-case ASCII spelling of one word, or "" if no transliteration is available.
  // Cyrillic words are romanized from their stem when `stem` is set ("Лавровым" -> "lavrov").
  std::string romanize(std::string_view word, bool stem = true);
  bool can_romanize() const;
  // Drops the memos when they grew past a bound; invalidates the references returned before.
  void trim_memos();

  // Keys of the case forms of a Cyrillic word taken as a nominative: Киев -> {ки, киев, ...}
  // (Snowball cuts "Киев" to "ки" but "Киева" to "киев"), Київ -> {..., києв}; empty for other
  // scripts. Valid until trim_memos().
  const std::vector<std::string>& case_form_keys(std::string_view word);

  // Cyrillic stem in lower case ("Лавровым" -> "лавров").
  std::string cyrillic_stem(std::string_view word);

 private:
  std::string compute_word_key(std::string_view word);
  std::string stem_folded(std::string lower);  // cyrillic_stem of a case-folded word
  std::string compute_case_key(std::string_view word);
  std::string compute_romanize(std::string_view word, bool stem);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace loupe::entities
