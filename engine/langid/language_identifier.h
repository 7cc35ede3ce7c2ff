// Language identification per paragraph: ko, en, es, ru, uk, or kOther when the evidence is thin.
// Input: UTF-8 (invalid bytes read as U+FFFD and ignored). Scores letters by script (Hangul,
// Cyrillic, Latin), then within a script by letters unique to one language and short stopword
// lists. Linear time, no allocation, never fails: too few letters (< ~10), digits/URLs only, or
// Latin text that is neither English nor Spanish (French, German, ...) give kOther with low
// confidence.
// E.g. identify_language("Ми працюємо над цим.").lang == core::Language::kUk.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/language.h"

namespace loupe::langid {

// The script with the most letters of a text, for the document language of its paragraph
// (analysis/document_language.h): Latin (ASCII letters, U+00C0-024F but x and ÷, U+1E00-1EFF),
// Cyrillic (U+0400-052F), Hangul (syllables, jamo, compatibility jamo); a tie goes to the first.
enum class LetterScript : std::int8_t { kNone = -1, kLatin = 0, kCyrillic = 1, kHangul = 2 };
struct ScriptLetters {
  LetterScript script = LetterScript::kNone;
  std::uint32_t letters = 0;  // of that script
  bool operator==(const ScriptLetters&) const = default;
};

struct LanguageGuess {
  core::Language lang = core::Language::kOther;
  float confidence = 0;    // 0..1: how much the winner beat the alternatives, scaled by evidence
  ScriptLetters dominant;  // counted in the same pass, so the text is read once
};

LanguageGuess identify_language(std::string_view utf8_text);
// identify_language(t).dominant alone.
ScriptLetters dominant_script(std::string_view utf8_text);

}  // namespace loupe::langid
