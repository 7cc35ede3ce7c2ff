#include "analysis/document_language.h"

#include <array>

#include "core/utf8.h"

namespace loupe::analysis {
namespace {

enum Script { kNone = -1, kLatin = 0, kCyrillic = 1, kHangul = 2, kScriptCount = 3 };

// The script with the most letters in `t` (ASCII letters read without decoding).
Script dominant_script(std::string_view t, std::size_t& letters) {
  std::array<std::size_t, kScriptCount> n{};
  for (std::size_t i = 0; i < t.size();) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
      n[kLatin] += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      ++i;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(t, i);
    const char32_t cp = d.code_point;
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF)) {
      ++n[kLatin];
    } else if (cp >= 0x400 && cp <= 0x52F) {
      ++n[kCyrillic];
    } else if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)) {
      ++n[kHangul];
    }
    i += d.length;
  }
  Script best = kNone;
  letters = 0;
  for (int s = 0; s < kScriptCount; ++s) {
    if (n[s] > letters) letters = n[s], best = static_cast<Script>(s);
  }
  return best;
}

bool written_in(core::Language lang, Script s) {
  switch (lang) {
    case core::Language::kKo: return s == kHangul;
    case core::Language::kRu:
    case core::Language::kUk: return s == kCyrillic;
    case core::Language::kEn:
    case core::Language::kEs: return s == kLatin;
    case core::Language::kOther: return s == kLatin;  // French, German ...: identified as "not en/es"
  }
  return false;
}

constexpr std::size_t kMinLetters = 100;

}  // namespace

void apply_document_language(std::string_view text, std::vector<Paragraph>& paragraphs) {
  constexpr int kLanguages = 6;  // core::Language values, the index of the letter counts
  std::array<std::array<std::size_t, kLanguages>, kScriptCount> letters{};
  std::vector<Script> scripts(paragraphs.size(), kNone);
  bool any_weak = false;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    if (p.bytes.end_byte > text.size() || p.bytes.begin_byte > p.bytes.end_byte) continue;
    std::size_t n = 0;
    scripts[i] = dominant_script(text.substr(p.bytes.begin_byte, p.bytes.size()), n);
    if (scripts[i] == kNone) continue;
    if (p.lang_confidence < kConfidentLanguage) {
      any_weak = true;
    } else if (written_in(p.lang, scripts[i])) {
      letters[scripts[i]][static_cast<int>(p.lang)] += n;
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
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    Paragraph& p = paragraphs[i];
    if (scripts[i] == kNone || p.lang_confidence >= kConfidentLanguage || prior[scripts[i]] < 0) continue;
    // A weak guess of a language the document confidently writes elsewhere stands ("La línea
    // de Kissinger" in a text with Spanish and English articles stays Spanish).
    if (letters[scripts[i]][static_cast<int>(p.lang)] >= kMinLetters) continue;
    p.lang = static_cast<core::Language>(prior[scripts[i]]);
  }
}

}  // namespace loupe::analysis
