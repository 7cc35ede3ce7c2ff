// TaggerFeatures for Hangul syllables: the word, its stem and particle, the neighbouring
// words, the lexicon's Korean names, titles and organization suffixes.
#include <algorithm>

#include "extract/entities/tagger_feature_hash.h"
#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_word_table.h"

namespace loupe::entities {
using namespace tagger_hash;  // NOLINT: the templates read as in a table

namespace {
// How a Hangul stem sounds: bit 1, an open syllable on the vowel ㅡ after a consonant (스, 드,
// 르, 츠: the vowel Korean adds to a foreign consonant cluster, 트럼프, 구테흐스); bit 2, an
// aspirated onset ㅋ ㅌ ㅍ (common in transcriptions, rarer in native words). Stems of one
// syllable (surnames, particles' hosts) are 0.
std::uint8_t korean_sound_class(std::string_view stem) {
  if (stem.size() < 6) return 0;
  std::uint8_t bits = 0;
  for (std::size_t p = 0; p + 3 <= stem.size(); p += 3) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(stem[p + k]); };
    const unsigned cp = ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    if (cp < 0xAC00 || cp > 0xD7A3) return 0;
    const unsigned s = cp - 0xAC00, onset = s / 588, vowel = s / 28 % 21, final = s % 28;
    if (vowel == 18 && final == 0 && onset != 2 && onset != 6 && onset != 11) bits |= 1;
    if (onset >= 15 && onset <= 17) bits |= 2;
  }
  return bits;
}
// First, middle or last syllable of the stem, or alone (4); a particle's syllables: 8 + their
// index after the stem.
std::uint8_t syllable_place(bool in_particle, std::size_t in_stem, std::size_t syllables) {
  if (in_particle)
    return static_cast<std::uint8_t>(8 + std::min<std::size_t>(in_stem - syllables, 3));
  if (in_stem == 0) return syllables == 1 ? 4 : 1;
  return in_stem + 1 == syllables ? 3 : 2;
}
}  // namespace

// The lexicon's marks of a Hangul word: its known name's type (gazetteer hash, and type + 1 in
// `known`), organization suffix, titles before it; whether it is a title after a name.
void TaggerFeatures::korean_lexicon_marks(std::string_view stem, KoreanWordValues& v) const {
  v.gazetteer = 0, v.known = 0, v.flags = 0, v.title_after = false;
  if (!lex_) return;
  if (const int found = lex_->find_korean(stem); found >= 0) {
    const auto type = static_cast<std::uint64_t>(lex_->entity(found).type);
    v.gazetteer = mix(type + 1, 'K'), v.known = static_cast<std::uint8_t>(type + 1);
  }
  if (lex_->korean_org_suffix(stem) > 0) v.flags |= kKoOrgSuffix;
  if (lex_->is_korean_title_before(stem)) v.flags |= kKoTitleBefore;
  v.title_after = lex_->is_korean_title_after(stem);
}

KoreanWordValues TaggerFeatures::korean_word(std::string_view text, core::ByteRange word,
                                             std::uint32_t stem_end, std::uint32_t entry) {
  TaggerWordTable& words = table();
  if (entry == kNoEntry) {
    bool added = false;
    entry = words.find(slice(text, word.begin_byte, word.end_byte), true, added);
  }
  KoreanWordValues& v = words[entry].korean;
  const auto stem_size = static_cast<std::uint32_t>(stem_end - word.begin_byte);
  if (v.filled && v.stem_size == stem_size) return v;
  const std::string_view stem = slice(text, word.begin_byte, stem_end);
  const std::size_t syllables = stem.size() / 3;
  v.word = hash_bytes(slice(text, word.begin_byte, word.end_byte));
  v.stem = hash_bytes(stem);
  v.particle = hash_bytes(slice(text, stem_end, word.end_byte));
  v.stem_head = hash_bytes(stem.substr(0, 6));  // substr: at most the stem
  v.stem_tail = syllables ? hash_bytes(stem.substr(stem.size() - 3)) : 0;
  v.stem_first = syllables ? hash_bytes(stem.substr(0, 3)) : 0;
  v.stem_tail2 = syllables >= 2 ? hash_bytes(stem.substr(stem.size() - 6)) : 0;
  v.sound = korean_sound_class(stem);
  korean_lexicon_marks(stem, v);
  v.stem_size = stem_size, v.filled = true;
  return v;
}

std::uint32_t TaggerFeatures::entry_of_word(const TaggerTokens& tokens, std::uint32_t i) const {
  return doc_entries_ && &tokens == doc_tokens_ && i < doc_eojeols_.size() ? doc_eojeols_[i]
                                                                           : kNoEntry;
}

