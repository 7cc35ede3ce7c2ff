#include "extract/entities/name_match.h"

#include <algorithm>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {
namespace {

char consonant_class(char c) {
  switch (c) {
    case 'b':
    case 'p':
    case 'f':
    case 'v':
      return 'P';
    case 't':
    case 'd':
      return 'T';
    case 'k':
    case 'g':
    case 'c':
    case 'q':
      return 'K';
    case 's':
    case 'z':
    case 'j':
    case 'x':
      return 'S';
    case 'l':
    case 'r':
      return 'R';
    case 'm':
      return 'M';
    case 'n':
      return 'N';
    default:
      return 0;  // vowels, h, w, y, anything else
  }
}

// Digraphs first: "sh"/"ch"/"zh"/"ts" -> S, "th" -> T, "ph" -> P, "kh"/"gh"/"ck" -> K, "ng" -> N.
std::string classes(std::string_view r, bool keep_vowels) {
  std::string out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const char c = r[i], n = i + 1 < r.size() ? r[i + 1] : 0;
    char k = 0;
    if (c == 'd' && n == 'z' && i + 2 < r.size() && r[i + 2] == 'h')
      k = 'S', i += 2;  // BGN "dzh" = English "j"
    else if ((n == 'h' && (c == 's' || c == 'c' || c == 'z')) ||
             (c == 't' && (n == 's' || n == 'z')))
      k = 'S', ++i;
    else if (c == 'k' && n == 'h') {
      ++i;
      continue;
    }  // Russian Х for English H: Хаас = Haass
    else if (c == 't' && n == 'h')
      k = 'T', ++i;
    else if (c == 'p' && n == 'h')
      k = 'P', ++i;
    else if (((c == 'k' || c == 'g') && n == 'h') || (c == 'c' && n == 'k'))
      k = 'K', ++i;
    else if (c == 'n' && n == 'g')
      k = 'N', ++i;
    else
      k = consonant_class(c);
    if (k == 0) {
      // A vowel run counts as its first vowel: Korean spells one English vowel with several.
      const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
      if (keep_vowels && vowel && (out.empty() || out.back() < 'a'))
        out.push_back(c == 'y' ? 'i' : c);
      continue;
    }
    if (out.empty() || out.back() != k) out.push_back(k);
  }
  return out;
}

}  // namespace

std::string skeleton(std::string_view romanized) { return classes(romanized, false); }

std::string vowel_classes(std::string_view romanized) { return classes(romanized, true); }

namespace {

// The vowel between consonants k-1 and k of a vowel_classes() string (0: none), by k.
std::vector<char> vowel_slots(std::string_view c) {
  std::vector<char> slots(1, 0);
  for (char k : c) {
    if (k >= 'a')
      slots.back() = k;
    else
      slots.push_back(0);
  }
  return slots;
}

// Two names with the same consonants whose vowels differ wherever both have one, at two places
// or more, are two names (Putin / Biden: PuTiN / PiTeN). One place may differ: English spelling
// against a transcription (McFaul / Макфол), Korean vowels (Sullivan / 설리번).
bool vowels_all_differ(std::string_view x, std::string_view y) {
  const std::vector<char> a = vowel_slots(x), b = vowel_slots(y);
  if (a.size() != b.size()) return false;
  std::size_t both = 0;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] == 0 || b[k] == 0) continue;
    if (a[k] == b[k]) return false;
    ++both;
  }
  return both >= 2;
}

}  // namespace

std::size_t name_distance(std::string_view a, std::string_view b) {
  const std::string sa = skeleton(a);
  if (sa.empty() || sa != skeleton(b)) return kNoMatch;
  const std::string x = vowel_classes(a), y = vowel_classes(b);
  // The consonants as written, a vowel apart counting twice: jongun (SNN) is not yeojeong (SN).
  auto consonants = [](std::string c) {
    c.erase(std::remove_if(c.begin(), c.end(), [](char k) { return k >= 'a'; }), c.end());
    return c;
  };
  if (consonants(x) != consonants(y)) return kNoMatch;
  const std::size_t dist = edit_distance(x, y);
  if (sa.size() < 2 && dist > 0) return kNoMatch;  // one consonant: spellings must agree
  if (vowels_all_differ(x, y)) return kNoMatch;
  return dist * 2 <= std::max<std::size_t>(2, std::min(x.size(), y.size())) ? dist : kNoMatch;
}

std::vector<std::string> spelling_variants(std::string_view r) {
  std::vector<std::string> out;
  // g and c before e/i/y are often soft: Kissinger = Киссинджер (kissindzher), Valencia =
  // Валенсия.
  std::string soft(r);
  for (std::size_t i = 1; i + 1 < soft.size(); ++i) {
    const bool front = soft[i + 1] == 'e' || soft[i + 1] == 'i' || soft[i + 1] == 'y';
    if (front && soft[i] == 'g' && soft[i - 1] != 'g')
      soft[i] = 'j';
    else if (front && soft[i] == 'c' && soft[i - 1] != 'c' && soft[i - 1] != 's')
      soft[i] = 's';
  }
  if (soft != r) out.push_back(soft);
  // Korean follows non-rhotic English: an r not followed by a vowel is not written
  // (Richard = 리처드, Charles = 찰스).
  std::string no_r;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const char n = i + 1 < r.size() ? r[i + 1] : 0;
    const bool vowel_next = n == 'a' || n == 'e' || n == 'i' || n == 'o' || n == 'u' || n == 'y';
    if (r[i] == 'r' && i > 0 && !vowel_next) continue;
    no_r.push_back(r[i]);
  }
  if (no_r != r) out.push_back(no_r);
  // Spanish ll is heard as y: Sevilla = 세비야 = Севилья.
  if (std::string y(r); y.find("ll") != std::string::npos) {
    for (std::size_t p; (p = y.find("ll")) != std::string::npos;) y.replace(p, 2, "y");
    out.push_back(y);
  }
  return out;
}

std::string hangul_skeleton(std::string_view word) {
  // Classes of the 19 initial and 27 final jamo, as classes() sees their romanization.
  static constexpr char kInitial[] = "KKNTTRMPPSSXSSSKTPX";         // X: ㅇ ㅎ, no consonant
  static constexpr char kFinal[] = "XKKKNNNTRRRRRRRRMPPSSNSSKTPX";  // index 0: no final
  std::string out;
  auto push = [&](char k) {
    if (k != 'X' && (out.empty() || out.back() != k)) out.push_back(k);
  };
  for (std::size_t p = 0; p < word.size();) {
    core::DecodedChar c = core::decode_utf8(word, p);
    p += c.length;
    if (!is_hangul_syllable(c.code_point)) continue;
    const unsigned index = c.code_point - 0xAC00;
    push(kInitial[index / (21 * 28)]);
    push(kFinal[index % 28]);
  }
  return out;
}

std::size_t edit_distance(std::string_view x, std::string_view y) {
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

std::size_t romanized_distance(std::string_view a, std::string_view b) {
  return edit_distance(vowel_classes(a), vowel_classes(b));
}

}  // namespace loupe::entities
