// DateLexer: scanner tokens -> grammar tokens with their lexicon meanings. A run of Hangul
// without spaces is cut into known words (longest match, at most kMaxHangulWord syllables, so
// linear in the run) and Sino-Korean numerals ("이십사" -> 24); unknown syllables stay together.
// E.g. "내일저녁다섯시에" -> [내일 kDayRel] [저녁 kPartOfDay] [다섯 kNumber] [시 kOClock] [에].
#pragma once
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/dates/lexicon.h"
#include "extract/dates/text_scanner.h"

namespace loupe::dates {

enum LangCode : unsigned char { kEn, kEs, kRu, kUk, kKo };

struct LexHit {
  const LexEntry* entry;
  int tokens;  // how many grammar tokens the form covers
};

struct Tok {
  TokenType type = TokenType::kWord;
  core::ByteRange bytes;
  std::string_view norm;
  long number = -1;  // digit run or Sino-Korean numeral value
  int digits = 0;    // digit run length (0 for a numeral word)
  bool space_before = false, para_before = false, capitalized = false;
  bool hangul = false;
  bool run_start = true, run_end = true;  // a Hangul piece: first / last of its run
  unsigned char lang = 0;  // the paragraph's language (LangCode): breaks ties of numeric forms
  std::vector<LexHit> hits;
};

class DateLexer {
 public:
  DateLexer();
  // Tokens of `text`, whose views point into `scanned` (kept alive by the caller).
  void lex(std::string_view text, ScannedText& scanned, std::vector<Tok>& out) const;

 private:
  struct Form {
    const LexEntry* entry;
    std::vector<std::string> rest;  // the form's further tokens
    std::vector<bool> glued;        // per further token: no space before it
  };
  void add_form(std::string_view form, const LexEntry* entry);
  void split_hangul(const ScanToken& t, std::vector<Tok>& out) const;
  void attach_hits(std::vector<Tok>& toks) const;

  std::unordered_map<std::string, std::vector<Form>> by_first_;
  // Entries for the holiday names of holidays.h (kHoliday, a = kLunar, b = HolidayId).
  std::deque<LexEntry> holiday_entries_;
  std::unordered_set<std::string_view> hangul_words_;  // single Hangul forms (static tables)
};

constexpr int kMaxHangulWord = 6;  // syllables

}  // namespace loupe::dates
