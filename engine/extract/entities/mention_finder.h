// MentionFinder: PERSON / ORG / LOC candidates in one document, by script.
//  - Latin and Cyrillic: runs of capitalized words (with "of", "on", "de", "по"... inside when
//    the run names an organization), titles stripped as cues ("Foreign Minister Sergey Lavrov"
//    -> PERSON "Sergey Lavrov"), words that are not names dropped at the edges (sentence
//    openers, demonyms), sentence-initial and headline words checked against the corpus
//    (a word the corpus also writes in lower case is not a name there).
//  - Cyrillic organizations: a capitalized head word ("Министерство", "Совет") with its
//    lower-case complement ("иностранных дел").
//  - Korean: known names (gazetteer, aliases) with or without a particle; names before a title
//    ("세르게이 라브로프 러시아 외무장관은" -> PERSON 세르게이 라브로프, LOC 러시아) or after a
//    role
//    ("전문가 찰스 쿱찬과"); words ending in an organization word ("외교관계위원회").
// The span never includes a title or a Korean particle.
// E.g. find("푸틴 대통령은") -> {[0,6) PERSON 0.9}.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/byte_range.h"
#include "extract/entities/entity_tagger.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {

struct Candidate {
  core::ByteRange bytes;
  EntityType type = EntityType::kPerson;
  float confidence = 0;
  Script script = Script::kOther;
  int known = -1;     // Lexicon entity, when the name is in the gazetteer or aliases
  bool weak = false;  // a lone capitalized word without a cue: linking may retype or drop it
  std::uint32_t sentence = 0, paragraph = 0;
  // The tagger's probability of these bytes with each type (PERSON, ORG, LOC); all 0 for a
  // mention the tagger did not give (rules, pass 2, given mentions). Last: callers brace-
  // initialize the fields above in order.
  float by_type[3] = {0, 0, 0};
  // The tagger typed these bytes (`type` is then what their context gives): the mention keeps
  // that type, its entity the entity's one (EntityIndex::make_entities).
  bool tagged = false;
  // A listed country acting as a state or a team in its sentence (country_roles): ORG as a
  // mention, its entity the country.
  bool acting = false;
};

// How often the corpus writes a word in lower case, and capitalized inside a sentence.
class CaseStats {
 public:
  void add(std::string_view text, const ScannedText& scan, NameKeyer& keyer);
  std::size_t lower(const std::string& key) const { return get(lower_, key); }
  std::size_t capitalized_inside(const std::string& key) const { return get(cap_, key); }

 private:
  static std::size_t get(const std::unordered_map<std::string, std::size_t>& m,
                         const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? 0 : it->second;
  }
  std::unordered_map<std::string, std::size_t> lower_, cap_;
};

