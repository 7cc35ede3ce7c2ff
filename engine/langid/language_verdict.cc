// The verdict of language identification: the script with the most letter units, then within
// it the language whose letters and stopwords scored clearly ahead (language_identifier.h).
#include <algorithm>
#include <initializer_list>

#include "core/utf8.h"
#include "langid/letter_counts.h"

namespace loupe::langid {
namespace {

using core::Language;

// Picks the best of the candidate signals; margin in 0..1 says how far ahead it is.
struct Pick {
  int best;
  float margin;
};

Pick pick(const std::uint32_t* signal, std::initializer_list<int> candidates) {
  int best = -1;
  std::uint32_t best_score = 0, second = 0;
  for (int c : candidates) {
    if (best < 0 || signal[c] > best_score) {
      second = best < 0 ? 0 : best_score;
      best = c;
      best_score = signal[c];
    } else if (signal[c] > second) {
      second = signal[c];
    }
  }
  const float margin = best_score == 0 ? 0.f : float(best_score - second) / float(best_score);
  return {best, margin};
}

}  // namespace

Verdict guess(const Counts& counts) {
  // Script shares use the discounted units; whether there is enough text uses the raw ones.
  std::uint32_t total = 0;
  int script = kHangul;
  for (int s = 0; s < kScriptCount; ++s) {
    total += counts.script[s];
    if (counts.script[s] > counts.script[script]) script = s;
  }
  if (counts.raw < kMinUnits || total == 0) return {Language::kOther, 0.f};
  const float share = float(counts.script[script]) / float(total);
  const float evidence = std::min(1.f, float(counts.raw) / float(kFullUnits));
  const float base = share * evidence;

  switch (script) {
    case kHangul:
      return {Language::kKo, base};
    case kOtherScript:
      return {Language::kOther, base};
    case kCyrillic: {
      // No distinguishing letter or word at all (a short title): Russian is the likelier reading.
      const Pick p = pick(counts.signal, {kRu, kUk});
      if (counts.signal[kRu] == counts.signal[kUk]) return {Language::kRu, base * 0.3f};
      return {p.best == kRu ? Language::kRu : Language::kUk, base * (0.5f + 0.5f * p.margin)};
    }
    default: {
      const Pick p = pick(counts.signal, {kEn, kEs, kOtherLatin});
      // Latin letters but nothing that marks English or Spanish: names, or another language.
      if (counts.signal[p.best] < kUniqueWord) return {Language::kOther, base * 0.2f};
      const float conf = base * (0.5f + 0.5f * p.margin);
      if (p.margin == 0.f) return {Language::kOther, conf};
      if (p.best == kEn) return {Language::kEn, conf};
      if (p.best == kEs) return {Language::kEs, conf};
      return {Language::kOther, conf};
    }
  }
}

ScriptLetters dominant_script(std::string_view text) {
  ScriptTally tally;
  for (std::size_t pos = 0; pos < text.size();) {
    if (ascii_letter(text[pos])) {
      ++tally.n[0];
      ++pos;
      continue;
    }
    const core::DecodedChar c = core::decode_utf8_fast(text, pos);
    if (c.code_point >= 0x80) tally.add(c.code_point);
    pos += c.length;
  }
  return tally.best();
}

}  // namespace loupe::langid
