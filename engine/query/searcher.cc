#include "query/searcher.h"

#include <algorithm>
#include <cmath>

#include "index/hangul.h"
#include "index/postings.h"
#include "query/passage_matches.h"
#include "query/phrase_match.h"

namespace loupe::query {
namespace {

using index::PostingCursor;
using index::TermId;
using Kind = QueryNode::Kind;

class Evaluator {
 public:
  Evaluator(const index::SearchIndex& idx, const QueryAnalyzer& analyze, const Bm25Params& params,
            const SearchOptions& options, std::vector<TermId>& matched, QueryMemo* memo)
      : idx_(idx),
        bm25_(idx, params),
        expander_(idx, analyze, params, options.max_expansions, memo),
        matched_(matched),
        filter_passages_(options.filter_passages) {}

  Matches eval(const QueryNode& n, bool positive) {
    switch (n.kind) {
      case Kind::kTerm:
        return word(n, positive);
      case Kind::kPhrase:
        return phrase(n.text, positive);
      case Kind::kLang:
      case Kind::kDoc:
        return filter(n);
      case Kind::kEntity:
      case Kind::kDate:
        return external(n);
      case Kind::kNot:
        return n.children.empty() ? Matches{true, {}, {}} : eval(n.children[0], !positive);
      case Kind::kOr: {
        Matches out{true, {}, {}};
        for (const QueryNode& c : n.children) out = unite(out, eval(c, positive), Merge::kSum);
        return out;
      }
      case Kind::kAnd: {
        // lang:/doc: beside other constraints test the passages those matched (a facet click
        // adds one to the query) instead of listing every passage of a language or document.
        const auto narrows = [](const QueryNode& c) {
          return c.kind == Kind::kLang || c.kind == Kind::kDoc;
        };
        Matches out{true, {}, {}};
        for (const QueryNode& c : n.children) {
          if (c.kind != Kind::kNot && !narrows(c)) out = intersect(out, eval(c, positive));
        }
        for (const QueryNode& c : n.children) {
          if (narrows(c)) out = out.neutral ? filter(c) : keep_if(out, c);
        }
        for (const QueryNode& c : n.children) {
          if (c.kind == Kind::kNot && !out.neutral) out = subtract(out, eval(c, !positive));
        }
        return out;
      }
    }
    return Matches{true, {}, {}};
  }

 private:
  Matches word(const QueryNode& n, bool positive) {
    Matches out{true, {}, {}};
    for (const Reading& r : expander_.analyze(n.text)) {
      if (r.terms.size() == 1) {
        out = unite(out, term(r.terms[0], n.prefix, n.fuzzy, r.langs, positive), Merge::kMax);
        if (n.prefix || n.fuzzy) continue;
        for (const PhraseVariant& pv : expander_.word_spacing_variants(r))
          out = unite(out, phrase_terms(pv, positive), Merge::kMax);
      } else {  // "Нью-Йорк" analyzes to two terms: they must be adjacent
        PhraseVariant pv;
        pv.langs = r.langs;
        for (std::uint32_t i = 0; i < r.terms.size(); ++i) pv.seq.emplace_back(r.terms[i], i);
        out = unite(out, phrase_terms(pv, positive), Merge::kMax);
      }
    }
    return out;
  }

  Matches term(const std::string& t, bool prefix, int fuzzy, LanguageSet langs, bool positive) {
    const std::vector<WeightedTerm> alts = expander_.expand(t, prefix, fuzzy, langs);
    std::size_t postings = 0;
    for (const WeightedTerm& alt : alts) {
      if (positive) matched_.push_back(alt.term);
      postings += idx_.df(alt.term);
    }
    // Each hit's score, passage by passage; a passage reached by several terms keeps the best.
    const auto each_hit = [&](auto&& emit) {
      for (const WeightedTerm& alt : alts) {
        const double idf = weighted_idf(idx_, bm25_, alt);  // once per term, not per hit
        const bool any_lang = alt.langs == kAnyLanguage;
        PostingCursor c(idx_.postings(alt.term), false);
        while (c.next()) {
          if (any_dead_ && !idx_.passage_alive(c.passage())) continue;
          const index::PassageInfo& p = idx_.passages()[c.passage()];
          if (!any_lang && !in_languages(alt.langs, p.lang)) continue;
          emit(c.passage(), idf * bm25_.tf_part(c.tf(), p.length, p.field));
        }
      }
    };
    Matches out;
    if (alts.size() == 1) {  // one list: ascending passages already, each once
      out.passages.reserve(postings), out.scores.reserve(postings);
      each_hit([&](std::uint32_t p, double sc) { out.add(p, sc); });
      return out;
    }
    const std::size_t n_passages = idx_.passages().size();
    if (postings > n_passages / 8) {
      // Many long lists ("a*"): the best score per passage in a dense array, read in passage
      // order, is linear where sorting the hits was most of the query's time.
      constexpr double kNone = -HUGE_VAL;  // no BM25 score is -inf
      std::vector<double> best(n_passages, kNone);
      each_hit([&](std::uint32_t p, double sc) {
        best[p] = std::max(best[p], sc);
      });  // p < n_passages: checked at load
      for (std::uint32_t p = 0; p < n_passages; ++p) {
        if (best[p] != kNone) out.add(p, best[p]);
      }
      return out;
    }
    std::vector<std::pair<std::uint32_t, double>> hits;
    hits.reserve(postings);
    each_hit([&](std::uint32_t p, double sc) { hits.emplace_back(p, sc); });
    const auto order = [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second > b.second;
    };
    if (!std::is_sorted(hits.begin(), hits.end(), order))
      std::sort(hits.begin(), hits.end(), order);  // one list: sorted
    for (std::size_t i = 0; i < hits.size(); ++i) {
      if (i == 0 || hits[i].first != hits[i - 1].first) out.add(hits[i].first, hits[i].second);
    }
    return out;
  }

