// Korean pairs of countries written with their one-syllable names and a mark between them
// (`한·러`, `미-러`, `북·중`, `한·미·일`: Korea and Russia, ...): one span to the tagger, which
// read the pair as a name, but two or three countries, each a mention of its own that links to it.
// KLP-2016, KLUE and KMOU EXOBRAIN's training files mark each country apart (9 pairs of 11);
// KMOU marks the pair as one ORG 21 times, two spans 17.
#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/text_scan.h"

namespace loupe::entities {
namespace {

// The mark at `p` between two names of a pair, with the spaces or line breaks a PDF's text may
// put around it (`남\n\nㆍ북`), and its length in bytes (0: none).
std::size_t pair_mark(std::string_view s, std::size_t p) {
  std::size_t q = p;
  while (q < s.size() && q - p < 2 && (s[q] == ' ' || s[q] == '\n')) ++q;
  if (q >= s.size()) return 0;
  std::size_t mark = 0;
  if (s[q] == '-' || s[q] == '/') {
    mark = 1;
  } else {
    const core::DecodedChar c = core::decode_utf8(s, q);
    // · ㆍ ‧ ・ (the middle dots Korean text uses)
    if (c.code_point == U'\u00B7' || c.code_point == U'\u318D' || c.code_point == U'\u2027' ||
        c.code_point == U'\u30FB')
      mark = c.length;
  }
  if (!mark) return 0;
  q += mark;
  for (std::size_t n = 0; q < s.size() && n < 2 && (s[q] == ' ' || s[q] == '\n'); ++n) ++q;
  return q - p;
}

// One-syllable names of countries that Korean writes only inside such pairs (alone, 한 is "one",
// 중 "middle", 일 "day"), with the name the lexicon lists; 미, 러, 북 are listed themselves.
constexpr std::string_view kPairNames[][2] = {
    {"한", "한국"}, {"남", "한국"},   {"중", "중국"},   {"일", "일본"}, {"영", "영국"},
    {"독", "독일"}, {"불", "프랑스"}, {"프", "프랑스"}, {"호", "호주"}, {"인", "인도"}};

// The lexicon's country named by `word` in a pair (-1: none).
int pair_country(const Lexicon& lex, std::string_view word) {
  for (const auto& [short_name, name] : kPairNames)
    if (word == short_name) return lex.find_korean(name);
  const int known = lex.find_korean(word);
  return lex.is_country(known) ? known : -1;
}

// A country of a pair beside a mention: right after `end` (a mark, then one to three syllables
// naming it, particles may follow: `한·일은`) or right before `begin` (a word naming it, then a
// mark). Its bytes and country; known -1 when there is none.
struct PairPart {
  core::ByteRange bytes;
  int known = -1;
};
PairPart next_part(const Lexicon& lex, std::string_view text, std::size_t end) {
  PairPart best;
  const std::size_t mark = pair_mark(text, end);
  if (!mark) return best;
  std::size_t e = end + mark;
  for (int n = 0;
       n < 3 && e + 3 <= text.size() && is_hangul_syllable(core::decode_utf8(text, e).code_point);
       ++n) {
    e += 3;
    if (const int known = pair_country(lex, text.substr(end + mark, e - end - mark)); known >= 0)
      best = {{end + mark, e}, known};  // the longest: `러시아`, not `러`
  }
  return best;
}
PairPart previous_part(const Lexicon& lex, std::string_view text, std::size_t begin) {
  for (std::size_t m = 1; m <= 7 && m <= begin; ++m) {  // a mark of m bytes before `begin`
    if (pair_mark(text, begin - m) != m) continue;
    const std::size_t end = begin - m;
    std::size_t b = end;
    while (b >= 3 && end - b < 9 && is_hangul_syllable(core::decode_utf8(text, b - 3).code_point))
      b -= 3;
    if (b == end || (b >= 3 && is_hangul_syllable(core::decode_utf8(text, b - 3).code_point)))
      continue;  // no word, or a longer one (`문재인ㆍ러`)
    if (const int known = pair_country(lex, text.substr(b, end - b)); known >= 0)
      return {{b, end}, known};
  }
  return {};
}

// Splits a mention whose bytes are a whole pair into its countries; false when it is none.
bool split_whole_pair(const Lexicon& lex, std::string_view text, const Candidate& c,
                      std::vector<Candidate>& out) {
  const std::string_view surface = text.substr(c.bytes.begin_byte, c.bytes.size());
  std::vector<Candidate> parts;
  for (std::size_t p = 0; p < surface.size();) {
    std::size_t e = p;  // a run of Hangul syllables
    while (e < surface.size() && is_hangul_syllable(core::decode_utf8(surface, e).code_point))
      e += 3;
    const int known = e > p && e - p <= 9 ? pair_country(lex, surface.substr(p, e - p)) : -1;
    const std::size_t mark = known >= 0 ? pair_mark(surface, e) : 0;
    if (known < 0 || (e < surface.size() && (mark == 0 || e + mark == surface.size())))
      return false;
    Candidate part = c;
    part.bytes = {c.bytes.begin_byte + p, c.bytes.begin_byte + e};
    part.known = known;
    parts.push_back(part);
    p = e + mark;
  }
  if (parts.size() < 2) return false;
  out.insert(out.end(), parts.begin(), parts.end());
  return true;
}

}  // namespace

void split_country_pairs(const Lexicon& lex, std::string_view text, std::size_t first,
                         std::vector<Candidate>& out) {
  std::vector<Candidate> kept(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(first));
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i].script != Script::kHangul || !split_whole_pair(lex, text, out[i], kept))
      kept.push_back(out[i]);
  // A country mention with a mark and another country beside it (`러` of `한·러`, `중` of
  // `한·중·일`): that country is a mention too, the tagger's or added, and each links to its
  // country. New mentions are looked at in turn, so a chain is followed to its ends.
  // The mentions' bytes by start (the furthest end of each start): whether a part is taken is
  // one lookup, not a pass over every mention (a text of pairs has a mention every few bytes).
  std::map<std::size_t, std::size_t> taken;
  auto take = [&](core::ByteRange b) {
    std::size_t& end = taken[b.begin_byte];
    end = std::max(end, b.end_byte);
  };
  for (std::size_t i = first; i < kept.size(); ++i) take(kept[i].bytes);
  // The tagger's mentions do not overlap: only the one starting last before a part's end can
  // hold it.
  auto covered = [&](core::ByteRange b) {
    auto it = taken.lower_bound(b.end_byte);
    return it != taken.begin() && std::prev(it)->second > b.begin_byte;
  };
  for (std::size_t i = first; i < kept.size(); ++i) {
    if (kept[i].script != Script::kHangul) continue;
    const int own = pair_country(lex, text.substr(kept[i].bytes.begin_byte, kept[i].bytes.size()));
    if (own < 0) continue;
    for (const PairPart& part : {previous_part(lex, text, kept[i].bytes.begin_byte),
                                 next_part(lex, text, kept[i].bytes.end_byte)}) {
      if (part.known < 0) continue;
      if (kept[i].known < 0) kept[i].known = own;
      if (covered(part.bytes)) continue;
      Candidate added = kept[i];
      added.bytes = part.bytes, added.known = part.known;
      take(added.bytes);
      kept.push_back(added);
    }
  }
  std::stable_sort(kept.begin() + static_cast<std::ptrdiff_t>(first), kept.end(),
                   [](const Candidate& a, const Candidate& b) {
                     return a.bytes.begin_byte < b.bytes.begin_byte;
                   });
  out = std::move(kept);
}

}  // namespace loupe::entities
