// Internal to the tagger's features (tagger_features*.cc): the feature templates and hashing.
#pragma once
#include <cstdint>
#include <string_view>

namespace loupe::entities::tagger_hash {

// Feature templates: the first value hashed into every feature, so equal values of two
// templates give different features. Append only (models store their hashes).
enum Template : std::uint64_t {
  kBias = 1,
  kLower,
  kRaw,
  kShape,
  kShortShape,
  kPrefix,
  kSuffix,
  kScript,
  kLowerM1,
  kLowerP1,
  kLowerM2,
  kLowerP2,
  kShapeM1,
  kShapeP1,
  kShapePair,
  kShapePairNext,
  kBigramPrev,
  kBigramNext,
  kFirst,
  kHeadline,
  kGazetteer,
  kLexiconFlags,
  kFlagsM1,
  kFlagsP1,
  kSyllable,
  kSylM1,
  kSylP1,
  kSylM2,
  kSylP2,
  kSylBigramPrev,
  kSylBigramNext,
  kWord,
  kStem,
  kParticle,
  kPlace,
  kPrevStem,
  kNextStem,
  kStemHead,
  kStemTail,
  kStemLength,
  kInParticle,
  kGazetteerM1,
  kGazetteerP1,
  kAround,
  kDocLower,
  kAroundStem,
  kKey,
  kKeyM1,
  kKeyP1,
  kSylTrigram,
  kStemPlace,
  kNextStemPlace,
};

// Lexicon flags of a word.
enum : std::uint8_t {
  kTitleWord = 1,
  kOrgWord = 2,
  kLocWord = 4,
  kNonname = 8,
  kDemonym = 16,
  kKoTitleAfter = 32,
  kKoOrgSuffix = 64,
  kKoTitleBefore = 128,
};

constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ull;
inline std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + kSeed + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDull;
}
inline std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ull;
  return h;
}
inline std::uint64_t feature(Template t, std::uint64_t a, std::uint64_t b = 0) {
  return mix(mix(t, a), b);
}

inline std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin);
}

}  // namespace loupe::entities::tagger_hash
