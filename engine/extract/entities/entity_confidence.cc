// Which linked entities are reported: an entity none of whose mentions the tagger gives at
// least `min_confidence` (the calibrated probability that the span and its type are right,
// TaggerModel::span_confidences) is left out. With calibrated confidences, keeping a guess that
// is right less often than F/2 lowers the expected F1 (Lipton, Elkan and Naryanaswamy 2014,
// "Optimal thresholding of classifiers to maximize F1"): at F 0.8-0.9, under 0.4-0.45. Measured
// on the dev files, each half picked on and checked on the other (bench/entities/DEV_FILES.md).
// A name the lexicon lists is kept (its own evidence). Not in a paragraph that holds Hangul: the
// Korean confidences are not calibrated at the low end (spans read 0.3-0.4 are right 57 % of the
// time, loupe_bench_calibration ko), and the same threshold lowered every Korean dev file.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "extract/entities/entity_index.h"

namespace loupe::entities {

std::vector<bool> confident_groups(const std::vector<LinkRecord>& recs, UnionFind& groups,
                                   const std::vector<ScannedText>& scans, float min_confidence) {
  std::vector<bool> kept(recs.size(), true);
  if (min_confidence <= 0) return kept;
  std::vector<std::vector<bool>> hangul(scans.size());  // [doc][paragraph]
  for (std::size_t d = 0; d < scans.size(); ++d) {
    hangul[d].resize(scans[d].paragraph_count + 1);
    for (const Word& w : scans[d].words)
      if (w.script == Script::kHangul && w.paragraph < hangul[d].size())
        hangul[d][w.paragraph] = true;
  }
  std::vector<float> best(recs.size(), 0);  // per group root
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const Candidate& c = recs[i].cand;
    const std::vector<bool>& h = hangul[recs[i].doc];
    const bool korean = c.paragraph < h.size() && h[c.paragraph];
    float& b = best[groups.find(i)];
    b = std::max(b, korean || c.known >= 0 ? 1.0f : c.confidence);
  }
  for (std::size_t i = 0; i < recs.size(); ++i) kept[i] = best[groups.find(i)] >= min_confidence;
  return kept;
}

}  // namespace loupe::entities