// Names already found in the corpus (first pass), used to find their other occurrences.
struct KnownNames {
  struct Hash {  // lookups by string_view, without a std::string per Hangul word
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A Korean name of the first pass and its evidence: how many mentions of it the first pass
  // found (`found`, the best confidence among them), and how many Hangul words of the corpus
  // spell it outside every first-pass mention (`unread`, counted by
  // MentionFinder::count_korean). A word the tagger read as a name in few of its occurrences
  // is a common noun there (정부, 인민).
  struct Korean {
    EntityType type = EntityType::kPerson;
    float confidence = 0;
    std::uint32_t found = 0, unread = 0;
    // The share of its occurrences the first pass read as this name (1 before counting).
    float share() const { return static_cast<float>(found) / static_cast<float>(found + unread); }
  };
  // Surface ("라브로프", "세르게이 라브로프").
  std::unordered_map<std::string, Korean, Hash, std::equal_to<>> korean;
  void add_korean(const std::string& surface, EntityType type, float confidence);
  std::unordered_map<std::string, EntityType> keyed;  // lookup key of one word ("putin")
  // Romanized surnames with 3+ consonant classes, by skeleton ("KPSN" -> {"kupchan"}).
  std::unordered_map<std::string, std::vector<std::string>> person_romans;
};

// A Hangul word of a document that spells a known Korean name (whole, or its stem: `len` bytes
// from the word's start), found once by MentionFinder::count_korean and read again by the
// second pass: the names are looked up once per word.
struct KoreanHit {
  std::uint32_t word = 0;  // index into the document's ScannedText::words
  std::uint32_t len = 0;
  const KnownNames::Korean* name = nullptr;  // into KnownNames::korean (stable: no insertions)
};

// A Latin or Cyrillic full name found in the first pass, romanized with its spelling variants
// ("Richard Haass" -> first {richard, richad}, last {haass}), by the skeletons of its surname.
struct ForeignName {
  std::vector<std::string> first, last;
  std::vector<std::string> first_skeletons;  // a cheap filter before transliterating
};
using ForeignNames = std::unordered_map<std::string, std::vector<ForeignName>>;

// A Korean place span of several words split into its places (`미국 텍사스주` -> 미국, 텍사스주):
// leading words the lexicon lists as places, provinces, metropolitan cities and words ending in
// an administrative unit come off as their own LOC spans. Appends the parts to `out` (the span
// itself when it has none). mention_finder_korean.cc; the trainer's --split-places too.
void korean_place_parts(const Lexicon& lex, std::string_view text, TaggedSpan span,
                        std::vector<TaggedSpan>& out);
// The listed name opening or ending a Korean person span of several words, moved from `span`
// into a span of its own appended to `out` (korean_person_spans.cc).
void split_listed_head(const Lexicon& lex, std::string_view text, TaggedSpan& span,
                       std::vector<TaggedSpan>& out);
void split_listed_tail(const Lexicon& lex, std::string_view text, TaggedSpan& span,
                       std::vector<TaggedSpan>& out);

// Whether a title follows the Hangul word scan.words[i] (`이 센터장은`, `이 전 장관`):
// korean_surname_mentions.cc.
bool korean_title_follows(const Lexicon& lex, std::string_view text, const ScannedText& scan,
                          std::size_t i);

// Whether the Hangul word scan.words[i] is 전 "former" or 현 "current" right before a title
// (`전 전 청장`: the second 전), the modifier and no name (korean_surname_mentions.cc).
bool korean_modifier_before_title(const Lexicon& lex, std::string_view text,
                                  const ScannedText& scan, std::size_t i);

// Whether the Hangul word scan.words[i] is 한 as the article "a" (`정부의 한 대변인`, `잘 아는
// 한 의원`): after a genitive or an adnominal ㄴ (korean_surname_mentions.cc).
bool korean_article_han(std::string_view text, const ScannedText& scan, std::size_t i);

// The bytes the candidates out[first..] hold, asked whether a range is free of them (a pass
// that adds mentions never overlaps the ones found before it). Sorted by start with the
// running largest end, so overlapping candidates are answered exactly (mention_finder.cc).
class TakenBytes {
 public:
  TakenBytes(const std::vector<Candidate>& out, std::size_t first);
  bool free(core::ByteRange r) const;

