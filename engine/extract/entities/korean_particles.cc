#include "extract/entities/korean_particles.h"

#include "analysis/korean_particles.h"

namespace loupe::entities {

// The analysis module's splitter (particle agreement with the previous syllable, protected
// names such as 우크라이나 and 김정은): one rule set for search and entities.
std::size_t strip_korean_particle(std::string_view word) {
  return analysis::split_korean_word(word).stem_bytes;
}

}  // namespace loupe::entities
