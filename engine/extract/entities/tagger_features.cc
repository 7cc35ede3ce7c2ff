#include "extract/entities/tagger_features.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/utf8.h"
#include "extract/entities/tagger_feature_hash.h"
#include "extract/entities/tagger_word_table.h"

namespace loupe::entities {
using namespace tagger_hash;  // NOLINT: the templates read as in a table
void TaggerFeatures::WordContext::add(std::uint64_t h) {
  for (std::uint8_t k = 0; k < count; ++k)
    if (around[k] == h) return;
  if (count < 8) around[count++] = h;
}

void TaggerFeatures::document(std::string_view text, const TaggerTokens& tokens) {
  contexts_.clear();
  context_sums_.clear();
  document_ = table().next_document();
  TaggerWordTable& words = table();
  const std::size_t n = tokens.tokens.size();
  doc_tokens_ = &tokens, doc_text_ = text, doc_generation_ = words.generation();
  doc_words_.resize(n);
  doc_eojeols_.assign(n, kNoEntry);
  std::vector<std::uint64_t> lower(n, 0);
  std::vector<std::uint8_t> kind(n,
                                 0);  // 1 capitalized word, 2 lower-case word, 3 Hangul word start
  for (std::size_t i = 0; i < n; ++i) {
    const TaggerToken& t = tokens.tokens[i];
    doc_words_[i] = word_entry(text, t);
    if (t.script == Script::kHangul) {
      if (t.syllable != 0) continue;
      bool added = false;
      doc_eojeols_[i] = words.find(slice(text, t.word.begin_byte, t.word.end_byte), true, added);
      lower[i] = korean_word(text, t.word, t.stem_end_byte, doc_eojeols_[i]).stem;
      kind[i] = 3;
      continue;
    }
    if (t.script != Script::kLatin && t.script != Script::kCyrillic) continue;
    const TaggerWordEntry& e = words[doc_words_[i]];
    lower[i] = e.doc_key;
    kind[i] = e.upper_first ? 1 : 2;
  }
  std::uint64_t prev_stem = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (kind[i] == 1) {
      WordContext& c = contexts_[lower[i]];
      c.add(mix(1, i > 0 ? lower[i - 1] : 0));
      c.add(mix(2, i + 1 < n ? lower[i + 1] : 0));
    } else if (kind[i] == 3) {
      std::size_t next = i + 1;
      while (next < n && tokens.tokens[next].script == Script::kHangul &&
             tokens.tokens[next].syllable)
        ++next;
      WordContext& c = contexts_[lower[i]];
      c.add(mix(3, next < n && kind[next] == 3 ? lower[next] : 0));
      c.add(mix(4, prev_stem));
      prev_stem = lower[i];
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    if (kind[i] == 2)
      if (WordContext* c = contexts_.find(lower[i])) c->lower_seen = true;
}

bool TaggerFeatures::may_hold_name(const TaggerTokens& tokens, TokenSequence seq) {
  const TaggerWordTable& words = table();
  if (&tokens != doc_tokens_ || words.generation() != doc_generation_) return true;
  for (std::uint32_t i = seq.begin; i < seq.end; ++i)
    if (!words[doc_words_[i]].no_name_form) return true;
  return false;
}

void TaggerFeatures::context_features(const TokenInfo& t, std::vector<std::uint64_t>& out) const {
  const bool hangul = t.script == static_cast<std::uint8_t>(Script::kHangul);
  if (hangul && t.in_particle) return;
  const WordContext* found = contexts_.find(hangul ? t.stem : t.key);
  if (!found) return;
  const WordContext& c = *found;
  for (std::uint8_t k = 0; k < c.count; ++k)
    out.push_back(feature(hangul ? kAroundStem : kAround, c.around[k]));
  if (c.lower_seen) out.push_back(feature(kDocLower, t.short_shape));
}

void TaggerFeatures::prepare(std::string_view text, const TaggerTokens& tokens, TokenSequence seq) {
  const std::size_t n = seq.end - seq.begin;
  info_.clear();  // filled by copies below: no value-initialization of each TokenInfo first
  token_words_.resize(n);
  std::size_t letters = 0, upper = 0;
  const TaggerWordTable& words = table();
  doc_entries_ = &tokens == doc_tokens_ && text.data() == doc_text_.data() &&
                 text.size() == doc_text_.size() && words.generation() == doc_generation_;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t e =
        doc_entries_ ? doc_words_[seq.begin + i] : word_entry(text, tokens.tokens[seq.begin + i]);
    token_words_[i] = e;
    info_.push_back(words[e].info);
    letters += words[e].letters, upper += words[e].upper;
  }
  headline_ = letters >= 12 && upper * 10 >= letters * 6;
  run_marks(text, tokens, seq);
  if (lex_ && keyer_) lexicon_marks();
  korean_marks(text, tokens, seq);
}

// Runs of capitalized words (no punctuation between: "Real Madrid", not "Madrid, Spain") and
// quotes ("«Наш Дом»"): where a name's edges usually are.
void TaggerFeatures::run_marks(std::string_view text, const TaggerTokens& tokens,
                               TokenSequence seq) {
  const std::size_t n = info_.size();
  for (std::size_t i = 0; i < n;) {
    if (info_[i].first_class != 'X') {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < n && info_[end].first_class == 'X') ++end;
    const std::size_t length = std::min<std::size_t>(end - i, 4);
    for (std::size_t k = i; k < end; ++k) {
      const std::size_t place = end - i == 1 ? 3 : k == i ? 0 : k + 1 == end ? 2 : 1;
      info_[k].cap_run = static_cast<std::uint8_t>(place * 8 + length);
    }
    i = end;
  }
  bool quoted = false;
  for (std::size_t i = 0; i < n; ++i) {
    const TaggerToken& t = tokens.tokens[seq.begin + i];
    const std::string_view s = slice(text, t.bytes.begin_byte, t.bytes.end_byte);
    // Every mark below starts with '"', C2 or E2: other tokens skip the six comparisons (each a
    // byte-by-byte memcmp call in wasm).
    const unsigned char first = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
    const bool mark = first == '"' || first == 0xC2 || first == 0xE2;
    const bool opens =
        mark && (s == "\u00AB" || s == "\u201C" || s == "\u201E" || (s == "\"" && !quoted));
    const bool closes = mark && (s == "\u00BB" || s == "\u201D" || (s == "\"" && quoted));
    if (closes) quoted = false;
    info_[i].in_quote = quoted && !opens;
    if (opens) quoted = true;
  }
}

// Known names of 1-3 words: the longest from each start; B/I/L/U place and type. (The words'
// keys and lexicon flags are in their entries.)
void TaggerFeatures::lexicon_marks() {
  const std::size_t n = info_.size();
  const TaggerWordTable& words = table();
  for (std::size_t i = 0; i < n; ++i) {
    const TaggerWordEntry& e = words[token_words_[i]];
    if (!e.has_key || e.key_size == 0) continue;
    int found = e.name;
    std::size_t len = found >= 0 ? 1 : 0;
    if (e.multiword) {
      std::string& key = joined_key_;
      key = words.key(e);
      for (std::size_t k = i + 1; k < n && k < i + 3 && words[token_words_[k]].has_key; ++k) {
        key += ' ', key += words.key(words[token_words_[k]]);
        if (const int f = lex_->find_name(key); f >= 0) found = f, len = k - i + 1;
      }
    }
    if (len == 0) continue;
    const auto type = static_cast<std::uint64_t>(lex_->entity(found).type) + 1;
    for (std::size_t k = i; k < i + len; ++k) {
      const std::uint64_t place = static_cast<unsigned char>(len == 1           ? 'U'
                                                             : k == i           ? 'B'
                                                             : k + 1 == i + len ? 'L'
                                                                                : 'I');
      if (!info_[k].gazetteer) info_[k].gazetteer = mix(type, place);
    }
    i += len - 1;
  }
}

int TaggerFeatures::word_class(const TokenInfo& t) const {
  if (!classes_ || t.script == static_cast<std::uint8_t>(Script::kHangul)) return -1;
  return classes_->find(t.key);
}

// The features of a word's own form: shared by extract() and score()'s per-word sums.
void TaggerFeatures::form_features(const TokenInfo& t, std::vector<std::uint64_t>& out) const {
  out.push_back(feature(kLower, t.lower));
  if (t.raw != t.lower) out.push_back(feature(kRaw, t.raw));
  out.push_back(feature(kShape, t.shape));
  out.push_back(feature(kShortShape, t.short_shape));
  for (int k = 0; k < 4; ++k) {
    if (t.prefix[k]) out.push_back(feature(kPrefix, t.prefix[k], k));
    if (t.suffix[k]) out.push_back(feature(kSuffix, t.suffix[k], k));
  }
  if (t.key != t.lower) out.push_back(feature(kKey, t.key));
  if (classes_) {  // a word not listed (rare in training) is a class of its own
    const int c = word_class(t);
    const std::uint64_t fine = c < 0 ? 0 : (c & ((1 << WordClasses::kFineBits) - 1)) + 1;
    const std::uint64_t coarse = c < 0 ? 0 : (c >> WordClasses::kFineBits) + 1;
    out.push_back(feature(kWordClass, fine));
    out.push_back(feature(kWordClassCoarse, coarse, t.short_shape));
  }
}

void TaggerFeatures::word_features(std::size_t i, std::vector<std::uint64_t>& out) const {
  const std::size_t n = info_.size();
  const TokenInfo& t = info_[i];
  auto at = [&](std::ptrdiff_t k) -> const TokenInfo* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? nullptr : &info_[j];
  };
  auto lower = [&](std::ptrdiff_t k) { return at(k) ? at(k)->lower : k; };
  auto shape = [&](std::ptrdiff_t k) { return at(k) ? at(k)->short_shape : k; };
  form_features(t, out);
  if (const TokenInfo* p = at(-1)) out.push_back(feature(kKeyM1, p->key));
  if (const TokenInfo* p = at(1)) out.push_back(feature(kKeyP1, p->key));
  out.push_back(feature(kLowerM1, lower(-1)));
  out.push_back(feature(kLowerP1, lower(1)));
  out.push_back(feature(kLowerM2, lower(-2)));
  out.push_back(feature(kLowerP2, lower(2)));
  out.push_back(feature(kShapeM1, shape(-1)));
  out.push_back(feature(kShapeP1, shape(1)));
  out.push_back(feature(kShapePair, shape(-1), t.short_shape));
  out.push_back(feature(kShapePairNext, t.short_shape, shape(1)));
  out.push_back(feature(kBigramPrev, lower(-1), t.lower));
  out.push_back(feature(kBigramNext, t.lower, lower(1)));
  out.push_back(feature(kFirst, i == 0, t.short_shape));
  if (headline_) out.push_back(feature(kHeadline, t.short_shape, t.lower));
  if (t.gazetteer) out.push_back(feature(kGazetteer, t.gazetteer));
  if (t.lexicon_flags) out.push_back(feature(kLexiconFlags, t.lexicon_flags));
  if (const TokenInfo* p = at(-1); p && p->lexicon_flags)
    out.push_back(feature(kFlagsM1, p->lexicon_flags, t.short_shape));
  if (const TokenInfo* p = at(1); p && p->lexicon_flags)
    out.push_back(feature(kFlagsP1, p->lexicon_flags, t.short_shape));
  if (const TokenInfo* p = at(-1); p && p->gazetteer)
    out.push_back(feature(kGazetteerM1, p->gazetteer));
  if (const TokenInfo* p = at(1); p && p->gazetteer)
    out.push_back(feature(kGazetteerP1, p->gazetteer));
  if (classes_) {  // score(): in word_scores(), with the keys of the neighbours
    if (const TokenInfo* p = at(-1)) out.push_back(feature(kWordClassM1, word_class(*p) + 1));
    if (const TokenInfo* p = at(1)) out.push_back(feature(kWordClassP1, word_class(*p) + 1));
  }
  if (const TokenInfo* p = at(-2)) out.push_back(feature(kKeyM2, p->key));
  if (const TokenInfo* p = at(2)) out.push_back(feature(kKeyP2, p->key));
  out.push_back(feature(kShapeTrigram, shape(-1), mix(t.short_shape, shape(1))));
  out.push_back(feature(kPrevWordShape, lower(-1), t.short_shape));
  out.push_back(feature(kNextWordShape, t.short_shape, lower(1)));
  // Capitalized runs and quotes: not for Cyrillic. On Ukrainian (NER-UK puts legal forms and
  // quotes inside ORG spans) they cost 1.3 F1 and 2 points of PERSON precision on the dev file.
  if (t.script == static_cast<std::uint8_t>(Script::kCyrillic)) return;
  if (t.cap_run) {
    out.push_back(feature(kCapRun, t.cap_run));
    out.push_back(feature(kCapRunWord, t.cap_run, t.key));
  }
  if (t.in_quote) out.push_back(feature(kInQuote, t.short_shape));
}

void TaggerFeatures::extract(std::string_view text, const TaggerTokens& tokens, TokenSequence seq,
                             FeatureRows& out) {
  prepare(text, tokens, seq);
  out.ids.clear();
  out.offsets.assign(1, 0);
  const int shift = 64 - bits_;
  for (std::size_t i = 0; i < info_.size(); ++i) {
    scratch_.clear();
    scratch_.push_back(feature(kBias, 0));
    scratch_.push_back(feature(kScript, info_[i].script));
    if (info_[i].script == static_cast<std::uint8_t>(Script::kHangul)) {
      hangul_features(i, scratch_);
    } else {
      word_features(i, scratch_);
    }
    context_features(info_[i], scratch_);
    for (std::uint64_t h : scratch_)
      out.ids.push_back(static_cast<std::uint32_t>((h * kSeed) >> shift));
    out.offsets.push_back(static_cast<std::uint32_t>(out.ids.size()));
  }
}

}  // namespace loupe::entities