 private:
  std::vector<core::ByteRange> taken_;  // by start; end_byte: the largest end up to here
};

// Drops the Latin candidates of out[first..] that gloss a Hangul word in brackets glued to it
// (`호커센터(Hawker Center)`) when no candidate ends at that word: the gloss of a common word
// (korean_glosses.cc).
void drop_glosses_of_words(std::string_view text, std::size_t first, std::vector<Candidate>& out);

// A candidate of out[first..] that leaves a quote open (`ТОВ «Уманська ... компанія`) takes the
// words up to its closing mark when it closes soon on the same line; candidates inside those
// words go (quoted_names.cc).
void close_open_quotes(std::string_view text, std::size_t first, std::vector<Candidate>& out);

// Two Hangul PERSON candidates of out[first..] one space apart, the first a word that does not
// read as a Korean name (`무라야마` `도미이치`, `에두아` `스페샤`): one foreign name, given name
// first (korean_person_spans.cc).
void join_foreign_name_parts(std::string_view text, std::size_t first, std::vector<Candidate>& out);

// Adds, for each Hangul candidate of out[first..] glued to a gloss in brackets that spells it
// in Han characters or Latin letters (`훙레이(洪磊)`, `유엔식량계획(WFP)`), the gloss as a
// candidate of the same type, unless a candidate holds it already (korean_glosses.cc).
void add_glosses_of_names(std::string_view text, std::size_t first, std::vector<Candidate>& out);

// Drops the candidates of out[first..] that are titles of works in a footnote paragraph
// (`[3] ... The Peculiar Features of Russian Imperialism ..., 2021`), unless the lexicon lists
// them or the document names them outside its footnotes (reference_titles.cc).
void drop_reference_titles(std::string_view text, const ScannedText& scan, const Lexicon& lex,
                           NameKeyer& keyer, std::size_t first, std::vector<Candidate>& out);

// Whether a form of 하다 or 되다 is glued at byte `at` (`저지하는`, `동원된`): the Hangul word
// before it is a verbal noun, not a name (korean_glosses.cc).
bool korean_verb_follows(std::string_view text, std::size_t at);

// The name the lexicon lists that Hangul word `w` spells whole or before its particle (its
// bytes in `len`; a stem of one syllable never: 미만 is no 미), or -1 (korean_glosses.cc).
int korean_listed_word(const Lexicon& lex, std::string_view text, const Word& w, std::size_t& len);

// Whether a subject or topic particle (은, 는, 이, 가) is glued at byte `at` and ends the word
// (`미국은 발표했다`, "the US announced"): the name before it is the clause's subject
// (country_roles.cc).
bool korean_subject_follows(std::string_view text, std::size_t at);

// Whether a Hangul syllable is one of the common Korean surnames (김, 이, 박, ...)
// (korean_surname_mentions.cc).
bool is_korean_surname(std::string_view syllable);

// Whether the sentence around byte `at` holds a score (`3-1`, `96-71`; not `31:82`, a time)
// (country_roles.cc).
bool score_sentence(std::string_view text, std::size_t at);

// Sets `acting` on the listed countries of `out` that act in their sentence: a Korean clause's
// subject or side of a game, a team in a Spanish sentence with a score (country_roles.cc).
void country_roles(std::string_view text, const Lexicon& lex, std::vector<Candidate>& out);
// A mention of countries named in Korean (the lexicon's names of up to three syllables, or the
// one-syllable 한 중 일 ... that such pairs use) joined by a middle dot, a hyphen or a slash
// (`한·러`, `미-러`, `한·미·일`): out[first..] gets one mention per country instead, each with the
// mention's type and confidence and its country (korean_country_pairs.cc).
void split_country_pairs(const Lexicon& lex, std::string_view text, std::size_t first,
                         std::vector<Candidate>& out);

// Names listed together (3 or more, joined by commas, conjunctions, middle dots) of out[first..]
// that the lexicon does not know take the type two thirds of their list share (list_types.cc).
void list_candidate_types(std::string_view text, std::size_t first, std::vector<Candidate>& out);

// Whether the Hangul name at [begin, end) is a side of a game: an object, comitative or
// genitive particle (을 를 과 와 와의 도 의) or a comma after it, in a sentence with a score or a
// sports word (`폴란드를 3-1로 격파`, `이탈리아와 독일을 꺾고 4강에`) (country_roles.cc).
bool korean_team_follows(std::string_view text, std::size_t begin, std::size_t end);

// A Hangul span that cuts a name the lexicon lists at the start of its word (`우크` of
// `우크라이나군은`) becomes that name, with the lexicon's type (korean_glosses.cc).
void korean_whole_listed_name(const Lexicon& lex, std::string_view text, TaggedSpan& span);

// A Hangul span of a foreign name cut one syllable short (`로드리게` of `로드리게즈는`: the next
// syllable spells a final consonant, a particle or nothing after it) takes it (korean_glosses.cc).
void korean_span_to_stem(std::string_view text, TaggedSpan& span);

// Drops the candidates of out[first..] that are parts of a longer word: a Latin name glued to a
// Hangul word that is not its particle or a title (`US오픈`), a particle glued to a closing
// quote or bracket (`'고생' 이란`: not Iran) (korean_glosses.cc).
void drop_glued_word_parts(const Lexicon& lex, std::string_view text, std::size_t first,
                           std::vector<Candidate>& out);

// "in", "near", "desde", "в", "під": a lone name right after one of these reads as a place.
bool is_locative_preposition(std::string_view key);

class MentionFinder {
 public:
  MentionFinder(const Lexicon& lexicon, NameKeyer& keyer, const CaseStats& stats)
      : lex_(lexicon), keyer_(keyer), stats_(stats) {}

  // First pass: cues only. With `known`, also the other occurrences of known names.
  std::vector<Candidate> find(std::string_view text, const ScannedText& scan,
                              const KnownNames* known = nullptr);
  // Before the second pass, once per document with its first-pass `candidates` (by offset):
  // counts the Hangul words that spell a known Korean name outside them
  // (KnownNames::Korean::unread). Returns every Hangul word that spells one, by word index,
  // for add_known.
  std::vector<KoreanHit> count_korean(std::string_view text, const ScannedText& scan,
                                      const std::vector<Candidate>& candidates,
                                      KnownNames& known) const;
  // Second pass over the first pass's result: adds the other occurrences of known names.
  // `hits`: count_korean's result for this document (null: looked up again).
  void add_known(std::string_view text, const ScannedText& scan, const KnownNames& known,
                 std::vector<Candidate>& candidates, const std::vector<KoreanHit>* hits = nullptr);
  // Korean two-word names that transliterate a foreign full name of the corpus: 리처드 하스 for
  // Richard Haass. Appends them to `candidates`.
  void add_transliterated(std::string_view text, const ScannedText& scan, const ForeignNames& names,
                          std::vector<Candidate>& candidates);

