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
//    syllables (위원회, 대학교); known Korean names (also the types of the words before and
//    after), titles after, organization suffixes; the
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
#include "extract/entities/tagger_flat_map.h"
#include "extract/entities/tagger_tokens.h"
#include "extract/entities/tagger_word_classes.h"

namespace loupe::entities {

class TaggerModel;
class TaggerWordTable;
struct TaggerWordEntry;
struct KoreanWordValues;

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
  // False when no token of `seq` (of document()'s tokens) shows a name by its form: every
  // letter lower case and no digit, but a capitalized word the lexicon lists as no name (`The`,
  // `В`); never with Hangul or another script without case. EntityTagger::tag() leaves such
  // sequences untagged: over the dev files and the corpus they are 3.2 % of the tokens tagged
  // (English 6.9 %, Ukrainian 10.1 %) and held none of the tagger's spans
  // (bench/entities/SPEED.md). True for tokens other than document()'s.
  bool may_hold_name(const TaggerTokens& tokens, TokenSequence seq);
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
    // Hangul: the lexicon's type + 1 of the words before and after (0: not listed), before * 4
    // + after: a listed country before an organization's words (독일 검찰), a name after a place.
    std::uint8_t ko_near = 0;
  };
  // extract()'s per-token values of the last sequence (the trainer's word classes read keys).
  const std::vector<TokenInfo>& token_info() const { return info_; }

 private:
  void prepare(std::string_view text, const TaggerTokens& tokens, TokenSequence seq);
  void lexicon_marks();
  void korean_marks(std::string_view text, const TaggerTokens& tokens, TokenSequence seq);
  void korean_lexicon_marks(std::string_view stem, KoreanWordValues& v) const;
  // The values of the Hangul word `word` (of `tokens`) whose stem ends at `stem_end`: those of its
  // eojeol entry (`entry`, or kNoEntry: found), computed once. A copy: finding an entry may move
  // the others.
  KoreanWordValues korean_word(std::string_view text, core::ByteRange word, std::uint32_t stem_end,
                               std::uint32_t entry);
  // document()'s eojeol entry of the Hangul word starting at token `i` of `tokens`, or kNoEntry.
  std::uint32_t entry_of_word(const TaggerTokens& tokens, std::uint32_t i) const;
  void form_features(const TokenInfo& t, std::vector<std::uint64_t>& out) const;
  // The class value of a Latin or Cyrillic token's word (WordClasses::find), or -1.
  int word_class(const TokenInfo& t) const;
  void word_features(std::size_t i, std::vector<std::uint64_t>& out) const;
  void hangul_features(std::size_t i, std::vector<std::uint64_t>& out) const;
  void context_features(const TokenInfo& t, std::vector<std::uint64_t>& out) const;
  void run_marks(std::string_view text, const TaggerTokens& tokens, TokenSequence seq);
  // score(): the features of token i that join it to a neighbour or depend on its place.
  void pair_features(std::size_t i, std::vector<std::uint64_t>& out) const;
  // Hangul: the features of syllable i of the word [first, first + count) that depend on
  // that word alone (kept per word: eojeol_scores()), and the others.
  void hangul_inner_features(std::size_t i, std::size_t first, std::size_t count,
                             std::vector<std::uint64_t>& out) const;
  struct HangulOuter {  // tagger_scores.cc: hashes shared by the syllables of a word
    std::uint64_t prev_stem = 0, next_stem = 0, next_stem_place = 0, flags = 0;
    std::uint64_t prev_particle = 0, next_particle = 0, ko_sound = 0, ko_near = 0;
    void set(const TokenInfo& t);
  };
  void hangul_outer_features(std::size_t i, std::size_t first, std::size_t count,
                             const HangulOuter& word, std::vector<std::uint64_t>& out) const;
  struct HangulWord;  // tagger_scores.cc: score()'s Hangul word of the token at hand
  void start_hangul_word(std::string_view text, const TaggerTokens& tokens, TokenSequence seq,
                         std::size_t i, int slot, const TaggerModel& model, HangulWord& w);
  void add_features(const TaggerModel& model, std::int32_t* s);        // scratch_'s, then cleared
  void absent_scores(const TaggerModel& model, std::int32_t* absent);  // offset k: absent + k * L
  void first_token_scores(const TaggerModel& model, std::int32_t* s);

  struct WordContext {
    std::uint64_t around[8] = {};  // neighbours of the occurrences (hashes, distinct)
    std::uint8_t count = 0;
    bool lower_seen = false;
    void add(std::uint64_t h);
  };
  FlatMap64<WordContext> contexts_;  // by lower-case or stem hash

  const Lexicon* lex_;
  NameKeyer* keyer_;
  int bits_;
  const WordClasses* classes_ = nullptr;
  std::vector<TokenInfo> info_;
  std::vector<std::uint64_t> scratch_;
  std::string joined_key_;  // a multi-word lexicon key being looked up
  bool headline_ = false;

  // The distinct words, kept across documents (tagger_word_table.h): what depends on a word
  // alone, computed once per word, and score()'s summed weights of its one-word features as
  // seen from offsets -2, -1, 0, +1, +2, per model; the document's context features apart.
  std::uint32_t word_entry(std::string_view text, const TaggerToken& t);
  void fill_entry(TaggerWordEntry& e, Script script);
  TaggerWordTable& table();
  // score(): the sums of `entry` under the model in `slot` (their index in the table's sums),
  // and those of its document context features (their index in context_sums_ + 1, 0: none).
  std::uint32_t word_scores(std::uint32_t entry, int slot, const TaggerModel& model);
  std::uint32_t eojeol_scores(std::uint32_t entry, std::size_t first, std::size_t count, int slot,
                              const TaggerModel& model);  // count rows
  std::uint32_t context_scores(std::uint32_t entry, int slot, const TaggerModel& model,
                               const TokenInfo& t);
  TaggerWordTable* table_ = nullptr;
  std::uint32_t document_ = 0;              // this document's serial in the table
  std::vector<std::int32_t> context_sums_;  // this document's, kTaggerLabels each
  // document()'s entries of its tokens, and of the Hangul word each word's first syllable
  // opens (kNoEntry elsewhere): prepare() and score() take them while the tokens, text and
  // table generation are those of document().
  const TaggerTokens* doc_tokens_ = nullptr;
  std::string_view doc_text_;
  std::uint32_t doc_generation_ = 0;
  bool doc_entries_ = false;  // prepare(): the sequence's tokens are document()'s
  std::vector<std::uint32_t> doc_words_, doc_eojeols_;
  std::vector<std::uint32_t> token_words_;  // entry of each token of the sequence
  std::vector<std::uint32_t> sums_;         // score(): word_scores() of each token
};

}  // namespace loupe::entities
