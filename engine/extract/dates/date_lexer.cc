#include "extract/dates/date_lexer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

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
  starts_hangul_.assign(kLastSyllable - kFirstSyllable + 1, false);
  for (char32_t c = kFirstSyllable; c <= kLastSyllable; ++c) {
    if (sino_digit(c) >= 0 || sino_power(c) > 0) starts_hangul_[c - kFirstSyllable] = true;
  }
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
  index_first_words();
}

namespace {

// A word's hash for the first-word table: its length and first and last eight bytes (most
// words are shorter), mixed; cheaper than a byte loop over every token of the text.
// (Fixed-size copies, which compile to one load; a copy of a variable size is a call to memcpy.)
// Four to seven bytes are read as two overlapping four-byte loads, not byte by byte.
unsigned long long word_hash(std::string_view s) {
  unsigned long long head = 0, tail = 0;
  if (s.size() >= 8) {
    std::memcpy(&head, s.data(), 8);
  } else if (s.size() >= 4) {
    std::uint32_t first = 0, last = 0;
    std::memcpy(&first, s.data(), 4);
    std::memcpy(&last, s.data() + s.size() - 4, 4);
    head = static_cast<unsigned long long>(last) << 32 | first;
  } else {
    for (std::size_t k = 0; k < s.size(); ++k) {
      head |= static_cast<unsigned long long>(static_cast<unsigned char>(s[k])) << (8 * k);
    }
  }
  if (s.size() > 8) std::memcpy(&tail, s.data() + s.size() - 8, 8);
  const unsigned long long h = (head ^ (tail * 0x9E3779B97F4A7C15ull)) + s.size();
  return (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull;
}

// The first-word filter's bit of a non-empty word (kFilterBits classes).
constexpr std::size_t kFilterBits = std::size_t{1} << 16;
std::size_t filter_bit(std::string_view s) {
  const auto b0 = static_cast<unsigned char>(s[0]);
  const auto b1 = static_cast<unsigned char>(s[s.size() > 1 ? 1 : 0]);
  const auto last = static_cast<unsigned char>(s.back());
  return ((b0 * 0x9E37u) ^ (b1 << 7) ^ (last * 0x85EBu) ^ (s.size() * 0x2C1Bu)) & (kFilterBits - 1);
}

std::size_t edge_slot(unsigned long long key, std::size_t mask) {
  return (key * 0x9E3779B97F4A7C15ull >> 20) & mask;
}

}  // namespace

void DateLexer::index_first_words() {
  std::size_t size = 64;
  while (size < by_first_.size() * 2) size *= 2;
  first_slots_.assign(size, FirstWord{});
  first_filter_.assign(kFilterBits / 64, 0);
  for (const auto& [word, forms] : by_first_) {
    if (!word.empty()) first_filter_[filter_bit(word) / 64] |= 1ull << (filter_bit(word) % 64);
    longest_first_ = std::max(longest_first_, word.size());
    const unsigned long long h = word_hash(word);
    std::size_t i = (h >> 32) & (size - 1);
    while (first_slots_[i].forms) i = (i + 1) & (size - 1);
    first_slots_[i] = {h, word, &forms};
  }
}

const std::vector<DateLexer::Form>* DateLexer::forms_starting(std::string_view word) const {
  if (word.size() > longest_first_ || word.empty()) return nullptr;
  const std::size_t bit = filter_bit(word);
  if (((first_filter_[bit / 64] >> (bit % 64)) & 1) == 0) return nullptr;
  const unsigned long long h = word_hash(word);
  const std::size_t mask = first_slots_.size() - 1;
  for (std::size_t i = (h >> 32) & mask; first_slots_[i].forms; i = (i + 1) & mask) {
    if (first_slots_[i].hash == h && first_slots_[i].word == word) return first_slots_[i].forms;
  }
  return nullptr;
}

void DateLexer::add_hangul_word(std::string_view word) {
  if (hangul_word_end_.empty()) hangul_word_end_.push_back(false);
  if (hangul_edges_.empty()) hangul_edges_.assign(1024, {0, 0});
  int node = 0;
  for (std::size_t i = 0; i < word.size();) {
    const core::DecodedChar d = core::decode_utf8(word, i);
    i += d.length;
    const unsigned long long key = (static_cast<unsigned long long>(node) << 21 | d.code_point) + 1;
    if (hangul_word_end_.size() * 2 >= hangul_edges_.size()) {  // grow, keeping it half empty
      std::vector<std::pair<unsigned long long, int>> old(hangul_edges_.size() * 2, {0, 0});
      old.swap(hangul_edges_);
      for (const auto& edge : old) {
        if (edge.first == 0) continue;
        std::size_t k = edge_slot(edge.first, hangul_edges_.size() - 1);
        while (hangul_edges_[k].first) k = (k + 1) & (hangul_edges_.size() - 1);
        hangul_edges_[k] = edge;
      }
    }
    const std::size_t mask = hangul_edges_.size() - 1;
    std::size_t k = edge_slot(key, mask);
    while (hangul_edges_[k].first && hangul_edges_[k].first != key) k = (k + 1) & mask;
    if (!hangul_edges_[k].first) {
      hangul_edges_[k] = {key, static_cast<int>(hangul_word_end_.size())};
      hangul_word_end_.push_back(false);
    }
    node = hangul_edges_[k].second;
  }
  hangul_word_end_[node] = true;
  const char32_t first = core::decode_utf8(word, 0).code_point;
  if (is_syllable(first)) starts_hangul_[first - kFirstSyllable] = true;
}

// Syllables of the longest Hangul form at syl[at], at most kMaxHangulWord; 0 if none.
int DateLexer::longest_hangul_word(const std::vector<char32_t>& syl, std::size_t at) const {
  if (hangul_edges_.empty()) return 0;
  const std::size_t mask = hangul_edges_.size() - 1;
  int node = 0, best = 0;
  for (std::size_t k = 0; k < kMaxHangulWord && at + k < syl.size(); ++k) {
    const unsigned long long key = (static_cast<unsigned long long>(node) << 21 | syl[at + k]) + 1;
    std::size_t i = edge_slot(key, mask);
    while (hangul_edges_[i].first && hangul_edges_[i].first != key) i = (i + 1) & mask;
    if (!hangul_edges_[i].first) break;
    node = hangul_edges_[i].second;
    if (hangul_word_end_[node]) best = static_cast<int>(k) + 1;
  }
  return best;
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
  // The first word of a longer form is a word too ("같은 날": else "같은" is cut at "은").
  if (s.tokens[0].hangul) add_hangul_word(f.rest.empty() ? form : first);
  by_first_[first].push_back(std::move(f));
}

// The code points of a Hangul run and the byte offset of each (and the run's end). The
// scanner's Hangul runs hold three-byte characters only: those are decoded inline.
static void decode_syllables(std::string_view norm, std::vector<char32_t>& syl,
                             std::vector<std::size_t>& at) {
  syl.clear();
  at.clear();
  for (std::size_t i = 0; i < norm.size();) {
    const unsigned char b0 = static_cast<unsigned char>(norm[i]);
    if ((b0 & 0xF0) == 0xE0 && i + 2 < norm.size()) {
      const unsigned char b1 = static_cast<unsigned char>(norm[i + 1]);
      const unsigned char b2 = static_cast<unsigned char>(norm[i + 2]);
      if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
        syl.push_back((char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F));
        at.push_back(i);
        i += 3;
        continue;
      }
    }
    const core::DecodedChar d = core::decode_utf8_fast(norm, i);
    syl.push_back(d.code_point);
    at.push_back(i);
    i += d.length;
  }
  at.push_back(norm.size());
}