 private:
  // The tagger's spans (mention_finder_tagger.cc); the cues below where no model is loaded.
  void tagged(std::string_view text, const ScannedText& scan, std::vector<Candidate>& out);
  void lexicon_names(std::string_view text, const ScannedText& scan, std::size_t first_tagged,
                     std::vector<Candidate>& out);
  Candidate candidate_of(std::string_view text, const ScannedText& scan, const TaggedSpan& span);
  std::string word_before(std::string_view text, core::ByteRange bytes);
  void surnames_are_people(std::string_view text, std::size_t first_tagged,
                           std::vector<Candidate>& out);
  void organization_short_names(std::string_view text, std::size_t first_tagged,
                                std::vector<Candidate>& out);  // org_short_names.cc
  core::ByteRange without_leading_titles(std::string_view text, core::ByteRange bytes);
  // Runs of capitalized words and their classification (mention_finder.cc).
  void latin_runs(std::string_view text, const ScannedText& scan, std::vector<Candidate>& out);
  std::size_t extend_run(std::string_view text, const ScannedText& scan,
                         std::vector<std::size_t>& run);
  bool title_before(std::string_view text, const ScannedText& scan, std::size_t i);
  std::size_t known_lower_case_tail(std::string_view text, const ScannedText& scan,
                                    const std::vector<std::size_t>& run,
                                    std::vector<Candidate>& out);
  // A run being classified: its words (indices into scan->words) and their keys, the part
  // [from, to) still to classify, `first` (where the name began before a dropped sentence
  // opener), whether a title cues a person and whether a word names an organization.
  struct Run {
    std::string_view text;
    const ScannedText* scan;
    std::vector<Candidate>* out;
    std::vector<std::size_t> words;
    std::vector<std::string> keys;
    std::size_t from, to, first;
    bool cue, has_org;
    const Word& word(std::size_t k) const { return scan->words[words[k]]; }
    void emit(std::size_t from_k, std::size_t to_k, EntityType type, float conf, int known_id,
              bool weak) const;
  };
  void classify_run(std::string_view text, const ScannedText& scan, std::vector<std::size_t> run,
                    bool title_before, std::vector<Candidate>& out);
  int known_in_run(const Run& r, std::size_t from, std::size_t to) const;
  bool common_in_run(const Run& r, std::size_t k);
  bool split_before_organization(Run& r);
  bool peel_known_names(Run& r);
  bool drop_common_words(Run& r);
  void split_at_connectors(Run& r);
  void cyrillic_organization(Run& r);
  void classify_words(Run& r, bool org);
  void korean(std::string_view text, const ScannedText& scan, std::vector<Candidate>& out);
  // Korean surnames alone before a title that no span of the tagger holds: people
  // (korean_surname_mentions.cc).
  void korean_surnames(std::string_view text, const ScannedText& scan, std::size_t first_tagged,
                       std::vector<Candidate>& out);
  // Further occurrences of known names (mention_propagation.cc).
  void propagate(std::string_view text, const ScannedText& scan, const KnownNames& known,
                 std::vector<Candidate>& out, const std::vector<KoreanHit>* hits = nullptr);
  // The Hangul word i; `hit`: the known name it spells (name null: none).
  void propagate_korean(std::string_view text, const ScannedText& scan, const KnownNames& known,
                        std::size_t i, const KoreanHit& hit, std::vector<Candidate>& out);
  bool spells_known_surname(std::string_view stem, const KnownNames& known);
  void confirm_weak(std::string_view text, const KnownNames& known, std::vector<Candidate>& out);

  // word_key of words[k], computed once per word of the current document.
  const std::string& key(std::string_view text, const ScannedText& scan, std::size_t k);

  const Lexicon& lex_;
  NameKeyer& keyer_;
  const CaseStats& stats_;
  const ScannedText* keyed_scan_ = nullptr;
  std::vector<const std::string*> keys_;  // into the keyer's memo (stable within a build)
};

// Keeps the best of overlapping candidates (longer, then more confident); sorts by offset.
void resolve_overlaps(std::vector<Candidate>& candidates);

}  // namespace loupe::entities
