// TaggerFeatures: the hashed sparse features of each token of a sequence, shared by the
// trainer and the tagger so both see the same numbers.
//  - Latin, Cyrillic, other: the word and its lower case, shape, prefixes and suffixes 1-4,
//    script, position in the sentence, a headline flag (mostly capitals), neighbouring words
//    and shapes within ±2 (lexicon keys, i.e. Cyrillic stems, within ±2), word bigrams, shape
//    trigrams, the word before or after with this word's shape; the place in a run of
//    capitalized words and the run's length (alone and with the word); inside quotes;
//    membership in the lexicon (gazetteer and alias names of 1-3 words with their type,
//    titles before, organization and place words, words that are not names, demonyms):
//    features, not decisions.
//  - Hangul syllables: the syllable and its neighbours ±2 (a space between is part of the
//    feature), syllable bigrams, the word, its particle-stripped stem and the particle, the
//    place of the syllable in the word, the words before and after and their particles; the
//    stem's first syllable with its length (a surname opening a 3-syllable name), its last two
//    syllables (위원회, 대학교); known Korean names, titles after, organization suffixes; the
//    sound classes of the word and its neighbours (a transcribed foreign name: 도널드 트럼프).
// A feature is a 64-bit hash of a template number and its values, reduced to `bits` bits.
// E.g. in "President Putin said", "Putin" has W=putin, SHAPE=Xx, W-1=president, TITLE-1, ...
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/tagger_tokens.h"
#include "extract/entities/tagger_word_classes.h"

namespace loupe::entities {

class TaggerModel;

// Features of the tokens of one sequence: token i has ids[offsets[i] .. offsets[i + 1]).
struct FeatureRows {
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> offsets;
  std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

class TaggerFeatures {
 public:
  // `lexicon` and `keyer` may be null: no lexicon features.
  TaggerFeatures(const Lexicon* lexicon, NameKeyer* keyer, int bits)
      : lex_(lexicon), keyer_(keyer), bits_(bits) {}

  void set_bits(int bits) { bits_ = bits; }
  // The language's word classes (null: none, no class features). score() takes its model's.
  void set_word_classes(const WordClasses* classes) { classes_ = classes; }
  // Once per document, before its sequences: what the other occurrences of each capitalized
  // word (Hangul: word stem) show, the words around them and whether the document also
  // writes it in lower case (non-local features: one string, one type, per document).
  void document(std::string_view text, const TaggerTokens& tokens);
  void extract(std::string_view text, const TaggerTokens& tokens, TokenSequence seq,
               FeatureRows& out);
  // The emission scores of `seq` under `model` (kTaggerLabels per token): the sums of the
  // model's weights of extract()'s features, the same numbers, with fewer lookups
  // (tagger_scores.cc). After document(); `text` outlives the document.
  void score(std::string_view text, const TaggerTokens& tokens, TokenSequence seq,
             const TaggerModel& model, std::vector<std::int32_t>& scores);

  // Per-token values (hashes), computed once per sequence.
  struct TokenInfo {
    std::uint64_t lower = 0, raw = 0, shape = 0, short_shape = 0;
    std::uint64_t key = 0;  // the lexicon's key (Cyrillic: stem; "Москвы" = "Москве"), or lower
    std::uint64_t prefix[4] = {}, suffix[4] = {};
    std::uint64_t gazetteer = 0;  // type and place of a known name covering it, or 0
    std::uint8_t script = 0;
    char first_class = 0;      // shape class of the first code point: 'X', 'x', 'd', punctuation
    std::uint8_t cap_run = 0;  // in a run of capitalized words: place (B I L U) * 8 + length
    bool in_quote = false;     // between opening and closing quotes
    std::uint8_t lexicon_flags = 0;  // kTitle, kOrgWord, ... (tagger_features.cc)
    // Hangul syllables: the word, its stem and particle, the neighbouring words' stems.
    std::uint64_t word = 0, stem = 0, particle = 0, prev_stem = 0, next_stem = 0;
    std::uint64_t stem_head = 0, stem_tail = 0;          // first two and last syllable of the stem
    std::uint64_t stem_first = 0, stem_tail2 = 0;        // first syllable, last two syllables
    std::uint64_t prev_particle = 0, next_particle = 0;  // of the words before and after
    std::uint8_t stem_syllables = 0;
    std::uint8_t syllable_place =
        0;  // in the stem: 1 first, 2 middle, 3 last, 4 alone; 8+ particle
    bool in_particle = false;
    // Hangul: the sound classes (korean_sound_class) of the words before, this and after:
    // before * 16 + this * 4 + after (transcribed foreign names come in runs: 도널드 트럼프).
    std::uint8_t ko_sound = 0;
  };
  // extract()'s per-token values of the last sequence (the trainer's word classes read keys).
  const std::vector<TokenInfo>& token_info() const { return info_; }

