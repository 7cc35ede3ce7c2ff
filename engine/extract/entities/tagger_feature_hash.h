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
  kKeyM2,
  kKeyP2,
  kShapeTrigram,
  kPrevWordShape,
  kNextWordShape,
  kCapRun,
  kInQuote,
  kDocCount,  // unused (tried: occurrences in the document; no gain on the dev files)
  kStemFirstLength,
  kStemTail2,
  kPrevParticle,
  kNextParticle,
  kCapRunWord,
  kWordClass,  // the word's class (WordClasses): fine, then coarse with the shape
  kWordClassCoarse,
  kWordClassM1,
  kWordClassP1,
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

// Korean (tagger_features_korean.cc), apart from the list above and with a value of its own:
// templates appended to the list keep their numbers, and this one keeps its own.
inline constexpr Template kKoSound = static_cast<Template>(0x4B6F);
// The lexicon's types of the Korean words before and after (TokenInfo::ko_near).
inline constexpr Template kKoNear = static_cast<Template>(0x4B6E);

constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ull;
inline std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + kSeed + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDull;
}
// FNV-1a, fed piece by piece: a word's lower case, shape and affixes are hashed while its
// code points are read, without building their strings.
struct StreamHash {
  std::uint64_t h = 0xCBF29CE484222325ull;
  void byte(unsigned char c) { h = (h ^ c) * 0x100000001B3ull; }
  void bytes(std::string_view s) {
    for (unsigned char c : s) byte(c);
  }
  void code_point(char32_t cp) {  // as UTF-8
    if (cp < 0x80) return byte(static_cast<unsigned char>(cp));
    if (cp < 0x800) {
      byte(static_cast<unsigned char>(0xC0 | (cp >> 6)));
    } else if (cp < 0x10000) {
      byte(static_cast<unsigned char>(0xE0 | (cp >> 12)));
      byte(static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)));
    } else {
      byte(static_cast<unsigned char>(0xF0 | (cp >> 18)));
      byte(static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F)));
      byte(static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)));
    }
    byte(static_cast<unsigned char>(0x80 | (cp & 0x3F)));
  }
};
inline std::uint64_t hash_bytes(std::string_view s) {
  StreamHash h;
  h.bytes(s);
  return h.h;
}
inline std::uint64_t feature(Template t, std::uint64_t a, std::uint64_t b = 0) {
  return mix(mix(t, a), b);
}

inline std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin);
}

}  // namespace loupe::entities::tagger_hash
