// TaggerFeatures' table of distinct words (tagger_word_table.h): a word's hashes (lower case,
// shapes, affixes), lexicon key, flags and known-name lookups depend on the word alone, so they
// are computed once per distinct word and kept across documents, not computed per token.
// Keyed by the bytes themselves, so two words never share an entry.
#include <unicode/uchar.h>

#include <algorithm>
#include <climits>
#include <memory>

#include "core/utf8.h"
#include "extract/entities/string_flat_map.h"
#include "extract/entities/tagger_feature_hash.h"
#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_word_table.h"

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

// 0: every letter lower case and no digit (punctuation too); 1: only the first letter is not
// lower case ("Putin", "I'm", "北"); 2: a digit, or a letter after the first that is not lower
// case, capital or caseless ("NATO", "iPhone", "2024", "McCain", "習近平").
int case_cue(std::string_view word) {
  int cue = 0;
  bool first = true;
  for (std::size_t p = 0; p < word.size();) {
    const core::DecodedChar c = core::decode_utf8_fast(word, p);
    p += c.length;
    const char32_t cp = c.code_point;
    const bool digit = cp < 0x80 ? cp >= '0' && cp <= '9' : u_isdigit(cp) != 0;
    const bool letter = cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : u_isalpha(cp) != 0;
    if (!digit && !letter) continue;
    const bool lower = cp < 0x80 ? cp >= 'a' && cp <= 'z' : u_islower(cp) != 0;
    if (digit || (!lower && !first)) return 2;
    if (!lower) cue = 1;
    first = false;
  }
  return cue;
}

}  // namespace

namespace {
struct OwnedTable {
  const Lexicon* lexicon;
  NameKeyer* keyer;
  std::unique_ptr<TaggerWordTable> table;
};
// Tables per lexicon and keyer: one in the engine (its lexicon, this thread's keyer); tests
// make others. At most four are kept, the oldest dropped.
std::vector<OwnedTable>& owned_tables() {
  thread_local std::vector<OwnedTable> tables;
  return tables;
}
}  // namespace

void TaggerWordTable::release_all() {
  for (OwnedTable& o : owned_tables()) o.table->clear();  // the objects stay: callers hold them
}

TaggerWordTable& TaggerWordTable::of(const Lexicon* lexicon, NameKeyer* keyer) {
  std::vector<OwnedTable>& tables = owned_tables();
  for (OwnedTable& o : tables)
    if (o.lexicon == lexicon && o.keyer == keyer) return *o.table;
  if (tables.size() == 4) tables.erase(tables.begin());
  tables.push_back({lexicon, keyer, std::make_unique<TaggerWordTable>()});
  return *tables.back().table;
}

std::uint32_t TaggerWordTable::find(std::string_view word, bool eojeol, bool& added) {
  const std::uint64_t h = eojeol ? mix(hash_bytes(word), 'E') : hash_bytes(word);
  if (entries_.size() * 2 >= slots_.size()) {  // grow: at most half full
    slots_.assign(std::max<std::size_t>(1024, slots_.size() * 2), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t e = 0; e < entries_.size(); ++e) {
      std::size_t slot = entries_[e].hash & mask;
      while (slots_[slot].entry) slot = (slot + 1) & mask;
      slots_[slot] = {e + 1, static_cast<std::uint32_t>(entries_[e].hash >> 32)};
    }
  }
  const std::size_t mask = slots_.size() - 1;
  const auto check = static_cast<std::uint32_t>(h >> 32);
  std::size_t slot = h & mask;
  for (; slots_[slot].entry; slot = (slot + 1) & mask) {
    if (slots_[slot].check != check) continue;
    const TaggerWordEntry& e = entries_[slots_[slot].entry - 1];
    if (e.hash == h && e.eojeol == eojeol && same_bytes(this->word(e), word))
      return slots_[slot].entry - 1;
  }
  const auto entry = static_cast<std::uint32_t>(entries_.size());
  slots_[slot] = {entry + 1, check};
  TaggerWordEntry& e = entries_.emplace_back();
  e.hash = h, e.eojeol = eojeol;
  e.word_begin = static_cast<std::uint32_t>(bytes_.size());
  e.word_size = static_cast<std::uint32_t>(word.size());
  bytes_ += word;
  added = true;
  return entry;
}

std::uint32_t* TaggerWordTable::syllable_entry(std::string_view word) {
  if (word.size() != 3) return nullptr;
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(word[k]); };
  const char32_t cp = ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  if ((b(0) & 0xF0u) != 0xE0u || cp < 0xAC00 || cp > 0xD7A3) return nullptr;
  if (syllables_.empty()) syllables_.assign(0xD7A4 - 0xAC00, 0);
  return &syllables_[cp - 0xAC00];
}