 private:
  void prepare(std::string_view text, const TaggerTokens& tokens, TokenSequence seq);
  void lexicon_marks();
  void korean_marks(std::string_view text, const TaggerTokens& tokens, TokenSequence seq);
  void form_features(const TokenInfo& t, std::vector<std::uint64_t>& out) const;
  // The class value of a Latin or Cyrillic token's word (WordClasses::find), or -1.
  int word_class(const TokenInfo& t) const;
  void word_features(std::size_t i, std::vector<std::uint64_t>& out) const;
  void hangul_features(std::size_t i, std::vector<std::uint64_t>& out) const;
  void context_features(const TokenInfo& t, std::vector<std::uint64_t>& out) const;
  void run_marks(std::string_view text, const TaggerTokens& tokens, TokenSequence seq);
  // score(): the features of token i that join it to a neighbour or depend on its place.
  void pair_features(std::size_t i, std::vector<std::uint64_t>& out) const;
  std::uint32_t word_scores(std::uint32_t entry, const TaggerModel& model);  // in word_sums_
  // Hangul: the features of syllable i of the word [first, first + count) that depend on
  // that word alone (kept per word: eojeol_scores()), and the others.
  void hangul_inner_features(std::size_t i, std::size_t first, std::size_t count,
                             std::vector<std::uint64_t>& out) const;
  void hangul_outer_features(std::size_t i, std::size_t first, std::size_t count,
                             std::vector<std::uint64_t>& out) const;
  std::uint32_t eojeol_scores(std::string_view word, std::size_t first, std::size_t count,
                              const TaggerModel& model);         // in word_sums_, count rows
  void add_features(const TaggerModel& model, std::int32_t* s);  // scratch_'s, then cleared

  struct WordContext {
    std::uint64_t around[8] = {};  // neighbours of the occurrences (hashes, distinct)
    std::uint8_t count = 0;
    bool lower_seen = false;
    void add(std::uint64_t h);
  };
  std::unordered_map<std::uint64_t, WordContext> contexts_;  // by lower-case or stem hash

  const Lexicon* lex_;
  NameKeyer* keyer_;
  int bits_;
  const WordClasses* classes_ = nullptr;
  std::vector<TokenInfo> info_;
  std::vector<std::uint64_t> scratch_;
  std::string joined_key_;  // a multi-word lexicon key being looked up
  bool headline_ = false;

  // The document's distinct words (token bytes): what depends on a word alone, computed once
  // per word (tagger_words.cc), and score()'s summed weights of its one-word features as seen
  // from offsets -2, -1, 0, +1, +2 (per model: recomputed when the model changes).
  struct WordEntry {
    std::string_view word;
    std::uint64_t hash = 0;               // of the bytes (TokenInfo::raw)
    TokenInfo info;                       // only the fields that depend on the word alone
    std::uint64_t doc_key = 0;            // document()'s key: the keyer's, or the lower case
    std::uint8_t letters = 0, upper = 0;  // among the first 8 code points (headline test)
    bool upper_first = false;
    bool eojeol = false;     // a Hangul word (eojeol_scores()), not a token
    bool has_key = false;    // Latin or Cyrillic with a lexicon: a part of multi-word names
    bool multiword = false;  // its key starts a known name of several words
    int name = -1;           // the known name of its key alone, or -1
    std::uint32_t key_begin = 0, key_size = 0;  // its key in keys_
    const TaggerModel* sums_model = nullptr;
    std::uint32_t sums = 0;  // in word_sums_
  };
  std::uint32_t word_entry(std::string_view text, const TaggerToken& t);
  std::uint32_t find_word(std::string_view word, bool eojeol, bool& added);
  void fill_entry(WordEntry& e, Script script);
  std::string_view key_of(const WordEntry& e) const {
    return std::string_view(keys_).substr(e.key_begin, e.key_size);
  }
  void clear_words(std::string_view text);
  std::string_view words_text_;  // the text the table's words point into
  std::vector<WordEntry> words_;
  std::vector<std::uint32_t> word_slots_;   // open addressing: entry + 1, 0 empty
  std::string keys_;                        // the lexicon keys of the entries, end to end
  std::vector<std::int32_t> word_sums_;     // 5 * kTaggerLabels per (entry, model)
  std::vector<std::uint32_t> token_words_;  // entry of each token of the sequence
  std::vector<std::uint32_t> sums_;         // score(): word_scores() of each token
};

}  // namespace loupe::entities