  Matches phrase(const std::string& text, bool positive) {
    Matches out{true, {}, {}};
    for (const PhraseVariant& pv : expander_.phrase_variants(text)) {
      out = unite(out, phrase_terms(pv, positive), Merge::kMax);
    }
    return out;
  }

  // Passages of the variant's languages holding every term at its relative position. The
  // cursors align without positions; only passages holding every term decode them.
  // A respaced variant (another spacing of what was typed) highlights its terms only where it
  // matched: its parts alone are other words.
  Matches phrase_terms(const PhraseVariant& pv, bool positive) {
    std::vector<TermId> ids;
    Matches out = phrase_passages(pv, ids);
    if (positive && (!pv.respaced || !out.passages.empty()))
      matched_.insert(matched_.end(), ids.begin(), ids.end());
    return out;
  }

  // phrase_terms' passages; `ids` gets the terms' ids if each has postings (else stays empty).
  Matches phrase_passages(const PhraseVariant& pv, std::vector<TermId>& ids) {
    const TermSequence& seq = pv.seq;
    Matches out;
    std::vector<PostingCursor> cursors;
    for (const auto& [t, rel] : seq) {
      const TermId id = idx_.terms().find(t);
      if (id == index::kNoTerm) return ids.clear(), out;
      ids.push_back(id);
      cursors.emplace_back(idx_.postings(id), false);
      if (!cursors.back().next()) return ids.clear(), out;
    }
    std::vector<double> idfs;
    variant_idfs(idx_, bm25_, pv, ids, idfs);
    std::vector<std::vector<std::uint32_t>> positions(seq.size());
    for (;;) {
      std::uint32_t target = 0;
      for (const PostingCursor& c : cursors) target = std::max(target, c.passage());
      bool aligned = true;
      for (PostingCursor& c : cursors) {
        while (c.passage() < target) {
          if (!c.next()) return out;
        }
        aligned &= c.passage() == target;
      }
      if (!aligned) continue;
      if ((!any_dead_ || idx_.passage_alive(target)) &&
          (pv.langs == kAnyLanguage || in_languages(pv.langs, idx_.passages()[target].lang))) {
        bool read = true;
        for (std::size_t i = 0; i < cursors.size() && read; ++i)
          read = cursors[i].read_positions(positions[i]);
        const std::uint32_t tf = read ? phrase_frequency(seq, positions) : 0;
        // target < passages().size(): checked at load
        if (tf > 0)
          out.add(target, phrase_score(bm25_, idfs, tf, idx_.passages()[target], pv.weight));
      }
      if (!cursors[0].next()) return out;
    }
  }

  // The matches of `m` that the lang:/doc: node keeps (m's passages are live).
  Matches keep_if(const Matches& m, const QueryNode& n) {
    Matches out;
    const std::vector<index::PassageInfo>& passages = idx_.passages();
    if (n.kind == Kind::kLang) {
      const core::Language lang = core::language_from_code(n.text);
      for (std::size_t i = 0; i < m.passages.size(); ++i) {
        if (passages[m.passages[i]].lang == lang) out.add(m.passages[i], m.scores[i]);
      }
      return out;
    }
    std::vector<bool> doc_kept(idx_.docs().size());
    for (std::uint32_t d = 0; d < doc_kept.size(); ++d)
      doc_kept[d] = doc_matches(idx_.docs()[d], n.text);
    for (std::size_t i = 0; i < m.passages.size(); ++i) {
      if (doc_kept[passages[m.passages[i]].doc]) out.add(m.passages[i], m.scores[i]);
    }
    return out;
  }

  // doc:NAME keeps a document named NAME or with id NAME; doc:NAME* one whose name starts so.
  static bool doc_matches(const index::DocInfo& d, std::string_view text) {
    if (!d.alive) return false;
    if (!text.empty() && text.back() == '*') {
      const std::string_view want = text.substr(0, text.size() - 1);
      return std::string_view(d.name).substr(0, want.size()) == want;
    }
    return d.name == text || d.id == text;
  }

