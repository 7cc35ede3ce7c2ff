// What language_identifier.cc counts over a text, and the verdict drawn from the counts
// (language_verdict.cc): letter units per script, within-script signal points per language.
// Internal to langid/.
#pragma once
#include <cstdint>

#include "core/language.h"
#include "langid/language_identifier.h"

namespace loupe::langid {

// Script weights in "units": a Latin or Cyrillic letter is 4. A Hangul syllable packs 2-3 jamo
// and is unambiguous, so it weighs 4 letters; a Han or kana character 3.
constexpr std::uint32_t kLetter = 4;
constexpr std::uint32_t kHangulSyllable = 16;
constexpr std::uint32_t kIdeograph = 12;
constexpr std::uint32_t kMinUnits = 10 * kLetter;   // fewer than ~10 letters: no decision
constexpr std::uint32_t kFullUnits = 60 * kLetter;  // confidence stops growing with length here

// Points for within-script evidence.
constexpr std::uint32_t kUniqueLetter = 2;  // ñ for es, ы for ru, і for uk, ç for "other"
constexpr std::uint32_t kUniqueWord = 3;    // a stopword listed for one language only
constexpr std::uint32_t kSharedWord = 1;    // a stopword listed for several
constexpr std::uint32_t kSuffix = 1;        // "-ing", "th" for en

enum Script { kHangul, kCyrillic, kLatin, kOtherScript, kScriptCount };
enum Signal { kEn, kEs, kOtherLatin, kRu, kUk, kSignalCount };

// Everything counted over a stretch of text; chunks (runs of non-space) are counted apart and
// dropped when they turn out to be URLs or e-mail addresses.
struct Counts {
  std::uint32_t script[kScriptCount] = {};
  std::uint32_t signal[kSignalCount] = {};
  std::uint32_t raw = 0;  // letter units before the name/acronym/gloss discounts: the evidence
  void add(const Counts& o) {
    raw += o.raw;
    for (int i = 0; i < kScriptCount; ++i) script[i] += o.script[i];
    for (int i = 0; i < kSignalCount; ++i) signal[i] += o.signal[i];
  }
};

inline bool ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Per LetterScript: the letters of the ranges language_identifier.h lists.
struct ScriptTally {
  std::uint32_t n[3] = {};
  void add(char32_t cp) {  // a non-ASCII code point
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF)) {
      ++n[0];
    } else if (cp >= 0x400 && cp <= 0x52F) {
      ++n[1];
    } else if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
               (cp >= 0x3130 && cp <= 0x318F)) {
      ++n[2];
    }
  }
  ScriptLetters best() const {
    ScriptLetters b;
    for (int s = 0; s < 3; ++s) {
      if (n[s] > b.letters) b = {static_cast<LetterScript>(s), n[s]};
    }
    return b;
  }
};

// The language the counts point to, and how sure.
struct Verdict {
  core::Language lang;
  float confidence;
};
Verdict guess(const Counts& counts);

}  // namespace loupe::langid
