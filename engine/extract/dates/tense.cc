#include "extract/dates/tense.h"

#include "core/utf8.h"

namespace loupe::dates {
namespace {

bool ends_with(std::string_view w, std::string_view s) {
  return w.size() > s.size() && w.substr(w.size() - s.size()) == s;
}

bool any_of(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

int cyrillic_letters(std::string_view w) {
  int n = 0;
  for (unsigned char c : w) n += (c & 0xC0) != 0x80;
  return n;
}

// -1 past, +1 future, 0 none.
int word_tense(const Tok& t) {
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
  if (any_of(w, {"will", "shall", "'ll", "будет", "будут", "буду", "буде", "будуть", "será",
                 "serán", "habrá", "va", "van"})) {
    return 1;
  }
  if (any_of(w,
             {"was",     "were",   "had",    "did",   "said",   "took",  "came",  "went",  "began",
              "met",     "held",   "saw",    "left",  "won",    "lost",  "fell",  "rose",  "made",
              "ran",     "told",   "sat",    "stood", "grew",   "gave",  "paid",  "sold",  "bought",
              "brought", "kept",   "led",    "felt",  "found",  "built", "broke", "spoke", "wrote",
              "struck",  "fought", "spent",  "sent",  "became", "flew",  "drew",  "threw", "knew",
              "chose",   "fue",    "fueron", "hubo",  "había",  "dijo",  "был",   "была",  "были",
              "было",    "був",    "була",   "були"})) {
    return -1;
  }
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  if (c < 0x80 && w.size() >= 5 && ends_with(w, "ed")) return -1;
  if (c == 0xD0 || c == 0xD1 || c == 0xD2) {
    if (cyrillic_letters(w) < 4) return 0;
    for (std::string_view s :
         {"ал",   "ял",   "ил",   "ел",   "ёл",  "ла", "ли", "ло", "лся", "лась", "лись",
          "лось", "лася", "лися", "лося", "вся", "ав", "ив", "ів", "ув",  "йшов"}) {
      if (ends_with(w, s)) return -1;
    }
    return ends_with(w, "тиме") || ends_with(w, "тимуть") ? 1 : 0;
  }
  for (std::string_view s : {"ó", "aron", "ieron", "ió", "aba", "aban"}) {
    if (ends_with(w, s)) return -1;
  }
  return ends_with(w, "rá") || ends_with(w, "rán") ? 1 : 0;
}

// A perfect: an auxiliary and a participle ("have risen", "has been", "ha subido", "han
// sido"): the event lies in the past, as "since March" in that sentence does.
bool perfect(const Tok& aux, const Tok& next) {
  if (!any_of(aux.norm, {"has", "have", "'ve", "ha", "han", "he", "hemos", "habían", "había"})) {
    return false;
  }
  const std::string_view w = next.norm;
  if (any_of(w, {"been",   "risen",  "fallen",  "grown",   "gone",   "done",   "seen",   "become",
                 "begun",  "taken",  "given",   "written", "spoken", "broken", "chosen", "driven",
                 "shown",  "known",  "won",     "lost",    "sido",   "estado", "hecho",  "dicho",
                 "vuelto", "puesto", "abierto", "escrito", "roto",   "visto",  "muerto"})) {
    return true;
  }
  return w.size() >= 4 && (ends_with(w, "ed") || ends_with(w, "ado") || ends_with(w, "ido"));
}

// A present form of "be" before a participle makes it a passive or an adjective of the present
// ("is expected on Nov. 15", "is closed until 15 August"), no past.
bool present_be(const Tok& t) {
  return any_of(t.norm, {"is", "are", "am", "be", "being", "remains", "remain", "gets", "get"});
}

// A plan in the present ("is scheduled for Oct. 2", "are due on Friday", "is set to open in
// May"): the event lies ahead.
bool planned(const Tok& t) {
  return any_of(t.norm, {"scheduled", "expected", "due", "set", "slated", "planned", "poised"});
}

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

// The tense toks[k] shows inside the sentence [b, e), as the sentence's scan reads it.
int token_tense(const std::vector<Tok>& toks, int k, int b, int e) {
  if (toks[k].type != TokenType::kWord) return 0;
  if (k + 1 < e && perfect(toks[k], toks[k + 1])) return -1;
  if (!toks[k].hits.empty()) return 0;
  int v = word_tense(toks[k]);
  if (v < 0 && k > b && present_be(toks[k - 1])) v = 0;
  if (k > b && present_be(toks[k - 1]) && planned(toks[k])) v = 1;
  return v;
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
    return k > b && toks[k].capitalized ? 0 : token_tense(toks, k, b, e);
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
  if (token >= cached_begin_ && token < cached_end_) {
    return cached_ == kMixed ? clause_tense(toks_, token, cached_begin_, cached_end_) : cached_;
  }
  int b = token, e = token + 1;
  while (b > 0 && token - b < kMaxSentence && !sentence_break(toks_, b)) --b;
  while (e < n && e - token < kMaxSentence && !sentence_break(toks_, e)) ++e;
  bool past = false, future = false;
  for (int k = b; k < e; ++k) {
    if (toks_[k].type != TokenType::kWord) continue;
    if (k + 1 < e && perfect(toks_[k], toks_[k + 1])) past = true;
    if (!toks_[k].hits.empty()) continue;
    int v = word_tense(toks_[k]);
    if (v < 0 && k > b && present_be(toks_[k - 1])) v = 0;              // "is expected", "are held"
    if (k > b && present_be(toks_[k - 1]) && planned(toks_[k])) v = 1;  // "is scheduled for"
    past |= v < 0;
    future |= v > 0;
  }
  cached_begin_ = b, cached_end_ = e;
  cached_ = past && future ? kMixed : past ? -1 : future ? 1 : 0;
  return cached_ == kMixed ? clause_tense(toks_, token, b, e) : cached_;
}

}  // namespace loupe::dates
