// Korean particle (조사) and ending separation: "라브로프가" -> stem "라브로프" + particle "가".
//
// Method (no dictionary, a few kB of tables, deterministic):
//  1. Longest match against a list of particles and 하다/되다 verb endings, longest first, so
//     "에서는" wins over "는" and "과의" over "의".
//  2. Phonological agreement: Korean particles alternate on whether the previous syllable ends
//     in a consonant (받침): 이/가, 은/는, 을/를, 과/와, 으로/로, 이나/나. A candidate whose form
//     does not fit the syllable before it is rejected. This alone keeps 러시아 (아 is not a
//     listed particle, and 시 has no 받침 anyway), 전문가/국가 (가 needs a vowel before it; 문 and
//     국 end in consonants) and 마을 whole.
//  3. A minimum stem length in characters (1; 2 for one-syllable verb endings 한/할/해/된/될/돼,
//     so 역할, 올해, 피해, 제한 stay whole).
//  4. Protected words: a short hand-written list of names and nouns that end in a syllable that
//     is also a particle. A split whose cut falls inside a protected word is rejected. Most
//     entries (김정은, 인도, 결과, 회의 ...) count only at the start of the surface, so
//     "결과의" -> "결과" (not 결 + 과의) and "회의의" -> "회의", while 사회의 -> 사회 and
//     협정의 -> 협정 are not blocked by 회의/정의. Long names (우크라이나 ...) and 주의 ("-ism":
//     민주주의, 제국주의) count anywhere in the surface.
//  5. Plural 들 after the particle: "관리들을" -> "관리", when at least 2 characters remain.
//  6. Optionally, evidence from the document (KoreanEvidence): a surface that the document also
//     shows followed by a particle is a stem, so it is not split ("우크라이나" next to
//     "우크라이나의" stays whole even if it were not in the protected list).
// Why not hunspell-ko: a build-time stem list from Debian's hunspell-ko (13.7 MB installed)
// would need generation, packaging into the wasm and still fail on names (라브로프 is in no
// dictionary); the rules above get the names right, which is what search and entities need.
// Known limits: nouns ending in 도/의/이/과 that are not listed and not evidenced in the
// document lose their last syllable; verb forms other than the listed 하다/되다 endings keep
// their ending or lose only its last syllable (뛰쳐나와 -> 뛰쳐나); a listed noun at the end of
// a compound is not protected (국제회의 -> 국제회).
// E.g. split_korean_word("외무장관은") -> {stem_bytes 12, particle "은"}.
#pragma once
#include <cstddef>
#include <string_view>
#include <unordered_set>

namespace loupe::analysis {

struct KoreanStem {
  std::size_t stem_bytes = 0;  // length of the stem prefix; == word.size() when nothing split
  std::string_view particle;   // the separated suffix (a view into the word), empty if none
};

class KoreanEvidence;

// Context-free split (rules 1-5). Never returns an empty stem. Safe on any bytes.
KoreanStem split_korean_word(std::string_view word);

// The same with document evidence (rule 6); `evidence` may be null.
KoreanStem split_korean_word(std::string_view word, const KoreanEvidence* evidence);

// True for Hangul syllables and jamo (U+AC00..D7A3, U+1100..11FF, U+3130..318F).
bool is_hangul(char32_t cp);

// Stems the document shows followed by a particle. Build it from every Hangul surface of a
// document with add(), then pass it to split_korean_word. Stores views: the surfaces' text must
// outlive the evidence (it is the document being analyzed).
class KoreanEvidence {
 public:
  void add(std::string_view surface);
  // Marks `stem` itself as a stem (a query word read as written, see TextAnalyzer::analyze_terms).
  void add_stem(std::string_view stem) { stems_.insert(stem); }
  bool is_evidenced_stem(std::string_view word) const { return stems_.count(word) > 0; }
  std::size_t size() const { return stems_.size(); }

 private:
  std::unordered_set<std::string_view> stems_;
};

}  // namespace loupe::analysis
