#include "langid/language_identifier.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <iterator>

#include "core/utf8.h"
#include "langid/letter_classes.h"
#include "langid/letter_counts.h"
#include "langid/stopword_table.h"

namespace loupe::langid {
namespace {

// One word (a run of letters and combining marks) being read; lower-cased bytes are kept only
// up to kMaxBytes because stopwords are short.
struct Word {
  static constexpr std::size_t kMaxBytes = 32;
  char bytes[kMaxBytes];
  std::size_t size = 0;
  bool overflow = false;
  std::uint32_t units[kScriptCount] = {};
  int script = -1;  // the script of its letters, kScriptCount when mixed
  int upper = 0, lower = 0;
  bool capitalized = false;                  // first letter upper case: often a name (Pröbsting)
  std::uint32_t letters[kSignalCount] = {};  // distinctive letters seen in this word
  char32_t last = 0;

  // Everything but the bytes past `size`, which are never read (a whole Word() assigned was
  // a tenth of the scanner's time: one reset per word).
  void reset() {
    size = 0, overflow = false, script = -1, upper = 0, lower = 0, capitalized = false, last = 0;
    std::fill(std::begin(units), std::end(units), 0u);
    std::fill(std::begin(letters), std::end(letters), 0u);
  }
  void append(char32_t cp) {
    char buf[4];
    std::size_t n = 0;
    if (cp < 0x80) {
      buf[n++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
    if (size + n > kMaxBytes) {
      overflow = true;
      return;
    }
    for (std::size_t i = 0; i < n; ++i) bytes[size++] = buf[i];
  }
  std::string_view text() const { return {bytes, size}; }
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void score_stopword(std::uint8_t mask, std::uint32_t* signal) {
  if (mask == 0) return;
  const bool unique = (mask & (mask - 1)) == 0;
  const std::uint32_t pts = unique ? kUniqueWord : kSharedWord;
  if (mask & kLangEn) signal[kEn] += pts;
  if (mask & kLangEs) signal[kEs] += pts;
  // "Other" must earn its place with words of its own: a word it shares with English or
  // Spanish (de, la, que, in) is evidence for them, not against them.
  if ((mask & kLangOtherLatin) && unique) signal[kOtherLatin] += pts;
  if (mask & kLangRu) signal[kRu] += pts;
  if (mask & kLangUk) signal[kUk] += pts;
}

class Scanner {
 public:
  // A run of ASCII letters, most of the text: what feed() does for each of them (track_url,
  // then on_letter for a Latin letter with no distinctive signal), with the per-word parts done
  // once. A letter never sets url_: "www." ends with a dot, and '@' and "//" are not letters.
  void feed_ascii_letters(std::string_view run) {
    for (std::size_t k = 0; k < run.size() && chunk_chars_ + k < 4; ++k) {
      head_[chunk_chars_ + k] = static_cast<char>(run[k] | 0x20);
    }
    chunk_chars_ += run.size();
    before_prev_ = run.size() >= 2 ? static_cast<unsigned char>(run[run.size() - 2]) : prev_;
    prev_ = static_cast<unsigned char>(run.back());
    apostrophe_after_cyrillic_ = false;
    if (word_.size == 0 && !word_.overflow) word_.script = kLatin;
    if (word_.script != kLatin) word_.script = kScriptCount;
    word_.units[kLatin] += kLetter * static_cast<std::uint32_t>(run.size());
    if (word_.upper + word_.lower == 0 && run[0] <= 'Z') word_.capitalized = true;
    for (const char c : run) {
      const char lower = static_cast<char>(c | 0x20);
      if (c <= 'Z')
        ++word_.upper;
      else
        ++word_.lower;
      if (word_.size < Word::kMaxBytes)
        word_.bytes[word_.size++] = lower;
      else
        word_.overflow = true;
    }
    word_.last = static_cast<unsigned char>(run.back() | 0x20);
  }

  // A run of Hangul syllables (each 3 bytes, valid): the same state as feed() on each of them,
  // one update per run (Korean text is most of its letters here).
  void feed_hangul_syllables(std::string_view run) {
    const std::size_t n = run.size() / 3;
    const auto syllable = [&](std::size_t i) {
      const auto* b = reinterpret_cast<const unsigned char*>(run.data()) + 3 * i;
      return static_cast<char32_t>(((b[0] & 0x0Fu) << 12) | ((b[1] & 0x3Fu) << 6) | (b[2] & 0x3Fu));
    };
    for (std::size_t k = 0; k < n && chunk_chars_ + k < 4; ++k) head_[chunk_chars_ + k] = 0;
    chunk_chars_ += n;
    before_prev_ = n >= 2 ? syllable(n - 2) : prev_;
    prev_ = syllable(n - 1);
    apostrophe_after_cyrillic_ = false;
    if (word_.size == 0 && !word_.overflow) word_.script = kHangul;
    if (word_.script != kHangul) word_.script = kScriptCount;
    word_.units[kHangul] += kHangulSyllable * static_cast<std::uint32_t>(n);
    const std::size_t fits = std::min(n, (Word::kMaxBytes - word_.size) / 3);
    for (std::size_t i = 0; i < 3 * fits; ++i) word_.bytes[word_.size++] = run[i];
    if (fits < n) word_.overflow = true;
    word_.last = prev_;
  }

  // A run of U+0410..U+044F (А..я, each 2 bytes, valid): the same state as feed() on each.
  void feed_basic_cyrillic(std::string_view run) {
    const std::size_t n = run.size() / 2;
    const auto letter = [&](std::size_t i) {
      const auto* b = reinterpret_cast<const unsigned char*>(run.data()) + 2 * i;
      return static_cast<char32_t>(((b[0] & 0x1Fu) << 6) | (b[1] & 0x3Fu));
    };
    if (apostrophe_after_cyrillic_) chunk_.signal[kUk] += kUniqueLetter;
    apostrophe_after_cyrillic_ = false;
    for (std::size_t k = 0; k < n && chunk_chars_ + k < 4; ++k) head_[chunk_chars_ + k] = 0;
    chunk_chars_ += n;
    before_prev_ = n >= 2 ? letter(n - 2) : prev_;
    prev_ = letter(n - 1);
    if (word_.size == 0 && !word_.overflow) word_.script = kCyrillic;
    if (word_.script != kCyrillic) word_.script = kScriptCount;
    word_.units[kCyrillic] += kLetter * static_cast<std::uint32_t>(n);
    for (std::size_t i = 0; i < n; ++i) {
      const char32_t cp = letter(i);
      const char32_t lower = cp < 0x430 ? cp + 0x20 : cp;
      if (lower != cp) {
        if (word_.upper + word_.lower == 0) word_.capitalized = true;
        ++word_.upper;
      } else {
        ++word_.lower;
      }
      if (lower == U'ы' || lower == U'э' || lower == U'ъ') ++word_.letters[kRu];
      if (word_.size + 2 <= Word::kMaxBytes) {
        word_.bytes[word_.size++] = static_cast<char>(0xC0 | (lower >> 6));
        word_.bytes[word_.size++] = static_cast<char>(0x80 | (lower & 0x3F));
      } else {
        word_.overflow = true;
      }
      word_.last = lower;
    }
  }

  void feed(char32_t cp) {
    if (is_space(cp)) {
      end_chunk();
      return;
    }
    track_url(cp);
    // Fast paths for the common blocks; ICU's property lookups only for the rest.
    bool letter;
    if (cp < 0x80) {
      letter = (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    } else if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x0400 && cp <= 0x045F)) {
      letter = true;
    } else {
      if (word_.size > 0 && u_charType(cp) == U_NON_SPACING_MARK) {
        on_mark(cp);
        return;
      }
      letter = u_isalpha(cp);
    }
    if (!letter) {
      on_non_letter(cp);
      return;
    }
    on_letter(cp);
    prev_ = cp;
  }

  Counts finish() {
    end_chunk();
    return total_;
  }

 private:
  void on_letter(char32_t cp) {
    int script;
    std::uint32_t units = kLetter;
    if (is_hangul(cp)) {
      script = kHangul;
      if (cp >= 0xAC00 && cp <= 0xD7A3) units = kHangulSyllable;
    } else if (is_latin(cp)) {
      script = kLatin;
    } else if (is_cyrillic(cp)) {
      script = kCyrillic;
    } else {
      script = kOtherScript;
      // Han and kana carry a syllable or a word each, like Hangul.
      if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
          (cp >= 0xF900 && cp <= 0xFAFF) || cp >= 0x20000) {
        units = kIdeograph;
      }
    }
    // Ukrainian writes an apostrophe inside words (м'ясо, п’ять); Russian does not.
    if (apostrophe_after_cyrillic_ && script == kCyrillic) chunk_.signal[kUk] += kUniqueLetter;
    apostrophe_after_cyrillic_ = false;

    if (word_.size == 0 && !word_.overflow) word_.script = script;
    if (word_.script != script) word_.script = kScriptCount;
    word_.units[script] += units;
    char32_t lower = cp;
    if (script == kLatin || script == kCyrillic) {
      lower = to_lower(cp);
      if (lower != cp) {
        if (word_.upper + word_.lower == 0) word_.capitalized = true;
        ++word_.upper;
      } else {
        ++word_.lower;
      }
      const int sig = script == kLatin ? latin_letter_signal(lower) : cyrillic_letter_signal(lower);
      if (sig >= 0) ++word_.letters[sig];
    }
    word_.append(lower);
    word_.last = lower;
  }

  // Decomposed (NFD) input: an accent arrives as a mark after its base letter.
  void on_mark(char32_t cp) {
    if (word_.script == kLatin) {
      const bool es_mark =
          (cp == 0x301 && word_.last != U'e') || (cp == 0x303 && word_.last == U'n');
      const bool neutral =
          (cp == 0x308 && word_.last == U'u') || (cp == 0x301 && word_.last == U'e');
      if (!neutral) ++word_.letters[es_mark ? kEs : kOtherLatin];
    } else if (word_.script == kCyrillic && cp == 0x308) {
      ++word_.letters[word_.last == U'е' ? kRu : kUk];  // ё / ї
    }
    word_.append(cp);
  }

  void on_non_letter(char32_t cp) {
    const bool apostrophe = cp == '\'' || cp == 0x2019 || cp == 0x02BC;
    const bool cyrillic_before = word_.size > 0 && word_.script == kCyrillic;
    end_word();
    apostrophe_after_cyrillic_ = apostrophe && cyrillic_before;
    if (cp == '(' || cp == '[') paren_depth_ = std::min(paren_depth_ + 1, 8);
    if ((cp == ')' || cp == ']') && paren_depth_ > 0) --paren_depth_;
    if (cp == U'¿' || cp == U'¡') chunk_.signal[kEs] += kUniqueLetter;
    prev_ = cp;
  }

  void end_word() {
    if (word_.size == 0 && !word_.overflow) return;
    // Acronyms (NATO, RCIT, США) say little about the language around them; text in
    // parentheses is often a gloss in another language (국제질서(international order)).
    // Capitalized words are often names (Alexander in Russian text), so they count half.
    const bool acronym = word_.upper >= 2 && word_.lower == 0;
    for (int s = 0; s < kScriptCount; ++s) {
      std::uint32_t u = word_.units[s];
      chunk_.raw += u;
      if (acronym && (s == kLatin || s == kCyrillic)) u /= 4;
      if (!acronym && word_.capitalized && (s == kLatin || s == kCyrillic)) u /= 2;
      if (paren_depth_ > 0) u /= 2;
      chunk_.script[s] += u;
    }
    // A foreign letter in a capitalized word is most often a name, and weaker evidence.
    const std::uint32_t per_letter = word_.capitalized ? kUniqueLetter / 2 : kUniqueLetter;
    for (int g = 0; g < kSignalCount; ++g) chunk_.signal[g] += word_.letters[g] * per_letter;
    if (!word_.overflow && (word_.script == kLatin || word_.script == kCyrillic)) {
      const std::string_view w = word_.text();
      if (word_.script == kLatin) {
        score_stopword(latin_stopwords().lookup(w), chunk_.signal);
        if (w.size() > 4 && (ends_with(w, "ing") || w.find("th") != std::string_view::npos)) {
          chunk_.signal[kEn] += kSuffix;
        }
      } else {
        score_stopword(cyrillic_stopwords().lookup(w), chunk_.signal);
      }
    }
    word_.reset();
  }

  // URLs and e-mail addresses: "://", a leading "www." or an '@' anywhere in the chunk.
  void track_url(char32_t cp) {
    if (chunk_chars_ < 4) head_[chunk_chars_] = static_cast<char>(cp < 0x80 ? (cp | 0x20) : 0);
    if (cp == '@' || (chunk_chars_ == 3 && std::string_view(head_, 4) == "www.")) url_ = true;
    if (cp == '/' && prev_ == '/' && before_prev_ == ':') url_ = true;
    before_prev_ = prev_;
    ++chunk_chars_;
  }

  void end_chunk() {
    end_word();
    if (!url_) total_.add(chunk_);
    chunk_ = Counts();
    url_ = false;
    chunk_chars_ = 0;
    prev_ = before_prev_ = 0;
    apostrophe_after_cyrillic_ = false;
  }

  Counts total_, chunk_;
  Word word_;
  int paren_depth_ = 0;
  bool url_ = false, apostrophe_after_cyrillic_ = false;
  char head_[4] = {};  // the chunk's first 4 characters, ASCII lower-cased
  std::size_t chunk_chars_ = 0;
  char32_t prev_ = 0, before_prev_ = 0;
};

// The end of the run of U+0410..U+044F (D0 90..D1 8F) from `pos`.
std::size_t basic_cyrillic_run_end(std::string_view text, std::size_t pos) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  while (pos + 2 <= text.size() && ((b[pos] == 0xD0 && b[pos + 1] >= 0x90 && b[pos + 1] <= 0xBF) ||
                                    (b[pos] == 0xD1 && b[pos + 1] >= 0x80 && b[pos + 1] <= 0x8F)))
    pos += 2;
  return pos;
}

// The end of the run of Hangul syllables (U+AC00..U+D7A3, 3 bytes each) from `pos`.
std::size_t hangul_run_end(std::string_view text, std::size_t pos) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  while (pos + 3 <= text.size() && b[pos] >= 0xEA && b[pos] <= 0xED &&
         (b[pos + 1] & 0xC0u) == 0x80 && (b[pos + 2] & 0xC0u) == 0x80) {
    const char32_t cp =
        ((b[pos] & 0x0Fu) << 12) | ((b[pos + 1] & 0x3Fu) << 6) | (b[pos + 2] & 0x3Fu);
    if (cp < 0xAC00 || cp > 0xD7A3) break;
    pos += 3;
  }
  return pos;
}

}  // namespace

