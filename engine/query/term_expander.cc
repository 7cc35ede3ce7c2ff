#include "query/term_expander.h"

#include <algorithm>

#include "core/utf8.h"
#include "index/hangul.h"

namespace loupe::query {

using index::kCompoundMarker;
using index::TermId;

namespace {

// std::stable_sort's order without its temporary buffer (an allocation per call) for the one
// or two alternatives of most words: insertion sort is stable too.
template <typename Less>
void stable_sort_small(std::vector<WeightedTerm>& v, Less less) {
  if (v.size() > 16) return std::stable_sort(v.begin(), v.end(), less);
  for (std::size_t i = 1; i < v.size(); ++i) {
    for (std::size_t j = i; j > 0 && less(v[j], v[j - 1]); --j) std::swap(v[j], v[j - 1]);
  }
}

// A Korean word that compounds can start or end: 2+ syllables (one syllable starts too many).
bool heads_compounds(std::string_view word) {
  return word.size() >= std::size_t{2} * 3 && index::is_hangul_word(word);
}

}  // namespace

TermExpander::TermExpander(const index::SearchIndex& idx, QueryAnalyzer analyze,
                           const Bm25Params& params, std::size_t max_expansions, QueryMemo* memo)
    : idx_(idx),
      analyze_(std::move(analyze)),
      params_(params),
      max_expansions_(max_expansions),
      memo_(memo) {
  // With their kin: a Russian word read as Russian finds a Ukrainian-only index's forms.
  for (int l = 0; l < 6; ++l) {
    if (read_in_ & (1u << l)) languages_[language_count_++] = static_cast<core::Language>(l);
  }
  if (language_count_ == 0) languages_[language_count_++] = core::Language::kOther;
}

LanguageSet TermExpander::matched_in(LanguageSet read_by) const {
  const LanguageSet in_index = static_cast<LanguageSet>(idx_.language_mask() & kAnyLanguage);
  const LanguageSet langs = with_kin(read_by);
  // Read alike by every chain of the index: any passage, no language test per hit.
  return (langs & in_index) == in_index ? kAnyLanguage : langs;
}

std::vector<Reading> TermExpander::analyze(std::string_view word) const {
  std::string key;
  if (memo_) {
    key.assign(1, static_cast<char>(idx_.language_mask() & 0x7F)).append(word);  // 6 language bits
    if (const auto* found = memo_->readings.find(key)) return *found;
  }
  std::vector<Reading> out;
  for (std::size_t i = 0; i < language_count_; ++i) {
    const core::Language lang = languages_[i];
    const LanguageSet bit = static_cast<LanguageSet>(1u << static_cast<int>(lang));
    std::vector<std::vector<std::string>> readings =
        analyze_ ? analyze_(word, lang)
                 : std::vector<std::vector<std::string>>{{std::string(word)}};
    for (std::vector<std::string>& terms : readings) {
      terms.erase(std::remove(terms.begin(), terms.end(), std::string()), terms.end());
      if (terms.empty()) continue;
      const auto same =
          std::find_if(out.begin(), out.end(), [&](const Reading& r) { return r.terms == terms; });
      if (same != out.end())
        same->langs |= bit;
      else
        out.push_back({std::move(terms), bit});
    }
  }
  for (Reading& r : out) r.langs = matched_in(r.langs);
  if (memo_) memo_->readings.put(std::move(key), out);
  return out;
}

std::vector<PhraseVariant> TermExpander::phrase_variants(std::string_view text) const {
  if (!memo_) return phrase_variants_uncached(text);
  if (memo_->expansions_layout != idx_.layout_version())
    memo_->drop_expansions(idx_.layout_version());
  std::string key(text);
  if (const auto* found = memo_->phrases.find(key)) return *found;
  std::vector<PhraseVariant> out = phrase_variants_uncached(text);
  memo_->phrases.put(std::move(key), out);
  return out;
}

std::vector<PhraseVariant> TermExpander::phrase_variants_uncached(std::string_view text) const {
  std::vector<std::vector<Reading>> words;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t end = std::min(text.find_first_of(" \t\r\n", i), text.size());
    if (end > i) words.push_back(analyze(text.substr(i, end - i)));
    i = end + 1;
  }
  std::vector<PhraseVariant> out;
  std::vector<const Reading*> own;  // one word's readings in the language at hand
  for (std::size_t li = 0; li < language_count_; ++li) {
    const core::Language lang = languages_[li];
    const LanguageSet bit = static_cast<LanguageSet>(1u << static_cast<int>(lang));
    for (std::size_t v = 0;; ++v) {
      PhraseVariant pv;
      bool more = false;  // some word has a v-th reading here
      std::uint32_t pos = 0;
      for (const std::vector<Reading>& w : words) {
        own.clear();
        for (const Reading& r : w) {
          if (in_languages(r.langs, lang)) own.push_back(&r);
        }
        if (own.empty()) {  // no terms in this language (a stop word): still a position
          ++pos;
          continue;
        }
        more |= v < own.size();
        for (const std::string& t : own[std::min(v, own.size() - 1)]->terms)
          pv.seq.emplace_back(t, pos++);
      }
      if (!more) break;
      // A word with fewer readings repeats its last: equal sequences are evaluated once.
      const auto same = std::find_if(out.begin(), out.end(),
                                     [&](const PhraseVariant& o) { return o.seq == pv.seq; });
      if (same != out.end())
        same->langs |= bit;
      else if (!pv.seq.empty())
        pv.langs = bit, out.push_back(std::move(pv));
    }
  }
  for (PhraseVariant& pv : out) pv.langs = matched_in(pv.langs);
  const std::size_t typed = out.size();
  add_compound_variants(out);
  for (std::size_t v = 0; v < typed; ++v) add_spacing_variants(PhraseVariant(out[v]), out);
  return out;
}