void DateLexer::split_hangul(const ScanToken& t, LexedText& lexed) const {
  std::vector<Tok>& out = lexed.toks;
  std::vector<char32_t>& syl = lexed.syllables;
  std::vector<std::size_t>& at = lexed.syllable_at;  // byte offset of each syllable in t.norm
  decode_syllables(t.norm, syl, at);
  const std::size_t first_piece = out.size();
  bool unknown_open = false;
  for (std::size_t j = 0; j < syl.size();) {
    // Most syllables start no word and no numeral: one bit says so.
    const bool maybe = !is_syllable(syl[j]) || starts_hangul_[syl[j] - kFirstSyllable];
    const int best = maybe ? longest_hangul_word(syl, j) : 0;
    long value = -1;
    const int numeral = maybe ? sino_prefix(syl, j, value) : 0;
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

void DateLexer::lex(std::string_view text, LexedText& lexed) const {
  std::vector<Tok>& out = lexed.toks;
  out.clear();
  scan_text(text, lexed.scanned);
  out.reserve(lexed.scanned.tokens.size());
  for (const ScanToken& t : lexed.scanned.tokens) {
    if (t.hangul && t.type == TokenType::kWord) {
      split_hangul(t, lexed);
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
  attach_hits(lexed);
}

void DateLexer::attach_hits(LexedText& lexed) const {
  std::vector<Tok>& toks = lexed.toks;
  std::vector<LexHit>& hits = lexed.hits;
  hits.clear();
  auto& ranges = lexed.hit_ranges;  // per token: its hits in `hits`
  ranges.assign(toks.size(), {0, 0});
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::vector<Form>* forms = forms_starting(toks[i].norm);
    if (!forms) continue;
    ranges[i].first = hits.size();
    for (const Form& f : *forms) {
      if (i + f.rest.size() >= toks.size()) continue;
      bool ok = true;
      for (std::size_t r = 0; r < f.rest.size() && ok; ++r) {
        const Tok& n = toks[i + 1 + r];
        ok = n.norm == f.rest[r] && !(f.glued[r] && n.space_before) && !n.para_before;
      }
      if (ok) hits.push_back({f.entry, static_cast<int>(f.rest.size()) + 1});
    }
    ranges[i].second = hits.size();
  }
  // Views are made at the end: `hits` may still grow above.
  for (std::size_t i = 0; i < toks.size(); ++i) {
    toks[i].hits =
        std::span<const LexHit>(hits).subspan(ranges[i].first, ranges[i].second - ranges[i].first);
  }
}

}  // namespace loupe::dates
