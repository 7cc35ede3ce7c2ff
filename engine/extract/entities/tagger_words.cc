// TaggerFeatures' table of a document's distinct words: a word's hashes (lower case, shapes,
// affixes), lexicon key, flags and known-name lookups depend on the word alone, so they are
// computed once per distinct word, not per token (a document repeats its words: on the corpus,
// one token in 5 to 10 is a new word). Keyed by the bytes themselves, so two words never share
// an entry.
#include <unicode/uchar.h>

#include "core/utf8.h"
#include "extract/entities/tagger_feature_hash.h"
#include "extract/entities/tagger_features.h"

namespace loupe::entities {
using namespace tagger_hash;  // NOLINT: the templates read as in a table
namespace {

char shape_class(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return 'X';
    if (cp >= 'a' && cp <= 'z') return 'x';
    if (cp >= '0' && cp <= '9') return 'd';
    return static_cast<char>(cp);
  }
  if (u_isupper(cp)) return 'X';
  if (u_isalpha(cp)) return 'x';
  if (u_isdigit(cp)) return 'd';
  return '*';
}

char32_t lower_case(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  return static_cast<char32_t>(u_tolower(cp));
}

// Lower case, shape ("Xxxxx", first 8 code points), short shape (runs collapsed: "Xx"),
// prefixes and suffixes of 1-4 code points: hashed in one pass over the code points. Adds the
// letters and capitals among the first 8 to `letters` and `upper` (the headline test).
void word_values(std::string_view word, TaggerFeatures::TokenInfo& info, std::size_t& letters,
                 std::size_t& upper) {
  StreamHash lower, shape, short_shape;
  std::uint64_t prefix[4] = {};
  char32_t last[4] = {};  // the last four lower-case code points, as a ring
  std::size_t n = 0;
  char previous_class = 0;
  for (std::size_t p = 0; p < word.size();) {
    const core::DecodedChar c = core::decode_utf8_fast(word, p);
    const char32_t low = lower_case(c.code_point);
    lower.code_point(low);
    if (n < 4) prefix[n] = lower.h;
    last[n % 4] = low;
    const char k = shape_class(c.code_point);
    if (n < 8) {
      shape.byte(static_cast<unsigned char>(k));
      letters += k == 'X' || k == 'x', upper += k == 'X';
    }
    if (n == 0 || k != previous_class) short_shape.byte(static_cast<unsigned char>(k));
    previous_class = k;
    ++n;
    p += c.length;
  }
  info.raw = hash_bytes(word);
  info.lower = lower.h;
  info.shape = shape.h + word.size() / 8;
  info.short_shape = short_shape.h;
  info.first_class = n ? shape_class(core::decode_utf8_fast(word, 0).code_point) : 0;
  for (std::size_t k = 1; k <= 4; ++k) {
    const bool fits = k < n;  // a prefix as long as the word is the word itself
    info.prefix[k - 1] = fits ? prefix[k - 1] : 0;
    if (!fits) {
      info.suffix[k - 1] = 0;
      continue;
    }
    StreamHash suffix;
    for (std::size_t j = n - k; j < n; ++j) suffix.code_point(last[j % 4]);
    info.suffix[k - 1] = suffix.h;
  }
}

}  // namespace

void TaggerFeatures::clear_words(std::string_view text) {
  words_text_ = text;
  words_.clear(), word_slots_.clear(), keys_.clear(), word_sums_.clear();
}

std::uint32_t TaggerFeatures::word_entry(std::string_view text, const TaggerToken& t) {
  bool added = false;
  const std::uint32_t e =
      find_word(slice(text, t.bytes.begin_byte, t.bytes.end_byte), false, added);
  if (added) fill_entry(words_[e], t.script);
  return e;
}

// The entry of `word` (a token, or a whole Hangul word: one syllable is both), added if new.
std::uint32_t TaggerFeatures::find_word(std::string_view word, bool eojeol, bool& added) {
  const std::uint64_t h = eojeol ? mix(hash_bytes(word), 'E') : hash_bytes(word);
  if (words_.size() * 2 >= word_slots_.size()) {  // grow: at most half full
    word_slots_.assign(std::max<std::size_t>(1024, word_slots_.size() * 2), 0);
    const std::size_t mask = word_slots_.size() - 1;
    for (std::uint32_t e = 0; e < words_.size(); ++e) {
      std::size_t slot = words_[e].hash & mask;
      while (word_slots_[slot]) slot = (slot + 1) & mask;
      word_slots_[slot] = e + 1;
    }
  }
  const std::size_t mask = word_slots_.size() - 1;
  std::size_t slot = h & mask;
  for (; word_slots_[slot]; slot = (slot + 1) & mask) {
    const WordEntry& e = words_[word_slots_[slot] - 1];
    if (e.hash == h && e.eojeol == eojeol && e.word == word) return word_slots_[slot] - 1;
  }
  const auto entry = static_cast<std::uint32_t>(words_.size());
  word_slots_[slot] = entry + 1;
  WordEntry& e = words_.emplace_back();
  e.word = word, e.hash = h, e.eojeol = eojeol;
  added = true;
  return entry;
}

// What prepare() and lexicon_marks() computed per token before (the same values).
void TaggerFeatures::fill_entry(WordEntry& e, Script script) {
  TokenInfo& info = e.info;
  info.script = static_cast<std::uint8_t>(script);
  if (script == Script::kHangul) {
    info.raw = info.lower = e.hash;
    info.shape = info.short_shape = hash_bytes("H");
    return;
  }
  std::size_t letters = 0, upper = 0;
  word_values(e.word, info, letters, upper);
  e.letters = static_cast<std::uint8_t>(letters), e.upper = static_cast<std::uint8_t>(upper);
  info.key = info.lower;
  e.doc_key = info.lower;
  e.upper_first = !e.word.empty() && u_isupper(core::decode_utf8_fast(e.word, 0).code_point);
  if (!keyer_ || (script != Script::kLatin && script != Script::kCyrillic)) return;
  const std::string& k = keyer_->word_key(e.word);
  e.doc_key = hash_bytes(k);
  if (!lex_) return;
  e.has_key = true;
  info.key = e.doc_key;
  std::uint8_t flags = 0;
  if (lex_->is_title_key(k) || lex_->is_title_start(k)) flags |= kTitleWord;
  if (lex_->is_org_word(k)) flags |= kOrgWord;
  if (lex_->is_loc_word(k)) flags |= kLocWord;
  if (lex_->is_nonname(k)) flags |= kNonname;
  if (lex_->is_demonym(k)) flags |= kDemonym;
  info.lexicon_flags = flags;
  e.key_begin = static_cast<std::uint32_t>(keys_.size());
  e.key_size = static_cast<std::uint32_t>(k.size());
  keys_ += k;
  if (k.empty()) return;
  e.name = lex_->find_name(k);
  e.multiword = lex_->starts_multiword_name(k);
}

}  // namespace loupe::entities