// Korean spacing is loose at a phrase's edges: "데비안 패키지" is also written "데비안 패키지용"
// (its last word heading a compound) and "미국협상팀 회의" holds "협상팀 회의" (its first word
// ending one). So a phrase of 2+ terms also matches with its last Hangul term replaced by a
// compound it heads (the kMaxHeadVariants most frequent, as add_compound_heads finds them) or
// its first by its marked compound suffix, scored as the exact phrase would be (its terms'
// idf) times compound_weight. Inner words stay whole.
void TermExpander::add_compound_variants(std::vector<PhraseVariant>& variants) const {
  constexpr std::size_t kMaxHeadVariants = 4;
  const index::TermDict& dict = idx_.terms();
  const auto known = [&](const TermSequence& seq) {
    for (const auto& [t, rel] : seq) {
      const TermId id = dict.find(t);
      if (id == index::kNoTerm || idx_.df(id) == 0) return false;
    }
    return true;
  };
  // Readings meet: 패키지 read whole heads 패키지용, and so does its split reading 패키. A
  // sequence comes once, scored as the loosened phrase whose terms the index holds, if one does
  // (an exact sequence is never replaced).
  const std::size_t base = variants.size();
  const auto add = [&](PhraseVariant pv) {
    const auto same = std::find_if(variants.begin(), variants.end(),
                                   [&](const PhraseVariant& o) { return o.seq == pv.seq; });
    if (same == variants.end()) return variants.push_back(std::move(pv));
    if (same - variants.begin() >= static_cast<std::ptrdiff_t>(base) && !known(same->scored_as) &&
        known(pv.scored_as)) {
      *same = std::move(pv);
    }
  };
  for (std::size_t v = 0; v < base; ++v) {
    if (variants[v].seq.size() < 2) continue;
    std::vector<WeightedTerm> heads;
    add_compound_heads(heads, variants[v].seq.back().first, 1.0);
    std::sort(heads.begin(), heads.end(), [this](const WeightedTerm& a, const WeightedTerm& b) {
      return idx_.df(a.term) != idx_.df(b.term) ? idx_.df(a.term) > idx_.df(b.term)
                                                : a.term < b.term;
    });
    if (heads.size() > kMaxHeadVariants) heads.resize(kMaxHeadVariants);
    for (const WeightedTerm& h : heads) {
      PhraseVariant pv = variants[v];
      pv.scored_as = variants[v].seq;
      pv.seq.back().first = std::string(dict.term(h.term));
      pv.weight = params_.compound_weight;  // below the exact phrase, as a word's compound heads
      add(std::move(pv));
    }
    const std::string marked = std::string(1, kCompoundMarker) + variants[v].seq.front().first;
    if (heads_compounds(variants[v].seq.front().first) && dict.find(marked) != index::kNoTerm) {
      PhraseVariant pv = variants[v];
      pv.scored_as = variants[v].seq;
      pv.seq.front().first = marked;
      pv.weight = params_.compound_weight;
      add(std::move(pv));
    }
  }
}

std::vector<WeightedTerm> TermExpander::expand(const std::string& term, bool prefix, int fuzzy,
                                               LanguageSet langs) const {
  if (!memo_) return expand_uncached(term, prefix, fuzzy, langs);
  if (memo_->expansions_layout != idx_.layout_version())
    memo_->drop_expansions(idx_.layout_version());
  std::string key = term;
  key.push_back('\0');
  key.push_back(static_cast<char>(prefix)), key.push_back(static_cast<char>(fuzzy)),
      key.push_back(static_cast<char>(langs));
  key.append(reinterpret_cast<const char*>(&max_expansions_), sizeof max_expansions_);
  if (const auto* found = memo_->expansions.find(key)) return *found;
  std::vector<WeightedTerm> out = expand_uncached(term, prefix, fuzzy, langs);
  memo_->expansions.put(std::move(key), out);
  return out;
}

