// Numeric dates: "15.02.2023", "27/07/2023", "2/15", "14.10.", "2023-07-31", "2021. 12. 7.";
// the paragraph's language breaks ties (English and Korean month first, the others day first),
// with the guards against numbers that are no dates (references, decimals, scores, 24/7).
#include <string_view>

#include "extract/dates/grammar_util.h"

namespace loupe::dates {

// "pages 12-15", "pp. 3/4", "version 2.10", "article 15.3": numbers after these words are
// references, no dates or times (the clock rules ask too, where Russian "с" is "from").
bool after_reference_word(const std::vector<Tok>& toks, int b, bool clock) {
  int p = b - 1;
  if (p >= 0 && toks[p].norm == ".") --p;
  if (p < 0) return false;
  const std::string_view w = toks[p].norm;
  if ((clock || p == b - 1) && (w == "с" || w == "p")) return false;  // "с 14.10.": "from"
  for (std::string_view x :
       {"p",       "pp",       "page",     "pages",  "pág",     "págs",     "páginas",  "стр",
        "с",       "страницы", "сторінки", "с.",     "쪽",      "페이지",   "no",       "nos",
        "art",     "article",  "section",  "clause", "version", "artículo", "apartado", "sección",
        "versión", "статья",   "статьи",   "статье", "пункт",   "пункта",   "версия",   "версии",
        "стаття",  "статті",   "версія",   "версії", "조",      "버전"}) {
    if (w == x) return true;
  }
  return false;
}

namespace {

const Tok& tok(const RuleMatch& m, std::size_t i) { return (*m.toks)[m.items[i]->b]; }

bool day_fig(const Item& it) {
  return !it.has_frac && it.digits >= 1 && it.digits <= 2 && it.num >= 1 && it.num <= 31;
}
bool month_fig(const Item& it) {
  return !it.has_frac && it.digits >= 1 && it.digits <= 2 && it.num >= 1 && it.num <= 12;
}
bool year4(const Item& it) {
  return !it.has_frac && it.digits == 4 && it.num >= 1000 && it.num <= 2999;
}
bool year2(const Item& it) { return !it.has_frac && it.digits == 2; }
bool year_any(const Item& it) { return year4(it) || year2(it); }

Item& time(Item& out) {
  out.type = ItemType::kTime;
  return out;
}

// Numeric dates: the paragraph's language breaks ties (en month first, others day first).
// "pages 12-15", "pp. 3/4": numbers after these words are no dates.
bool after_page_word(const RuleMatch& m) {
  return after_reference_word(*m.toks, m.items[0]->b, false);
}

// The first number continues a longer chain of numbers ("18.07.14": not "07.14").
bool inside_chain(const RuleMatch& m) {
  const std::vector<Tok>& toks = *m.toks;
  const int b = m.items[0]->b;
  return b >= 2 && !toks[b].space_before && toks[b - 1].type == TokenType::kPunct &&
         !toks[b - 1].space_before && toks[b - 2].type == TokenType::kNumber;
}

// "7-6 (7/3)", "6-7 (5/7)": a tie-break's points after a set's score, no date.
bool after_score(const RuleMatch& m) {
  const std::vector<Tok>& toks = *m.toks;
  int p = m.items[0]->b - 1;
  if (p >= 0 && toks[p].norm == "(") --p;
  return p >= 2 && toks[p].type == TokenType::kNumber && toks[p - 1].norm == "-" &&
         toks[p - 2].type == TokenType::kNumber && !toks[p].space_before &&
         !toks[p - 1].space_before;
}

// A decimal number right before or after ("935.23 1.24 ELECTRICAS", "1.24 958.80"): a column of
// prices or rates, where "1.24" is one more of them.
bool beside_decimal(const RuleMatch& m) {
  const std::vector<Tok>& toks = *m.toks;
  const int n = static_cast<int>(toks.size());
  const auto decimal_at = [&](int i) {  // toks[i..i+2] is "12", ".", "34" written together
    return i >= 0 && i + 2 < n && toks[i].type == TokenType::kNumber && toks[i + 1].norm == "." &&
           !toks[i + 1].space_before && toks[i + 2].type == TokenType::kNumber &&
           !toks[i + 2].space_before;
  };
  const int b = m.items[0]->b;
  int e = m.items.back() ? m.items.back()->e : m.items[2]->e;
  if (e < n && toks[e].norm == "." && !toks[e].space_before) ++e;
  return decimal_at(b - 3) || decimal_at(e);
}

// "down 1/8", "14 1/2", "107-2/32": a fraction of a price. An odd number over a power of two
// (1/2, 3/4, 5/8, 7/16) or any pair after a whole number is a fraction, no date.
bool fraction(const RuleMatch& m, int a, int b) {
  if (a % 2 == 1 && a < b && (b & (b - 1)) == 0) return true;
  const std::vector<Tok>& toks = *m.toks;
  const int p = m.items[0]->b - 1;
  return p >= 0 &&
         (toks[p].type == TokenType::kNumber || (toks[p].norm == "-" && !toks[p].space_before &&
                                                 p >= 1 && toks[p - 1].type == TokenType::kNumber));
}

bool numeric_dmy(const RuleMatch& m, Item& out) {
  if (after_page_word(m) || inside_chain(m)) return false;
  if (m.items.size() < 5 && after_score(m)) return false;
  if (m.items.size() > 4 && tok(m, 1).norm != tok(m, 3).norm) return false;
  int a = ival(m.items[0]), b = ival(m.items[2]);
  const Item* y = m.items.size() > 4 ? m.items[4] : nullptr;
  const bool english = tok(m, 0).lang == kEn;
  const bool month_first = english || tok(m, 0).lang == kKo;  // "2/15", Korean "2.28"
  if (m.items.size() == 4 && m.items[3]) {                    // "18.07." but not "18.07.14"
    const std::size_t after = m.items[3]->e;
    if (after < m.toks->size() && !(*m.toks)[after].space_before &&
        (*m.toks)[after].type == TokenType::kNumber) {
      return false;
    }
  }
  const std::string_view sep = tok(m, 1).norm;
  if (!y && sep == "." && english) return false;  // "1.5": a decimal in English
  if (!y && sep == "." && beside_decimal(m)) return false;
  if (!y && sep == "/" && a == 24 && b == 7) return false;  // "24/7": hours a day, days a week
  if (!y && sep == "/" && fraction(m, a, b)) return false;
  // "о 10.10", "в 10.10": after a word that introduces a time of day, hours and minutes.
  const int before = m.items[0]->b - 1;
  if (!y && sep == "." && before >= 0) {
    for (const LexHit& h : (*m.toks)[before].hits) {
      if (h.entry->cls == Lx::kAt) return false;
    }
  }
  // "15.3": a decimal; a day and month are written "15.03" or "15.3."
  if (!y && sep == "." && m.items[2]->digits < 2 && !(m.items.size() == 4 && m.items[3])) {
    return false;
  }
  if (!y && sep == "-" && a <= 12 && b <= 12) return false;  // "3-2": a score
  if (!y && sep == "-" && english) return false;  // "halftime 21-11": English dates say the year
  // Korean writes the month first: "45길 18-10" is an address, no 18 October.
  if (!y && a > 12 && tok(m, 0).lang == kKo) return false;
  // and does not pad the day alone: "방어율 5.04", "1.04로" are decimals ("5.25" a date).
  if (!y && sep == "." && tok(m, 0).lang == kKo && m.items[0]->digits == 1 && b < 10) {
    return false;
  }
  if (!y && sep == "." && a <= 12 && m.items[2]->digits < 2) return false;  // "1.5": a decimal
  int day = a, month = b;
  if ((month_first && a <= 12 && (sep != "." || !english)) || a > 31 || (b > 12 && a <= 12)) {
    day = b, month = a;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  time(out).t.month = month;
  out.t.day = day;
  if (y) out.t.year = y->digits == 2 ? expand_year(ival(y)) : ival(y);
  return !y || y->digits == 2 || y->digits == 4;
}

bool numeric_ymd(const RuleMatch& m, Item& out) {
  if (tok(m, 1).norm != tok(m, 3).norm) return false;
  const Item* y = m.items[0];
  if (y->digits == 2 && y->num <= 31) return false;
  time(out).t.year = y->digits == 2 ? expand_year(ival(y)) : ival(y);
  out.t.month = ival(m.items[2]);
  out.t.day = ival(m.items[4]);
  return out.t.month <= 12 && out.t.day >= 1 && out.t.day <= 31;
}

}  // namespace

void add_numeric_date_rules(std::vector<Rule>& r) {
  r.push_back({"d/m/y",
               {num(day_fig), glued(pc("/|.|-")), glued(num(day_fig)), glued(pc("/|.|-")),
                glued(num(year_any))},
               numeric_dmy});
  r.push_back({"d/m",
               {num(day_fig), glued(pc("/|.|-|·")), glued(num(day_fig)), opt(glued(pc(".")))},
               numeric_dmy,
               -1});
  r.push_back({"y-m-d",
               {num(year_any), glued(pc("-|/|.")), glued(num(month_fig)), glued(pc("-|/|.")),
                glued(num(day_fig))},
               numeric_ymd});
  r.push_back({"y. m. d.",
               {num(year4), glued(pc(".")), num(month_fig), glued(pc(".")), num(day_fig)},
               numeric_ymd});
}

}  // namespace loupe::dates
