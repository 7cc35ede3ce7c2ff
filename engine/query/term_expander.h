// TermExpander: turns a query word into weighted index terms. The word goes through the same
// analysis as documents (an injected function, so this library needs no ICU), once per
// language present in the index, because a query has no reliable language of its own. Each
// reading keeps the languages whose chain gave it, and matches only passages of those
// languages: a passage's terms come from its own language's chain, so a word matches it when
// that chain maps the word to the passage's term. Spanish "archivo" (es stem archiv) thus no
// longer finds English "archive" (en stem archiv), while every passage still finds its own
// spellings. Prefix and fuzzy words name a spelling, not a word: they match in every language.
// Then: the whole-word term (weight 1), its Korean compound-suffix term (compound_weight) and
// the Korean compounds it heads (the word + 1-2 syllables: 협상 -> 협상팀, compound_weight),
// and for Cyrillic the other stems of the same word (Лавров -> лавр, Лаврова -> лавров: 0.9);
// with prefix*, every term starting with it (up to max_expansions, most frequent first) and
// stems up to 3 characters shorter than it ("allocat*" reaches the stem "alloc"); with
// fuzzy~N, every term within N edits, counted in code points, and in jamo for Hangul.
// E.g. expand("라브로프가") -> {"라브로프" 1.0, "\x01라브로프" 0.6} with a particle-stripping
// analyzer.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/language.h"
#include "index/search_index.h"
#include "query/bm25.h"

namespace loupe::query {

// The document analysis for one query word: its readings, each its terms in order ("Нью-Йорк"
// -> one reading of two terms; "정상회의" -> {"정상회"} and {"정상회의"}, see
// search/query_readings.h).
using QueryAnalyzer = std::function<std::vector<std::vector<std::string>>(std::string_view word,
                                                                          core::Language lang)>;

// Bits 1 << Language: the passage languages a reading, term or phrase may match.
using LanguageSet = std::uint8_t;
constexpr LanguageSet kAnyLanguage = 0x3F;
inline bool in_languages(LanguageSet set, core::Language lang) {
  return (set >> static_cast<int>(lang)) & 1;
}
// Russian and Ukrainian share most stems, and their stemmers cut them alike: a reading in one
// also matches the other's passages (Russian переговоры finds Ukrainian переговорах), as
// English and Spanish, whose shared stems are mostly false friends (archivo, archive), do not.
inline LanguageSet with_kin(LanguageSet set) {
  constexpr LanguageSet kEastSlavic =
      (1u << static_cast<int>(core::Language::kRu)) | (1u << static_cast<int>(core::Language::kUk));
  return set & kEastSlavic ? set | kEastSlavic : set;
}

// One way to read a query word: its terms in order, and the languages whose chain reads it so.
struct Reading {
  std::vector<std::string> terms;
  LanguageSet langs = kAnyLanguage;
  bool operator==(const Reading&) const = default;
};

// Terms that must occur at given positions relative to the first: a phrase, or a word that
// analyzes to several terms ("Нью-Йорк").
using TermSequence = std::vector<std::pair<std::string, std::uint32_t>>;

struct WeightedTerm {
  index::TermId term;
  double weight;
  LanguageSet langs = kAnyLanguage;  // the passages it may match (by their language)
  // The term whose df gives the idf, if not `term`: another form of the query's own word (a
  // compound it heads or ends, a Cyrillic stem of it) scores with the word's idf, so a rare
  // form cannot outrank the word as written (Lucene's blended df does the same for expansions).
  index::TermId scored_as = index::kNoTerm;
};

// idf(df) of the term an alternative is scored as, times its weight: both search paths use it.
inline double weighted_idf(const index::SearchIndex& idx, const Bm25& bm25, const WeightedTerm& t) {
  const index::TermId as =
      t.scored_as != index::kNoTerm && idx.df(t.scored_as) > 0 ? t.scored_as : t.term;
  return bm25.idf(idx.df(as)) * t.weight;
}

// A phrase (or a word of several terms) as one chain reads it.
struct PhraseVariant {
  TermSequence seq;
  LanguageSet langs = kAnyLanguage;
  double weight = 1.0;  // below 1 for a looser variant (a Korean phrase's compound edges)
  // The terms whose df give each position's idf, if not seq's own: a looser variant scores
  // as the phrase it loosens, so a rare compound (패키지용) cannot outrank the exact words.
  TermSequence scored_as;
  // A Korean spacing variant (query/korean_spacing.cc): scored_as is the sequence as typed,
  // its terms' number may differ from seq's, and the variant scores with all their idfs.
  bool respaced = false;
  bool operator==(const PhraseVariant&) const = default;
};

// Query-word analyses kept across queries, bounded: TermExpander::analyze's readings over all
// the index's chains (a word's readings depend on the word, the analyzer and the index's
// languages only, so one lookup replaces an analysis call per language: QueryMemo), and
// the engine's per chain (search/query_readings.h: ReadingsMemo). Holds query analysis, never
// results. The owner keeps one per analyzer.
template <typename Value, std::size_t kEntries = 4096>
class BoundedMemo {
 public:
  const Value* find(const std::string& key) const {
    const auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  void put(std::string key, const Value& value) {
    if (map_.size() >= kEntries) map_.clear();  // bounded: crude, allocation-free policy
    map_.emplace(std::move(key), value);
  }

 private:
  std::unordered_map<std::string, Value> map_;
};
using ReadingsMemo = BoundedMemo<std::vector<std::vector<std::string>>>;

// What TermExpander keeps across queries: each word's readings over the index's chains (they
// depend on the word and the index's languages only), and each term's expansion (compound
// forms, the Cyrillic stem family, prefixes, fuzzy neighbours: they depend on the dictionary
// and dfs too, so they are dropped when the index's layout changes; a removal changes neither
// until compaction, which changes the layout), and each phrase's variants (the same).
struct QueryMemo {
  BoundedMemo<std::vector<Reading>> readings;
  // 1,024: a prefix's expansion holds up to 128 terms (24 bytes each): ~3 MB at most.
  BoundedMemo<std::vector<WeightedTerm>, 1024> expansions;
  BoundedMemo<std::vector<PhraseVariant>, 1024> phrases;
  std::uint64_t expansions_layout = ~0ull;
  void drop_expansions(std::uint64_t layout) {
    expansions = {}, phrases = {}, expansions_layout = layout;
  }
};

class TermExpander {
 public:
  // `memo` (may be null) must have been used with the same analyzer only.
  TermExpander(const index::SearchIndex& idx, QueryAnalyzer analyze, const Bm25Params& params,
               std::size_t max_expansions, QueryMemo* memo = nullptr);
  // The distinct term sequences the word analyzes to, each with the languages that read it so.
  std::vector<Reading> analyze(std::string_view word) const;
  // A phrase's term sequences: per language, one per reading index v (each word's v-th reading
  // in that language, its last if it has fewer), terms numbered in order; a word with no
  // terms there (a stop word) still takes a position. Equal sequences come once, with their
  // languages united. Korean phrases also get variants whose last word heads a compound or
  // whose first ends one (add_compound_variants), and variants spaced otherwise
  // (add_spacing_variants).
  std::vector<PhraseVariant> phrase_variants(std::string_view text) const;
  std::vector<PhraseVariant> phrase_variants_uncached(std::string_view text) const;
  // Alternatives for one analyzed term of a reading in `langs`, best first; empty if nothing in
  // the index matches. Prefix and fuzzy alternatives match any language; the Cyrillic stem
  // family, the language it comes from.
  std::vector<WeightedTerm> expand(const std::string& term, bool prefix, int fuzzy,
                                   LanguageSet langs = kAnyLanguage) const;
  // expand() without the memo.
  std::vector<WeightedTerm> expand_uncached(const std::string& term, bool prefix, int fuzzy,
                                            LanguageSet langs) const;
  // Korean spacing (query/korean_spacing.cc): `typed` (a phrase's sequence, or a one-term
  // reading of a word) with adjacent Hangul terms written as one word, or a Hangul term split
  // in two words the index holds, appended to `out` (sequences already there are skipped).
  void add_spacing_variants(const PhraseVariant& typed, std::vector<PhraseVariant>& out) const;
  // The spacing variants of a word's reading: none unless it is one term.
  std::vector<PhraseVariant> word_spacing_variants(const Reading& reading) const;

