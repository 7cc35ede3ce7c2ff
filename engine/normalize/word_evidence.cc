#include "normalize/word_evidence.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "core/utf8.h"

namespace loupe::normalize {
namespace {

bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// ASCII and Hangul syllables without ICU's lookup (the same answers: letters and digits).
bool is_alnum(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return is_hangul_syllable(c) || u_isalnum(static_cast<UChar32>(c));
}

char32_t first_cp(std::string_view t) {
  return t.empty() ? 0 : core::decode_utf8_fast(t, 0).code_point;
}

// Start of the last code point of t (t non-empty, valid UTF-8).
std::size_t last_cp_start(std::string_view t) {
  std::size_t i = t.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
  return i;
}
char32_t last_cp(std::string_view t) {
  return t.empty() ? 0 : core::decode_utf8_fast(t, last_cp_start(t)).code_point;
}

std::string_view strip_front(std::string_view w) {
  while (!w.empty() && !is_alnum(first_cp(w))) w.remove_prefix(core::decode_utf8_fast(w, 0).length);
  return w;
}
std::string_view strip_back(std::string_view w) {
  while (!w.empty() && !is_alnum(last_cp(w))) w.remove_suffix(w.size() - last_cp_start(w));
  return w;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view last_word(std::string_view t) {
  std::size_t i = t.size();
  while (i > 0 && !is_space(t[i - 1])) --i;
  return t.substr(i);
}
std::string_view first_word(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && !is_space(t[i])) ++i;
  return t.substr(0, i);
}

}  // namespace

void WordEvidence::build() {
  built_ = true;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (roles_[i] != LineRole::kText) continue;
    std::string_view t =
        text_.substr(lines_[i].trim_begin, lines_[i].trim_end - lines_[i].trim_begin);
    t.remove_prefix(first_word(t).size());  // the first word may be the tail of a cut word
    t.remove_suffix(last_word(t).size());   // the last word may be the head of one
    while (!t.empty()) {
      while (!t.empty() && is_space(t[0])) t.remove_prefix(1);
      const std::string_view w = first_word(t);
      t.remove_prefix(w.size());
      const std::string_view core_word = strip_back(strip_front(w));
      if (!core_word.empty()) words_.insert(core_word);
    }
  }
  sorted_.assign(words_.begin(), words_.end());
  std::sort(sorted_.begin(), sorted_.end());
  // The document's majority among the Hangul wraps the evidence decides.
  std::size_t join = 0, space = 0;
  const TextLine* prev = nullptr;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (roles_[i] != LineRole::kText) continue;
    if (prev && prev->trim_end == prev->end) {
      const auto a = text_.substr(prev->trim_begin, prev->trim_end - prev->trim_begin);
      const auto b = text_.substr(lines_[i].trim_begin, lines_[i].trim_end - lines_[i].trim_begin);
      if (auto e = hangul_evidence(a, b)) ++(*e ? join : space);
    }
    prev = &lines_[i];
  }
  hangul_prior_join_ = join >= space;
}

bool WordEvidence::has_prefix(std::string_view p) const {
  auto it = std::lower_bound(sorted_.begin(), sorted_.end(), p);
  return it != sorted_.end() && it->substr(0, p.size()) == p;
}

std::optional<bool> WordEvidence::hangul_evidence(std::string_view a, std::string_view b) const {
  if (!is_hangul_syllable(last_cp(a)) || !is_hangul_syllable(first_cp(b))) return std::nullopt;
  const std::string_view head = strip_front(last_word(a));
  const std::string_view tail = first_word(b);
  std::string probe(head);
  probe.append(tail.substr(0, core::decode_utf8_fast(tail, 0).length));
  if (has_prefix(probe)) return true;
  // A one-syllable head ("대" of "대\n외정책") is too often a word of its own to prove anything.
  if (head.size() > 3 && has(head)) return false;
  return std::nullopt;
}

std::optional<bool> WordEvidence::decide_hangul(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return std::nullopt;
  if (!is_hangul_syllable(last_cp(a)) || !is_hangul_syllable(first_cp(b))) return std::nullopt;
  if (!built_) build();
  if (auto e = hangul_evidence(a, b)) return e;
  return hangul_prior_join_;
}

std::optional<bool> WordEvidence::decide_hyphen(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || !u_islower(static_cast<UChar32>(first_cp(b)))) return std::nullopt;
  const bool soft = a.ends_with("\u00AD");
  const std::size_t hyphen = soft || a.ends_with("\u2010") ? 2 : a.ends_with("-") ? 1 : 0;
  if (hyphen == 0) return std::nullopt;
  const std::string_view head = strip_front(last_word(a.substr(0, a.size() - hyphen)));
  // The word before the hyphen must end in a letter, not Hangul ("유럽-\n러시아" is no split).
  const char32_t before = last_cp(head);
  if (!u_isalpha(static_cast<UChar32>(before)) || is_hangul_syllable(before)) return std::nullopt;
  if (soft) return false;
  if (!built_) build();
  const std::string_view tail = strip_back(first_word(b));
  const std::string joined = std::string(head) + std::string(tail);
  if (has(joined)) return false;
  if (has(std::string(head) + "-" + std::string(tail))) return true;
  return has(head) && has(tail);
}

}  // namespace loupe::normalize
