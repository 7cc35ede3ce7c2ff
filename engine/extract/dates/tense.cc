#include "extract/dates/tense.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "core/utf8.h"

namespace loupe::dates {
namespace {

inline bool ends_with(std::string_view w, std::string_view s) {
  return w.size() > s.size() && w.substr(w.size() - s.size()) == s;
}
// A literal's length is known here (no strlen per call).
template <std::size_t N>
bool ends_with(std::string_view w, const char (&s)[N]) {
  return ends_with(w, std::string_view(s, N - 1));
}

// What a listed word says; a sentence's words are looked up once each in one table, where
// comparing each word with every list cost hundreds of instructions a word.
enum WordCue : unsigned char {
  kFutureWord = 1,    // "will", "будет"
  kPastWord = 2,      // "was", "dijo"
  kPerfectAux = 4,    // "has", "han": a perfect with a participle after it
  kParticiple = 8,    // "been", "sido"
  kPresentBe = 16,    // "is", "remains": a passive or adjective of the present
  kPlannedWord = 32,  // "scheduled", "due": a plan in the present
  kPastBe = 64        // "was", "were": before a plan and "to", a future seen from the past
};

class CueTable {
 public:
  CueTable() {
    add(kFutureWord, {"will", "shall", "'ll", "would", "будет", "будут", "буду", "буде", "будуть",
                      "será", "serán", "habrá", "va", "van"});
    add(kPastWord,
        {"was",     "were",   "had",    "did",   "said",   "took",  "came",  "went",  "began",
         "met",     "held",   "saw",    "left",  "won",    "lost",  "fell",  "rose",  "made",
         "ran",     "told",   "sat",    "stood", "grew",   "gave",  "paid",  "sold",  "bought",
         "brought", "kept",   "led",    "felt",  "found",  "built", "broke", "spoke", "wrote",
         "struck",  "fought", "spent",  "sent",  "became", "flew",  "drew",  "threw", "knew",
         "chose",   "fue",    "fueron", "hubo",  "había",  "dijo",  "был",   "была",  "были",
         "было",    "був",    "була",   "були"});
    add(kPerfectAux, {"has", "have", "'ve", "ha", "han", "he", "hemos", "habían", "había"});
    add(kParticiple,
        {"been",   "risen",  "fallen",  "grown",   "gone",   "done",   "seen",   "become",
         "begun",  "taken",  "given",   "written", "spoken", "broken", "chosen", "driven",
         "shown",  "known",  "won",     "lost",    "sido",   "estado", "hecho",  "dicho",
         "vuelto", "puesto", "abierto", "escrito", "roto",   "visto",  "muerto"});
    add(kPresentBe, {"is", "are", "am", "be", "being", "remains", "remain", "gets", "get"});
    add(kPlannedWord, {"scheduled", "expected", "due", "set", "slated", "planned", "poised",
                       "likely", "unlikely"});
    add(kPastBe, {"was", "were"});
  }
  unsigned char cues(std::string_view w) const {
    if (w.size() < kShortest || w.size() > longest_) return 0;
    for (std::size_t i = slot(w);; i = (i + 1) & (kSlots - 1)) {
      if (slots_[i].word.empty()) return 0;
      if (slots_[i].word == w) return slots_[i].cues;
    }
  }

