#include "analysis/korean_particles.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "core/utf8.h"

namespace loupe::analysis {
namespace {

// Which syllable may precede a particle form (Korean allomorphy on the final consonant).
enum class After : unsigned char {
  kAny,
  kVowel,            // 가 는 를 와 나 라는 ...: previous syllable has no final consonant
  kConsonant,        // 이 은 을 과 이나 이라는 ...
  kVowelOrRieul,     // 로 로서 로부터: no final consonant, or final ㄹ
  kConsonantNoRieul  // 으로 으로서 ...: a final consonant other than ㄹ
};

struct Suffix {
  std::string_view text;
  After after;
  unsigned char min_stem_chars;
};

// Particles and common endings, any order here: sorted longest-first once at start-up.
// A table, packed by row.
// clang-format off
constexpr Suffix kSuffixes[] = {
    // case and topic particles
    {"이", After::kConsonant, 1}, {"가", After::kVowel, 1}, {"은", After::kConsonant, 1},
    {"는", After::kVowel, 1}, {"을", After::kConsonant, 1}, {"를", After::kVowel, 1},
    {"의", After::kAny, 1}, {"에", After::kAny, 1}, {"에서", After::kAny, 1},
    {"에게", After::kAny, 1}, {"에게서", After::kAny, 1}, {"께서", After::kAny, 1},
    {"한테", After::kAny, 1}, {"로", After::kVowelOrRieul, 1}, {"으로", After::kConsonantNoRieul, 1},
    {"로서", After::kVowelOrRieul, 1}, {"으로서", After::kConsonantNoRieul, 1},
    {"로써", After::kVowelOrRieul, 1}, {"으로써", After::kConsonantNoRieul, 1},
    {"로부터", After::kVowelOrRieul, 1}, {"으로부터", After::kConsonantNoRieul, 1},
    {"와", After::kVowel, 1}, {"과", After::kConsonant, 1}, {"도", After::kAny, 1},
    {"만", After::kAny, 1}, {"까지", After::kAny, 1}, {"부터", After::kAny, 1},
    {"마저", After::kAny, 1}, {"조차", After::kAny, 1}, {"처럼", After::kAny, 1},
    {"보다", After::kAny, 1}, {"마다", After::kAny, 1}, {"밖에", After::kAny, 1},
    {"이나", After::kConsonant, 1}, {"나", After::kVowel, 1}, {"이든지", After::kConsonant, 1},
    {"든지", After::kVowel, 1}, {"이며", After::kConsonant, 1},
    // particle combinations
    {"에는", After::kAny, 1}, {"에도", After::kAny, 1}, {"에서는", After::kAny, 1},
    {"에서도", After::kAny, 1}, {"에서의", After::kAny, 1}, {"에서만", After::kAny, 1},
    {"에서부터", After::kAny, 1}, {"에게는", After::kAny, 1}, {"에게도", After::kAny, 1},
    {"에만", After::kAny, 1}, {"에의", After::kAny, 1}, {"로는", After::kVowelOrRieul, 1},
    {"으로는", After::kConsonantNoRieul, 1}, {"로도", After::kVowelOrRieul, 1},
    {"으로도", After::kConsonantNoRieul, 1}, {"로의", After::kVowelOrRieul, 1},
    {"으로의", After::kConsonantNoRieul, 1}, {"와는", After::kVowel, 1},
    {"과는", After::kConsonant, 1}, {"와도", After::kVowel, 1}, {"과도", After::kConsonant, 1},
    {"와의", After::kVowel, 1}, {"과의", After::kConsonant, 1}, {"까지는", After::kAny, 1},
    {"까지도", After::kAny, 1}, {"부터는", After::kAny, 1}, {"만을", After::kAny, 1},
    {"만이", After::kAny, 1}, {"만은", After::kAny, 1},
    // quotative and copula forms attached to nouns
    {"라는", After::kVowel, 1}, {"이라는", After::kConsonant, 1}, {"라고", After::kVowel, 1},
    {"이라고", After::kConsonant, 1}, {"란", After::kVowel, 1}, {"이란", After::kConsonant, 1},
    {"이다", After::kConsonant, 1}, {"였다", After::kVowel, 1}, {"이었다", After::kConsonant, 1},
    {"이고", After::kConsonant, 1}, {"이지만", After::kConsonant, 1}, {"였던", After::kVowel, 1},
    {"이었던", After::kConsonant, 1},
    // 하다 / 되다 verb endings after a (mostly Sino-Korean) noun: 확인했다 -> 확인
    {"했다", After::kAny, 1}, {"했으며", After::kAny, 1}, {"했고", After::kAny, 1},
    {"했지만", After::kAny, 1}, {"했던", After::kAny, 1}, {"했는데", After::kAny, 1},
    {"했다고", After::kAny, 1}, {"했다는", After::kAny, 1}, {"했을", After::kAny, 1},
    {"했으나", After::kAny, 1}, {"한다", After::kAny, 1}, {"한다고", After::kAny, 1},
    {"한다는", After::kAny, 1}, {"하는", After::kAny, 1}, {"하고", After::kAny, 1},
    {"하며", After::kAny, 1}, {"하면", After::kAny, 1}, {"하여", After::kAny, 1},
    {"하기", After::kAny, 1}, {"하지", After::kAny, 1}, {"하지만", After::kAny, 1},
    {"하게", After::kAny, 1}, {"해야", After::kAny, 1}, {"해서", After::kAny, 1},
    {"한", After::kAny, 2}, {"할", After::kAny, 2}, {"해", After::kAny, 2},
    {"된다", After::kAny, 1}, {"되는", After::kAny, 1}, {"된", After::kAny, 2},
    {"될", After::kAny, 2}, {"되어", After::kAny, 1}, {"됐다", After::kAny, 1},
    {"되었다", After::kAny, 1}, {"됐고", After::kAny, 1}, {"되고", After::kAny, 1},
    {"되며", After::kAny, 1}, {"돼", After::kAny, 2},
};
// clang-format on

// Words ending in a syllable that is also a particle, which must keep it. Two kinds:
// whole-word entries protect the word only when the surface starts with it (인도 / 인도와, not
// 사회의 for 회의): short nouns are too often the tail of another word (협정의 = 협정 + 의,
// 사회의 = 사회 + 의). Suffix entries protect anywhere in the surface: long names, and 주의
// ("-ism": 민주주의, 제국주의), whose compounds are far more common than a noun in 주 + 의.
constexpr std::string_view kProtectedWhole[] = {
    "김정은", "인도", "나토", "하나", "가나", "오만", "이란", "스페인", "추가", "정치가", "예술가",
    "결과",   "성과", "효과", "사과", "회의", "논의", "합의", "협의",   "동의", "결의",   "정의",
    "의의",   "건의", "항의", "강의", "심의", "토의", "모의", "편의",   "정도", "제도",   "태도",
    "속도",   "한도", "지도", "시도", "의도", "강도", "각도", "온도",   "용도", "반도",   "수도",
    "독도",   "길이", "높이", "깊이", "넓이", "사랑", "불만", "이만",   "도로",
};
constexpr std::string_view kProtectedAnywhere[] = {
    "우크라이나", "아르헨티나", "보스니아", "팔레스타인", "주의",
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The last code point of s (s non-empty), decoded from its final bytes.
char32_t last_code_point(std::string_view s) {
  std::size_t b = s.size() - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80 && s.size() - b < 4) --b;
  return core::decode_utf8_fast(s, b).code_point;
}

// Suffixes grouped by their last character, each group longest first: a word is compared only
// with the suffixes that end like it (a handful instead of ~130).
class SuffixIndex {
 public:
  SuffixIndex() {
    for (const Suffix& s : kSuffixes) groups_[last_code_point(s.text)].push_back(&s);
    for (auto& [last, group] : groups_) {
      std::stable_sort(group.begin(), group.end(), [](const Suffix* a, const Suffix* b) {
        return a->text.size() > b->text.size();
      });
    }
  }
  const std::vector<const Suffix*>* ending_in(char32_t last) const {
    auto it = groups_.find(last);
    return it == groups_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<char32_t, std::vector<const Suffix*>> groups_;
};

std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool agrees(char32_t prev, After after) {
  if (after == After::kAny) return true;
  if (prev < 0xAC00 || prev > 0xD7A3) return true;  // digits, Latin: pronunciation unknown
  unsigned final_consonant = (prev - 0xAC00) % 28;  // 0 = none, 8 = ㄹ
  switch (after) {
    case After::kVowel:
      return final_consonant == 0;
    case After::kConsonant:
      return final_consonant != 0;
    case After::kVowelOrRieul:
      return final_consonant == 0 || final_consonant == 8;
    case After::kConsonantNoRieul:
      return final_consonant != 0 && final_consonant != 8;
    case After::kAny:
      return true;
  }
  return true;
}

// Rule 4: the cut at `cut` (bytes) falls inside a protected word.
bool cuts_protected(std::string_view word, std::size_t cut) {
  for (std::string_view p : kProtectedWhole) {
    if (p.size() > cut && word.substr(0, p.size()) == p) return true;
  }
  for (std::string_view p : kProtectedAnywhere) {
    for (std::size_t at = word.find(p); at != std::string_view::npos; at = word.find(p, at + 1)) {
      if (at < cut && cut < at + p.size()) return true;
    }
  }
  return false;
}

KoreanStem split_impl(std::string_view word, const KoreanEvidence* evidence) {
  static const SuffixIndex index;
  KoreanStem out{word.size(), {}};
  if (word.empty()) return out;
  const char32_t last = last_code_point(word);
  if (!is_hangul(last)) return out;
  // Rule 6: a surface the document shows followed by a particle keeps its last syllable.
  const bool evidenced = evidence && evidence->is_evidenced_stem(word);
  const std::vector<const Suffix*>* candidates = evidenced ? nullptr : index.ending_in(last);
  for (std::size_t i = 0; candidates && i < candidates->size(); ++i) {
    const Suffix& s = *(*candidates)[i];
    if (!ends_with(word, s.text) || word.size() == s.text.size()) continue;
    std::string_view stem = word.substr(0, word.size() - s.text.size());
    if (count_chars(stem) < s.min_stem_chars) continue;
    if (!agrees(last_code_point(stem), s.after)) continue;
    if (cuts_protected(word, stem.size())) continue;
    out = {stem.size(), word.substr(stem.size())};
    break;
  }
  // Rule 5: plural 들 before the particle (or alone), keeping at least two characters.
  std::string_view stem = word.substr(0, out.stem_bytes);
  constexpr std::string_view kPlural = "들";
  if (ends_with(stem, kPlural) && count_chars(stem) >= 3) {
    out.stem_bytes -= kPlural.size();
    out.particle = word.substr(out.stem_bytes);
  }
  return out;
}

}  // namespace

bool is_hangul(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
         (cp >= 0x3130 && cp <= 0x318F);
}

KoreanStem split_korean_word(std::string_view word) { return split_impl(word, nullptr); }

KoreanStem split_korean_word(std::string_view word, const KoreanEvidence* evidence) {
  return split_impl(word, evidence);
}

void KoreanEvidence::add(std::string_view surface) {
  KoreanStem s = split_impl(surface, nullptr);
  if (s.stem_bytes < surface.size()) stems_.insert(surface.substr(0, s.stem_bytes));
}

}  // namespace loupe::analysis
