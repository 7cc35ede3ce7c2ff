// Korean counters said once for a list or a range: "8∼10월", "30, 31일", "12∼13일", "60∼70년대"
// (and "60-70-е годы"). The start is a bare number that takes the end's counter.
#include "extract/dates/grammar_util.h"

namespace loupe::dates {
namespace {
bool month_alone(const Item& it) { return month_only(it.t) && it.t.dir == 0; }
}  // namespace

// "8∼10월": a Korean month counter said once for both ends (the start is a bare number).
bool months_range(const RuleMatch& m, Item& out) {
  const Item* end = m.items.back();
  if (!(*m.toks)[end->e - 1].hangul || !month_alone(*end)) return false;
  Item start;
  start.type = ItemType::kTime;
  start.t.month = ival(m.items[0]);
  return make_interval(&start, end, out);
}

// "30, 31일", "지난해 6, 7월": two days or months in a row before one Korean counter.
bool counter_list(const RuleMatch& m, Item& out) {
  const Item* end = m.items.back();
  if (!(*m.toks)[end->e - 1].hangul || end->type != ItemType::kTime) return false;
  const TimeSpec& e = end->t;
  const int v = ival(m.items[0]);
  Item start;  // the number with the end's counter
  start.type = ItemType::kTime;
  if (month_alone(*end) && e.month == v + 1)
    start.t.month = v;
  else if (set(e.day) && e.day == v + 1 && !set(e.month) && !set(e.year) && !set(e.hour))
    start.t.day = v;
  else
    return false;
  return make_interval(&start, end, out);
}

// "12∼13일", "5-9일": days before one Korean counter of the end's.
bool counter_days_range(const RuleMatch& m, Item& out) {
  const Item* end = m.items.back();
  if (!(*m.toks)[end->e - 1].hangul || end->type != ItemType::kTime) return false;
  const TimeSpec& e = end->t;
  const int v = ival(m.items[0]);
  if (!set(e.day) || set(e.month) || set(e.year) || set(e.hour) || e.rel_grain != Grain::kNone ||
      v >= e.day) {
    return false;
  }
  Item start;
  start.type = ItemType::kTime;
  start.t.day = v;
  return make_interval(&start, end, out);
}

// "60∼70년대", "60-70-е годы": a decade word said once for both ends.
bool decades_range(const RuleMatch& m, Item& out) {
  const Item *n = m.items[0], *end = m.items.back();
  const int v = static_cast<int>(n->num);
  if (v % 10 != 0 || (n->digits != 2 && n->digits != 4) || !set(end->t.decade)) return false;
  Item start;
  start.type = ItemType::kTime, start.t.decade = n->digits == 2 ? 1900 + v : v;
  return start.t.decade < end->t.decade && make_interval(&start, end, out);
}

}  // namespace loupe::dates
