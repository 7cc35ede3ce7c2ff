// Numbers and ordinals, in figures and in words: "21", "twenty-one", "двадцать пять", "스물네",
// "3rd", "18-го", "1.º", "세번째", "2.5".
#include "extract/dates/grammar_util.h"

namespace loupe::dates {
namespace {

bool tens_word(const Item& it) {
  const int v = static_cast<int>(it.num);
  return it.digits == 0 && v >= 20 && v <= 90 && v % 10 == 0;
}
bool unit_word(const Item& it) { return it.digits == 0 && it.num >= 1 && it.num <= 9; }
bool figures(const Item& it) { return it.digits > 0 && it.digits <= 2 && it.num <= 31; }
bool any_figures(const Item& it) { return it.digits > 0 && !it.has_frac; }

bool number_word(const RuleMatch& m, Item& out) {
  out.type = ItemType::kNum;
  out.num = m.items[0]->lex->a;
  out.digits = 0;
  out.lex = m.items[0]->lex;       // kept: b = 3 marks counts that are never hours ("a couple")
  return m.items[0]->lex->b != 2;  // b = 2: an ordinal-only form
}

bool tens_units(const RuleMatch& m, Item& out) {
  out.type = ItemType::kNum;
  out.num = m.items[0]->num + m.items[2]->num;
  out.digits = 0;
  return true;
}

bool thousand_word(const Item& it) {
  return it.digits == 0 && static_cast<int>(it.num) % 1000 == 0 && it.num >= 1000;
}
bool below_hundred_word(const Item& it) { return it.digits == 0 && it.num >= 1 && it.num <= 99; }
bool below_thousand_word(const Item& it) { return it.digits == 0 && it.num >= 1 && it.num <= 999; }
bool hundreds_word(const Item& it) {
  return it.digits == 0 && it.num >= 100 && it.num <= 900 && static_cast<int>(it.num) % 100 == 0;
}
bool and_word(const Item& it) { return it.lex->b == 2; }  // "y", "and", "и"

bool thousands_rest(const RuleMatch& m, Item& out) {  // "two thousand ten" (a year in words)
  out.type = ItemType::kNum;
  out.num = m.items[0]->num + m.items.back()->num;
  out.digits = 0;
  return true;
}

bool decimal(const RuleMatch& m, Item& out) {
  const Item& frac = *m.items[2];
  if (frac.digits > 2) return false;
  out.type = ItemType::kNum;
  out.num = m.items[0]->num + frac.num / (frac.digits == 1 ? 10.0 : 100.0);
  out.digits = m.items[0]->digits;
  out.has_frac = true;
  return true;
}

bool ordinal_word(const RuleMatch& m, Item& out) {
  out.type = ItemType::kOrd;
  out.num = m.items[0]->lex->a;
  return true;
}

bool ordinal_figures(const RuleMatch& m, Item& out) {
  out.type = ItemType::kOrd;
  out.num = m.items[0]->num;
  return out.num >= 1 && out.num <= 366;
}

bool ordinal_tens_units(const RuleMatch& m, Item& out) {  // "twenty first"
  out.type = ItemType::kOrd;
  out.num = m.items[0]->num + m.items[2]->lex->a;
  return m.items[2]->lex->a >= 1 && m.items[2]->lex->a <= 9;
}

}  // namespace

void add_number_rules(std::vector<Rule>& r) {
  r.push_back({"number word", {lx(Lx::kNumber)}, number_word});
  r.push_back({"tens units", {num(tens_word), opt(pc("-")), num(unit_word)}, tens_units});
  r.push_back({"thousands rest", {num(thousand_word), num(below_thousand_word)}, thousands_rest});
  r.push_back({"hundreds rest", {num(hundreds_word), num(below_hundred_word)}, thousands_rest});
  r.push_back({"tens and units",
               {num(tens_word), lx(Lx::kUntil, and_word), num(unit_word)},
               tens_units});  // "noventa y ocho"
  r.push_back({"decimal", {num(any_figures), glued(pc(".|,")), glued(num(any_figures))}, decimal});
  r.push_back({"ordinal word", {lx(Lx::kOrdinal)}, ordinal_word});
  r.push_back(
      {"ordinal tens units", {num(tens_word), opt(pc("-")), lx(Lx::kOrdinal)}, ordinal_tens_units});
  r.push_back({"ordinal suffix", {num(figures), glued(lx(Lx::kOrdSuffix))}, ordinal_figures});
  r.push_back({"ordinal dash suffix",
               {num(figures), glued(pc("-")), glued(lx(Lx::kOrdSuffix))},
               ordinal_figures});
  r.push_back({"ordinal dot sign",
               {num(figures), opt(glued(pc("."))), glued(pc("º|°|ª"))},
               ordinal_figures});
  r.push_back({"ordinal counter", {num(), glued(lx(Lx::kOrdSuffix))}, ordinal_figures});
}

}  // namespace loupe::dates
