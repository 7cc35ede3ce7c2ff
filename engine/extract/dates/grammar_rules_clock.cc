// Times of day: "15:30", "3:20 p.m.", "at 7", "a las tres y media", "오후 3시 30분", "tonight".
#include "extract/dates/grammar_leaves.h"
#include "extract/dates/grammar_util.h"

namespace loupe::dates {

bool noun_in_prose(const RuleMatch& m);  // grammar_rules_dates.cc

bool after_reference_word(const std::vector<Tok>& toks, int b, bool clock);  // rules_dates

namespace {

bool hour24(const Item& it) { return whole(it) && it.digits <= 2 && it.num <= 24; }
bool hour12(const Item& it) { return whole(it) && it.digits <= 2 && it.num >= 1 && it.num <= 12; }
bool minute2(const Item& it) { return whole(it) && it.digits == 2 && it.num <= 59; }
bool hhmm(const Item& it) {
  const int v = static_cast<int>(it.num);
  return whole(it) && (it.digits == 3 || it.digits == 4) && v / 100 <= 23 && v % 100 <= 59;
}
bool minutes(const Item& it) { return whole(it) && it.num >= 1 && it.num <= 59; }
bool minute_word(const Item& it) { return it.digits == 0 && it.num >= 10 && it.num <= 59; }
bool clock(const Item& it) { return clock_only(it.t) && !it.t.ampm; }
bool hour_only(const Item& it) { return clock_only(it.t) && !set(it.t.minute); }
bool pod_only(const Item& it) { return it.t.pod_begin >= 0 && !set(it.t.hour) && !has_date(it.t); }
bool with_pod(const Item& it) { return it.t.pod_begin >= 0 && !set(it.t.hour); }
bool zero(const Item& it) { return it.num == 0 && it.digits <= 1 && !it.has_frac; }
bool digit(const Item& it) { return whole(it) && it.digits <= 1 && it.num <= 9; }
bool prefix_ampm(const Item& it) { return it.lex->b == 1; }
bool postfix_ampm(const Item& it) { return it.lex->b != 1; }
bool counter(const Item& it) { return it.lex->b == 1; }
bool after_hour(const Item& it) { return it.lex->b == 1; }   // "tres y media", "doce menos cinco"
bool before_hour(const Item& it) { return it.lex->b != 1; }  // "20 past 3", "a quarter to noon"

Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

void set_hour(Item& out, int h) {
  time(out).t.hour = h == 24 ? 0 : h;
  out.t.hour12 = h >= 1 && h <= 12;
}

// Whether token i can be read as `cls` (one of its lexicon meanings).
bool token_is(const std::vector<Tok>& toks, int i, Lx cls) {
  if (i < 0 || i >= static_cast<int>(toks.size())) return false;
  for (const LexHit& h : toks[i].hits) {
    if (h.entry->cls == cls) return true;
  }
  return false;
}

bool hh_mm(const RuleMatch& m, Item& out) {
  const std::vector<Tok>& toks = *m.toks;
  const bool dotted = toks[m.items[1]->b].norm == ".";
  if (dotted && (dotted_chain(toks, m.items[0]->b, m.items[2]->e) ||
                 after_reference_word(toks, m.items[0]->b, true))) {
    return false;
  }
  // English writes "3.30" for a time only with "at" or am/pm ("Python 3.11" is a version, "a
  // 2.50 rate" a number): alone it is a part that "3.30 pm" can use. "15.30" is a time.
  const int b = m.items[0]->b;
  bool after_at = false;
  if (b > 0) {
    for (const LexHit& h : toks[b - 1].hits) after_at |= h.entry->cls == Lx::kAt;
  }
  out.partial = dotted && toks[b].lang == kEn && !after_at && ival(m.items[0]) <= 12;
  if (dotted && toks[b].lang == kKo) return false;  // Korean clocks: "5:04", "5시 4분"
  // "17.60 16.77 17.50": a table's figure, no time (figure_runs.cc).
  if (dotted && dotted_figure(toks, b, m.items[2]->e, after_at)) return false;
  int end = 0;
  for (const Item* it : m.items) end = it ? it->e : end;
  if (!after_at && before_rank(toks, end)) return false;  // "Rabobank 1:23 6. Ludwig 1:25"
  set_hour(out, ival(m.items[0]));
  out.t.minute = ival(m.items[2]);
  if (m.items.size() > 4 && m.items[4]) out.t.second = ival(m.items[4]);
  if (m.items.size() > 4 && (m.items[3] != nullptr) != (m.items[4] != nullptr)) return false;
  out.t.hour12 = false;  // "3:18" is written on the 24-hour clock
  return m.items.size() <= 4 || !m.items[4] || out.t.second <= 59;
}

// "16h", "15h30", "7 часов", "3시". A word that is also a length ("2 часа", "3 horas", "1-2
// години") reads as a time of day only after a word that introduces one ("в 2 часа", "a las 15
// horas", "с 9 до 11 часов"); alone it is a part that longer expressions may use.
bool hour_mark(const RuleMatch& m, Item& out) {
  // Ukrainian "год" (hours) in a Russian paragraph is "year": "на один год".
  const LanguageLexicon* l = lexicon_of(m.items[1]->lex);
  if (l && l->code == "uk" && (*m.toks)[m.items[1]->b].lang == kRu) return false;
  const std::vector<Tok>& toks = *m.toks;
  const int b = m.items[0]->b;
  // Korean counts hours in native numerals ("세시"): "일시", "이시" are words, no 1 or 2 o'clock.
  if (toks[b].hangul && !m.items[0]->lex) return false;
  set_hour(out, ival(m.items[0]));
  if (m.items.size() > 2 && m.items[2]) out.t.minute = ival(m.items[2]);
  if (token_is(toks, m.items[1]->b, Lx::kUnit) && !set(out.t.minute)) {
    bool introduced = false;
    for (Lx cls : {Lx::kAt, Lx::kPrep, Lx::kFrom, Lx::kUntil, Lx::kAfter, Lx::kBefore}) {
      introduced |= token_is(toks, b - 1, cls);
    }
    // Spanish "de", "a" make a range only with its other end ("de 9 a 11 horas"): "más de tres
    // horas", "a tres horas de Madrid" are lengths.
    if (introduced && b > 0 && !token_is(toks, b - 1, Lx::kAt) &&
        !token_is(toks, b - 1, Lx::kPrep) && !token_is(toks, b - 1, Lx::kAfter) &&
        !token_is(toks, b - 1, Lx::kBefore)) {
      bool opens = false;
      for (const LexHit& h : toks[b - 1].hits) {
        opens |= (h.entry->cls == Lx::kFrom || h.entry->cls == Lx::kUntil) && h.entry->b != 3;
      }
      introduced = opens;
    }
    out.partial = !introduced;
  }
  return true;
}

bool at_hour(const RuleMatch& m, Item& out) {
  const Item* n = m.items.back();
  if (n->lex && n->lex->b == 3) return false;
  const std::vector<Tok>& toks = *m.toks;
  if (static_cast<std::size_t>(n->e) < toks.size()) {  // "в 2 раза", "at 3 sites": no time
    const Tok& next = toks[n->e];
    if (plain_word(next)) return false;
    // "у чотири роки", "at 3 years": a length after the number, no hour.
    bool unit = false, clock = false;
    for (const LexHit& h : next.hits) {
      unit |= h.entry->cls == Lx::kUnit;
      clock |= h.entry->cls == Lx::kOClock || h.entry->cls == Lx::kAmPm ||
               h.entry->cls == Lx::kPartOfDay || h.entry->cls == Lx::kMinuteWord;
    }
    if (unit && !clock) return false;
    // "Cáceres 28 13 Palmas Las 24 18 Cádiz": a table's figure (figure_runs.cc).
    if (hour_in_figure_run(toks, m.items[0]->b, n->b)) return false;
    // "at 15-under", "at 3-pointers": a number glued to a word by a hyphen is no hour.
    if (next.norm == "-" && !next.space_before &&
        static_cast<std::size_t>(n->e) + 1 < toks.size() && !toks[n->e + 1].space_before &&
        toks[n->e + 1].type == TokenType::kWord) {
      return false;
    }
    if (next.norm == "%" || next.norm == "." || next.norm == ",") {
      if (static_cast<std::size_t>(n->e) + 1 < toks.size() && !toks[n->e + 1].space_before &&
          toks[n->e + 1].type == TokenType::kNumber) {
        return false;
      }
    }
  }
  if (n->digits >= 3) {
    set_hour(out, ival(n) / 100);
    out.t.minute = ival(n) % 100;
    return true;
  }
  set_hour(out, ival(n));
  return true;
}

// "a las 15,30", "sobre las 11,45 horas": after a word for "at" only, not before a noun.
bool at_hour_comma_minute(const RuleMatch& m, Item& out) {
  const std::vector<Tok>& toks = *m.toks;
  const int e = m.items.back()->e;
  if (e < static_cast<int>(toks.size()) && plain_word(toks[e])) return false;
  set_hour(out, ival(m.items[1]));
  out.t.minute = ival(m.items.back());
  return true;
}

bool at_hour_minute_words(const RuleMatch& m, Item& out) {  // "at three twenty"
  set_hour(out, ival(m.items[1]));
  out.t.minute = ival(m.items[2]);
  return true;
}

bool hour_ampm(const RuleMatch& m, Item& out) {
  const bool prefix = m.items[0]->type == ItemType::kLex;
  const Item* h = prefix ? m.items[1] : m.items[0];
  const LexEntry& ap = *(prefix ? m.items[0] : m.items[1])->lex;
  if (h->type == ItemType::kNum) {
    if (ap.c == 1 || ap.c == 2) return false;  // "3:20p", "3 часа дня" but not "3p", "3 дня"
    set_hour(out, ival(h));
    if (ival(h) > 12) return false;
  } else {
    const int ap_at = (prefix ? m.items[0] : m.items[1])->b;
    if (ap.c == 1 && (!set(h->t.minute) || (*m.toks)[ap_at].space_before)) return false;
    out = *h;
    out.type = ItemType::kTime;
    if (out.t.hour > 12) return false;
  }
  apply_pm(out.t, ap.a == 1);
  out.t.ampm = true;
  return true;
}

bool hour_word(const RuleMatch& m, Item& out) {
  time(out).t.hour = m.lex_a(0);
  out.t.ampm = true;
  return true;
}

bool pod(const RuleMatch& m, Item& out) {
  const LexEntry& e = *m.items[0]->lex;
  time(out).t.pod_begin = e.a;
  out.t.pod_end = e.b;
  if (e.d == 1) out.t.rel_grain = Grain::kDay, out.t.rel_offset = e.c;
  out.partial = noun_in_prose(m);  // "темрява ночі": grammar_rules_dates.cc
  return true;
}

// "20 past 3", "a quarter to noon", "tres y media", "doce menos cinco"
bool minutes_around(const RuleMatch& m, Item& out) {
  const bool hour_first = m.items[0]->type == ItemType::kTime;
  const Item* h = hour_first ? m.items[0] : m.items.back();
  const Item* mins = hour_first ? m.items.back() : m.items[0];
  const Item* rel = hour_first ? m.items[1] : m.items[m.items.size() - 2];
  const int n = mins->type == ItemType::kLex ? mins->lex->a : ival(mins);
  out = *h;
  out.type = ItemType::kTime;
  if (set(out.t.minute)) return false;
  if (rel->lex->cls == Lx::kPast) {
    out.t.minute = n;
  } else {
    out.t.hour = (out.t.hour + 23) % 24;
    out.t.minute = 60 - n;
    if (out.t.hour == 0 && out.t.hour12) out.t.hour = 12;
  }
  return n >= 1 && n <= 59;
}

bool hour_pod(const RuleMatch& m, Item& out) {  // "8 tonight", "9 tomorrow morning"
  // A noun form of the part of day right after a number in prose ("за два дня до") needs a
  // word that introduces a time before the number: "в 2 ночи", "nueve de la noche", not
  // "два дня".
  const int b = m.items[0]->b;
  if (m.items.back()->partial && m.items.size() == 3 && !m.items[1]) {
    bool at = false;
    if (b > 0) {
      for (const LexHit& h : (*m.toks)[b - 1].hits) at |= h.entry->cls == Lx::kAt;
    }
    if (!at) return false;
  }
  Item h;
  set_hour(h, ival(m.items[0]));
  time(out);
  return merge_times(h.t, m.items.back()->t, out.t);
}

bool rel_pod(const RuleMatch& m, Item& out) {  // "this morning"
  out = *m.items[1];
  if (out.t.rel_grain != Grain::kNone || m.items[0]->lex->a != 0) return false;
  out.t.rel_grain = Grain::kDay;
  out.t.rel_offset = 0;
  return true;
}

bool minutes_around_number(const RuleMatch& m, Item& out) {  // "a quarter past two"
  // The article is no hour: "the third quarter after a burst of growth".
  if (m.items.back()->lex && m.items.back()->lex->b == 3) return false;
  Item h;
  set_hour(h, ival(m.items.back()));
  RuleMatch inner{m.toks, {m.items[0], m.items[1], &h}};
  return minutes_around(inner, out);
}

bool half_hour(const RuleMatch& m, Item& out) {  // "세시 반"
  out = *m.items[0];
  out.type = ItemType::kTime;
  out.t.minute = m.items[1]->lex->a;
  return !set(m.items[0]->t.minute);
}

bool hour_minute_words_ampm(const RuleMatch& m, Item& out) {  // "ten thirty pm"
  set_hour(out, ival(m.items[0]));
  out.t.minute = ival(m.items[1]);
  apply_pm(out.t, m.items[2]->lex->a == 1);
  out.t.ampm = true;
  return m.items[0]->digits == 0 && m.items[2]->lex->c == 0;
}

bool hhmm_ampm(const RuleMatch& m, Item& out) {  // "1030 am"
  // A one-letter "a"/"p" is am/pm only glued ("9a", "3:20p"): "105, a rate", "783,000 a year".
  if (m.items[1]->lex->c == 1 && (*m.toks)[m.items[1]->b].space_before) return false;
  set_hour(out, ival(m.items[0]) / 100);
  out.t.minute = ival(m.items[0]) % 100;
  if (out.t.hour > 12) return false;
  apply_pm(out.t, m.items[1]->lex->a == 1);
  out.t.ampm = true;
  return true;
}

bool hour_zero_minute(const RuleMatch& m, Item& out) {  // "seis cero dos", "a las 6 0 2 pm"
  // In figures only after "a las" or before am/pm: "2 0 6" in a results table is goals and
  // points.
  const std::vector<Tok>& toks = *m.toks;
  const int b = m.items[0]->b, e = m.items[2]->e;
  if (toks[b].type == TokenType::kNumber && !token_is(toks, b - 1, Lx::kAt) &&
      !token_is(toks, e, Lx::kAmPm)) {
    return false;
  }
  set_hour(out, ival(m.items[0]));
  out.t.minute = ival(m.items[2]);
  return true;
}

bool hour_and_quarter_number(const RuleMatch& m, Item& out) {  // "5 y cuarto"
  Item h;
  set_hour(h, ival(m.items[0]));
  RuleMatch inner{m.toks, {&h, m.items[1], m.items[2]}};
  return minutes_around(inner, out);
}

// Clock times in figures: "15:30", "16h30", "3 o'clock", "at 9", "오후 3시", "3pm".
void add_figure_clock_rules(std::vector<Rule>& r) {
  r.push_back({"hh:mm",
               {num(hour24), glued(pc(":")), glued(num(minute2)), opt(glued(pc(":"))),
                opt(glued(num(minute2))), opt(glued(lx(Lx::kOClock)))},
               hh_mm});
  r.push_back({"hh.mm", {num(hour24), glued(pc(".")), glued(num(minute2))}, hh_mm, -2});
  r.push_back({"hour mark", {num(hour24), lx(Lx::kOClock), opt(glued(num(minute2)))}, hour_mark});
  r.push_back(
      {"hour counter", {num(hour24), glued(lx(Lx::kOClock)), opt(num(minute2))}, hour_mark});
  r.push_back({"at hour", {lx(Lx::kAt), num(hour24)}, at_hour, -1});
  r.push_back({"at hhmm", {lx(Lx::kAt), num(hhmm)}, at_hour, -1});
  r.push_back({"at hh,mm",
               {lx(Lx::kAt), num(hour24), glued(pc(",")), glued(num(minute2))},
               at_hour_comma_minute});
  r.push_back(
      {"at hour minute words", {lx(Lx::kAt), num(hour12), num(minute_word)}, at_hour_minute_words});
  r.push_back({"hour minute words am/pm",
               {num(hour12), num(minute_word), lx(Lx::kAmPm, postfix_ampm)},
               hour_minute_words_ampm});
  r.push_back({"hour am/pm", {num(hour12), lx(Lx::kAmPm, postfix_ampm)}, hour_ampm});
  r.push_back({"hhmm am/pm", {num(hhmm), lx(Lx::kAmPm, postfix_ampm)}, hhmm_ampm});
  r.push_back({"clock am/pm", {tm(clock), lx(Lx::kAmPm, postfix_ampm)}, hour_ampm});
  r.push_back({"am/pm clock", {lx(Lx::kAmPm, prefix_ampm), tm(clock)}, hour_ampm});
  r.push_back({"hour word", {lx(Lx::kHourWord)}, hour_word});
  r.push_back({"part of day", {lx(Lx::kPartOfDay)}, pod});
  r.push_back({"hour zero minute", {num(hour12), num(zero), num(digit)}, hour_zero_minute});
  r.push_back({"hour part of day", {num(hour12), opt(lx(Lx::kOf)), tm(with_pod)}, hour_pod});
  r.push_back({"hour and quarter number",
               {num(hour12), lx(Lx::kPast, after_hour), lx(Lx::kMinuteWord)},
               hour_and_quarter_number});
  r.push_back({"this part of day", {lx(Lx::kRel), tm(pod_only)}, rel_pod});
}

// Minutes around an hour: "20 past 3", "quarter to noon", "tres y media", "세시 반".
void add_minutes_around_rules(std::vector<Rule>& r) {
  r.push_back({"minutes past",
               {num(minutes), opt(lx(Lx::kUnit)), lx(Lx::kPast, before_hour), tm(hour_only)},
               minutes_around});
  r.push_back({"minutes to",
               {num(minutes), opt(lx(Lx::kUnit)), lx(Lx::kTo, before_hour), tm(hour_only)},
               minutes_around});
  r.push_back({"quarter past",
               {lx(Lx::kMinuteWord), lx(Lx::kPast, before_hour), tm(hour_only)},
               minutes_around});
  r.push_back({"quarter to",
               {lx(Lx::kMinuteWord), lx(Lx::kTo, before_hour), tm(hour_only)},
               minutes_around});
  r.push_back({"quarter past number",
               {lx(Lx::kMinuteWord), lx(Lx::kPast, before_hour), num(hour12)},
               minutes_around_number});
  r.push_back({"quarter to number",
               {lx(Lx::kMinuteWord), lx(Lx::kTo, before_hour), num(hour12)},
               minutes_around_number});
  r.push_back({"hour and minutes",
               {tm(hour_only), lx(Lx::kPast, after_hour), num(minutes)},
               minutes_around});
  r.push_back({"hour and quarter",
               {tm(hour_only), lx(Lx::kPast, after_hour), lx(Lx::kMinuteWord)},
               minutes_around});
  r.push_back({"hour less minutes",
               {tm(hour_only), lx(Lx::kTo, after_hour), num(minutes)},
               minutes_around});
  r.push_back({"hour less quarter",
               {tm(hour_only), lx(Lx::kTo, after_hour), lx(Lx::kMinuteWord)},
               minutes_around});
  r.push_back({"hour half", {tm(hour_only), lx(Lx::kMinuteWord, counter)}, half_hour});
}

}  // namespace

void add_clock_rules(std::vector<Rule>& r) {
  add_figure_clock_rules(r);
  add_minutes_around_rules(r);
}

// "4pm CET", "1600 GMT".
bool time_zone(const RuleMatch& m, Item& out) {
  out = *m.items[0];
  if (!set(out.t.hour)) {  // "by 1350 GMT": a four-figure clock, no year 1350
    const int v = out.t.year;
    if (!set(v) || set(out.t.month) || out.e - out.b != 1 || v / 100 > 23 || v % 100 > 59)
      return false;
    out.t = TimeSpec{};
    out.t.hour = v / 100, out.t.minute = v % 100;
    out.partial = false;
  }
  out.e = m.items[1]->e;
  out.t.tz_minutes = m.items[1]->lex->a;
  return true;
}

}  // namespace loupe::dates
