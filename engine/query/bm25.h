// BM25 (Robertson/Spärck Jones, as in Lucene and Tantivy) over passages, with two fields.
//   score(t, p) = weight * boost(field) * idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len /
//   avglen)) idf(t)      = ln(1 + (N - df + 0.5) / (df + 0.5))        (never negative)
// N = live passages, df = passages holding t, len = the passage's word positions, avglen per
// field. Parameters:
//   k1 = 1.2   term-frequency saturation; 0 = presence only, ~2 = repeats keep counting.
//              Passages are short (a paragraph), so repeats saturate early.
//   b  = 0.75  length normalization, 0..1; 0 = none, 1 = full. Long paragraphs are penalized.
//   title_boost = 2.0  a match in a document's title counts twice a body match.
//   compound_weight = 0.6  a match inside a Korean compound (위원회 in 외교관계위원회) ranks
//              below a whole-word match.
//   spacing_weight = 0.9  a Korean phrase matched as written with other spacing (비밀협상 for
//              "비밀 협상", and the reverse) ranks just below the spacing typed.
//   prefix_weight = 0.8, fuzzy_weight = 0.7 (divided by the edit distance): expansions rank
//              below the word itself, which always has weight 1.
// E.g. Bm25 s(index); s.score(df = 1, tf = 1, len = 10, Field::kBody, 1.0).
#pragma once
#include <cmath>
#include <cstdint>

#include "index/search_index.h"

namespace loupe::query {

struct Bm25Params {
  double k1 = 1.2;
  double b = 0.75;
  double title_boost = 2.0;
  double compound_weight = 0.6;
  double spacing_weight = 0.9;
  double prefix_weight = 0.8;
  double fuzzy_weight = 0.7;
};

class Bm25 {
 public:
  Bm25(const index::SearchIndex& idx, const Bm25Params& p) : p_(p) {
    n_ = idx.live_passages(index::Field::kBody) + idx.live_passages(index::Field::kTitle);
    avg_[0] = idx.average_length(index::Field::kBody);
    avg_[1] = idx.average_length(index::Field::kTitle);
  }
  double idf(std::uint32_t df) const {
    return std::log(1.0 + (static_cast<double>(n_) - df + 0.5) / (df + 0.5));
  }
  double tf_part(std::uint32_t tf, std::uint32_t len, index::Field f) const {
    const double norm = 1.0 - p_.b + p_.b * len / avg_[static_cast<int>(f)];
    const double boost = f == index::Field::kTitle ? p_.title_boost : 1.0;
    return boost * tf * (p_.k1 + 1.0) / (tf + p_.k1 * norm);
  }
  double score(std::uint32_t df, std::uint32_t tf, std::uint32_t len, index::Field f,
               double weight) const {
    return weight * idf(df) * tf_part(tf, len, f);
  }
  const Bm25Params& params() const { return p_; }
  // Everything tf_part depends on: equal statistics give bit-identical tf_part values.
  struct TfStatistics {
    double avg[2], k1, b, title_boost;
    bool operator==(const TfStatistics& o) const {
      return avg[0] == o.avg[0] && avg[1] == o.avg[1] && k1 == o.k1 && b == o.b &&
             title_boost == o.title_boost;
    }
  };
  TfStatistics tf_statistics() const { return {{avg_[0], avg_[1]}, p_.k1, p_.b, p_.title_boost}; }

 private:
  Bm25Params p_;
  double n_ = 0;
  double avg_[2] = {1, 1};
};

}  // namespace loupe::query
