#include "extract/dates/date_lexer.h"

#include "core/utf8.h"
#include "extract/dates/holidays.h"

namespace loupe::dates {
namespace {

int sino_digit(char32_t c) {
  switch (c) {
    case U'영':
    case U'공':
      return 0;
    case U'일':
      return 1;
    case U'이':
      return 2;
    case U'삼':
      return 3;
    case U'사':
      return 4;
    case U'오':
      return 5;
    case U'육':
      return 6;
    case U'칠':
      return 7;
    case U'팔':
      return 8;
    case U'구':
      return 9;
    default:
      return -1;
  }
}

int sino_power(char32_t c) {
  switch (c) {
    case U'십':
      return 10;
    case U'백':
      return 100;
    case U'천':
      return 1000;
    default:
      return 0;
  }
}

// The longest Sino-Korean numeral at the start of `syl`: a digit may stand alone only last
// ("삼일" is 3 then the counter 일, "이십사" is 24). Returns syllables used, 0 if none.
int sino_prefix(const std::vector<char32_t>& syl, std::size_t at, long& value) {
  long total = 0, digit = -1;
  int used = 0, best = 0;
  for (std::size_t i = at; i < syl.size() && i - at < 8; ++i) {
    const int d = sino_digit(syl[i]), p = sino_power(syl[i]);
    if (d >= 0) {
      if (digit >= 0) break;  // two digits in a row: not one numeral
      digit = d;
    } else if (p > 0) {
      total += (digit < 0 ? 1 : digit) * p;
      digit = -1;
    } else {
      break;
    }
    ++used;
    const long v = total + (digit < 0 ? 0 : digit);
    if (v > 0 || used == 1) best = used, value = v;
  }
  return best;
}

}  // namespace

DateLexer::DateLexer() {
  // Holiday names of every language (holidays.h): one that is also a common word must be
  // capitalized alone ("Epiphany", not "an epiphany"); c = 1: it needs a country ("день
  // независимости"); resolved by holiday_dates().
  for (const HolidayName& h : holiday_names()) {
    holiday_entries_.push_back({h.name, Lx::kHoliday, kLunar, static_cast<int>(h.id),
                                h.needs_country ? 1 : 0, 0, h.weak ? 1 : 0});
    add_form(holiday_entries_.back().forms, &holiday_entries_.back());
  }
  for (const LanguageLexicon* lang : all_lexicons()) {
    for (const LexEntry& e : lang->entries) {
      std::string_view forms = e.forms;
      while (!forms.empty()) {
        const std::size_t bar = forms.find('|');
        add_form(forms.substr(0, bar), &e);
        forms = bar == std::string_view::npos ? std::string_view() : forms.substr(bar + 1);
      }
    }
  }
}

void DateLexer::add_form(std::string_view form, const LexEntry* entry) {
  ScannedText s;
  scan_text(form, s);
  if (s.tokens.empty()) return;
  Form f{entry, {}, {}};
  for (std::size_t i = 1; i < s.tokens.size(); ++i) {
    f.rest.emplace_back(s.tokens[i].norm);
    f.glued.push_back(!s.tokens[i].space_before);
  }
  std::string first(s.tokens[0].norm);
  if (s.tokens[0].hangul && f.rest.empty()) hangul_words_.insert(form);  // a view of the table
  by_first_[first].push_back(std::move(f));
}

void DateLexer::split_hangul(const ScanToken& t, std::vector<Tok>& out) const {
  std::vector<char32_t> syl;
  std::vector<std::size_t> at;  // byte offset of each syllable in t.norm
  for (std::size_t i = 0; i < t.norm.size();) {
    const core::DecodedChar d = core::decode_utf8_fast(t.norm, i);
    syl.push_back(d.code_point);
    at.push_back(i);
    i += d.length;
  }
  at.push_back(t.norm.size());
  const std::size_t first_piece = out.size();
  bool unknown_open = false;
  for (std::size_t j = 0; j < syl.size();) {
    int best = 0;
    for (int k = std::min<int>(kMaxHangulWord, static_cast<int>(syl.size() - j)); k >= 1; --k) {
      if (hangul_words_.count(t.norm.substr(at[j], at[j + k] - at[j]))) {
        best = k;
        break;
      }
    }
    long value = -1;
    const int numeral = sino_prefix(syl, j, value);
    const bool is_numeral = numeral > best;
    const int take = is_numeral ? numeral : best;
    if (take == 0) {  // an unknown syllable: joins the unknown piece before it
      if (unknown_open) {
        out.back().bytes.end_byte = t.bytes.begin_byte + at[j + 1];
      } else {
        Tok u;
        u.bytes = {t.bytes.begin_byte + at[j], t.bytes.begin_byte + at[j + 1]};
        u.hangul = true;
        out.push_back(u);
        unknown_open = true;
      }
      out.back().norm = t.norm.substr(out.back().bytes.begin_byte - t.bytes.begin_byte,
                                      out.back().bytes.end_byte - out.back().bytes.begin_byte);
      ++j;
      continue;
    }
    unknown_open = false;
    Tok p;
    p.bytes = {t.bytes.begin_byte + at[j], t.bytes.begin_byte + at[j + take]};
    p.norm = t.norm.substr(at[j], at[j + take] - at[j]);
    p.hangul = true;
    if (is_numeral) p.type = TokenType::kNumber, p.number = value;
    if (!is_numeral && numeral == take) p.number = value;  // "일": the counter, or one
    out.push_back(p);
    j += take;
  }
  for (std::size_t k = first_piece; k < out.size(); ++k) {
    out[k].run_start = k == first_piece;
    out[k].run_end = k + 1 == out.size();
    out[k].space_before = k == first_piece && t.space_before;
    out[k].para_before = k == first_piece && t.para_before;
  }
}

void DateLexer::lex(std::string_view text, ScannedText& scanned, std::vector<Tok>& out) const {
  out.clear();
  scan_text(text, scanned);
  out.reserve(scanned.tokens.size());
  for (const ScanToken& t : scanned.tokens) {
    if (t.hangul && t.type == TokenType::kWord) {
      split_hangul(t, out);
      continue;
    }
    Tok k;
    k.type = t.type;
    k.bytes = t.bytes;
    k.norm = t.norm;
    k.number = t.number;
    k.digits = t.digits;
    k.space_before = t.space_before;
    k.para_before = t.para_before;
    k.capitalized = t.capitalized;
    out.push_back(k);
  }
  attach_hits(out);
}

void DateLexer::attach_hits(std::vector<Tok>& toks) const {
  std::string key;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    Tok& t = toks[i];
    key.assign(t.norm);
    auto it = by_first_.find(key);
    if (it == by_first_.end()) continue;
    for (const Form& f : it->second) {
      if (i + f.rest.size() >= toks.size()) continue;
      bool ok = true;
      for (std::size_t r = 0; r < f.rest.size() && ok; ++r) {
        const Tok& n = toks[i + 1 + r];
        ok = n.norm == f.rest[r] && !(f.glued[r] && n.space_before) && !n.para_before;
      }
      if (ok) t.hits.push_back({f.entry, static_cast<int>(f.rest.size()) + 1});
    }
  }
}

}  // namespace loupe::dates
