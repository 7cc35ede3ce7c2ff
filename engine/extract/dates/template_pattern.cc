#include "extract/dates/template_pattern.h"

#include <algorithm>
#include <optional>

#include "extract/dates/text_scanner.h"

namespace loupe::dates {
namespace {

std::optional<Elem> parse_elem(std::string_view s);

}  // namespace

bool is_one_of(std::string_view s, std::span<const std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

int roman_value(std::string_view w) {
  std::string latin;
  for (std::size_t i = 0; i < w.size();) {
    if (w.compare(i, 2, "х") == 0) latin += 'x', i += 2;
    else if (w.compare(i, 2, "і") == 0) latin += 'i', i += 2;
    else if (w[i] == 'x' || w[i] == 'v' || w[i] == 'i') latin += w[i++];
    else return -1;
  }
  static constexpr std::string_view kRomans[] = {
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
      "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi"};
  for (int k = 0; k < 21; ++k) {
    if (latin == kRomans[k]) return k + 1;
  }
  return -1;
}

const LexEntry* first_of(const std::vector<const LexEntry*>* list, WordClass cls) {
  if (!list) return nullptr;
  for (const LexEntry* w : *list) {
    if (w->cls == cls) return w;
  }
  return nullptr;
}

// Parses "{day}+[{ord}] [of] {mname} [,] {year}" into its elements. "+" glues two elements
// (no whitespace between), "[...]" is an optional group, "^" marks a context element.
bool parse_pattern(std::string_view p, std::vector<Elem>& out, int& groups) {
  int group = -1;
  groups = 0;
  std::size_t i = 0;
  while (i < p.size()) {
    if (p[i] == ' ') { ++i; continue; }
    std::size_t j = i;
    while (j < p.size() && p[j] != ' ') ++j;
    std::string_view chunk = p.substr(i, j - i);
    i = j;
    bool first = true;
    while (!chunk.empty()) {
      std::size_t plus = chunk.find('+', 1);
      std::string_view piece = chunk.substr(0, plus);
      chunk = plus == std::string_view::npos ? std::string_view() : chunk.substr(plus + 1);
      if (piece.size() > 1 && piece.front() == '[') {
        if (group >= 0) return false;  // no nesting
        group = groups++;
        piece.remove_prefix(1);
      }
      bool close = false;
      if (piece.size() > 1 && piece.back() == ']') close = true, piece.remove_suffix(1);
      auto e = parse_elem(piece);
      if (!e) return false;
      e->glued = !first;
      e->group = group;
      out.push_back(std::move(*e));
      if (close) {
        if (group < 0) return false;
        group = -1;
      }
      first = false;
    }
  }
  return group < 0 && !out.empty() && groups <= 8;
}


namespace {

std::optional<Elem> parse_elem(std::string_view s) {
  Elem e;
  if (!s.empty() && s[0] == '^') e.context = true, s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  if (s.front() == '{' && s.back() == '}') {
    const std::string_view name = s.substr(1, s.size() - 2);
    struct Named { std::string_view name; ElemType type; WordClass cls; Slot slot; };
    static constexpr Named kNames[] = {
        {"year", ElemType::kYear, WordClass::kMonth, Slot::kNone},
        {"ryear", ElemType::kRYear, WordClass::kMonth, Slot::kNone},
        {"year2", ElemType::kYear2, WordClass::kMonth, Slot::kNone},
        {"yy", ElemType::kYY, WordClass::kMonth, Slot::kNone},
        {"mnum", ElemType::kMNum, WordClass::kMonth, Slot::kNone},
        {"mnum2", ElemType::kMNum2, WordClass::kMonth, Slot::kNone},
        {"day", ElemType::kDay, WordClass::kMonth, Slot::kNone},
        {"day2", ElemType::kDay2, WordClass::kMonth, Slot::kNone},
        {"dd", ElemType::kDD, WordClass::kMonth, Slot::kNone},
        {"ago", ElemType::kClass, WordClass::kAgo, Slot::kAgo},
        {"durunit", ElemType::kClass, WordClass::kDurUnit, Slot::kUnit},
        {"counter", ElemType::kClass, WordClass::kCounter, Slot::kUnit},
        {"count", ElemType::kCount, WordClass::kNumber, Slot::kCount},
        {"dash", ElemType::kDash, WordClass::kMonth, Slot::kNone},
        {"apos", ElemType::kApos, WordClass::kMonth, Slot::kNone},
        {"roman", ElemType::kRoman, WordClass::kMonth, Slot::kNone},
        {"cent", ElemType::kCentNum, WordClass::kMonth, Slot::kNone},
        {"mname", ElemType::kClass, WordClass::kMonth, Slot::kMonth},
        {"mname2", ElemType::kClass, WordClass::kMonth, Slot::kMonth2},
        {"part", ElemType::kClass, WordClass::kPart, Slot::kPart},
        {"rel", ElemType::kClass, WordClass::kRel, Slot::kRel},
        {"unit", ElemType::kClass, WordClass::kUnit, Slot::kUnit},
        {"deictic", ElemType::kClass, WordClass::kDeictic, Slot::kDeictic},
        {"countunit", ElemType::kClass, WordClass::kCountUnit, Slot::kCountUnit},
        {"ord", ElemType::kClass, WordClass::kOrdSuffix, Slot::kNone},
        {"weekday", ElemType::kClass, WordClass::kWeekday, Slot::kWeekday},
    };
    for (const Named& n : kNames) {
      if (n.name == name) {
        e.type = n.type, e.cls = n.cls, e.slot = n.slot;
        return e;
      }
    }
    return std::nullopt;
  }
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    if (bar == start) return std::nullopt;
    e.literals.push_back(fold_word(s.substr(start, bar - start)));
    start = bar + 1;
  }
  return e;
}

}  // namespace

}  // namespace loupe::dates
