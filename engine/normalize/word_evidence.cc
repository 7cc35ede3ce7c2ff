#include "normalize/word_evidence.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "core/utf8.h"

namespace loupe::normalize {
namespace {

bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// ASCII and Hangul syllables without ICU's lookup (the same answers: letters and digits).
bool is_alnum(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c >= 0x410 && c <= 0x44F) return true;  // А-я: the Cyrillic letters of most words
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

bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
// Whether w holds a Hangul syllable (EA B0 80 to ED 9E A3) at byte i.
bool syllable_at(std::string_view w, std::size_t i) {
  if (i + 3 > w.size()) return false;
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(w[i + k]); };
  if (b(0) < 0xEA || b(0) > 0xED || (b(1) & 0xC0) != 0x80 || (b(2) & 0xC0) != 0x80) return false;
  return is_hangul_syllable((char32_t(b(0) & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) |
                            (b(2) & 0x3F));
}

// (Most words start and end in an ASCII letter or digit or a Hangul syllable: no decoding.)
std::string_view strip_front(std::string_view w) {
  if (!w.empty() && (ascii_alnum(static_cast<unsigned char>(w[0])) || syllable_at(w, 0))) return w;
  while (!w.empty() && !is_alnum(first_cp(w))) w.remove_prefix(core::decode_utf8_fast(w, 0).length);
  return w;
}
std::string_view strip_back(std::string_view w) {
  if (!w.empty() && (ascii_alnum(static_cast<unsigned char>(w.back())) ||
                     (w.size() >= 3 && syllable_at(w, w.size() - 3)))) {
    return w;
  }
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

// FNV-1a over a text's bytes; answer_all() extends it a byte at a time along a word's prefixes.
constexpr std::uint64_t kHashBasis = 0xcbf29ce484222325ull;
inline std::uint64_t hash_step(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
}
std::uint64_t key_of(std::string_view t) {
  std::uint64_t h = kHashBasis;
  for (const char c : t) h = hash_step(h, c);
  return h;
}

std::size_t slot_of(std::uint64_t key, std::size_t mask) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

// What a Hangul wrap asks: whether an inside word starts with `probe` (the head and the next
// line's first syllable), or is the head itself.
struct HangulAsk {
  std::string_view head;
  std::string probe;
};
std::optional<HangulAsk> hangul_ask(std::string_view a, std::string_view b) {
  if (!is_hangul_syllable(last_cp(a)) || !is_hangul_syllable(first_cp(b))) return std::nullopt;
  HangulAsk q{strip_front(last_word(a)), {}};
  const std::string_view tail = first_word(b);
  q.probe.assign(q.head);
  q.probe.append(tail.substr(0, core::decode_utf8_fast(tail, 0).length));
  return q;
}

// What a hyphenated wrap asks: the word before the hyphen, the one after, the hyphen's kind.
struct HyphenAsk {
  std::string_view head, tail;
  bool soft = false;
};
std::optional<HyphenAsk> hyphen_ask(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || !u_islower(static_cast<UChar32>(first_cp(b)))) return std::nullopt;
  const bool soft = a.ends_with("\u00AD");
  const std::size_t hyphen = soft || a.ends_with("\u2010") ? 2 : a.ends_with("-") ? 1 : 0;
  if (hyphen == 0) return std::nullopt;
  const std::string_view head = strip_front(last_word(a.substr(0, a.size() - hyphen)));
  // The word before the hyphen must end in a letter, not Hangul ("유럽-\n러시아" is no split).
  const char32_t before = last_cp(head);
  if (!u_isalpha(static_cast<UChar32>(before)) || is_hangul_syllable(before)) return std::nullopt;
  return HyphenAsk{head, strip_back(first_word(b)), soft};
}

}  // namespace

template <typename Visit>
void WordEvidence::for_each_inside_word(Visit visit) const {
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
      if (!core_word.empty()) visit(core_word);
    }
  }
}

// Every pair of consecutive text lines where a word may be cut (nothing after the first line's
// last character): the pairs Joiner::decide asks about.
template <typename Visit>
void for_each_wrap(std::string_view text, const std::vector<TextLine>& lines,
                   const std::vector<LineRole>& roles, Visit visit) {
  const TextLine* prev = nullptr;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] != LineRole::kText) continue;
    if (prev && prev->trim_end == prev->end) {
      visit(text.substr(prev->trim_begin, prev->trim_end - prev->trim_begin),
            text.substr(lines[i].trim_begin, lines[i].trim_end - lines[i].trim_begin));
    }
    prev = &lines[i];
  }
}

int WordEvidence::find(std::string_view text) const {
  if (slots_.empty()) return -1;
  const std::uint64_t key = key_of(text);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = slot_of(key, mask); slots_[s] >= 0; s = (s + 1) & mask) {
    if (questions_[slots_[s]].key != key) continue;
    for (int q = slots_[s]; q >= 0; q = questions_[q].next) {
      if (questions_[q].text == text) return q;
    }
    return -1;
  }
  return -1;
}