 private:
  static constexpr std::size_t kSlots = 512, kShortest = 2;
  struct Slot {
    std::string_view word;
    unsigned char cues = 0;
  };
  static std::size_t slot(std::string_view w) {
    const unsigned h = static_cast<unsigned char>(w[0]) * 31u + static_cast<unsigned char>(w[1]) +
                       static_cast<unsigned char>(w.back()) * 7u +
                       static_cast<unsigned>(w.size()) * 131u;
    return (h * 2654435761u >> 8) & (kSlots - 1);
  }
  void add(unsigned char cue, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      longest_ = std::max(longest_, w.size());
      std::size_t i = slot(w);
      while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & (kSlots - 1);
      slots_[i].word = w;
      slots_[i].cues |= cue;
    }
  }
  std::array<Slot, kSlots> slots_{};
  std::size_t longest_ = 0;
};

unsigned char word_cues(std::string_view w) {
  static const CueTable table;
  return table.cues(w);
}

int cyrillic_letters(std::string_view w) {
  int n = 0;
  for (unsigned char c : w) n += (c & 0xC0) != 0x80;
  return n;
}

// -1 past, +1 future, 0 none; `cues`: word_cues(t.norm).
int word_tense(const Tok& t, unsigned char cues) {
  const std::string_view w = t.norm;
  if (t.hangul) {
    for (std::size_t i = 0; i < w.size();) {
      const core::DecodedChar d = core::decode_utf8_fast(w, i);
      if (d.code_point == U'겠') return 1;
      if (d.code_point >= 0xAC00 && d.code_point <= 0xD7A3 && (d.code_point - 0xAC00) % 28 == 20 &&
          d.code_point != U'있') {
        return -1;  // final ㅆ: 았/었/였/했
      }
      i += d.length;
    }
    return w == "예정" ? 1 : 0;
  }
  if (cues & kFutureWord) return 1;
  if (cues & kPastWord) return -1;
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  if (c < 0x80 && w.size() >= 5 && ends_with(w, "ed")) return -1;
  // Each ending below is tried only when the word ends in its last byte: most words end in
  // none of them (л а и о я ь в е; ó n a á).
  const unsigned char last = w.empty() ? 0 : static_cast<unsigned char>(w.back());
  if (c == 0xD0 || c == 0xD1 || c == 0xD2) {
    if (cyrillic_letters(w) < 4) return 0;
    if (last != 0xBB && last != 0xB0 && last != 0xB8 && last != 0xBE && last != 0x8F &&
        last != 0x8C && last != 0xB2 && last != 0xB5) {
      return 0;
    }
    static constexpr std::string_view kPast[] = {
        "ал",   "ял",   "ил",   "ел",   "ёл",  "ла", "ли", "ло", "лся", "лась", "лись",
        "лось", "лася", "лися", "лося", "вся", "ав", "ив", "ів", "ув",  "йшов"};
    for (std::string_view s : kPast) {
      if (ends_with(w, s)) return -1;
    }
    return ends_with(w, "тиме") || ends_with(w, "тимуть") ? 1 : 0;
  }
  if (last != 0xB3 && last != 'n' && last != 'a' && last != 0xA1) return 0;
  static constexpr std::string_view kPast[] = {"ó", "aron", "ieron", "ió", "aba", "aban"};
  for (std::string_view s : kPast) {
    if (ends_with(w, s)) return -1;
  }
  return ends_with(w, "rá") || ends_with(w, "rán") ? 1 : 0;
}

// A perfect: an auxiliary and a participle ("have risen", "has been", "ha subido", "han
// sido"): the event lies in the past, as "since March" in that sentence does.
// (`aux`, `next`: the word_cues of the two tokens.)
bool perfect(unsigned char aux, const Tok& next, unsigned char next_cues) {
  if (!(aux & kPerfectAux)) return false;
  if (next_cues & kParticiple) return true;
  const std::string_view w = next.norm;
  return w.size() >= 4 && (ends_with(w, "ed") || ends_with(w, "ado") || ends_with(w, "ido"));
}

// A present form of "be" (kPresentBe) before a participle makes it a passive or an adjective of
// the present ("is expected on Nov. 15", "is closed until 15 August"), no past; before a plan
// (kPlannedWord: "is scheduled for Oct. 2", "are due on Friday", "is set to open in May"), the
// event lies ahead.

bool ends_sentence(const Tok& t) {
  return t.type == TokenType::kPunct && (t.norm == "." || t.norm == "!" || t.norm == "?");
}

}  // namespace

