// Numbers that are figures, no times: versions and addresses ("2.10.3"), columns of tables
// ("17.60 16.77", results lists, weather tables). The clock rules (grammar_rules_clock.cc) ask
// these before reading a number as a time of day.
#include "extract/dates/grammar_util.h"

namespace loupe::dates {
namespace {

bool number_at(const std::vector<Tok>& toks, int i) {
  return i >= 0 && i < static_cast<int>(toks.size()) && toks[i].type == TokenType::kNumber;
}

bool has_class(const Tok& t, Lx cls) {
  for (const LexHit& h : t.hits) {
    if (h.entry->cls == cls) return true;
  }
  return false;
}

// Whether tokens i, i+1, i+2 are a dotted number ("12.71") with a spaced figure beside it: a
// column of a table ("17.60 16.77", "12.92 5. Dionne Rose").
bool figure_in_table(const std::vector<Tok>& toks, int i) {
  const int n = static_cast<int>(toks.size());
  if (!number_at(toks, i) || i + 2 >= n || toks[i + 1].norm != "." || toks[i + 1].space_before ||
      toks[i + 2].space_before || toks[i + 2].type != TokenType::kNumber) {
    return false;
  }
  return (i > 0 && toks[i].space_before && number_at(toks, i - 1)) ||
         (i + 3 < n && toks[i + 3].space_before && number_at(toks, i + 3));
}

// A spaced number in figures (not a Hangul numeral).
bool spaced_figure(const std::vector<Tok>& toks, int i) {
  return number_at(toks, i) && toks[i].space_before && !toks[i].hangul;
}

}  // namespace

bool dotted_chain(const std::vector<Tok>& toks, int b, int e) {
  const bool before = b >= 2 && toks[b - 1].norm == "." && !toks[b - 1].space_before &&
                      !toks[b].space_before && number_at(toks, b - 2);
  const bool after = e + 1 < static_cast<int>(toks.size()) && toks[e].norm == "." &&
                     !toks[e].space_before && !toks[e + 1].space_before && number_at(toks, e + 1);
  return before || after;
}

bool dotted_figure(const std::vector<Tok>& toks, int b, int e, bool after_at) {
  if (figure_in_table(toks, b)) return true;
  if (after_at) return false;  // "at 15.30": a time whatever is near
  const int n = static_cast<int>(toks.size());
  // "13.26 seconds": a length ("15.30 horas" is a time: that word is also a clock's).
  if (e < n && toks[e].space_before && !toks[e].para_before && !has_class(toks[e], Lx::kOClock)) {
    for (const LexHit& h : toks[e].hits) {
      if (h.entry->cls == Lx::kUnit && h.entry->a <= g::kHour) return true;
    }
  }
  // A results list ends a column with "(Jamaica) 13.17 Women's 1,500 metres": a table's
  // figure near it, in the same paragraph, makes this one a figure too.
  constexpr int kNear = 16;
  for (int i = b - 1; i >= 0 && b - i <= kNear && !toks[i + 1].para_before; --i) {
    if (figure_in_table(toks, i)) return true;
  }
  for (int i = e; i < n && i - e <= kNear && !toks[i].para_before; ++i) {
    if (figure_in_table(toks, i)) return true;
  }
  return false;
}

bool before_rank(const std::vector<Tok>& toks, int e) {
  const int n = static_cast<int>(toks.size());
  return e + 2 < n && spaced_figure(toks, e) && toks[e].digits <= 3 && !toks[e].para_before &&
         toks[e + 1].norm == "." && !toks[e + 1].space_before && toks[e + 2].space_before &&
         toks[e + 2].type == TokenType::kWord && toks[e + 2].capitalized;
}

bool hour_in_figure_run(const std::vector<Tok>& toks, int at, int hour) {
  if (!spaced_figure(toks, hour + 1)) return false;
  // "at 12 15" is a time; "Palmas Las 24 18 Cádiz", "Cáceres 28 13 Palmas Las 24" are not.
  const Tok& next = toks[hour + 1];
  bool run = toks[hour].number == 24 || next.digits != 2 || next.number > 59 ||
             spaced_figure(toks, hour + 2);
  for (int i = at - 1; i >= 0 && i >= at - 3; --i) run |= spaced_figure(toks, i);
  return run;
}

}  // namespace loupe::dates