void WordEvidence::ask(std::string_view text, bool prefix) {
  int q = find(text);
  if (q < 0) {
    if ((questions_.size() + 1) * 2 > slots_.size()) {  // grow, keeping it half empty
      slots_.assign(std::max<std::size_t>(64, slots_.size() * 2), -1);
      for (Question& old : questions_) old.next = -1;
      const std::size_t mask = slots_.size() - 1;
      for (std::size_t k = questions_.size(); k-- > 0;) {  // chains keep the order of asking
        std::size_t s = slot_of(questions_[k].key, mask);
        while (slots_[s] >= 0 && questions_[slots_[s]].key != questions_[k].key) s = (s + 1) & mask;
        questions_[k].next = slots_[s];
        slots_[s] = static_cast<int>(k);
      }
    }
    Question n;
    n.text = text;
    n.key = key_of(text);
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = slot_of(n.key, mask);
    while (slots_[s] >= 0 && questions_[slots_[s]].key != n.key) s = (s + 1) & mask;
    n.next = slots_[s];
    q = static_cast<int>(questions_.size());
    slots_[s] = q;
    questions_.push_back(n);
    longest_question_ = std::max(longest_question_, text.size());
  }
  (prefix ? questions_[q].prefix_asked : questions_[q].exact_asked) = true;
}

void WordEvidence::ask_of_pair(std::string_view a, std::string_view b) {
  if (auto h = hangul_ask(a, b)) {
    ask(owned_.emplace_back(std::move(h->probe)), true);
    if (h->head.size() > 3) ask(h->head, false);
  }
  if (auto y = hyphen_ask(a, b); y && !y->soft) {
    ask(owned_.emplace_back(std::string(y->head) + std::string(y->tail)), false);
    ask(owned_.emplace_back(std::string(y->head) + "-" + std::string(y->tail)), false);
    ask(y->head, false);
    ask(y->tail, false);
  }
}

// Each inside word looks up itself and its prefixes that end in a Hangul syllable, up to the
// longest question: linear in the text, however many questions share a beginning.
void WordEvidence::answer_all() {
  if (questions_.empty()) return;
  const std::size_t mask = slots_.size() - 1;
  for_each_inside_word([&](std::string_view w) {
    const std::size_t n = std::min(w.size(), longest_question_);
    std::uint64_t h = kHashBasis;
    for (std::size_t k = 0; k < n;) {
      const auto lead = static_cast<unsigned char>(w[k]);
      const std::size_t end = k + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4);
      if (end > n) break;
      for (; k < end; ++k) h = hash_step(h, w[k]);
      // A prefix asked of ends in a Hangul syllable (a probe; lead byte EA-ED), any other
      // question is exact: looked up at the word's end only.
      if (k < w.size() && (lead < 0xEA || lead > 0xED)) continue;
      std::size_t s = slot_of(h, mask);
      while (slots_[s] >= 0 && questions_[slots_[s]].key != h) s = (s + 1) & mask;
      for (int i = slots_[s]; i >= 0; i = questions_[i].next) {
        Question& q = questions_[i];
        const bool whole = k == w.size();
        const bool open = (q.prefix_asked && !q.prefix) || (whole && q.exact_asked && !q.exact);
        if (!open || q.text.size() != k || q.text != w.substr(0, k)) continue;
        q.prefix = q.prefix || q.prefix_asked;
        q.exact = q.exact || (whole && q.exact_asked);
      }
    }
  });
}

void WordEvidence::build() {
  built_ = true;
  for_each_wrap(text_, lines_, roles_,
                [&](std::string_view a, std::string_view b) { ask_of_pair(a, b); });
  answer_all();
  // The document's majority among the Hangul wraps the evidence decides.
  std::size_t join = 0, space = 0;
  for_each_wrap(text_, lines_, roles_, [&](std::string_view a, std::string_view b) {
    if (auto e = hangul_evidence(a, b)) ++(*e ? join : space);
  });
  hangul_prior_join_ = join >= space;
}

// Asked of a question gathered by build(); another (none in rejoin_lines) reads every word.
bool WordEvidence::has(std::string_view w) {
  const int q = find(w);
  if (q >= 0 && questions_[q].exact_asked) return questions_[q].exact;
  bool found = false;
  for_each_inside_word([&](std::string_view x) { found = found || x == w; });
  return found;
}

bool WordEvidence::has_prefix(std::string_view p) {
  const int q = find(p);
  if (q >= 0 && questions_[q].prefix_asked) return questions_[q].prefix;
  bool found = false;
  for_each_inside_word([&](std::string_view x) { found = found || x.starts_with(p); });
  return found;
}

std::optional<bool> WordEvidence::hangul_evidence(std::string_view a, std::string_view b) {
  const auto q = hangul_ask(a, b);
  if (!q) return std::nullopt;
  if (has_prefix(q->probe)) return true;
  // A one-syllable head ("대" of "대\n외정책") is too often a word of its own to prove anything.
  if (q->head.size() > 3 && has(q->head)) return false;
  return std::nullopt;
}

std::optional<bool> WordEvidence::decide_hangul(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return std::nullopt;
  if (!is_hangul_syllable(last_cp(a)) || !is_hangul_syllable(first_cp(b))) return std::nullopt;
  if (!built_) build();
  if (auto e = hangul_evidence(a, b)) return e;
  return hangul_prior_join_;
}

bool WordEvidence::hangul_cut_shown(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (!built_) build();
  const auto e = hangul_evidence(a, b);
  return e.has_value() && *e;
}

std::optional<bool> WordEvidence::decide_hyphen(std::string_view a, std::string_view b) {
  const auto q = hyphen_ask(a, b);
  if (!q) return std::nullopt;
  if (q->soft) return false;
  if (!built_) build();
  if (has(std::string(q->head) + std::string(q->tail))) return false;
  if (has(std::string(q->head) + "-" + std::string(q->tail))) return true;
  return has(q->head) && has(q->tail);
}

}  // namespace loupe::normalize