namespace {

constexpr int kMaxSentence = 400;  // tokens looked at on each side: bounded work per mention

bool sentence_break(const std::vector<Tok>& toks, int i) {  // a sentence starts at toks[i]
  return toks[i].para_before || (i > 0 && ends_sentence(toks[i - 1]) && toks[i].space_before);
}

constexpr int kMixed = 2;  // cached_: the sentence shows both tenses

// The tense toks[k] shows inside a sentence that ends before toks[e], from its word_cues and
// its neighbours' (`before`: toks[k - 1]'s, 0 at the sentence's start; `after`: toks[k + 1]'s).
int token_tense(const std::vector<Tok>& toks, int k, int e, unsigned char before,
                unsigned char cues, unsigned char after) {
  if (toks[k].type != TokenType::kWord) return 0;
  if (k + 1 < e && perfect(cues, toks[k + 1], after)) return -1;
  if (!toks[k].hits.empty()) return 0;
  // "He was likely to return on Saturday", "were due to meet": a plan seen from the past.
  const auto then_to = [&](int i) { return i < e && toks[i].norm == "to"; };
  if ((cues & kPastBe) && (after & kPlannedWord) && then_to(k + 2)) return 1;
  if ((before & kPastBe) && (cues & kPlannedWord) && then_to(k + 1)) return 1;
  int v = word_tense(toks[k], cues);
  const bool be = before & kPresentBe;
  if (v < 0 && be) v = 0;                  // "is expected", "are held"
  if (be && (cues & kPlannedWord)) v = 1;  // "is scheduled for"
  return v;
}

// "ahead of Monday's holiday", "stages await Sunday's festivities": what is awaited lies
// ahead whatever the clause's tense.
// So is a heading of a participle and the day: "Playing Sunday:" in a fixtures list ("Speaking
// Monday, he said" is no heading).
bool awaited(const std::vector<Tok>& toks, int token) {
  const int n = static_cast<int>(toks.size());
  if (token >= 1 && token + 1 < n && toks[token + 1].norm == ":" &&
      (token == 1 || toks[token - 1].para_before) && toks[token - 1].capitalized &&
      toks[token - 1].hits.empty() && toks[token - 1].norm.size() >= 6 &&
      ends_with(toks[token - 1].norm, "ing")) {
    return true;
  }
  int p = token - 1;
  if (p >= 0 && toks[p].norm == "the") --p;
  if (p < 0) return false;
  const std::string_view w = toks[p].norm;
  if (w == "await" || w == "awaits" || w == "awaiting") return true;
  return w == "of" && p >= 1 && toks[p - 1].norm == "ahead";
}

bool clause_break(const Tok& t) {
  return t.type == TokenType::kPunct &&
         (t.norm == "," || t.norm == ";" || t.norm == ":" || t.norm == "(" || t.norm == ")");
}

// A sentence of both tenses ("dijo que firmará el lunes", "will miss Saturday's game after
// FIFA suspended him"): the mention's own clause decides. The nearest tensed word before it in
// its clause, else after it in its clause, else the nearest in the sentence; a capitalized
// word inside the sentence is a name ("Paul Van Himst"), no verb.
int clause_tense(const std::vector<Tok>& toks, int token, int b, int e) {
  const auto tense_at = [&](int k) {
    if (k > b && toks[k].capitalized) return 0;
    return token_tense(toks, k, e, k > b ? word_cues(toks[k - 1].norm) : 0, word_cues(toks[k].norm),
                       k + 1 < e ? word_cues(toks[k + 1].norm) : 0);
  };
  for (int k = token - 1; k >= b && !clause_break(toks[k]); --k) {
    if (const int v = tense_at(k)) return v;
  }
  for (int k = token + 1; k < e && !clause_break(toks[k]); ++k) {
    if (const int v = tense_at(k)) return v;
  }
  for (int d = 1; token - d >= b || token + d < e; ++d) {
    if (token - d >= b) {
      if (const int v = tense_at(token - d)) return v;
    }
    if (token + d < e) {
      if (const int v = tense_at(token + d)) return v;
    }
  }
  return 0;
}

}  // namespace

int TenseMap::at(int token) {
  const int n = static_cast<int>(toks_.size());
  if (token < 0 || token >= n) return 0;
  if (awaited(toks_, token)) return 1;
  if (token >= cached_begin_ && token < cached_end_) {
    return cached_ == kMixed ? clause_tense(toks_, token, cached_begin_, cached_end_) : cached_;
  }
  int b = token, e = token + 1;
  while (b > 0 && token - b < kMaxSentence && !sentence_break(toks_, b)) --b;
  while (e < n && e - token < kMaxSentence && !sentence_break(toks_, e)) ++e;
  bool past = false, future = false;
  // Cues of toks[k - 1], toks[k] and toks[k + 1], each token looked up once.
  unsigned char before = 0, cues = word_cues(toks_[b].norm), after = 0;
  for (int k = b; k < e; ++k, before = cues, cues = after) {
    after = k + 1 < e ? word_cues(toks_[k + 1].norm) : 0;
    const int v = token_tense(toks_, k, e, k > b ? before : 0, cues, after);
    past |= v < 0;
    future |= v > 0;
  }
  cached_begin_ = b, cached_end_ = e;
  cached_ = past && future ? kMixed : past ? -1 : future ? 1 : 0;
  return cached_ == kMixed ? clause_tense(toks_, token, b, e) : cached_;
}

}  // namespace loupe::dates
