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

// Character k of a Hangul run: the scanner's Hangul runs hold valid three-byte characters only.
inline char32_t run_char(std::string_view run, std::size_t k) {
  const auto* p = reinterpret_cast<const unsigned char*>(run.data()) + 3 * k;
  return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

// The longest Sino-Korean numeral at character `at` of a Hangul run: a digit may stand alone
// only last ("삼일" is 3 then the counter 일, "이십사" is 24). Returns syllables used, 0 if none.
int sino_prefix(std::string_view run, std::size_t at, long& value) {
  long total = 0, digit = -1;
  int used = 0, best = 0;
  for (std::size_t i = at; i < run.size() / 3 && i - at < 8; ++i) {
    const char32_t c = run_char(run, i);
    const int d = sino_digit(c), p = sino_power(c);
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
  starts_hangul_.assign(kLastSyllable - kFirstSyllable + 1, 0);
  for (char32_t c = kFirstSyllable; c <= kLastSyllable; ++c) {
    if (sino_digit(c) >= 0 || sino_power(c) > 0)
      starts_hangul_[c - kFirstSyllable] |= kStartsNumeral;
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
  index_hangul_words();
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

long DateLexer::first_word_slot(std::string_view word) const {
  const unsigned long long h = word_hash(word);
  const std::size_t mask = first_slots_.size() - 1;
  for (std::size_t i = (h >> 32) & mask; first_slots_[i].forms; i = (i + 1) & mask) {
    if (first_slots_[i].hash == h && first_slots_[i].word == word) return static_cast<long>(i);
  }
  return -1;
}

// Inline, with the filter before the call: most tokens start no form.
inline void DateLexer::note_forms(LexedText& lexed, std::size_t token,
                                  std::string_view word) const {
  if (word.size() > longest_first_ || word.empty()) return;
  const std::size_t bit = filter_bit(word);
  if (((first_filter_[bit / 64] >> (bit % 64)) & 1) == 0) return;
  const long slot = first_word_slot(word);
  if (slot >= 0) lexed.starts.push_back({token, static_cast<std::size_t>(slot)});
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

// A piece's slot (LexedText::piece_slots): a trie word's is known (-1: no form starts with
// it); unknown syllables and numerals are asked of the table only when the trie cannot answer.
namespace {
constexpr long kAskTable = -2;
}  // namespace

// A run of Hangul cut into known words and numerals; unknown characters stay together.
void DateLexer::split_hangul(const ScanToken& t, LexedText& lexed) const {
  std::vector<Tok>& out = lexed.toks;
  const std::string_view run = t.norm;  // a view of the text: Hangul never folds
  const std::size_t first_piece = out.size();
  const std::size_t at = t.bytes.begin_byte;
  std::vector<long>& slots = lexed.piece_slots;  // per piece, as note_forms would find it
  slots.clear();
  bool unknown_open = false;
  for (std::size_t j = 0; j < run.size() / 3;) {
    // Most syllables start no word and no numeral: two bits say so.
    const char32_t c = run_char(run, j);
    int best = 0, numeral = 0, node = 0;
    long value = -1;
    const unsigned char starts =
        is_syllable(c) ? starts_hangul_[c - kFirstSyllable] : kStartsWord | kStartsNumeral;
    if (starts & kStartsWord) best = longest_hangul_word(run, j, node);
    if (starts & kStartsNumeral) numeral = sino_prefix(run, j, value);
    const bool is_numeral = numeral > best;
    const int take = is_numeral ? numeral : best;
    if (take == 0) {  // an unknown syllable: joins the unknown piece before it
      if (unknown_open) {
        Tok& u = out.back();
        u.bytes.end_byte += 3;
        u.norm = std::string_view(u.norm.data(), u.norm.size() + 3);
      } else {
        Tok& u = out.emplace_back();
        u.bytes = {at + 3 * j, at + 3 * j + 3};
        u.norm = run.substr(3 * j, 3);
        u.hangul = true;
        unknown_open = true;
        slots.push_back(kAskTable);
      }
      ++j;
      continue;
    }
    unknown_open = false;
    Tok& p = out.emplace_back();
    p.bytes = {at + 3 * j, at + 3 * (j + take)};
    p.norm = run.substr(3 * j, std::size_t{3} * take);
    p.hangul = true;
    if (is_numeral) p.type = TokenType::kNumber, p.number = value;
    if (!is_numeral && numeral == take) p.number = value;  // "일": the counter, or one
    slots.push_back(is_numeral ? kAskTable : hangul_node_slot_[node]);
    j += take;
  }
  for (std::size_t k = first_piece; k < out.size(); ++k) {
    out[k].run_start = k == first_piece;
    out[k].run_end = k + 1 == out.size();
    out[k].space_before = k == first_piece && t.space_before;
    out[k].para_before = k == first_piece && t.para_before;
    const long slot = slots[k - first_piece];
    if (slot >= 0) {
      lexed.starts.push_back({k, static_cast<std::size_t>(slot)});
    } else if (slot == kAskTable && (!trie_holds_hangul_firsts_ ||
                                     out[k].norm.size() > std::size_t{3} * kMaxHangulWord)) {
      note_forms(lexed, k, out[k].norm);
    }
  }
}

// One pass over the text: the scanner's tokens become grammar tokens as they come (Hangul runs
// cut), and those that start a form are noted; forms are matched once every token is there.
void DateLexer::lex(std::string_view text, LexedText& lexed) const {
  std::vector<Tok>& out = lexed.toks;
  std::string& arena = lexed.arena;
  out.clear();
  arena.clear();
  lexed.in_arena.clear();
  lexed.starts.clear();
  TextScanner scanner(text);
  ScanToken t;
  bool in_text = true;
  for (std::size_t before = 0; scanner.next(t, arena, in_text); before = arena.size()) {
    if (t.hangul && t.type == TokenType::kWord) {
      split_hangul(t, lexed);
      continue;
    }
    Tok& k = out.emplace_back();
    k.type = t.type;
    k.bytes = t.bytes;
    k.norm = t.norm;  // in the arena: valid until it grows, so for note_forms below
    k.number = t.number;
    k.digits = t.digits;
    k.space_before = t.space_before;
    k.para_before = t.para_before;
    k.capitalized = t.capitalized;
    k.ascii = t.ascii;
    if (!in_text) lexed.in_arena.push_back({out.size() - 1, before, arena.size()});
    note_forms(lexed, out.size() - 1, t.norm);
  }
  for (const LexedText::InArena& a : lexed.in_arena) {
    out[a.token].norm = std::string_view(arena).substr(a.begin, a.end - a.begin);
  }
  attach_hits(lexed);
}

// The forms each noted token starts that the tokens after it complete.
void DateLexer::attach_hits(LexedText& lexed) const {
  std::vector<Tok>& toks = lexed.toks;
  std::vector<LexHit>& hits = lexed.hits;
  hits.clear();
  for (LexedText::Starts& s : lexed.starts) {
    const std::size_t i = s.token;
    s.hits_begin = hits.size();
    for (const Form& f : *first_slots_[s.first_word].forms) {
      if (i + f.rest.size() >= toks.size()) continue;
      bool ok = true;
      for (std::size_t r = 0; r < f.rest.size() && ok; ++r) {
        const Tok& n = toks[i + 1 + r];
        ok = n.norm == f.rest[r] && !(f.glued[r] && n.space_before) && !n.para_before;
      }
      if (ok) hits.push_back({f.entry, static_cast<int>(f.rest.size()) + 1});
    }
    s.hits_end = hits.size();
  }
  // Views are made at the end: `hits` may still grow above.
  for (const LexedText::Starts& s : lexed.starts) {
    toks[s.token].hits =
        std::span<const LexHit>(hits).subspan(s.hits_begin, s.hits_end - s.hits_begin);
  }
}

}  // namespace loupe::dates