  // lang: reads each passage's language (no document touched but to ask if it is alive, once
  // per document); doc: looks the name up among the documents, then takes their passages,
  // which are contiguous (not one test per passage of the index).
  Matches filter(const QueryNode& n) {
    Matches out;
    const std::vector<index::PassageInfo>& passages = idx_.passages();
    if (n.kind == Kind::kLang) {
      const core::Language lang = core::language_from_code(n.text);
      std::uint32_t doc = ~0u;
      bool alive = false;
      for (std::uint32_t i = 0; i < passages.size(); ++i) {
        const index::PassageInfo& p = passages[i];
        if (p.lang != lang) continue;
        if (p.doc != doc) doc = p.doc, alive = idx_.docs()[doc].alive;
        if (alive) out.add(i, 0.0);
      }
      return out;
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;  // [first, end) passages
    for (const index::DocInfo& d : idx_.docs()) {
      if (doc_matches(d, n.text))
        ranges.emplace_back(d.first_passage, d.first_passage + d.passage_count);
    }
    std::sort(ranges.begin(), ranges.end());
    for (const auto& [first, end] : ranges) {
      for (std::uint32_t i = first; i < end; ++i)
        out.add(i, 0.0);  // end <= passages(): checked at load
    }
    return out;
  }

  Matches external(const QueryNode& n) {
    Matches out;
    if (filter_passages_) out.passages = filter_passages_(n);
    out.scores.assign(out.passages.size(), 0.0);
    return out;
  }

  const index::SearchIndex& idx_;
  // Liveness costs two dependent loads per posting (passage -> document); with nothing
  // removed since the last compaction it cannot fail.
  const bool any_dead_ = idx_.dead_passages() > 0;
  Bm25 bm25_;
  TermExpander expander_;
  std::vector<TermId>& matched_;
  const std::function<std::vector<std::uint32_t>(const QueryNode&)>& filter_passages_;
};

}  // namespace

SearchResult Searcher::search(const QueryNode& root, const SearchOptions& options) const {
  SearchResult r;
  Evaluator ev(idx_, analyze_, params_, options, r.matched_terms, memo_);
  const Matches m = ev.eval(root, true);
  std::sort(r.matched_terms.begin(), r.matched_terms.end());
  r.matched_terms.erase(std::unique(r.matched_terms.begin(), r.matched_terms.end()),
                        r.matched_terms.end());
  r.total = m.passages.size();
  std::uint32_t langs[6] = {};
  std::uint32_t last_doc = ~0u;
  for (std::uint32_t p : m.passages) {
    const index::PassageInfo& info = idx_.passages()[p];
    // Passages of one document are contiguous and ascending: a new doc starts a new entry.
    if (info.doc != last_doc) ++r.total_docs, last_doc = info.doc;
    if (!options.facets) continue;
    langs[static_cast<int>(info.lang)]++;
    if (r.doc_facet.empty() || r.doc_facet.back().first != info.doc)
      r.doc_facet.emplace_back(info.doc, 0);
    r.doc_facet.back().second++;
  }
  for (int l = 0; l < 6; ++l) {
    if (langs[l]) r.lang_facet.emplace_back(static_cast<core::Language>(l), langs[l]);
  }
  if (options.keep_passages) r.passages = m.passages;
  // Rank: the best few first; if the per-document cap drops too many, sort everything.
  std::vector<std::uint32_t> order(m.passages.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto better = [&m](std::uint32_t a, std::uint32_t b) {
    return m.scores[a] != m.scores[b] ? m.scores[a] > m.scores[b] : m.passages[a] < m.passages[b];
  };
  const std::size_t want = options.offset + options.limit;
  for (std::size_t k = std::min(order.size(), want * 4 + 64);; k = order.size()) {
    // The k best in O(n) (nth_element), then only those sorted: the order is total (ties by
    // passage), so this is partial_sort's result at a fraction of its comparisons.
    if (k < order.size()) std::nth_element(order.begin(), order.begin() + k, order.end(), better);
    std::sort(order.begin(), order.begin() + k, better);
    r.hits.clear();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> per_doc;  // (doc, hits so far)
    std::size_t skipped = 0;
    for (std::size_t i = 0; i < k && r.hits.size() < options.limit; ++i) {
      const std::uint32_t doc = idx_.passages()[m.passages[order[i]]].doc;
      auto it = std::find_if(per_doc.begin(), per_doc.end(),
                             [doc](const auto& e) { return e.first == doc; });
      if (it == per_doc.end()) it = per_doc.insert(per_doc.end(), {doc, 0});
      if (options.per_doc && it->second >= options.per_doc) continue;
      it->second++;
      if (skipped++ < options.offset) continue;
      r.hits.push_back({m.passages[order[i]], m.scores[order[i]]});
    }
    if (r.hits.size() >= options.limit || k == order.size()) break;
  }
  return r;
}

bool Searcher::highlights(std::string_view term, const std::vector<TermId>& matched) const {
  const auto has = [&](std::string_view t) {
    const TermId id = idx_.terms().find(t);
    return id != index::kNoTerm && std::binary_search(matched.begin(), matched.end(), id);
  };
  if (has(term)) return true;
  for (const std::string& suffix : index::compound_suffixes(term)) {
    if (has(std::string(1, index::kCompoundMarker) + suffix)) return true;
  }
  return false;
}

}  // namespace loupe::query
