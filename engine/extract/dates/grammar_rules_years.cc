// Years: "in 2014", "2014 году", "'22년", "the 1998 World Cup", "2019-2021", "1950-53", "у
// 2015-му", "300 BC". Shared by every language; the words are data.
#include "extract/dates/grammar_util.h"

namespace loupe::dates {
namespace {

const Tok& tok(const RuleMatch& m, std::size_t i) { return (*m.toks)[m.items[i]->b]; }

bool year4(const Item& it) {
  return !it.has_frac && it.digits == 4 && it.num >= 1000 && it.num <= 2999;
}
bool year2(const Item& it) { return !it.has_frac && it.digits == 2; }
bool year_words(const Item& it) {  // "two thousand ten"; "two thousand" alone is a quantity
  return it.digits == 0 && it.num >= 1000 && it.num <= 2999 && static_cast<int>(it.num) % 1000;
}
bool year_full(const Item& it) { return year4(it) || year_words(it); }

Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

bool year_after_prep(const RuleMatch& m, Item& out) {
  if (m.items[0]->lex->c != 1) return false;  // "in 2014", not "about 2000"
  time(out).t.year = ival(m.items.back());
  out.prio = -1;
  return true;
}

// "igual período de 1999, que", "Presupuestos del 2001.", "the first half of 1996.": a year
// after "of"/"de" that no word follows; "de 2000 personas" is a quantity.
bool year_after_of(const std::vector<Tok>& toks, int b, int e) {
  const int n = static_cast<int>(toks.size());
  if (b < 1 || toks[b].para_before || toks[b].norm < "1800" || toks[b].norm > "2099") return false;
  bool of = false;
  for (const LexHit& h : toks[b - 1].hits) {
    // and after Russian/Ukrainian "в"/"у": "пожежу Стрия у 1886 році, а Бродів у 1868, ..."
    const LanguageLexicon* l = lexicon_of(h.entry);
    const bool cyrillic_in = h.entry->cls == Lx::kPrep && l && (l->code == "ru" || l->code == "uk");
    of |= (cyrillic_in || (h.entry->cls == Lx::kOf && toks[b].norm >= "1900")) && h.tokens == 1;
  }
  if (!of || toks[b - 1].type != TokenType::kWord) return false;
  if (e >= n || toks[e].para_before) return true;
  const std::string_view next = toks[e].norm;
  if (next != "," && next != "." && next != ";" && next != ")" && next != "\"") return false;
  return !(e + 1 < n && !toks[e + 1].space_before && toks[e + 1].type == TokenType::kNumber);
}

// A noun a year before it dates ("1995 revenue"; lexicon kYearNoun); "2000 people" counts.
bool year_noun(const Tok& t) {
  for (const LexHit& h : t.hits) {
    if (h.entry->cls == Lx::kYearNoun && h.tokens == 1) return true;
  }
  return false;
}

bool year_unit(const Item& it) { return it.lex->a == g::kYear && it.lex->b == 0 && !it.lex->e; }

bool unit_then_year(const RuleMatch& m, Item& out) {  // "el año 1996", "the year 2000"
  time(out).t.year = ival(m.items.back());
  return true;
}

// A year that modifies a noun: after the article ("the 1994 genocide", "the 1998 World Cup") or
// before the name of an event ("1998 World Cup"), not after a name ("Windows 2000 Server").
bool year_modifier(const std::vector<Tok>& toks, int b, int e) {
  const int n = static_cast<int>(toks.size());
  if (toks[b].digits != 4 || toks[b].norm < "1800" || toks[b].norm > "2099") return false;
  if (e >= n || toks[e].type != TokenType::kWord || !toks[e].space_before) return false;
  const Tok* p = b > 0 && !toks[b].para_before ? &toks[b - 1] : nullptr;
  // Korean titles open with their year: "‘2016 MBC 방송연예대상", "2017 S/S 시즌" (a number of
  // things takes a counter: "2016개"; after a word, "쌀 2019 가마", only before a Latin name).
  if (toks[b].lang == kKo) {
    return toks[e].capitalized || ((!p || p->type == TokenType::kPunct) && toks[e].hangul);
  }
  if (toks[e].hangul) return false;
  if (year_noun(toks[e])) return true;  // "1995 revenue", "1996 season"
  if (p && p->type == TokenType::kWord) {
    for (const LexHit& h : p->hits) {
      if (h.entry->cls == Lx::kFiller && h.tokens == 1 && !p->capitalized) return true;  // "the"
    }
  }
  if (!toks[e].capitalized || !toks[e].hits.empty()) return false;
  if (p && (p->type == TokenType::kNumber || (p->type == TokenType::kWord && p->capitalized))) {
    return false;
  }
  return e + 1 < n && toks[e + 1].type == TokenType::kWord && toks[e + 1].capitalized &&
         toks[e + 1].hits.empty() && !toks[e + 1].para_before;  // "World Cup", "Tour de France"
}

// "\"The Collapse\" (1964)", "(1997)": a year alone in brackets, as works and events are dated.
bool year_in_brackets(const std::vector<Tok>& toks, int b, int e) {
  return toks[b].digits == 4 && toks[b].norm >= "1800" && toks[b].norm <= "2099" && b > 0 &&
         toks[b - 1].norm == "(" && e < static_cast<int>(toks.size()) && toks[e].norm == ")";
}

// "1975, con el capítulo ...", "1940 - ...": a year opening a line or a sentence, then a comma
// or a dash and words, dates what follows (chronologies, on-this-day lists).
bool year_opening_line(const std::vector<Tok>& toks, int b, int e) {
  const int n = static_cast<int>(toks.size());
  if (toks[b].digits != 4 || toks[b].norm < "1800" || toks[b].norm > "2099") return false;
  const bool opens =
      b == 0 || toks[b].para_before ||
      ((toks[b - 1].norm == "." || toks[b - 1].norm == "!" || toks[b - 1].norm == "?") && b >= 2 &&
       toks[b - 2].type == TokenType::kWord);
  if (!opens || e + 1 >= n || toks[e + 1].para_before) return false;
  const std::string_view mark = toks[e].norm;
  if (mark != "," && mark != "-" && mark != "–" && mark != "—" && mark != ":") return false;
  return toks[e + 1].space_before && toks[e + 1].type == TokenType::kWord;
}

// "Євро-2012", "Expo-2010", "МАКС-2011": an event named with its year after a dash.
bool year_of_event(const std::vector<Tok>& toks, int b, int e) {
  if (toks[b].digits != 4 || toks[b].norm < "1900" || toks[b].norm > "2099") return false;
  if (b < 2 || toks[b].space_before || toks[b - 1].space_before || toks[b - 1].norm != "-") {
    return false;
  }
  const Tok& name = toks[b - 2];
  if (name.type != TokenType::kWord || !name.capitalized || name.hangul || !name.hits.empty() ||
      name.norm.size() < 3) {
    return false;
  }
  // A quoted name is a firm's or a product's ("фирмы \"Растрком-2002\""), no event.
  if (b >= 3 && (toks[b - 3].norm == "\"" || toks[b - 3].norm == "«" || toks[b - 3].norm == "“")) {
    return false;
  }
  const int n = static_cast<int>(toks.size());
  return e >= n || toks[e].space_before || toks[e].type == TokenType::kPunct;
}

bool bare_year(const RuleMatch& m, Item& out) {  // only inside a longer expression
  const std::vector<Tok>& toks = *m.toks;
  const std::size_t e = m.items[0]->e;
  if (e + 1 < toks.size() && !toks[e].space_before && toks[e].type == TokenType::kPunct &&
      toks[e].norm != "," && toks[e + 1].type == TokenType::kNumber && !toks[e + 1].space_before &&
      toks[e + 1].digits <= 2) {
    return false;  // "2023-07-31", "2021.12": a numeric date, not a year
  }
  time(out).t.year = ival(m.items[0]);
  const int b = m.items[0]->b;
  const int end = static_cast<int>(e);
  out.partial = !year_modifier(toks, b, end) && !year_after_of(toks, b, end) &&
                !year_in_brackets(toks, b, end) && !year_opening_line(toks, b, end) &&
                !year_of_event(toks, b, end);
  return true;
}

bool year_with_word(const RuleMatch& m, Item& out) {
  const Item* y = m.items[0];
  if (y->digits != 2 && y->digits != 4 && !(y->digits == 0 && y->num >= 1000)) return false;
  if (y->digits == 2) {
    if (tok(m, 1).hangul == false) return false;
    // "25년이 걸렸다", "10년을 살았다": a length as subject or object, no year 2025.
    const std::size_t e = m.items[1]->e;
    if (e < m.toks->size() && !(*m.toks)[e].space_before) {
      const std::string_view n = (*m.toks)[e].norm;
      if (n == "이" || n == "가" || n == "을" || n == "를") return false;
    }
    time(out).t.year = expand_year(ival(y));
  } else {
    time(out).t.year = ival(y);
  }
  return true;
}

bool era(const RuleMatch& m, Item& out) {
  out = *m.items[0];
  if (out.type == ItemType::kNum) {
    if (out.digits < 1 || out.digits > 4) return false;
    out.t = TimeSpec{};
    out.t.year = ival(m.items[0]);
  }
  out.type = ItemType::kTime;
  if (!set(out.t.year) || set(out.t.month)) return false;
  out.t.year = -out.t.year;
  return true;
}

bool year_range(const RuleMatch& m, Item& out) {
  out.type = ItemType::kInterval;
  out.t.year = ival(m.items[0]);
  out.t2.year = ival(m.items[2]);
  return out.t2.year > out.t.year;
}

// "1950-53", "1996-97": the second year written with its last two figures, later than the first;
// "2001-12" (a year and month) is no range.
bool year_range_short(const RuleMatch& m, Item& out) {
  const int first = ival(m.items[0]), yy = ival(m.items[2]);
  if (yy <= first % 100 || (first % 100 < 12 && yy <= 12)) return false;
  const std::vector<Tok>& toks = *m.toks;
  const std::size_t e = m.items[2]->e;
  const bool glued_number =
      e + 1 < toks.size() && !toks[e + 1].space_before && toks[e + 1].type == TokenType::kNumber;
  if (e < toks.size() && !toks[e].space_before &&
      (toks[e].type == TokenType::kNumber ||
       ((toks[e].norm == "-" || toks[e].norm == "." || toks[e].norm == "/") && glued_number))) {
    return false;  // "1996-97-12", "2019-20.5"
  }
  out.type = ItemType::kInterval;
  out.t.year = first;
  out.t2.year = first / 100 * 100 + yy;
  return true;
}

// "у 2015-му", "в 2015-м году": a year with a case ending, after a preposition or before the
// year word.
bool year_ordinal(const RuleMatch& m, Item& out) {
  if (!m.items[0] && !m.items[4]) return false;
  const int y = ival(m.items[1]);
  time(out).t.year = y;
  return y >= 1800 && y <= 2099;
}

}  // namespace

void add_year_rules(std::vector<Rule>& r) {
  r.push_back({"prep year", {lx(Lx::kPrep), num(year_full)}, year_after_prep});
  r.push_back({"bare year", {num(year4)}, bare_year});
  r.push_back({"year unit year",
               {opt(lx(Lx::kPrep)), opt(lx(Lx::kFiller)), lx(Lx::kUnit, year_unit), num(year4)},
               unit_then_year});
  r.push_back({"year word", {num(), glued(lx(Lx::kYearWord))}, year_with_word});
  r.push_back({"year word spaced", {num(year4), lx(Lx::kYearWord)}, year_with_word});
  r.push_back({"era", {num(), lx(Lx::kEra)}, era});
  r.push_back({"era time", {tm(), lx(Lx::kEra)}, era});
  r.push_back({"year range", {num(year4), pc("-|–|—|~|∼"), num(year4)}, year_range});
  r.push_back(
      {"year range short", {num(year4), glued(pc("-|–|/")), glued(num(year2))}, year_range_short});
  r.push_back({"year ordinal",
               {opt(lx(Lx::kPrep)), num(year4), glued(pc("-")), glued(lx(Lx::kOrdSuffix)),
                opt(lx(Lx::kYearWord))},
               year_ordinal});
}

}  // namespace loupe::dates
