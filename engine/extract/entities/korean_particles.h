// Korean particles (조사) after a noun: "푸틴은" = 푸틴 + 은, "우크라이나에서" = 우크라이나 + 에서.
// Delegates to engine/analysis (split_korean_word), so search and entities cut words alike.
// Names that end in a particle-like syllable (김정은, 우크라이나) are protected by the caller,
// which looks the whole word up before stripping.
// E.g. strip_korean_particle("라브로프가") == 12 (the bytes of 라브로프).
#pragma once
#include <cstddef>
#include <string_view>

namespace loupe::entities {

// Byte length of the stem: word.size() when nothing was stripped.
std::size_t strip_korean_particle(std::string_view word);

}  // namespace loupe::entities
