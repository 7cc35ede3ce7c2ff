// QueryReadings: how a query word reads in one language's analysis chain, for the Searcher
// (query::QueryAnalyzer), with the memos that keep search-as-you-type cheap.
// The Searcher asks once per language in the index; chains that cannot differ on this word's
// script share one analysis: a stemmer only touches its own script (analysis/analyzer.h), so for
// a Latin word ko/ru/uk/other give the same terms, for a Cyrillic word ko/en/es/other, for Hangul
// all. The memo outlives the query: a word's analysis depends on the word and the chain only, not
// on the index, and users retype the same words (each keystroke of search-as-you-type).
// Readings: the context-free analysis, and for a Hangul word also the others a document may have
// indexed, because the index splits by the document's evidence (korean_particles.h rule 6):
// 정상회의 is indexed whole where the document also wrote 정상회의는, else as 정상회. So a word
// reads as itself kept whole, split once (정상회의는 -> 정상회의) and, for one term, that term
// split again as a bare word would be (정상회의 -> 정상회).
// E.g. terms("정상회의는", kKo) -> {{"정상회의"}, {"정상회의", "는"}...} (each distinct reading
// once)
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analysis/text_analyzer.h"
#include "core/language.h"
#include "query/term_expander.h"

namespace loupe::search {

class QueryReadings {
 public:
  explicit QueryReadings(analysis::TextAnalyzer* analyzer) : analyzer_(analyzer) {}

  // The word's readings (each a list of terms) in the chain of `lang`; none without an analyzer.
  std::vector<std::vector<std::string>> terms(std::string_view word, core::Language lang);
  // The same over all the index's chains, for the Searcher (query/term_expander.h).
  query::QueryMemo* memo() { return &readings_; }
  // The index changed wholesale (a load): expansions hold the old index's term ids.
  void drop_expansions() { readings_.drop_expansions(~0ull); }

  // The chain whose analysis of `word` equals lang's (see above).
  static core::Language equivalent_chain(std::string_view word, core::Language lang);

 private:
  analysis::TextAnalyzer* analyzer_;  // the Engine's; null if ICU data is missing
  query::ReadingsMemo chain_memo_;    // chain byte + word -> that chain's readings
  query::QueryMemo readings_;
};

}  // namespace loupe::search
