#include "analysis/document_language.h"

#include <array>

#include "langid/language_identifier.h"

namespace loupe::analysis {
namespace {

using langid::LetterScript;
using langid::ScriptLetters;
constexpr int kScriptCount = 3;  // LetterScript's scripts, the index of the letter counts

bool written_in(core::Language lang, LetterScript s) {
  switch (lang) {
    case core::Language::kKo:
      return s == LetterScript::kHangul;
    case core::Language::kRu:
    case core::Language::kUk:
      return s == LetterScript::kCyrillic;
    case core::Language::kEn:
    case core::Language::kEs:
    case core::Language::kOther:  // French, German ...: identified as "not en/es"
      return s == LetterScript::kLatin;
  }
  return false;
}

constexpr std::size_t kMinLetters = 100;

}  // namespace

void apply_document_language(std::string_view text, std::vector<Paragraph>& paragraphs) {
  std::vector<ScriptLetters> scripts(paragraphs.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const core::ByteRange b = paragraphs[i].bytes;
    if (b.end_byte <= text.size() && b.begin_byte <= b.end_byte) {
      scripts[i] = langid::dominant_script(text.substr(b.begin_byte, b.size()));
    }
  }
  apply_document_language(paragraphs, scripts);
}

void apply_document_language(std::vector<Paragraph>& paragraphs,
                             const std::vector<ScriptLetters>& scripts) {
  constexpr int kLanguages = 6;  // core::Language values, the index of the letter counts
  std::array<std::array<std::size_t, kLanguages>, kScriptCount> letters{};
  bool any_weak = false;
  for (std::size_t i = 0; i < paragraphs.size() && i < scripts.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    const ScriptLetters s = scripts[i];
    if (s.script == LetterScript::kNone) continue;
    if (p.lang_confidence < kConfidentLanguage) {
      any_weak = true;
    } else if (written_in(p.lang, s.script)) {
      letters[static_cast<int>(s.script)][static_cast<int>(p.lang)] += s.letters;
    }
  }
  if (!any_weak) return;
  std::array<int, kScriptCount> prior{-1, -1, -1};
  for (int s = 0; s < kScriptCount; ++s) {
    int best = 0;
    bool tie = false;
    for (int l = 1; l < kLanguages; ++l) {
      if (letters[s][l] > letters[s][best]) {
        best = l, tie = false;
      } else if (letters[s][l] == letters[s][best]) {
        tie = true;
      }
    }
    if (!tie && letters[s][best] >= kMinLetters) prior[s] = best;
  }
  for (std::size_t i = 0; i < paragraphs.size() && i < scripts.size(); ++i) {
    Paragraph& p = paragraphs[i];
    if (scripts[i].script == LetterScript::kNone || p.lang_confidence >= kConfidentLanguage)
      continue;
    const int s = static_cast<int>(scripts[i].script);
    if (prior[s] < 0) continue;
    // A weak guess of a language the document confidently writes elsewhere stands ("La línea
    // de Kissinger" in a text with Spanish and English articles stays Spanish).
    if (letters[s][static_cast<int>(p.lang)] >= kMinLetters) continue;
    p.lang = static_cast<core::Language>(prior[s]);
  }
}

}  // namespace loupe::analysis
