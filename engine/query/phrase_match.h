// Phrase matching shared by Searcher::search and Searcher::top_docs, so that both count and
// score a phrase in a passage with the same expression (top_docs must equal search bit for
// bit). Input: the phrase's terms with their relative positions (TermSequence) and each
// term's positions in the passage, in word positions; output: how often the whole phrase
// occurs there, and its BM25 score.
// E.g. seq {("file", 0), ("descriptor", 1)}, positions {{3, 9}, {4}} -> phrase_frequency 1.
#pragma once
#include <cstdint>
#include <vector>

#include "index/search_index.h"
#include "query/bm25.h"
#include "query/term_expander.h"

namespace loupe::query {

// The idf of a variant's term i (`own`: seq[i]'s id): its scored_as term's, when that one
// occurs in the index, else its own.
inline double variant_idf(const index::SearchIndex& idx, const Bm25& bm25, const PhraseVariant& pv,
                          std::size_t i, index::TermId own) {
  if (!pv.respaced && i < pv.scored_as.size()) {
    const index::TermId as = idx.terms().find(pv.scored_as[i].first);
    if (as != index::kNoTerm && idx.df(as) > 0) return bm25.idf(idx.df(as));
  }
  return bm25.idf(idx.df(own));
}

// The idfs the variant's score sums (phrase_score), given seq's term ids: variant_idf of each;
// for a respaced variant, those of the sequence as typed (scored_as) when the index holds all
// its terms, else seq's own.
inline void variant_idfs(const index::SearchIndex& idx, const Bm25& bm25, const PhraseVariant& pv,
                         const std::vector<index::TermId>& ids, std::vector<double>& out) {
  out.clear();
  if (pv.respaced) {
    bool all = true;  // every term looked up: a partial dictionary hears of each at once
    for (const auto& [t, rel] : pv.scored_as) {
      const index::TermId as = idx.terms().find(t);
      all = all && as != index::kNoTerm && idx.df(as) > 0;
      if (all) out.push_back(bm25.idf(idx.df(as)));
    }
    if (all && !out.empty()) return;
    out.clear();
  }
  for (std::size_t i = 0; i < ids.size(); ++i) out.push_back(variant_idf(idx, bm25, pv, i, ids[i]));
}

// The starts s where every term i has a position s + seq[i].second (positions ascending).
std::uint32_t phrase_frequency(const TermSequence& seq,
                               const std::vector<std::vector<std::uint32_t>>& positions);

// The sum over the phrase's terms, in order, of idf(term) * tf_part(tf, passage): each term
// scored as if it occurred tf times; times the variant's weight. `idfs` are bm25.idf(df) of
// each term.
inline double phrase_score(const Bm25& bm25, const std::vector<double>& idfs, std::uint32_t tf,
                           const index::PassageInfo& p, double weight) {
  const double tf_part = bm25.tf_part(tf, p.length, p.field);
  double s = 0;
  for (double idf : idfs) s += idf * tf_part;
  return s * weight;
}

}  // namespace loupe::query
