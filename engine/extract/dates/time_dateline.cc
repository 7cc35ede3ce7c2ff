#include "extract/dates/time_dateline.h"

#include <cstdio>

#include "core/utf8.h"
#include "extract/dates/civil_time.h"

namespace loupe::dates {
namespace {

// A dateline is the document's first line or one of its first (a byline before it).
constexpr std::size_t kDatelineWindow = 400;
// What may precede the date on its line: a place, perhaps a region in brackets.
constexpr std::size_t kPlaceMax = 80;

bool day_and_month_alone(const Item& it) {
  if (it.type != ItemType::kTime) return false;
  const TimeSpec& t = it.t;
  return set(t.month) && set(t.day) && !set(t.year) && !set(t.hour) && !set(t.weekday) &&
         t.rel_grain == Grain::kNone && t.shift_unit == Grain::kNone && !t.part && !t.nth &&
         !t.holiday && t.dir == 0;
}

bool lower(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x430 && c <= 0x45F) || c == 0x491;
}

// The line before the date is a place ("Calahorra (La Rioja),", "MOSCOW", a byline "Por
// Cristina Heusel Madrid,"): short, every word capitalized but short particles ("del", "on"),
// codes ("is2305001955") and words in brackets ("(Con fotografía)"), ending in a comma or
// written in capitals. Not a clause ("The company said, 23 May").
bool after_place(std::string_view text, std::size_t begin) {
  std::size_t line = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  if (begin <= line || begin - line > kPlaceMax) return false;
  std::string_view before = text.substr(line, begin - line);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t'))
    before.remove_suffix(1);
  if (before.empty()) return false;
  bool any_lower = false, word_lower = false, word_digit = false, word_bracketed = false;
  bool start = true;
  int brackets = 0;
  std::size_t word_bytes = 0;
  for (std::size_t i = 0; i <= before.size();) {
    if (i == before.size() || before[i] == ' ') {  // a word ends
      if (word_lower && word_bytes > 3 && !word_digit && !word_bracketed) return false;
      start = true, word_bytes = 0, word_lower = word_digit = word_bracketed = false;
      ++i;
      continue;
    }
    const auto d = core::decode_utf8(before, i);
    brackets += d.code_point == '(' ? 1 : d.code_point == ')' ? -1 : 0;
    word_bracketed |= brackets > 0 || d.code_point == ')';
    if (start && d.code_point != '(') word_lower = lower(d.code_point), start = false;
    word_digit |= d.code_point >= '0' && d.code_point <= '9';
    any_lower |= lower(d.code_point) && !word_bracketed;
    word_bytes += d.length;
    i += d.length;
  }
  return before.back() == ',' || !any_lower;
}

}  // namespace

std::optional<YearlessDateline> yearless_dateline(std::string_view text,
                                                  const std::vector<FoundItem>& found,
                                                  const Reference& caller) {
  for (const FoundItem& f : found) {
    if (f.bytes.begin_byte >= kDatelineWindow) break;
    if (!day_and_month_alone(f.item)) continue;
    if (!after_place(text, f.bytes.begin_byte)) return std::nullopt;  // the first date decides
    const TimeSpec& t = f.item.t;
    const CivilDate& c = caller.moment.date;
    const bool after = t.month > c.month || (t.month == c.month && t.day > c.day);
    const int year = after ? c.year - 1 : c.year;
    if (t.day > days_in_month(year, t.month)) return std::nullopt;  // 29 February
    char day[16];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", year, t.month, t.day);
    return YearlessDateline{day, f.bytes};
  }
  return std::nullopt;
}

}  // namespace loupe::dates
