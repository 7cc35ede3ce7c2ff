#include "analysis/korean_particle_filter.h"

#include "analysis/korean_particles.h"

namespace loupe::analysis {

void KoreanParticleFilter::apply(const FilterContext& ctx, std::vector<AnalyzedToken>& tokens) {
  for (AnalyzedToken& t : tokens) {
    if ((t.flags & kTokenHangul) == 0 || (t.flags & (kTokenUrl | kTokenEmail)) != 0) continue;
    if (t.stem_bytes.end_byte > ctx.text.size())
      continue;  // defensive: bad ranges stay as they are
    std::string_view surface = ctx.text.substr(t.stem_bytes.begin_byte, t.stem_bytes.size());
    KoreanStem split = split_korean_word(surface, ctx.korean_evidence);
    std::size_t cut = surface.size() - split.stem_bytes;
    // Hangul is caseless, so the folded term ends with the same particle bytes as the surface.
    if (cut == 0 || t.term.size() < cut ||
        std::string_view(t.term).substr(t.term.size() - cut) != split.particle) {
      continue;
    }
    t.term.resize(t.term.size() - cut);
    t.stem_bytes.end_byte -= cut;
    t.flags |= kTokenStripped;
  }
}

}  // namespace loupe::analysis
