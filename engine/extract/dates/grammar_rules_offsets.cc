// Durations and what is counted from them: offsets ("3 days ago", "через неделю", "2시간 후"),
// "within N", "last/next N units", "two upcoming weeks", "three Fridays from now". Shared by
// every language; the words are data.
#include <string_view>

#include "extract/dates/grammar_util.h"
#include "extract/dates/tense.h"

namespace loupe::dates {
namespace {

bool positive(const Item& it) { return it.num > 0 && it.digits >= 0; }
bool unit_word(const Item& it) { return it.lex->b != 2; }
bool single_unit(const Item& it) { return it.lex->b != 2 && it.lex->c > 0; }
bool postfix(const Item& it) { return it.lex->b == 1; }
bool prefix(const Item& it) { return it.lex->b != 1; }
bool rel_dir(const Item& it) { return it.lex->a == 1 || it.lex->a == -1; }
bool weekday_only(const Item& it) {
  return set(it.t.weekday) && !set(it.t.day) && !set(it.t.month) && it.t.rel_grain == Grain::kNone;
}

Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

bool duration(const RuleMatch& m, Item& out) {
  out.type = ItemType::kDuration;
  const Item* n = m.items[0];
  const Item* unit = m.items[1];
  // A comma never stands between a count and its unit: "en 1972, año en que" is a year.
  for (int k = n->e; k < unit->b; ++k) {
    if ((*m.toks)[k].type == TokenType::kPunct) return false;
  }
  // A mark after a year is a closing quote: "en 2015\"" (minutes and seconds marks: "3'20\"").
  if ((*m.toks)[unit->b].type == TokenType::kPunct && n->digits > 2) return false;
  out.dur.n = n->num;
  out.dur.unit = static_cast<Grain>(unit->lex->a);
  if (m.items.size() > 2 && m.items[2]) out.dur.n += m.items[2]->lex->a / 60.0;
  // A year in figures glued to its counter is a year, not a count: "지난 2005년", "2008년 이후".
  if (unit->lex->b == 1 && out.dur.unit == Grain::kYear && n->digits == 4 && n->num >= 1000 &&
      n->num <= 2999)
    return false;
  return out.dur.unit != Grain::kNone && unit->lex->b != 2 && unit->lex->d != 2;
}

bool duration_word(const RuleMatch& m, Item& out) {  // "неделю", "하루"
  out.type = ItemType::kDuration;
  out.dur.n = m.items[0]->lex->c;
  out.dur.unit = static_cast<Grain>(m.items[0]->lex->a);
  return true;
}

bool marked_duration(const RuleMatch& m, Item& out) {
  out = m.items[0]->type == ItemType::kDuration ? *m.items[0] : *m.items[1];
  out.marked = true;
  return true;
}

// Korean particles that end a noun standing apart from what follows ("그는 3일 전에").
bool ends_with_particle(std::string_view w) {
  for (std::string_view p : {"은", "는", "이", "가", "을", "를", "에", "의", "도", "와",
                             "과", "로", "서", "만", "께", "다", "고", "며", "면", "나"}) {
    if (w.size() > p.size() && w.substr(w.size() - p.size()) == p) return true;
  }
  return false;
}

// The duration of an offset is no date when it is the end of a range of amounts ("1~2시간 안에",
// "1-2 hours later"), or when a Korean noun right before it is what it counts from ("경기 종료
// 2초 전", "선거 이틀 전": before the end, the election, not before now).
bool offset_of_something_else(const RuleMatch& m, const Item& d, bool post) {
  const std::vector<Tok>& toks = *m.toks;
  const int b = d.b;
  if (b >= 2 && !toks[b].space_before && !toks[b - 1].space_before &&
      toks[b - 2].type == TokenType::kNumber &&
      (toks[b - 1].norm == "~" || toks[b - 1].norm == "-" || toks[b - 1].norm == "–")) {
    return true;
  }
  if (!post || b < 1 || toks[b].lang != kKo) return false;
  const Tok& before = toks[b - 1];
  return before.hangul && before.run_end && before.hits.empty() &&
         before.type == TokenType::kWord && !ends_with_particle(before.norm);
}

// "за два дня до выборов", "за день до того", "через два дня после назначения": counted from
// what follows, not from now.
bool before_follows(const RuleMatch& m, int e) {
  const std::vector<Tok>& toks = *m.toks;
  if (e >= static_cast<int>(toks.size())) return false;
  for (const LexHit& h : toks[e].hits) {
    if ((h.entry->cls == Lx::kBefore || h.entry->cls == Lx::kAfter) && h.entry->b == 0) return true;
  }
  return false;
}

// "in two years", "через два года" in a past sentence ("output grew tenfold in two years",
// "через два года он вернулся") count from the story's time, which the text does not give, not
// from the reference: a length then, no date.
// So do "three minutes later", "dos años después" there (kShiftPost, c = 1); "from now" names
// the reference.
bool forward_in_past(const RuleMatch& m, const Item& word) {
  const bool story = word.lex->cls == Lx::kShiftPre || word.lex->c == 1;
  return story && word.lex->a > 0 && TenseMap(*m.toks).at(word.b) < 0;
}

bool shift(const RuleMatch& m, Item& out) {
  const bool pre = m.items[0]->type == ItemType::kLex;
  const Item* d = pre ? m.items[1] : m.items[0];
  const Item* w = pre ? m.items[0] : m.items[1];
  if (offset_of_something_else(m, *d, !pre)) return false;
  if (pre && before_follows(m, d->e)) return false;
  if (d->marked) return false;  // "55년 만인 다음 달": a length said as such is no offset
  if (forward_in_past(m, *w)) {
    out.type = ItemType::kDuration;
    out.dur = d->dur;
    return true;
  }
  time(out).t.shift_unit = d->dur.unit;
  out.t.shift_n = d->dur.n * w->lex->a;
  return true;
}

bool shift_one(const RuleMatch& m, Item& out) {  // "через неделю", "неделю назад"
  const bool pre = m.items[0]->lex->cls == Lx::kShiftPre;
  const Item* unit = pre ? m.items[1] : m.items[0];
  const Item* w = pre ? m.items[0] : m.items[1];
  if (unit->lex->b == 2 || unit->lex->e == 1) return false;  // "weeks ago": how many?
  if (unit->lex->b == 1) return false;  // a Korean counter needs its number: "주전" is a starter
  if (w->lex->b == 1) return false;     // English "in" needs a count: "in a week", not "in week"
  if (offset_of_something_else(m, *unit, !pre)) return false;
  // Both words of one language: Ukrainian "за" and Russian "час" (hour) make no "за час",
  // which in Ukrainian means "during the time".
  if (lexicon_of(unit->lex) != lexicon_of(w->lex)) return false;
  // A Russian unit in a Ukrainian paragraph is another word: "повернув час назад" (time back).
  const LanguageLexicon* ul = lexicon_of(unit->lex);
  if (ul && ul->code == "ru" && (*m.toks)[unit->b].lang == kUk) return false;
  if (pre && before_follows(m, unit->e)) return false;
  if (forward_in_past(m, *w)) {
    out.type = ItemType::kDuration;
    out.dur = {1, static_cast<Grain>(unit->lex->a)};
    return true;
  }
  time(out).t.shift_unit = static_cast<Grain>(unit->lex->a);
  out.t.shift_n = w->lex->a;
  return true;
}

bool within(const RuleMatch& m, Item& out) {
  out.type = ItemType::kInterval;
  out.from_ref = true;
  out.t2.shift_unit = m.items[1]->dur.unit;
  out.t2.shift_n = m.items[1]->dur.n;
  out.t2.part = -1;  // marks "the end of the shifted unit" for the resolver
  return true;
}

// "last 2 days", "следующие 3 недели", "proximas 3 horas", "3 semanas que vienen"
bool last_next_n(const RuleMatch& m, Item& out) {
  const Item* d = nullptr;
  const Item* w = nullptr;
  for (const Item* it : m.items) {
    if (!it) continue;
    if (it->type == ItemType::kDuration) d = it;
    if (it->type == ItemType::kLex) w = it;
  }
  if (!d || !w || d->dur.n < 1 || d->dur.n != static_cast<int>(d->dur.n)) return false;
  const int sign = w->lex->a > 0 ? 1 : -1;
  const int n = static_cast<int>(d->dur.n);
  if (w->lex->b == 1) {  // "upcoming two weeks": the second week from now (Duckling)
    time(out).t.rel_grain = d->dur.unit;
    out.t.rel_offset = n;
    return d->dur.unit >= Grain::kDay;
  }
  out.type = ItemType::kInterval;
  out.t.rel_grain = out.t2.rel_grain = d->dur.unit;
  out.t.rel_offset = sign > 0 ? 1 : -n;
  out.t2.rel_offset = sign > 0 ? n : -1;
  return d->dur.unit != Grain::kNone;
}

bool count_upcoming(const RuleMatch& m, Item& out) {  // "two upcoming weeks"
  if (m.items[1]->lex->b != 1 || m.items[0]->num < 1) return false;
  time(out).t.rel_grain = static_cast<Grain>(m.items[2]->lex->a);
  out.t.rel_offset = ival(m.items[0]);
  return out.t.rel_grain >= Grain::kDay && m.items[2]->lex->b == 0;
}

// "three Fridays from now", "2 Mondays ago": the n-th such weekday after/before the reference.
bool count_weekdays(const RuleMatch& m, Item& out) {
  const int n = ival(m.items[0]);
  if (!whole(*m.items[0]) || n < 1 || n > 52 || m.items[1]->t.dir != 0) return false;
  time(out).t.weekday = m.items[1]->t.weekday;
  out.t.dir = n * (m.items[2]->lex->a < 0 ? -1 : 1);
  return true;
}

}  // namespace

void add_offset_rules(std::vector<Rule>& r) {
  r.push_back(
      {"duration", {num(positive), lx(Lx::kUnit, unit_word), opt(lx(Lx::kMinuteWord))}, duration});
  r.push_back({"duration word", {lx(Lx::kUnit, single_unit)}, duration_word});
  r.push_back({"for duration", {lx(Lx::kFor, prefix), du()}, marked_duration});
  r.push_back({"duration for", {du(), lx(Lx::kFor, postfix)}, marked_duration});
  r.push_back({"shift pre", {lx(Lx::kShiftPre), du()}, shift, 1});
  r.push_back({"shift post", {du(), lx(Lx::kShiftPost)}, shift, 1});
  r.push_back({"shift one pre", {lx(Lx::kShiftPre), lx(Lx::kUnit)}, shift_one});
  r.push_back({"shift one post", {lx(Lx::kUnit), lx(Lx::kShiftPost)}, shift_one});
  r.push_back({"within", {lx(Lx::kWithin), du()}, within});
  r.push_back({"last n", {lx(Lx::kRel, rel_dir), du()}, last_next_n});
  r.push_back({"last n word", {lx(Lx::kLastN), du()}, last_next_n});
  r.push_back({"n last", {du(), lx(Lx::kLastN)}, last_next_n});
  r.push_back({"n relpost", {du(), lx(Lx::kRelPost)}, last_next_n});
  r.push_back({"count upcoming", {num(), lx(Lx::kRel), lx(Lx::kUnit)}, count_upcoming});
  r.push_back({"count next units",
               {num(positive), lx(Lx::kLastN), lx(Lx::kUnit, unit_word)},
               [](const RuleMatch& m, Item& out) {  // "3 próximas semanas"
                 Item d;
                 d.type = ItemType::kDuration;
                 d.dur = {m.items[0]->num, static_cast<Grain>(m.items[2]->lex->a)};
                 RuleMatch inner{m.toks, {m.items[1], &d}};
                 return last_next_n(inner, out);
               }});
  r.push_back({"count rel units",
               {num(positive), lx(Lx::kRel, rel_dir), lx(Lx::kUnit, unit_word)},
               [](const RuleMatch& m, Item& out) {
                 if (m.items[1]->lex->b == 1) return false;
                 Item d;
                 d.type = ItemType::kDuration;
                 d.dur = {m.items[0]->num, static_cast<Grain>(m.items[2]->lex->a)};
                 RuleMatch inner{m.toks, {m.items[1], &d}};
                 return last_next_n(inner, out);
               }});
  r.push_back(
      {"count weekdays", {num(positive), tm(weekday_only), lx(Lx::kShiftPost)}, count_weekdays, 1});
}

}  // namespace loupe::dates