std::vector<WeightedTerm> TermExpander::expand_uncached(const std::string& term, bool prefix,
                                                        int fuzzy, LanguageSet langs) const {
  std::vector<WeightedTerm> out;
  if (prefix || fuzzy > 0) langs = kAnyLanguage;
  const index::TermDict& dict = idx_.terms();
  const TermId exact = dict.find(term);
  if (exact != index::kNoTerm) out.push_back({exact, 1.0});
  const std::string marked = std::string(1, kCompoundMarker) + term;
  const TermId compound = dict.find(marked);
  if (compound != index::kNoTerm) out.push_back({compound, params_.compound_weight});
  add_compound_heads(out, term, params_.compound_weight);
  add_compound_heads(out, marked, params_.compound_weight * params_.compound_weight);
  add_cyrillic_stem_family(out, term);
  // The word's other forms so far score with its own idf, where the index holds it.
  if (exact != index::kNoTerm && idx_.df(exact) > 0) {
    for (WeightedTerm& w : out) w.scored_as = exact;
  }
  if (prefix) {
    add_prefix(out, term, params_.prefix_weight);
    add_prefix(out, marked, params_.prefix_weight * params_.compound_weight);
    add_stem_of_prefix(out, term);
  }
  if (fuzzy > 0) add_fuzzy(out, term, fuzzy);
  // Everything but the stem family (which names its language) matches where the reading does.
  for (WeightedTerm& w : out) {
    if (w.langs == kAnyLanguage) w.langs = langs;
  }
  // A term reached two ways for the same languages keeps its best weight.
  stable_sort_small(out, [](const WeightedTerm& a, const WeightedTerm& b) {
    return a.term != b.term     ? a.term < b.term
           : a.langs != b.langs ? a.langs < b.langs
                                : a.weight > b.weight;
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const WeightedTerm& a, const WeightedTerm& b) {
                          return a.term == b.term && a.langs == b.langs;
                        }),
            out.end());
  stable_sort_small(
      out, [](const WeightedTerm& a, const WeightedTerm& b) { return a.weight > b.weight; });
  return out;
}

void TermExpander::add_prefix(std::vector<WeightedTerm>& out, const std::string& prefix,
                              double weight) const {
  const index::TermDict& dict = idx_.terms();
  const auto [lo, hi] = dict.prefix_range(prefix);
  std::vector<TermId> found(dict.sorted().begin() + lo, dict.sorted().begin() + hi);
  if (found.size() > max_expansions_) {  // keep the most frequent: they carry most of the recall
    std::partial_sort(found.begin(), found.begin() + max_expansions_, found.end(),
                      [this](TermId a, TermId b) { return idx_.df(a) > idx_.df(b); });
    found.resize(max_expansions_);
  }
  for (TermId t : found) out.push_back({t, weight});
}

// Korean compounds put the query word first as often as last: 협상 (negotiation) heads 협상팀
// (negotiation team) and 협상력, 대통령 heads 대통령실장. Terms that are the word plus 1 or 2
// Hangul syllables match it as compounds do (a word of 2+ syllables; longer tails are other
// words that merely start alike). Read from the sorted dictionary: no index terms added.
void TermExpander::add_compound_heads(std::vector<WeightedTerm>& out, const std::string& term,
                                      double weight) const {
  const std::size_t skip = !term.empty() && term[0] == kCompoundMarker ? 1 : 0;
  if (!heads_compounds(std::string_view(term).substr(skip))) return;
  constexpr std::size_t kMaxTailBytes = std::size_t{2} * 3;  // 2 syllables
  const index::TermDict& dict = idx_.terms();
  const auto [lo, hi] = dict.prefix_range(term);
  for (std::size_t i = lo; i < hi; ++i) {
    const TermId t = dict.sorted()[i];
    const std::string_view tail = dict.term(t).substr(term.size());
    if (tail.size() > kMaxTailBytes || !index::is_hangul_word(tail)) continue;
    out.push_back({t, weight});
  }
}

