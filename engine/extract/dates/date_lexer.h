// DateLexer: scanner tokens -> grammar tokens with their lexicon meanings. A run of Hangul
// without spaces is cut into known words (longest match, at most kMaxHangulWord syllables, so
// linear in the run) and Sino-Korean numerals ("이십사" -> 24); unknown syllables stay together.
// E.g. "내일저녁다섯시에" -> [내일 kDayRel] [저녁 kPartOfDay] [다섯 kNumber] [시 kOClock] [에].
#pragma once
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
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
  bool ascii = false;                     // a word of ASCII letters only (false: not known)
  bool run_start = true, run_end = true;  // a Hangul piece: first / last of its run
  unsigned char lang = 0;  // the paragraph's language (LangCode): breaks ties of numeric forms
  std::span<const LexHit> hits;  // in LexedText::hits
};

// A lexed text: tokens whose views point into the text, `arena` (lower-cased words) and `hits`,
// kept together and reused from text to text (no allocation per token).
struct LexedText {
  std::string arena;
  std::vector<Tok> toks;
  std::vector<LexHit> hits;
  // Scratch of the lexer: tokens whose norm is in the arena (token, begin, end: views are made
  // once the arena stops growing); tokens that start some form, with their hits in `hits`.
  struct InArena {
    std::size_t token, begin, end;
  };
  std::vector<InArena> in_arena;
  struct Starts {
    std::size_t token, first_word;  // first_word: the lexer's slot of the token's word
    std::size_t hits_begin = 0, hits_end = 0;
  };
  std::vector<Starts> starts;
  // Per piece of the Hangul run being cut: the slot of its word in the lexer's table, -1 when
  // no form starts with it, or a mark that the table must be asked (date_lexer.cc).
  std::vector<long> piece_slots;
};

class DateLexer {
 public:
  DateLexer();
  // Tokens of `text` into `out` (its previous content is dropped).
  void lex(std::string_view text, LexedText& out) const;

 private:
  struct Form {
    const LexEntry* entry;
    std::vector<std::string> rest;  // the form's further tokens
    std::vector<bool> glued;        // per further token: no space before it
  };
  void add_form(std::string_view form, const LexEntry* entry);
  void add_hangul_word(std::string_view word);
  void index_first_words();
  // The slot in first_slots_ of the forms that start with `word`, or -1 (the filter passed).
  long first_word_slot(std::string_view word) const;
  // Notes toks[token] (whose norm is `word`) in lexed.starts when forms start with its word.
  void note_forms(LexedText& lexed, std::size_t token, std::string_view word) const;
  // Characters of the longest word at character `at` of a Hangul run (0 if none); `node`: its
  // node in the trie.
  int longest_hangul_word(std::string_view run, std::size_t at, int& node) const;
  int hangul_trie_node(std::string_view word) const;
  void index_hangul_words();
  void split_hangul(const ScanToken& t, LexedText& lexed) const;
  void attach_hits(LexedText& out) const;

  std::unordered_map<std::string, std::vector<Form>> by_first_;
  // by_first_ again, for the lookup once per token: open addressing on a hash of the word,
  // kept in the slot (std::hash and a std::string key per token were a fifth of the lexer's
  // time).
  struct FirstWord {
    unsigned long long hash = 0;
    std::string_view word;
    const std::vector<Form>* forms = nullptr;  // null: an empty slot
  };
  std::vector<FirstWord> first_slots_;
  // One bit per (first two bytes, last byte, length) class of the first words: most tokens
  // start no form, and 8 KB stay in cache where the slots (~100 KB) do not.
  std::vector<unsigned long long> first_filter_;
  std::size_t longest_first_ = 0;  // bytes: a longer word starts no form
  // Entries for the holiday names of holidays.h (kHoliday, a = kLunar, b = HolidayId).
  std::deque<LexEntry> holiday_entries_;
  // Single Hangul forms as a trie of syllables: node 0 is the root; a child is found by
  // (parent << 21 | syllable) in an open-addressing table. Longest match costs one probe per
  // syllable, where looking up every cut (6 per syllable) hashed each one.
  std::vector<std::pair<unsigned long long, int>> hangul_edges_;  // key + 1 (0: empty), child
  std::vector<unsigned char> hangul_word_end_;  // per node (bytes: read per syllable)
  // Per node: the first_slots_ slot of the forms whose first word it ends, or -1. A piece the
  // trie found takes it from there, with no lookup of its text.
  std::vector<long> hangul_node_slot_;
  // Every first word of Hangul letters alone is a trie word of at most kMaxHangulWord
  // characters: then a piece the trie did not find (unknown syllables, a numeral) of at most
  // that many starts no form, since the trie would have found it first.
  bool trie_holds_hangul_firsts_ = false;
  // Per Hangul syllable (U+AC00..U+D7A3): whether it starts a form (kStartsWord) or a
  // Sino-Korean numeral (kStartsNumeral); a syllable that starts neither is looked up in neither.
  std::vector<unsigned char> starts_hangul_;
  static constexpr unsigned char kStartsWord = 1, kStartsNumeral = 2;
  static constexpr char32_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;
  static bool is_syllable(char32_t c) { return c >= kFirstSyllable && c <= kLastSyllable; }
};

constexpr int kMaxHangulWord = 6;  // syllables

}  // namespace loupe::dates
