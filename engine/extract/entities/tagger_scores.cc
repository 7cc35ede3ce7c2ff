// TaggerFeatures::score: the emission scores of a sequence, the same numbers as the model's sums
// over extract()'s features, with fewer hashes and lookups. Most features of a Latin or Cyrillic
// token depend on one word at a fixed offset: the token's own word, lower case, shapes, affixes,
// key, lexicon flags and document context, and the words at -2, -1, +1, +2. Their summed weights
// are kept per distinct word (and model) of the document and added as vectors; only the features
// that join two tokens (bigrams, shape pairs, runs, places) are hashed per token. Weights are
// integers: sums are exact in any grouping (tagger_scores_test compares with extract()).
// Hangul syllables: the features within the word (syllable, stem, particle, place) are kept per
// distinct word; those reaching the words around are hashed per token.
#include <algorithm>
#include <cstring>

#include "extract/entities/tagger_feature_hash.h"
#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_model.h"
#include "extract/entities/tagger_word_table.h"

namespace loupe::entities {
using namespace tagger_hash;  // NOLINT: the templates read as in a table
namespace {

constexpr int L = kTaggerLabels;
constexpr std::size_t kOffsets = 5;  // sums of a word seen from -2, -1, 0 (itself), +1, +2
constexpr std::uint64_t kAbsent[kOffsets] = {static_cast<std::uint64_t>(-2),
                                             static_cast<std::uint64_t>(-1), 0, 1, 2};

constexpr std::int32_t kZero[L] = {};

// s = a + b + c (+ d + e + f): one pass writing each score once (wasm has no SIMD here: five
// passes of s += v loaded and stored s five times). Integer sums: exact in any order.
void set_sum(std::int32_t* __restrict s, const std::int32_t* __restrict a,
             const std::int32_t* __restrict b, const std::int32_t* __restrict c) {
  for (int l = 0; l < L; ++l) s[l] = a[l] + b[l] + c[l];
}
void set_sum(std::int32_t* __restrict s, const std::int32_t* const* __restrict v) {
  for (int l = 0; l < L; ++l) s[l] = v[0][l] + v[1][l] + v[2][l] + v[3][l] + v[4][l] + v[5][l];
}

}  // namespace

void TaggerFeatures::add_features(const TaggerModel& model, std::int32_t* s) {
  const int shift = 64 - model.bits();
  std::uint32_t ids[64];
  std::size_t count = 0;
  for (std::uint64_t h : scratch_) {
    ids[count++] = static_cast<std::uint32_t>((h * kSeed) >> shift);
    if (count == 64) model.add_rows(ids, count, s), count = 0;
  }
  model.add_rows(ids, count, s);
  scratch_.clear();
}

// The features of word_features() and extract() that depend on one token only, by the offset
// they see it from; neighbour sums of a word outside the sequence are the `k` values (kAbsent).
// The document's context features are apart (context_scores()).
std::uint32_t TaggerFeatures::word_scores(std::uint32_t entry, int slot, const TaggerModel& model) {
  TaggerWordTable& words = table();
  if (const std::uint32_t kept = words[entry].sums[slot]) return kept - 1;
  const std::uint32_t index = words.new_sums(kOffsets * L);
  words[entry].sums[slot] = index + 1;
  std::int32_t* sums = words.sums(index);
  const TokenInfo& t = words[entry].info;
  scratch_.clear();
  scratch_.push_back(feature(kLowerM2, t.lower));
  scratch_.push_back(feature(kKeyM2, t.key));
  add_features(model, sums);
  scratch_.push_back(feature(kKeyM1, t.key));
  scratch_.push_back(feature(kLowerM1, t.lower));
  scratch_.push_back(feature(kShapeM1, t.short_shape));
  if (classes_) scratch_.push_back(feature(kWordClassM1, word_class(t) + 1));
  add_features(model, sums + L);
  scratch_.push_back(feature(kKeyP1, t.key));
  scratch_.push_back(feature(kLowerP1, t.lower));
  scratch_.push_back(feature(kShapeP1, t.short_shape));
  if (classes_) scratch_.push_back(feature(kWordClassP1, word_class(t) + 1));
  add_features(model, sums + std::ptrdiff_t{3} * L);
  scratch_.push_back(feature(kLowerP2, t.lower));
  scratch_.push_back(feature(kKeyP2, t.key));
  add_features(model, sums + std::ptrdiff_t{4} * L);
  if (t.script == static_cast<std::uint8_t>(Script::kHangul)) return index;  // a neighbour only
  scratch_.push_back(feature(kBias, 0));
  scratch_.push_back(feature(kScript, t.script));
  form_features(t, scratch_);
  if (t.lexicon_flags) scratch_.push_back(feature(kLexiconFlags, t.lexicon_flags));
  scratch_.push_back(feature(kFirst, 0, t.short_shape));  // not first; score() corrects token 0
  add_features(model, sums + std::ptrdiff_t{2} * L);
  return index;
}

// The sums of context_features(t) for the word of `entry` in this document (a Hangul word:
// those of its stem's syllables), as their index in context_sums_ + 1, or 0 when it has none:
// kept per document in the entry.
std::uint32_t TaggerFeatures::context_scores(std::uint32_t entry, int slot,
                                             const TaggerModel& model, const TokenInfo& t) {
  TaggerWordEntry& e = table()[entry];
  if (e.context_document != document_ || e.context_slot != slot) {
    e.context_document = document_, e.context_slot = static_cast<std::uint8_t>(slot);
    e.context_sums = 0;
    scratch_.clear();
    context_features(t, scratch_);
    if (!scratch_.empty()) {
      e.context_sums = static_cast<std::uint32_t>(context_sums_.size()) + 1;
      context_sums_.resize(context_sums_.size() + L, 0);
      add_features(model, &context_sums_[e.context_sums - 1]);
    }
  }
  return e.context_sums;
}

// word_features()'s features that join token i to its neighbours or to its place in the
// sequence (headline, known name, capitalized run, quotes).
void TaggerFeatures::pair_features(std::size_t i, std::vector<std::uint64_t>& out) const {
  const std::size_t n = info_.size();
  const TokenInfo& t = info_[i];
  const TokenInfo* prev = i > 0 ? &info_[i - 1] : nullptr;
  const TokenInfo* next = i + 1 < n ? &info_[i + 1] : nullptr;
  const std::uint64_t lower_m1 = prev ? prev->lower : kAbsent[1];
  const std::uint64_t lower_p1 = next ? next->lower : kAbsent[3];
  const std::uint64_t shape_m1 = prev ? prev->short_shape : kAbsent[1];
  const std::uint64_t shape_p1 = next ? next->short_shape : kAbsent[3];
  out.push_back(feature(kShapePair, shape_m1, t.short_shape));
  out.push_back(feature(kShapePairNext, t.short_shape, shape_p1));
  out.push_back(feature(kBigramPrev, lower_m1, t.lower));
  out.push_back(feature(kBigramNext, t.lower, lower_p1));
  if (headline_) out.push_back(feature(kHeadline, t.short_shape, t.lower));
  if (t.gazetteer) out.push_back(feature(kGazetteer, t.gazetteer));
  if (prev && prev->lexicon_flags)
    out.push_back(feature(kFlagsM1, prev->lexicon_flags, t.short_shape));
  if (next && next->lexicon_flags)
    out.push_back(feature(kFlagsP1, next->lexicon_flags, t.short_shape));
  if (prev && prev->gazetteer) out.push_back(feature(kGazetteerM1, prev->gazetteer));
  if (next && next->gazetteer) out.push_back(feature(kGazetteerP1, next->gazetteer));
  out.push_back(feature(kShapeTrigram, shape_m1, mix(t.short_shape, shape_p1)));
  out.push_back(feature(kPrevWordShape, lower_m1, t.short_shape));
  out.push_back(feature(kNextWordShape, t.short_shape, lower_p1));
  if (t.script == static_cast<std::uint8_t>(Script::kCyrillic)) return;  // as word_features()
  if (t.cap_run) {
    out.push_back(feature(kCapRun, t.cap_run));
    out.push_back(feature(kCapRunWord, t.cap_run, t.key));
  }
  if (t.in_quote) out.push_back(feature(kInQuote, t.short_shape));
}

// hangul_features()'s features of syllable i that depend on its word alone: the syllable, its
// neighbours within the word, the word, stem, particle and place; with extract()'s bias and
// script (its document context: context_scores()).
void TaggerFeatures::hangul_inner_features(std::size_t i, std::size_t first, std::size_t count,
                                           std::vector<std::uint64_t>& out) const {
  const TokenInfo& t = info_[i];
  const std::size_t k = i - first;
  auto syl = [&](std::ptrdiff_t d) { return mix(info_[i + d].lower, true); };  // same word
  out.push_back(feature(kBias, 0));
  out.push_back(feature(kScript, t.script));
  out.push_back(feature(kSyllable, t.lower));
  if (k >= 1) out.push_back(feature(kSylM1, syl(-1)));
  if (k + 1 < count) out.push_back(feature(kSylP1, syl(1)));
  if (k >= 2) out.push_back(feature(kSylM2, syl(-2)));
  if (k + 2 < count) out.push_back(feature(kSylP2, syl(2)));
  if (k >= 1) out.push_back(feature(kSylBigramPrev, syl(-1), t.lower));
  if (k + 1 < count) out.push_back(feature(kSylBigramNext, t.lower, syl(1)));
  if (k >= 1 && k + 1 < count) out.push_back(feature(kSylTrigram, syl(-1), mix(t.lower, syl(1))));
  const std::uint64_t place = mix(t.syllable_place, t.in_particle);
  out.push_back(feature(kStemPlace, t.stem, place));
  out.push_back(feature(kWord, t.word));
  out.push_back(feature(kStem, t.stem, t.in_particle));
  out.push_back(feature(kParticle, t.particle, t.in_particle));
  out.push_back(feature(kStemHead, t.stem_head));
  out.push_back(feature(kStemTail, t.stem_tail, t.in_particle));
  out.push_back(feature(kStemLength, t.stem_syllables, t.in_particle));
  out.push_back(feature(kInParticle, t.in_particle));
  if (t.gazetteer) out.push_back(feature(kGazetteer, t.gazetteer));
  out.push_back(feature(kStemFirstLength, t.stem_first, mix(t.stem_syllables, place)));
  out.push_back(feature(kStemTail2, t.stem_tail2, place));
}

// The halves of hangul_outer_features()'s features that are the same for every syllable of a
// word (its words before and after, flags, sound classes): feature(t, a, b) is mix(mix(t, a), b),
// so mix(t, a) is hashed once per word.
void TaggerFeatures::HangulOuter::set(const TokenInfo& t) {
  prev_stem = feature(kPrevStem, t.prev_stem);
  next_stem = feature(kNextStem, t.next_stem);
  next_stem_place = mix(kNextStemPlace, t.next_stem);
  flags = mix(kLexiconFlags, t.lexicon_flags);
  prev_particle = mix(kPrevParticle, t.prev_particle);
  next_particle = mix(kNextParticle, t.next_particle);
  ko_sound = mix(kKoSound, t.ko_sound);
  ko_near = mix(kKoNear, t.ko_near);
}

// The rest of hangul_features(): syllables outside the word, the words before and after (`word`:
// their halves, HangulOuter).
void TaggerFeatures::hangul_outer_features(std::size_t i, std::size_t first, std::size_t count,
                                           const HangulOuter& word,
                                           std::vector<std::uint64_t>& out) const {
  const auto n = static_cast<std::ptrdiff_t>(info_.size());
  const TokenInfo& t = info_[i];
  auto outside = [&](std::ptrdiff_t d) {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
    return j < static_cast<std::ptrdiff_t>(first) ||
           j >= static_cast<std::ptrdiff_t>(first + count);
  };
  auto syl = [&](std::ptrdiff_t d) -> std::uint64_t {  // as in hangul_features()
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
    if (j < 0 || j >= n) return d;
    const bool same_word = info_[j].word == t.word && info_[j].script == t.script;
    return mix(info_[j].lower, same_word);
  };
  if (outside(-1)) out.push_back(feature(kSylM1, syl(-1)));
  if (outside(1)) out.push_back(feature(kSylP1, syl(1)));
  if (outside(-2)) out.push_back(feature(kSylM2, syl(-2)));
  if (outside(2)) out.push_back(feature(kSylP2, syl(2)));
  if (outside(-1)) out.push_back(feature(kSylBigramPrev, syl(-1), t.lower));
  if (outside(1)) out.push_back(feature(kSylBigramNext, t.lower, syl(1)));
  if (outside(-1) || outside(1)) out.push_back(feature(kSylTrigram, syl(-1), mix(t.lower, syl(1))));
  const std::uint64_t place = mix(t.syllable_place, t.in_particle);
  out.push_back(mix(word.next_stem_place, place));  // kNextStemPlace
  // kPrevStem, kNextStem: the same for every syllable of the word, summed once (score()).
  if (t.lexicon_flags) out.push_back(mix(word.flags, t.in_particle));  // kLexiconFlags
  out.push_back(mix(word.prev_particle, place));
  out.push_back(mix(word.next_particle, place));
  out.push_back(mix(word.ko_sound, mix(place, t.stem_syllables)));  // korean.cc
  if (t.ko_near) out.push_back(mix(word.ko_near, place));
}

std::uint32_t TaggerFeatures::eojeol_scores(std::uint32_t entry, std::size_t first,
                                            std::size_t count, int slot, const TaggerModel& model) {
  TaggerWordTable& words = table();
  if (const std::uint32_t kept = words[entry].sums[slot]) return kept - 1;
  const std::uint32_t index = words.new_sums(count * L);
  words[entry].sums[slot] = index + 1;
  for (std::size_t k = 0; k < count; ++k) {
    hangul_inner_features(first + k, first, count, scratch_);
    add_features(model, words.sums(index + static_cast<std::uint32_t>(k * L)));
  }
  return index;
}

// The scores a neighbour outside the sequence adds at each offset (kAbsent words), kTaggerLabels
// per offset.
void TaggerFeatures::absent_scores(const TaggerModel& model, std::int32_t* absent) {
  scratch_.clear();
  scratch_.push_back(feature(kLowerM2, kAbsent[0]));
  add_features(model, absent);
  scratch_.push_back(feature(kLowerM1, kAbsent[1]));
  scratch_.push_back(feature(kShapeM1, kAbsent[1]));
  add_features(model, absent + std::size_t{1} * L);
  scratch_.push_back(feature(kLowerP1, kAbsent[3]));
  scratch_.push_back(feature(kShapeP1, kAbsent[3]));
  add_features(model, absent + std::size_t{3} * L);
  scratch_.push_back(feature(kLowerP2, kAbsent[4]));
  add_features(model, absent + std::size_t{4} * L);
}

// The first token: kFirst(1, shape) instead of the kFirst(0, shape) its word's sums hold.
void TaggerFeatures::first_token_scores(const TaggerModel& model, std::int32_t* s) {
  std::int32_t not_first[L] = {};
  scratch_.push_back(feature(kFirst, 0, info_[0].short_shape));
  add_features(model, not_first);
  scratch_.push_back(feature(kFirst, 1, info_[0].short_shape));
  add_features(model, s);
  for (int l = 0; l < L; ++l) s[l] -= not_first[l];
}

struct TaggerFeatures::HangulWord {  // [first, first + count): its tokens
  std::size_t first = 0, count = 0;
  std::uint32_t sums = 0, context = 0;  // eojeol_scores(), context_scores() of its stem
  HangulOuter outer;
  std::int32_t outer_sums[L] = {};  // its features that are the same per syllable
};

// A new Hangul word at token i: its tokens share its range; what is the same for each of its
// syllables is summed once.
void TaggerFeatures::start_hangul_word(std::string_view text, const TaggerTokens& tokens,
                                       TokenSequence seq, std::size_t i, int slot,
                                       const TaggerModel& model, HangulWord& w) {
  TaggerWordTable& words = table();
  const std::size_t n = info_.size();
  const core::ByteRange range = tokens.tokens[seq.begin + i].word;
  w.first = i, w.count = 1;
  while (i + w.count < n && tokens.tokens[seq.begin + i + w.count].word == range) ++w.count;
  std::uint32_t entry = doc_entries_ ? doc_eojeols_[seq.begin + i] : kNoEntry;
  if (entry == kNoEntry) {
    bool added = false;
    entry = words.find(slice(text, range.begin_byte, range.end_byte), true, added);
  }
  w.sums = eojeol_scores(entry, w.first, w.count, slot, model);
  w.outer.set(info_[i]);
  std::fill(std::begin(w.outer_sums), std::end(w.outer_sums), 0);
  scratch_.clear();
  scratch_.push_back(w.outer.prev_stem);
  scratch_.push_back(w.outer.next_stem);
  add_features(model, w.outer_sums);
  w.context = 0;  // the same for each syllable of the stem
  for (std::size_t k = w.first; k < w.first + w.count; ++k)
    if (!info_[k].in_particle) {
      w.context = context_scores(entry, slot, model, info_[k]);
      break;
    }
}

void TaggerFeatures::score(std::string_view text, const TaggerTokens& tokens, TokenSequence seq,
                           const TaggerModel& model, std::vector<std::int32_t>& scores) {
  classes_ = model.word_classes();
  if (document_ == 0) document_ = table().next_document();  // no document(): no context
  prepare(text, tokens, seq);
  TaggerWordTable& words = table();
  const int slot = words.slot(model.id());
  const std::size_t n = info_.size();
  scores.resize(n * L);  // each token's scores are written whole below
  sums_.resize(n);
  for (std::size_t i = 0; i < n; ++i) sums_[i] = word_scores(token_words_[i], slot, model);
  std::int32_t absent[kOffsets][L] = {};  // neighbours outside the sequence
  absent_scores(model, &absent[0][0]);
  HangulWord word;  // of token i
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t* s = &scores[i * L];
    if (info_[i].script == static_cast<std::uint8_t>(Script::kHangul)) {
      if (i >= word.first + word.count) start_hangul_word(text, tokens, seq, i, slot, model, word);
      set_sum(s, words.sums(word.sums + static_cast<std::uint32_t>((i - word.first) * L)),
              word.outer_sums,
              word.context && !info_[i].in_particle ? &context_sums_[word.context - 1] : kZero);
      hangul_outer_features(i, word.first, word.count, word.outer, scratch_);
      add_features(model, s);
      continue;
    }
    const std::int32_t* parts[kOffsets + 1];
    for (std::size_t k = 0; k < kOffsets; ++k) {
      const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i + k) - 2;
      parts[k] = j < 0 || j >= static_cast<std::ptrdiff_t>(n)
                     ? absent[k]
                     : words.sums(sums_[j] + static_cast<std::uint32_t>(k * L));  // word at k - 2
    }
    const std::uint32_t c = context_scores(token_words_[i], slot, model, info_[i]);
    parts[kOffsets] = c ? &context_sums_[c - 1] : kZero;
    set_sum(s, parts);
    pair_features(i, scratch_);
    add_features(model, s);
    if (i == 0) first_token_scores(model, s);
  }
}

}  // namespace loupe::entities