// Snowball's Russian stemmer reads a surname's -ов/-ев/-ин and a name's -ей as endings: Лавров
// -> лавр but Лаврова, Лаврову, Лавровым -> лавров; Сергей -> серг but Сергея -> серге. So a
// Cyrillic term also reaches (1) its own stem, when the stem is a term (лавров -> лавр), and
// (2) the terms 1-2 letters longer whose stem it is (лавр -> лавров, серг -> серге), in the
// Russian and Ukrainian chains. Both are the same word's forms, so they rank just below it.
void TermExpander::add_cyrillic_stem_family(std::vector<WeightedTerm>& out,
                                            const std::string& term) const {
  constexpr double kFamilyWeight = 0.9;
  constexpr std::size_t kMaxTailLetters = 2, kMinStemLetters = 3;
  if (!analyze_ || term.empty()) return;
  const auto cyrillic_letters = [](std::string_view s) {  // count, or 0 if anything else is in s
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) {
      const core::DecodedChar d = core::decode_utf8(s, i);
      if (d.code_point < 0x400 || d.code_point > 0x4FF) return std::size_t{0};
      i += d.length;
    }
    return n;
  };
  if (cyrillic_letters(term) < kMinStemLetters) return;
  const index::TermDict& dict = idx_.terms();
  for (core::Language lang : {core::Language::kRu, core::Language::kUk}) {
    if (!in_languages(read_in_, lang)) continue;  // no such passages, nor their kin
    const LanguageSet family = with_kin(static_cast<LanguageSet>(1u << static_cast<int>(lang)));
    const auto stem_of = [&](std::string_view w) {
      const std::vector<std::vector<std::string>> r = analyze_(w, lang);
      return r.size() == 1 && r[0].size() == 1 ? r[0][0] : std::string();
    };
    const std::string own = stem_of(term);
    if (!own.empty() && own != term && cyrillic_letters(own) >= kMinStemLetters) {
      if (const TermId t = dict.find(own); t != index::kNoTerm)
        out.push_back({t, kFamilyWeight, family});
    }
    const auto [lo, hi] = dict.prefix_range(term);
    for (std::size_t i = lo; i < hi; ++i) {
      const TermId t = dict.sorted()[i];
      const std::string_view candidate = dict.term(t);
      const std::size_t tail = cyrillic_letters(candidate.substr(term.size()));
      if (tail == 0 || tail > kMaxTailLetters) continue;
      if (stem_of(candidate) == term) out.push_back({t, kFamilyWeight, family});
    }
  }
}

// Stemmed terms can be shorter than the prefix typed: "allocat*" must reach "alloc", the stem
// of allocate/allocation. Terms that are the prefix cut by 1 to kMaxStemCut code points (never
// below kMinStem) count as prefix matches too.
void TermExpander::add_stem_of_prefix(std::vector<WeightedTerm>& out,
                                      const std::string& prefix) const {
  constexpr std::size_t kMaxStemCut = 3, kMinStem = 4;
  std::vector<std::size_t> ends;  // byte offset after each code point
  for (std::size_t i = 0; i < prefix.size();) {
    const core::DecodedChar d = core::decode_utf8(prefix, i);
    ends.push_back(i += d.length);
  }
  for (std::size_t cut = 1;
       cut <= kMaxStemCut && cut < ends.size() && ends.size() - cut >= kMinStem; ++cut) {
    const index::TermId t =
        idx_.terms().find(std::string_view(prefix).substr(0, ends[ends.size() - cut - 1]));
    if (t != index::kNoTerm) out.push_back({t, params_.prefix_weight});
  }
}

// A bounded walk of the sorted jamo dictionary (index/jamo_dict.h), not a scan of every term.
void TermExpander::add_fuzzy(std::vector<WeightedTerm>& out, const std::string& term,
                             int distance) const {
  std::vector<std::pair<int, TermId>> found;
  idx_.jamo_dict().within(index::to_jamo(term), distance, found);
  std::sort(found.begin(), found.end(), [this](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return idx_.df(a.second) != idx_.df(b.second) ? idx_.df(a.second) > idx_.df(b.second)
                                                  : a.second < b.second;
  });
  if (found.size() > max_expansions_) found.resize(max_expansions_);
  for (const auto& [d, t] : found) out.push_back({t, params_.fuzzy_weight / d});
}

int bounded_edit_distance(const std::u32string& a, const std::u32string& b, int max) {
  std::vector<int> rows;
  return bounded_edit_distance(a, b, max, rows);
}

int bounded_edit_distance(const std::u32string& a, const std::u32string& b, int max,
                          std::vector<int>& rows) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > static_cast<std::size_t>(max)) return max + 1;
  rows.assign(2 * (m + 1), 0);
  int* prev = rows.data();
  int* cur = rows.data() + m + 1;
  for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] =
          std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max) return max + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], max + 1);
}

}  // namespace loupe::query
