// Internal to TaggerFeatures (tagger_words.cc, tagger_scores.cc): the table of distinct words,
// kept across documents and calls. What depends on a word alone is computed once per word and
// thread, not once per document: its hashes, lexicon key and lookups, and per model the summed
// weights of its one-word features (tagger_scores.cc). The app re-extracts the same corpus on
// every call, and a corpus repeats its words across documents.
// Bounded: between documents, a table over kTaggerWordTableBytes is emptied (its memory
// released), so it holds at most that plus the words of one document. The features that depend
// on the document (the words around other occurrences) are never kept here: TaggerFeatures sums
// them per document.
// Keyed by the word's bytes (a Hangul word, or eojeol, apart from a token of the same bytes):
// two words never share an entry. Models by their id (TaggerModel::id: never reused, so a
// model parsed at the address of a freed one finds no sums of the old one).
#pragma once
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/tagger_features.h"

namespace loupe::entities {

inline constexpr std::size_t kTaggerWordTableBytes = std::size_t{12} << 20;  // 12 MiB
inline constexpr int kTaggerModelSlots = 6;  // five languages' models, and one spare
inline constexpr std::uint32_t kNoEntry = UINT32_MAX;

// A Hangul word's values that depend on its bytes and stem alone (TaggerFeatures::korean_marks):
// hashes, sound class and lexicon lookups, computed once per word in its eojeol entry.
struct KoreanWordValues {
  std::uint64_t word = 0, stem = 0, particle = 0;
  std::uint64_t stem_head = 0, stem_tail = 0, stem_first = 0, stem_tail2 = 0;
  std::uint64_t gazetteer = 0;  // its known name's type, or 0
  std::uint32_t stem_size = 0;  // the stem they were computed for (a prefix of the word)
  bool filled = false;
  std::uint8_t sound = 0, known = 0, flags = 0;  // known: the lexicon's type + 1; flags: its own
  bool title_after = false;  // its stem is a title after a name (kKoTitleAfter of the word before)
};

// What find() compares (hash, eojeol, bytes), score()'s sums and the small fields first, the
// large TokenInfo last: a token's lookup and scores touch the entry's first cache lines only.
struct TaggerWordEntry {
  std::uint64_t hash = 0;  // of the bytes (TokenInfo::raw; eojeols mixed with 'E')
  std::uint32_t word_begin = 0, word_size = 0;  // in the table's bytes
  std::uint32_t key_begin = 0, key_size = 0;    // its lexicon key, in the table's bytes
  bool eojeol = false;                          // a Hangul word (eojeol_scores()), not a token
  bool upper_first = false;
  bool has_key = false;    // Latin or Cyrillic with a lexicon: a part of multi-word names
  bool multiword = false;  // its key starts a known name of several words
  std::uint8_t letters = 0, upper = 0;  // among the first 8 code points (headline test)
  // No sign of a name in its form (TaggerFeatures::may_hold_name): every letter lower case and
  // no digit, or only the first letter a capital and the lexicon lists it as no name (`The`,
  // `Але`). Never for Hangul, Han or any letter without case.
  bool no_name_form = false;
  int name = -1;  // the known name of its key alone, or -1
  // Per model slot: its one-word sums in the table's sums (+ 1; 0: not computed).
  std::uint32_t sums[kTaggerModelSlots] = {};
  // The document's context sums (TaggerFeatures::context_sums_): valid while context_document
  // is that TaggerFeatures' document serial and context_slot its model's slot.
  std::uint32_t context_document = 0, context_sums = 0;  // context_sums + 1; 0: no features
  std::uint8_t context_slot = 0;
  std::uint64_t doc_key = 0;       // document()'s key: the keyer's, or the lower case
  TaggerFeatures::TokenInfo info;  // only the fields that depend on the word alone
  KoreanWordValues korean;         // an eojeol's (korean_word())
};

class TaggerWordTable {
 public:
  // This thread's table for a lexicon and keyer (what the entries' lexicon values come from).
  static TaggerWordTable& of(const Lexicon* lexicon, NameKeyer* keyer);

  // The entry of `word`, added (empty but for its bytes and hash) if new: `added`.
  std::uint32_t find(std::string_view word, bool eojeol, bool& added);
  TaggerWordEntry& operator[](std::uint32_t entry) { return entries_[entry]; }
  const TaggerWordEntry& operator[](std::uint32_t entry) const { return entries_[entry]; }
  std::string_view word(const TaggerWordEntry& e) const {
    return std::string_view(bytes_).substr(e.word_begin, e.word_size);
  }
  std::string_view key(const TaggerWordEntry& e) const {
    return std::string_view(bytes_).substr(e.key_begin, e.key_size);
  }
  void set_key(TaggerWordEntry& e, std::string_view key);
  // A Hangul syllable's entry + 1 (0: none yet), by its code point: most tokens of Korean text
  // are syllables, found here without hashing or probing. Null when `word` is not one syllable.
  std::uint32_t* syllable_entry(std::string_view word);

  // The slot of `model_id`; a new model takes a free slot or the least recently used one
  // (whose sums are dropped).
  int slot(std::uint64_t model_id);
  // `count` zeroed sums, their index; valid until the table is emptied.
  std::uint32_t new_sums(std::size_t count);
  std::int32_t* sums(std::uint32_t index) { return sums_.data() + index; }

  // A new document's serial (never 0); empties the table first if it is over its bound.
  std::uint32_t next_document();
  // Changes whenever the table is emptied: entry numbers kept from before are then void.
  std::uint32_t generation() const { return generation_; }
  std::size_t bytes() const;
  std::size_t size() const { return entries_.size(); }
  void set_max_bytes(std::size_t bytes) { max_bytes_ = bytes; }  // tests: a smaller bound
  // Empties this thread's tables (memory is short); entry numbers kept from before are void,
  // as after any emptying (generation()).
  static void release_all();

 private:
  void clear();
  std::vector<TaggerWordEntry> entries_;
  struct Slot {
    std::uint32_t entry = 0;  // entry + 1, 0: empty
    std::uint32_t check = 0;  // the high half of the entry's hash: most misses end here
  };
  std::vector<Slot> slots_;               // open addressing
  std::vector<std::uint32_t> syllables_;  // syllable_entry(), by code point - U+AC00
  std::string bytes_;                     // words and keys, end to end
  std::vector<std::int32_t> sums_;
  std::uint64_t model_ids_[kTaggerModelSlots] = {};
  std::uint32_t model_used_[kTaggerModelSlots] = {};  // document serial of the last use
  std::uint32_t document_ = 0, generation_ = 0;
  std::size_t max_bytes_ = kTaggerWordTableBytes;
};

}  // namespace loupe::entities
