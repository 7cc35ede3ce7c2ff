// Grammar: a chart parser over grammar tokens (date_lexer.h). Leaves are numbers, punctuation
// and lexicon words; rules (grammar_rules_*.cc, shared by every language) match a sequence of
// elements (a lexicon class, a number, a time, an interval, a duration, a punctuation mark) and
// build a new typed item, until nothing new is found. Only windows of tokens that can belong to
// a date are parsed (unknown words end a window), and a window holds at most kMaxWindow tokens,
// so the work is linear in the text.
// E.g. "next week" + "Tuesday": [kRel][kUnit] -> Time{week +1}; [kWeekday] -> Time{weekday 2};
//   intersection -> Time{week +1, weekday 2} spanning both.
#pragma once
#include <string_view>
#include <vector>

#include "extract/dates/date_lexer.h"
#include "extract/dates/time_value.h"

namespace loupe::dates {

constexpr int kMaxWindow = 48;

enum class ElemKind : unsigned char { kLex, kNum, kOrd, kTime, kInterval, kDuration, kPunct };

using ItemTest = bool (*)(const Item&);

struct Elem {
  ElemKind kind;
  Lx cls = Lx::kFiller;     // kLex
  std::string_view punct;   // kPunct: alternatives separated by '|'
  ItemTest test = nullptr;  // an extra condition on the item
  bool optional = false;
  bool glued = false;  // no whitespace before it
};

struct RuleMatch {
  const std::vector<Tok>* toks;
  std::vector<const Item*> items;  // one per element, null for a skipped optional one
  int lex_a(std::size_t i) const { return items[i] && items[i]->lex ? items[i]->lex->a : 0; }
};

// Fills `out` (span already set) from the matched items; false rejects the match.
using RuleBuild = bool (*)(const RuleMatch& m, Item& out);

struct Rule {
  std::string_view name;
  std::vector<Elem> elems;
  RuleBuild build;
  int prio = 0;
};

// Element helpers for rule tables.
Elem lx(Lx cls, ItemTest test = nullptr);
Elem num(ItemTest test = nullptr);
Elem ord(ItemTest test = nullptr);
Elem tm(ItemTest test = nullptr);
Elem iv(ItemTest test = nullptr);
Elem du(ItemTest test = nullptr);
Elem pc(std::string_view alternatives);
Elem opt(Elem e);
Elem glued(Elem e);

void add_number_rules(std::vector<Rule>& rules);
void add_date_rules(std::vector<Rule>& rules);
void add_clock_rules(std::vector<Rule>& rules);
void add_combination_rules(std::vector<Rule>& rules);

class Grammar {
 public:
  Grammar();
  // Every item the rules build over toks[b, e) (a window), leaves included; nothing when no
  // rule can start on its leaves (then no item of it can be a mention).
  void parse(const std::vector<Tok>& toks, int b, int e, std::vector<Item>& items) const;
  // Whether a token can be part of a date (windows are runs of such tokens).
  static bool temporal_token(const Tok& t);

 private:
  // Item codes (grammar.cc) a rule's elements take: all of them, the non-optional ones.
  struct RuleCodes {
    unsigned long long takes = 0, needs = 0;
    std::size_t elem_bits_at = 0;  // its elements' codes in elem_bits_
    int rule = 0;
  };
  // Whether some rule can match items of the codes in `present` (one bit per code).
  bool can_fire(unsigned long long present) const;

  std::vector<Rule> rules_;
  std::vector<RuleCodes> needs_nothing_;               // rules of optional elements only
  std::vector<unsigned long long> needs_by_code_[64];  // distinct needs of rules needing a code
  std::vector<unsigned long long> elem_bits_;
  std::vector<RuleCodes> by_first_code_[64];  // rules whose first element takes that code
  std::vector<RuleCodes> any_first_;          // rules whose first element is optional
};

}  // namespace loupe::dates