void TaggerWordTable::set_key(TaggerWordEntry& e, std::string_view key) {
  e.key_begin = static_cast<std::uint32_t>(bytes_.size());
  e.key_size = static_cast<std::uint32_t>(key.size());
  bytes_ += key;
}

int TaggerWordTable::slot(std::uint64_t model_id) {
  int oldest = 0;
  for (int s = 0; s < kTaggerModelSlots; ++s) {
    if (model_ids_[s] == model_id) {
      model_used_[s] = document_;
      return s;
    }
    if (model_used_[s] < model_used_[oldest]) oldest = s;
  }
  for (TaggerWordEntry& e : entries_) {  // its sums are now unreachable
    e.sums[oldest] = 0;
    if (e.context_slot == oldest) e.context_document = 0;
  }
  model_ids_[oldest] = model_id;
  model_used_[oldest] = document_;
  return oldest;
}

std::uint32_t TaggerWordTable::new_sums(std::size_t count) {
  const auto index = static_cast<std::uint32_t>(sums_.size());
  sums_.resize(sums_.size() + count, 0);
  return index;
}

std::size_t TaggerWordTable::bytes() const {
  return entries_.capacity() * sizeof(TaggerWordEntry) + slots_.capacity() * sizeof(Slot) +
         bytes_.capacity() + sums_.capacity() * 4 + syllables_.capacity() * 4;
}

void TaggerWordTable::clear() {
  entries_ = {}, slots_ = {}, bytes_ = {}, sums_ = {};  // the memory itself released
  syllables_ = {};
  for (int s = 0; s < kTaggerModelSlots; ++s) model_ids_[s] = 0, model_used_[s] = 0;
  ++generation_;
}

std::uint32_t TaggerWordTable::next_document() {
  if (bytes() > max_bytes_ || document_ == UINT32_MAX) clear();
  if (document_ == UINT32_MAX) document_ = 0;  // stamps of serials before are cleared above
  return ++document_;
}

TaggerWordTable& TaggerFeatures::table() {
  if (!table_) table_ = &TaggerWordTable::of(lex_, keyer_);
  return *table_;
}

std::uint32_t TaggerFeatures::word_entry(std::string_view text, const TaggerToken& t) {
  bool added = false;
  TaggerWordTable& words = table();
  const std::string_view word = slice(text, t.bytes.begin_byte, t.bytes.end_byte);
  std::uint32_t* syllable = t.script == Script::kHangul ? words.syllable_entry(word) : nullptr;
  if (syllable && *syllable) return *syllable - 1;
  const std::uint32_t e = words.find(word, false, added);
  if (added) fill_entry(words[e], t.script);
  if (syllable) *syllable = e + 1;
  return e;
}

// What prepare() and lexicon_marks() computed per token before (the same values).
void TaggerFeatures::fill_entry(TaggerWordEntry& e, Script script) {
  TokenInfo& info = e.info;
  info.script = static_cast<std::uint8_t>(script);
  if (script == Script::kHangul) {
    info.raw = info.lower = e.hash;
    info.shape = info.short_shape = hash_bytes("H");
    return;
  }
  const std::string_view word = table().word(e);
  std::size_t letters = 0, upper = 0;
  word_values(word, info, letters, upper);
  e.letters = static_cast<std::uint8_t>(letters), e.upper = static_cast<std::uint8_t>(upper);
  info.key = info.lower;
  e.doc_key = info.lower;
  e.upper_first = !word.empty() && u_isupper(core::decode_utf8_fast(word, 0).code_point);
  const int cue = case_cue(word);
  e.no_name_form = cue == 0;
  if (!keyer_ || (script != Script::kLatin && script != Script::kCyrillic)) return;
  const std::string& k = keyer_->word_key(word);
  e.doc_key = hash_bytes(k);
  if (!lex_) return;
  e.has_key = true;
  info.key = e.doc_key;
  std::uint8_t flags = 0;
  if (lex_->is_title_key(k) || lex_->is_title_start(k)) flags |= kTitleWord;
  if (lex_->is_org_word(k)) flags |= kOrgWord;
  if (lex_->is_loc_word(k)) flags |= kLocWord;
  if (lex_->is_nonname(k) && !lex_->is_late_nonname(k)) flags |= kNonname;
  if (lex_->is_demonym(k)) flags |= kDemonym;
  info.lexicon_flags = flags;
  if (cue == 1 && (flags & kNonname)) e.no_name_form = true;
  table().set_key(e, k);
  if (k.empty()) return;
  e.name = lex_->find_name(k);
  e.multiword = lex_->starts_multiword_name(k);
}

}  // namespace loupe::entities
