#include "extract/entities/tagger_features.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/utf8.h"
#include "extract/entities/tagger_feature_hash.h"

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

std::uint64_t lower_hash(std::string_view word) {
  StreamHash lower;
  for (std::size_t p = 0; p < word.size();) {
    const core::DecodedChar c = core::decode_utf8_fast(word, p);
    lower.code_point(lower_case(c.code_point));
    p += c.length;
  }
  return lower.h;
}

}  // namespace

void TaggerFeatures::WordContext::add(std::uint64_t h) {
  for (std::uint8_t k = 0; k < count; ++k)
    if (around[k] == h) return;
  if (count < 8) around[count++] = h;
}

void TaggerFeatures::document(std::string_view text, const TaggerTokens& tokens) {
  contexts_.clear();
  const std::size_t n = tokens.tokens.size();
  std::vector<std::uint64_t> lower(n, 0);
  std::vector<std::uint8_t> kind(n,
                                 0);  // 1 capitalized word, 2 lower-case word, 3 Hangul word start
  for (std::size_t i = 0; i < n; ++i) {
    const TaggerToken& t = tokens.tokens[i];
    if (t.script == Script::kHangul) {
      if (t.syllable != 0) continue;
      lower[i] = hash_bytes(slice(text, t.word.begin_byte, t.stem_end_byte));
      kind[i] = 3;
      continue;
    }
    if (t.script != Script::kLatin && t.script != Script::kCyrillic) continue;
    const std::string_view word = slice(text, t.bytes.begin_byte, t.bytes.end_byte);
    lower[i] = keyer_ ? hash_bytes(keyer_->word_key(word)) : lower_hash(word);
    const char32_t first = core::decode_utf8_fast(word, 0).code_point;
    kind[i] = u_isupper(first) ? 1 : 2;
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
      if (auto it = contexts_.find(lower[i]); it != contexts_.end()) it->second.lower_seen = true;
}

void TaggerFeatures::context_features(const TokenInfo& t, std::vector<std::uint64_t>& out) const {
  const bool hangul = t.script == static_cast<std::uint8_t>(Script::kHangul);
  if (hangul && t.in_particle) return;
  const auto it = contexts_.find(hangul ? t.stem : t.key);
  if (it == contexts_.end()) return;
  const WordContext& c = it->second;
  for (std::uint8_t k = 0; k < c.count; ++k)
    out.push_back(feature(hangul ? kAroundStem : kAround, c.around[k]));
  if (c.lower_seen) out.push_back(feature(kDocLower, t.short_shape));
}

void TaggerFeatures::prepare(std::string_view text, const TaggerTokens& tokens, TokenSequence seq) {
  info_.assign(seq.end - seq.begin, TokenInfo{});
  std::size_t letters = 0, upper = 0;
  for (std::uint32_t i = seq.begin; i < seq.end; ++i) {
    const TaggerToken& t = tokens.tokens[i];
    TokenInfo& info = info_[i - seq.begin];
    info.script = static_cast<std::uint8_t>(t.script);
    if (t.script == Script::kHangul) {
      info.raw = info.lower = hash_bytes(slice(text, t.bytes.begin_byte, t.bytes.end_byte));
      info.shape = info.short_shape = hash_bytes("H");
      continue;
    }
    word_values(slice(text, t.bytes.begin_byte, t.bytes.end_byte), info, letters, upper);
    info.key = info.lower;  // replaced by the lexicon key when there is a keyer
  }
  headline_ = letters >= 12 && upper * 10 >= letters * 6;
  run_marks(text, tokens, seq);
  if (lex_ && keyer_) lexicon_marks(text, tokens, seq);
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
    const bool opens = s == "\u00AB" || s == "\u201C" || s == "\u201E" || (s == "\"" && !quoted);
    const bool closes = s == "\u00BB" || s == "\u201D" || (s == "\"" && quoted);
    if (closes) quoted = false;
    info_[i].in_quote = quoted && !opens;
    if (opens) quoted = true;
  }
}

void TaggerFeatures::lexicon_marks(std::string_view text, const TaggerTokens& tokens,
                                   TokenSequence seq) {
  const std::size_t n = seq.end - seq.begin;
  std::vector<const std::string*> keys(n, nullptr);
  for (std::size_t i = 0; i < n; ++i) {
    const TaggerToken& t = tokens.tokens[seq.begin + i];
    if (t.script != Script::kLatin && t.script != Script::kCyrillic) continue;
    keys[i] = &keyer_->word_key(slice(text, t.bytes.begin_byte, t.bytes.end_byte));
    const std::string& k = *keys[i];
    info_[i].key = hash_bytes(k);
    std::uint8_t flags = 0;
    if (lex_->is_title_key(k) || lex_->is_title_start(k)) flags |= kTitleWord;
    if (lex_->is_org_word(k)) flags |= kOrgWord;
    if (lex_->is_loc_word(k)) flags |= kLocWord;
    if (lex_->is_nonname(k)) flags |= kNonname;
    if (lex_->is_demonym(k)) flags |= kDemonym;
    info_[i].lexicon_flags = flags;
  }
  // Known names of 1-3 words: the longest from each start; B/I/L/U place and type.
  for (std::size_t i = 0; i < n; ++i) {
    if (!keys[i] || keys[i]->empty()) continue;
    int found = lex_->find_name(*keys[i]);
    std::size_t len = found >= 0 ? 1 : 0;
    if (lex_->starts_multiword_name(*keys[i])) {
      std::string& key = joined_key_;
      key = *keys[i];
      for (std::size_t k = i + 1; k < n && k < i + 3 && keys[k]; ++k) {
        key += ' ', key += *keys[k];
        if (const int f = lex_->find_name(key); f >= 0) found = f, len = k - i + 1;
      }
    }
    if (len == 0) continue;
    const auto type = static_cast<std::uint64_t>(lex_->entity(found).type) + 1;
    for (std::size_t k = i; k < i + len; ++k) {
      const std::uint64_t place = len == 1 ? 'U' : k == i ? 'B' : k + 1 == i + len ? 'L' : 'I';
      if (!info_[k].gazetteer) info_[k].gazetteer = mix(type, place);
    }
    i += len - 1;
  }
}

void TaggerFeatures::word_features(std::size_t i, std::vector<std::uint64_t>& out) const {
  const std::size_t n = info_.size();
  const TokenInfo& t = info_[i];
  auto at = [&](std::ptrdiff_t k) -> const TokenInfo* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? nullptr : &info_[j];
  };
  auto lower = [&](std::ptrdiff_t k) {
    const TokenInfo* o = at(k);
    return o ? o->lower : k;
  };
  auto shape = [&](std::ptrdiff_t k) {
    const TokenInfo* o = at(k);
    return o ? o->short_shape : k;
  };
  out.push_back(feature(kLower, t.lower));
  if (t.raw != t.lower) out.push_back(feature(kRaw, t.raw));
  out.push_back(feature(kShape, t.shape));
  out.push_back(feature(kShortShape, t.short_shape));
  for (int k = 0; k < 4; ++k) {
    if (t.prefix[k]) out.push_back(feature(kPrefix, t.prefix[k], k));
    if (t.suffix[k]) out.push_back(feature(kSuffix, t.suffix[k], k));
  }
  if (t.key != t.lower) out.push_back(feature(kKey, t.key));
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
