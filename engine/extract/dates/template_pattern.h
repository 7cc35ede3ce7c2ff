// TemplatePattern: the compiled form of a template string of date_rules.h ("{day} {mname}
// [,] {year}"): a list of elements, each testing one token. Syntax in README.md.
// E.g. parse_pattern("{year}+년 [{mnum}+월]", elems, groups) -> 3 elements, 1 optional group.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates/date_rules.h"

namespace loupe::dates {

enum class ElemType { kLiteral, kYear, kRYear, kYear2, kYY, kMNum, kMNum2, kDay, kDay2, kDD, kCount, kClass,
                      kDash, kApos, kRoman, kCentNum };
enum class Slot { kNone, kWeekday, kAgo, kMonth, kMonth2, kPart, kRel, kUnit, kDeictic, kCountUnit, kCount };

struct Elem {
  ElemType type = ElemType::kLiteral;
  std::vector<std::string> literals;  // kLiteral alternatives, folded
  WordClass cls = WordClass::kMonth;  // kClass
  Slot slot = Slot::kNone;
  bool glued = false;    // no whitespace allowed before it
  bool context = false;  // must match, but is not part of the surface ("in" of "in 2014")
  int group = -1;        // optional group it belongs to
};

struct Compiled {
  std::vector<Elem> elems;
  DateKind kind;
  float confidence;
  std::string_view lang;
  bool numeric_only;  // no word in it: applies only in paragraphs of its own language
};

inline constexpr std::string_view kDashes[] = {"-", "–", "—", "~", "〜", "～", "‐", "‑", "−"};
inline constexpr std::string_view kApostrophes[] = {"'", "’", "‘", "`"};

bool is_one_of(std::string_view s, std::span<const std::string_view> set);
// Roman numerals I..XXI in Latin letters or their Cyrillic look-alikes (х, і), folded; else -1.
int roman_value(std::string_view w);
// The first entry of `list` in class `cls`, or null.
const LexEntry* first_of(const std::vector<const LexEntry*>* list, WordClass cls);
// Parses a pattern into its elements; false if malformed (nested groups, unknown {name}, ...).
bool parse_pattern(std::string_view p, std::vector<Elem>& out, int& groups);

}  // namespace loupe::dates
