// Periods longer than a month, by number: quarters ("Q3 2022", "3분기", "третьем квартале"),
// decades ("the 1990s", "'90s", "90-е годы", "los años setenta") and centuries ("XIX століття",
// "the 20th century", "21세기").
#include "extract/dates/grammar_util.h"

namespace loupe::dates {
namespace {

Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

bool quarter(const RuleMatch& m, Item& out) {
  const Item* n = m.items[0]->type == ItemType::kLex ? m.items[1] : m.items[0];
  time(out).t.quarter = ival(n);
  return out.t.quarter >= 1 && out.t.quarter <= 4;
}

// "the first half", "первом полугодии", "primer semestre", "하반기" (a = 2: its own number). A
// half said by a noun that is also a sports half (e = 1: English "half") is a date only inside
// a longer expression ("the first half of 1996"), not alone ("in the second half").
bool half(const RuleMatch& m, Item& out) {
  const Item* word = m.items.back();
  const int n = m.items.size() == 1 ? word->lex->a : ival(m.items[0]);
  if (n != 1 && n != 2) return false;
  time(out).t.half = n;
  out.partial = word->lex->e == 1;
  return true;
}

bool year_quarter(const RuleMatch& m, Item& out) {  // "18q4", "2018Q4"
  const Item* y = m.items[0];
  time(out).t.year = y->digits == 2 ? expand_year(ival(y)) : ival(y);
  out.t.quarter = ival(m.items[2]);
  return (y->digits == 2 || y->digits == 4) && out.t.quarter >= 1 && out.t.quarter <= 4;
}

bool decade(const RuleMatch& m, Item& out) {
  if (m.items.size() == 1) {
    time(out).t.decade = 1900 + m.lex_a(0);
    return m.lex_a(0) > 0;
  }
  const Item* n = m.items[0];
  const int v = ival(n);
  if (v % 10 != 0 || (n->digits != 2 && n->digits != 4)) return false;
  time(out).t.decade = n->digits == 2 ? 1900 + v : v;
  return true;
}

bool century(const RuleMatch& m, Item& out) {
  if (m.items[0]->type == ItemType::kNum && m.items[0]->digits == 0) return false;  // "한 세기"
  // An abbreviated century word ("ст.", also "article" and "part") takes a Roman numeral or an
  // ordinal: "XIX ст.", not "3 ст." (part 3 of a law).
  const Item& word = *m.items[1];
  if (word.e - word.b > 1 && m.items[0]->type == ItemType::kNum && m.items[0]->digits > 0)
    return false;
  time(out).t.century = ival(m.items[0]);
  return out.t.century >= 1 && out.t.century <= 21 && m.items[0]->digits <= 2;
}

bool decade_apostrophe(const RuleMatch& m, Item& out) {  // "'90s"
  RuleMatch inner{m.toks, {m.items[1], m.items[2]}};
  return decade(inner, out);
}

bool decade_prefix(const RuleMatch& m, Item& out) {  // "años 70"
  if (m.items[0]->lex->b != 1) return false;
  RuleMatch inner{m.toks, {m.items[1], m.items[0]}};
  return decade(inner, out);
}

bool century_prefix(const RuleMatch& m, Item& out) {  // "siglo XIX"
  RuleMatch inner{m.toks, {m.items[1], m.items[0]}};
  return century(inner, out);
}

}  // namespace

void add_period_rules(std::vector<Rule>& r) {
  r.push_back({"ordinal quarter", {ord(), lx(Lx::kQuarterWord)}, quarter});
  r.push_back({"ordinal half", {ord(), lx(Lx::kHalfWord)}, half});
  r.push_back({"half word", {lx(Lx::kHalfWord)}, half});
  r.push_back({"quarter number", {lx(Lx::kQuarterWord), glued(num())}, quarter});
  r.push_back({"number quarter", {num(), glued(lx(Lx::kQuarterWord))}, quarter});
  r.push_back({"year q quarter", {num(), glued(lx(Lx::kQuarterWord)), glued(num())}, year_quarter});
  r.push_back({"decade", {num(), glued(lx(Lx::kDecadeWord))}, decade});
  r.push_back({"decade apostrophe",
               {glued(pc("'|’")), glued(num()), glued(lx(Lx::kDecadeWord))},
               decade_apostrophe});
  r.push_back({"decade word", {lx(Lx::kDecadeWord)}, decade});
  r.push_back({"decade prefix", {lx(Lx::kDecadeWord), num()}, decade_prefix});
  r.push_back({"century prefix", {lx(Lx::kCenturyWord), num()}, century_prefix});
  r.push_back({"century", {ord(), lx(Lx::kCenturyWord)}, century});
  r.push_back({"century number", {num(), lx(Lx::kCenturyWord)}, century});
}

}  // namespace loupe::dates