void TaggerFeatures::korean_marks(std::string_view text, const TaggerTokens& tokens,
                                  TokenSequence seq) {
  std::uint64_t prev_stem = 0, prev_particle = 0;
  std::uint8_t prev_sound = 0, prev_known = 0;
  KoreanWordValues word_values, next_values;
  bool next_known_values = false;  // next_values are those of the word at i
  for (std::uint32_t i = seq.begin; i < seq.end;) {
    const TaggerToken& t = tokens.tokens[i];
    if (t.script != Script::kHangul) {
      prev_stem = 0, prev_particle = 0, prev_sound = 0, prev_known = 0, ++i;
      next_known_values = false;
      continue;
    }
    std::uint32_t end = i;
    while (end < seq.end && tokens.tokens[end].word == t.word) ++end;
    word_values = next_known_values
                      ? next_values
                      : korean_word(text, t.word, t.stem_end_byte, entry_of_word(tokens, i));
    const KoreanWordValues& w = word_values;
    // The next word's stem, when it is a Hangul word of the sequence with a stem: its hash,
    // sound, type and title; its particle even without a stem.
    bool next = false;
    std::uint64_t next_particle = 0;
    next_known_values = end < seq.end && tokens.tokens[end].script == Script::kHangul;
    if (next_known_values) {
      const TaggerToken& n = tokens.tokens[end];
      next_values = korean_word(text, n.word, n.stem_end_byte, entry_of_word(tokens, end));
      next = n.stem_end_byte > n.word.begin_byte;
      next_particle = next_values.particle;
    }
    const std::uint8_t flags =
        static_cast<std::uint8_t>(w.flags | (next && next_values.title_after ? kKoTitleAfter : 0));
    const std::uint8_t next_known = next ? next_values.known : 0;
    const std::uint8_t sound = w.sound;
    const std::uint8_t next_sound = next ? next_values.sound : 0;
    const std::uint64_t stem_hash = w.stem, word_hash = w.word;
    const std::uint64_t next_stem = next ? next_values.stem : 0;
    const std::uint64_t particle = w.particle;
    const std::size_t syllables = w.stem_size / 3;
    const std::uint64_t stem_head = w.stem_head, stem_tail = w.stem_tail;
    const std::uint64_t stem_first = w.stem_first, stem_tail2 = w.stem_tail2;
    for (std::uint32_t k = i; k < end; ++k) {
      TokenInfo& info = info_[k - seq.begin];
      info.word = word_hash, info.stem = stem_hash, info.particle = particle;
      info.prev_stem = prev_stem, info.next_stem = next_stem;
      info.stem_head = stem_head, info.stem_tail = stem_tail;
      info.stem_first = stem_first, info.stem_tail2 = stem_tail2;
      info.prev_particle = prev_particle, info.next_particle = next_particle;
      info.stem_syllables = static_cast<std::uint8_t>(std::min<std::size_t>(syllables, 6));
      info.in_particle = tokens.tokens[k].bytes.begin_byte >= t.stem_end_byte;
      info.syllable_place = syllable_place(
          info.in_particle, (tokens.tokens[k].bytes.begin_byte - t.word.begin_byte) / 3, syllables);
      info.lexicon_flags = flags;
      info.ko_sound = static_cast<std::uint8_t>(prev_sound * 16 + sound * 4 + next_sound);
      info.ko_near = static_cast<std::uint8_t>(prev_known * 4 + next_known);
      if (!info.in_particle) info.gazetteer = w.gazetteer;
    }
    prev_stem = stem_hash, prev_particle = particle, prev_sound = sound, prev_known = w.known;
    i = end;
  }
}

void TaggerFeatures::hangul_features(std::size_t i, std::vector<std::uint64_t>& out) const {
  const std::size_t n = info_.size();
  const TokenInfo& t = info_[i];
  auto syl = [&](std::ptrdiff_t k) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(n)) return k;
    const bool same_word = info_[j].word == t.word && info_[j].script == t.script;
    return mix(info_[j].lower, same_word);
  };
  out.push_back(feature(kSyllable, t.lower));
  out.push_back(feature(kSylM1, syl(-1)));
  out.push_back(feature(kSylP1, syl(1)));
  out.push_back(feature(kSylM2, syl(-2)));
  out.push_back(feature(kSylP2, syl(2)));
  out.push_back(feature(kSylBigramPrev, syl(-1), t.lower));
  out.push_back(feature(kSylBigramNext, t.lower, syl(1)));
  out.push_back(feature(kSylTrigram, syl(-1), mix(t.lower, syl(1))));
  out.push_back(feature(kStemPlace, t.stem, mix(t.syllable_place, t.in_particle)));
  out.push_back(feature(kNextStemPlace, t.next_stem, mix(t.syllable_place, t.in_particle)));
  out.push_back(feature(kWord, t.word));
  out.push_back(feature(kStem, t.stem, t.in_particle));
  out.push_back(feature(kParticle, t.particle, t.in_particle));
  out.push_back(feature(kPrevStem, t.prev_stem));
  out.push_back(feature(kNextStem, t.next_stem));
  out.push_back(feature(kStemHead, t.stem_head));
  out.push_back(feature(kStemTail, t.stem_tail, t.in_particle));
  out.push_back(feature(kStemLength, t.stem_syllables, t.in_particle));
  out.push_back(feature(kInParticle, t.in_particle));
  if (t.gazetteer) out.push_back(feature(kGazetteer, t.gazetteer));
  if (t.lexicon_flags) out.push_back(feature(kLexiconFlags, t.lexicon_flags, t.in_particle));
  const std::uint64_t place = mix(t.syllable_place, t.in_particle);
  out.push_back(feature(kStemFirstLength, t.stem_first, mix(t.stem_syllables, place)));
  out.push_back(feature(kStemTail2, t.stem_tail2, place));
  out.push_back(feature(kPrevParticle, t.prev_particle, place));
  out.push_back(feature(kNextParticle, t.next_particle, place));
  out.push_back(feature(kKoSound, t.ko_sound, mix(place, t.stem_syllables)));
  if (t.ko_near) out.push_back(feature(kKoNear, t.ko_near, place));
}

}  // namespace loupe::entities