 private:
  // The passage languages a reading by these chains matches (query/term_expander.h, top).
  LanguageSet matched_in(LanguageSet read_by) const;
  void add_prefix(std::vector<WeightedTerm>& out, const std::string& prefix, double weight) const;
  void add_cyrillic_stem_family(std::vector<WeightedTerm>& out, const std::string& term) const;
  void add_compound_variants(std::vector<PhraseVariant>& variants) const;
  void add_compound_heads(std::vector<WeightedTerm>& out, const std::string& term,
                          double weight) const;
  void add_stem_of_prefix(std::vector<WeightedTerm>& out, const std::string& prefix) const;
  void add_fuzzy(std::vector<WeightedTerm>& out, const std::string& term, int distance) const;
  const index::SearchIndex& idx_;
  QueryAnalyzer analyze_;
  Bm25Params params_;
  std::size_t max_expansions_;
  // The chains a word is read by: the index's languages and their kin (a Russian word read as
  // Russian finds a Ukrainian-only index's forms).
  LanguageSet read_in_ = with_kin(static_cast<LanguageSet>(idx_.language_mask() & kAnyLanguage));
  core::Language languages_[6];  // read_in_'s, in code order (an array: no allocation per query)
  std::size_t language_count_ = 0;
  QueryMemo* memo_;
};

// Levenshtein distance between a and b if it is <= max, else max + 1 (stops early).
int bounded_edit_distance(const std::u32string& a, const std::u32string& b, int max);
// The same with the caller's scratch rows (no allocation in a loop over the dictionary).
int bounded_edit_distance(const std::u32string& a, const std::u32string& b, int max,
                          std::vector<int>& rows);

}  // namespace loupe::query