LanguageGuess identify_language(std::string_view text) {
  Scanner scanner;
  ScriptTally tally;
  for (std::size_t pos = 0; pos < text.size();) {
    if (ascii_letter(text[pos])) {
      std::size_t end = pos + 1;
      while (end < text.size() && ascii_letter(text[end])) ++end;
      scanner.feed_ascii_letters(text.substr(pos, end - pos));
      tally.n[0] += static_cast<std::uint32_t>(end - pos);
      pos = end;
      continue;
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80) {  // spaces, digits, ASCII punctuation
      scanner.feed(static_cast<unsigned char>(text[pos++]));
      continue;
    }
    if (const std::size_t end = basic_cyrillic_run_end(text, pos); end > pos) {
      scanner.feed_basic_cyrillic(text.substr(pos, end - pos));
      tally.n[1] += static_cast<std::uint32_t>((end - pos) / 2);
      pos = end;
      continue;
    }
    if (const std::size_t end = hangul_run_end(text, pos); end > pos) {
      scanner.feed_hangul_syllables(text.substr(pos, end - pos));
      tally.n[2] += static_cast<std::uint32_t>((end - pos) / 3);
      pos = end;
      continue;
    }
    const core::DecodedChar c = core::decode_utf8_fast(text, pos);
    pos += c.length;
    if (c.code_point >= 0x80) tally.add(c.code_point);
    if (c.valid) scanner.feed(c.code_point);
  }
  const Verdict v = guess(scanner.finish());
  return {v.lang, v.confidence, tally.best()};
}

}  // namespace loupe::langid
