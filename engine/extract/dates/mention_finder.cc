#include "extract/dates/mention_finder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "extract/dates/grammar_util.h"
#include "extract/dates/tense.h"
#include "extract/dates/time_resolver.h"

namespace loupe::dates {

bool generic_adverb(const Item& it, const std::vector<Tok>& toks, int tense);  // ..._prose.cc
bool offset_of_event(const Item& it, const std::vector<Tok>& toks);            // ..._prose.cc
bool offset_restated(const Item& it, const std::vector<Tok>& toks);            // ..._prose.cc

namespace {

// Other readings kept per mention, tried in turn when the best one does not resolve against
// the document's reference. Distinct readings of one span are few (a day-first and a
// month-first date, a clock with and without its day); a line packed with dates makes hundreds
// of derivations of the same reading, which must not each cost a copy.
constexpr std::size_t kMaxOthers = 8;

// Two items that the resolver cannot tell apart (the rule and priority that built them aside).
bool same_reading(const Item& a, const Item& b) {
  Item x = a;
  x.rule = b.rule;
  x.prio = b.prio;
  return x == b;
}

bool has_hit(const Tok& t, Lx cls) {
  for (const LexHit& h : t.hits) {
    if (h.entry->cls == cls) return true;
  }
  return false;
}

bool numeric_punct(const Tok& t) {
  static constexpr std::string_view kMarks[] = {".", ",", ":", "/", "-", "–", "+", "$",
                                                "€", "£", "#", "№", "%", "×", "x"};
  for (std::string_view m : kMarks) {
    if (t.norm == m) return true;
  }
  return false;
}

bool is_figures(const Tok& t) { return t.type == TokenType::kNumber && !t.hangul; }

// "8-1-26-3", "6-0-27-0": four or more numbers of at most two figures joined by dashes are a
// bowler's figures or a code, no date and no range of dates.
bool dash_chain(const std::vector<Tok>& toks, int b, int e) {
  int numbers = 0;
  for (int k = b; k < e; ++k) {
    const Tok& t = toks[k];
    if (k > b && t.space_before) return false;
    if ((k - b) % 2 == 0) {
      if (!is_figures(t) || t.norm.size() > 2) return false;
      ++numbers;
    } else if (t.norm != "-") {
      return false;
    }
  }
  return numbers >= 4;
}

// A number at the mention's edge must not continue a bigger number, amount or code.
bool clean_edges(const std::vector<Tok>& toks, int b, int e) {
  if (dash_chain(toks, b, e)) return false;
  if (b > 0 && !toks[b].space_before) {
    const Tok& p = toks[b - 1];
    if (is_figures(p) || (is_figures(toks[b]) && p.type == TokenType::kWord && !p.hangul)) {
      return false;
    }
    // "Євро-2012": a name and a dash before a year (an event of that year) are no code.
    const bool named = p.norm == "-" && !p.space_before && b >= 2 &&
                       toks[b - 2].type == TokenType::kWord && toks[b - 2].capitalized &&
                       !toks[b - 2].hangul && toks[b].digits == 4;
    if (numeric_punct(p) && p.norm != "," && !named &&
        (b < 2 || is_figures(toks[b - 2]) || p.norm != ".")) {
      if (is_figures(toks[b]) || (b >= 2 && is_figures(toks[b - 2]) && !toks[b - 1].space_before)) {
        return false;
      }
    }
  }
  // "at 7.12 percent", "3,5 процента", "las 8 horas diarias": a number (and its unit) before a
  // word of rates is a rate.
  const int n = static_cast<int>(toks.size());
  if (e < n && (is_figures(toks[e - 1]) || (e - 2 >= b && is_figures(toks[e - 2]))) &&
      has_hit(toks[e], Lx::kPercent)) {
    return false;
  }
  if (e + 1 < n && is_figures(toks[e - 1]) && toks[e].type == TokenType::kWord &&
      has_hit(toks[e + 1], Lx::kPercent)) {
    return false;  // "las 8" of "las 8 horas diarias"
  }
  if (e < static_cast<int>(toks.size()) && !toks[e].space_before) {
    const Tok& n = toks[e];
    const bool last_num = is_figures(toks[e - 1]);
    if (is_figures(n) || (last_num && n.type == TokenType::kWord && !n.hangul)) return false;
    if (last_num && n.hangul && n.hits.empty()) return false;  // "2.5배", "30만"
    if (n.norm == "%" || n.norm == "％" || (last_num && n.norm == "'")) return false;
    // "4·6·9·11월": a list of numbers before one counter; "4·6" of it is no 6 April ("4·19" is).
    if (last_num && n.norm == "·" && e + 1 < static_cast<int>(toks.size()) &&
        is_figures(toks[e + 1]) && !toks[e + 1].space_before) {
      return false;
    }
    if (numeric_punct(n) && n.norm != "," && e + 1 < static_cast<int>(toks.size()) &&
        is_figures(toks[e + 1]) && !toks[e + 1].space_before && last_num) {
      return false;
    }
  }
  return true;
}

// Hangul: a mention starts a run and ends one, or ends before a particle ("4월에").
bool clean_hangul(const std::vector<Tok>& toks, int b, int e) {
  if (toks[b].hangul && !toks[b].run_start) return false;
  const Tok& last = toks[e - 1];
  if (last.hangul && !last.run_end) {
    const Tok& n = toks[e];
    // The copula "인" ends its word ("토요일인 24일"); inside one it is no particle ("23년인생").
    for (const LexHit& h : n.hits) {
      if (h.entry->cls == Lx::kParticle && h.entry->a == 1 && !n.run_end) return false;
    }
    if (!has_hit(n, Lx::kParticle) && !has_hit(n, Lx::kFor) && !has_hit(n, Lx::kFrom) &&
        !has_hit(n, Lx::kUntil) && !has_hit(n, Lx::kBefore) && !has_hit(n, Lx::kAfter)) {
      return false;
    }
  }
  if (b > 0 && toks[b].type == TokenType::kNumber && !toks[b].space_before && toks[b - 1].hangul) {
    return false;  // "제2022" is no year
  }
  return true;
}

bool is_candidate(const Item& it, const std::vector<Tok>& toks) {
  if (it.type == ItemType::kDuration) return it.marked;
  if (it.partial) return false;
  if (it.type == ItemType::kInterval) return true;
  if (it.type != ItemType::kTime) return false;
  const TimeSpec& t = it.t;
  const bool something = has_date(t) || set(t.hour) || t.pod_begin >= 0 || t.now || set(t.decade) ||
                         set(t.century) || set(t.quarter) || t.weekend;
  if (!something) return false;
  if (it.e - it.b == 1) {
    const Tok& w = toks[it.b];
    for (const LexHit& h : w.hits) {
      if ((h.entry->weak && !w.capitalized) || h.entry->weak == 2) return false;  // "ПТ «Сокіл»"
    }
    if (it.rule >= 0 && set(t.hour) && w.type == TokenType::kNumber) return false;
  }
  return true;
}

// "рішення від 20 лютого", "в номере от 26 августа": a word that opens ranges only, alone
// before a date, names a document of that date, which exists already: the date lies back.
bool dates_document(const std::vector<Tok>& toks, int b) {
  if (b == 0) return false;
  for (const LexHit& h : toks[b - 1].hits) {
    if (h.entry->cls == Lx::kFrom && h.entry->b == 3 && h.tokens == 1) return true;
  }
  return false;
}

core::ByteRange surface(const std::vector<Tok>& toks, int& b, int& e) {
  while (e - b > 1) {
    int skip = 0;
    bool phrase = false;  // "в течение": a word of a longer form is kept
    for (const LexHit& h : toks[b].hits) {
      const Lx c = h.entry->cls;
      if (h.tokens > 1 && h.tokens <= e - b && c != Lx::kPrep && c != Lx::kAt && c != Lx::kFiller) {
        phrase = true;
      }
    }
    if (phrase) break;
    for (const LexHit& h : toks[b].hits) {
      const Lx c = h.entry->cls;
      const bool leading =
          c == Lx::kPrep || c == Lx::kAt || c == Lx::kFiller || (c == Lx::kFor && h.entry->b != 1);
      if (leading && h.tokens < e - b) skip = std::max(skip, h.tokens);
    }
    if (skip == 0) break;
    b += skip;
  }
  while (e - b > 1 && toks[e - 1].hangul && has_hit(toks[e - 1], Lx::kParticle) &&
         !toks[e - 1].run_start) {
    --e;
  }
  return {toks[b].bytes.begin_byte, toks[e - 1].bytes.end_byte};
}

// Whether `word` holds a two-byte UTF-8 letter of lead byte `lead` and one of the `seconds`.
bool has_pair(std::string_view word, unsigned char lead, std::string_view seconds) {
  for (std::size_t i = 0; i + 1 < word.size(); ++i) {
    if (static_cast<unsigned char>(word[i]) == lead && seconds.find(word[i + 1]) != seconds.npos) {
      return true;
    }
  }
  return false;
}

unsigned char paragraph_language(const std::vector<Tok>& toks, std::size_t b, std::size_t e) {
  int hangul = 0, cyr = 0, uk = 0, latin = 0, es = 0;
  for (std::size_t i = b; i < e; ++i) {
    const Tok& t = toks[i];
    if (t.type != TokenType::kWord || t.norm.empty()) continue;
    if (t.hangul) {
      ++hangul;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(t.norm[0]);
    if (c == 0xD0 || c == 0xD1 || c == 0xD2) {
      ++cyr;
      if (uk == 0)
        uk = has_pair(t.norm, 0xD1, "\x96\x97\x94") ||
             has_pair(t.norm, 0xD2, "\x91");  // і ї є ґ: one says Ukrainian
    } else if (c < 0x80 || c == 0xC3) {
      ++latin;
      if (t.norm.size() <= 3) {
        for (std::string_view w : {"de", "el", "la", "que", "los", "en", "y", "del", "las"}) {
          if (t.norm == w) ++es;
        }
      }
      if (!t.ascii) es += has_pair(t.norm, 0xC3, "\xB1\xA1\xA9\xB3");  // ñ á é ó
    }
  }
  if (hangul > 0 && hangul * 3 >= cyr + latin) return kKo;
  if (cyr > latin) return uk > 0 ? kUk : kRu;
  return es * 8 > latin ? kEs : kEn;
}

void set_languages(std::vector<Tok>& toks) {
  std::size_t start = 0;
  for (std::size_t i = 1; i <= toks.size(); ++i) {
    if (i < toks.size() && !toks[i].para_before) continue;
    const unsigned char lang = paragraph_language(toks, start, i);
    for (std::size_t k = start; k < i; ++k) toks[k].lang = lang;
    start = i;
  }
}

// The window of tokens from i (a temporal token) on: the temporal tokens that follow in the
// same paragraph, and those inside a multi-word lexicon form; at most kMaxWindow. Returns its end.
int window_end(const std::vector<Tok>& toks, const std::vector<char>& temporal, int i) {
  const int n = static_cast<int>(toks.size());
  int j = i, covered = i;
  while (j < n && j - i < kMaxWindow && (j == i || !toks[j].para_before) &&
         (j < covered || temporal[j])) {
    for (const LexHit& h : toks[j].hits) covered = std::max(covered, j + h.tokens);
    ++j;
  }
  return j;
}

void print_items(const std::vector<Item>& items) {
  for (const Item& it : items) {
    std::fprintf(stderr, "item rule=%d [%d,%d) type=%d partial=%d\n", it.rule, it.b, it.e,
                 static_cast<int>(it.type), it.partial);
  }
}

// The scratch of one window, reused from window to window.
struct Window {
  std::vector<Item> items;
  std::vector<const Item*> cands;
  struct Ranked {
    std::size_t surface;
    const Item* item;
  };
  std::vector<Ranked> ranked;
  std::vector<char> taken;
  std::vector<signed char> resolves;  // per candidate: -1 not asked yet, else 0 / 1
};

// The items that may be mentions, best first: the longest surface wins (leading prepositions
// do not count), then the rule's priority. Each candidate's surface is measured once, not at
// every comparison.
void rank_candidates(const std::vector<Tok>& toks, Window& w) {
  w.cands.clear();
  for (const Item& it : w.items) {
    if (is_candidate(it, toks) && clean_edges(toks, it.b, it.e) && clean_hangul(toks, it.b, it.e) &&
        !offset_restated(it, toks) && !offset_of_event(it, toks)) {
      w.cands.push_back(&it);
    }
  }
  w.ranked.clear();
  for (const Item* it : w.cands) {
    int sb = it->b, se = it->e;
    w.ranked.push_back({surface(toks, sb, se).size(), it});
  }
  std::stable_sort(w.ranked.begin(), w.ranked.end(),
                   [](const Window::Ranked& x, const Window::Ranked& y) {
                     if (x.surface != y.surface) return x.surface > y.surface;
                     const Item* a = x.item;
                     const Item* b = y.item;
                     if (a->prio != b->prio) return a->prio > b->prio;
                     return a->e - a->b > b->e - b->b;
                   });
  for (std::size_t k = 0; k < w.ranked.size(); ++k) w.cands[k] = w.ranked[k].item;
}

// A candidate must also resolve against some reference; that is asked only of those the
// choice reaches (the order of the others does not change by leaving them out).
bool resolves_at(Window& w, std::size_t k) {
  static const Reference probe = *parse_reference("2000-06-15T12:00");
  if (w.resolves[k] < 0) w.resolves[k] = resolve_item(*w.cands[k], probe, 0).has_value();
  return w.resolves[k] == 1;
}

// The other readings of chosen candidate c's tokens, for the resolver to fall back on.
void add_others(Window& w, std::size_t c, FoundItem& f) {
  const Item* it = w.cands[c];
  for (std::size_t o = 0; o < w.cands.size() && f.others.size() < kMaxOthers; ++o) {
    const Item* other = w.cands[o];
    if (o == c || other->b != it->b || other->e != it->e) continue;
    // A reading equal to one kept resolves the same way: the fallback would never use it.
    if (same_reading(*other, f.item) ||
        std::any_of(f.others.begin(), f.others.end(),
                    [&](const Item& k) { return same_reading(*other, k); })) {
      continue;
    }
    if (resolves_at(w, o)) f.others.push_back(*other);
  }
}

// The ranked candidates of window [i, j) that no better one overlaps, in text order.
void choose(const std::vector<Tok>& toks, int i, int j, TenseMap& tenses, Window& w,
            std::vector<FoundItem>& found) {
  w.resolves.assign(w.cands.size(), -1);
  w.taken.assign(j - i, 0);
  const std::size_t first_found = found.size();
  for (std::size_t c = 0; c < w.cands.size(); ++c) {
    const Item* it = w.cands[c];
    bool free = true;
    for (int k = it->b; k < it->e && free; ++k) free = !w.taken[k - i];
    if (!free || !resolves_at(w, c)) continue;
    const int tense =
        it->type == ItemType::kTime && dates_document(toks, it->b) ? -1 : tenses.at(it->b);
    if (generic_adverb(*it, toks, tense)) continue;
    for (int k = it->b; k < it->e; ++k) w.taken[k - i] = 1;
    int sb = it->b, se = it->e;
    FoundItem f{*it, {}, surface(toks, sb, se), tense};
    add_others(w, c, f);
    found.push_back(std::move(f));
  }
  std::sort(found.begin() + first_found, found.end(),
            [](const FoundItem& a, const FoundItem& b) { return a.item.b < b.item.b; });
}

// The vectors of one call, kept from call to call (a document's tokens grew their vectors
// again at every call, copying them each time); given back after a very long document.
struct FindScratch {
  LexedText lexed;
  std::vector<char> temporal;
  Window w;
};
constexpr std::size_t kKeptTokens = std::size_t{1} << 18;

}  // namespace

std::vector<FoundItem> MentionFinder::find(std::string_view text) const {
  thread_local FindScratch scratch;
  LexedText& lexed = scratch.lexed;
  lexer_.lex(text, lexed);
  std::vector<Tok>& toks = lexed.toks;
  set_languages(toks);
  TenseMap tenses(toks);
  std::vector<FoundItem> found;
  Window& w = scratch.w;
  const int n = static_cast<int>(toks.size());
  std::vector<char>& temporal = scratch.temporal;
  temporal.resize(n);
  for (int k = 0; k < n; ++k) temporal[k] = Grammar::temporal_token(toks[k]);
  static const bool debug = std::getenv("LOUPE_DATES_DEBUG") != nullptr;
  for (int i = 0; i < n;) {
    if (!temporal[i] || toks[i].type == TokenType::kPunct) {
      ++i;
      continue;
    }
    const int j = window_end(toks, temporal, i);
    w.items.clear();
    grammar_.parse(toks, i, j, w.items);
    if (debug) print_items(w.items);
    rank_candidates(toks, w);
    choose(toks, i, j, tenses, w, found);
    i = j;
  }
  if (toks.capacity() > kKeptTokens) scratch = FindScratch{};
  return found;
}

}  // namespace loupe::dates
