// Language identification per paragraph: ko, en, es, ru, uk, or kOther when the evidence is thin.
// Input: UTF-8 (invalid bytes read as U+FFFD and ignored). Scores letters by script (Hangul,
// Cyrillic, Latin), then within a script by letters unique to one language and short stopword
// lists. Linear time, no allocation, never fails: too few letters (< ~10), digits/URLs only, or
// Latin text that is neither English nor Spanish (French, German, ...) give kOther with low
// confidence.
// E.g. identify_language("Ми працюємо над цим.").lang == core::Language::kUk.
#pragma once
#include <string_view>

#include "core/language.h"

namespace loupe::langid {

struct LanguageGuess {
  core::Language lang = core::Language::kOther;
  float confidence = 0;  // 0..1: how much the winner beat the alternatives, scaled by evidence
};

LanguageGuess identify_language(std::string_view utf8_text);

}  // namespace loupe::langid
