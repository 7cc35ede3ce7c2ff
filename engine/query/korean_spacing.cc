// Korean spacing varies between writers: 비밀 협상 (secret negotiation) is as often written
// 비밀협상, and a word the query writes whole may stand as two words in a document. So a term
// sequence (a phrase's, or a word's one-term reading) also matches
// (1) with a run of 2 to kMaxJoined adjacent Hangul terms written as one word: their
//     concatenation, and that word's one-term readings (the index may hold it cut by the
//     document's evidence: 정상회의 as 정상회, search/query_readings.h);
// (2) with one Hangul term split in two adjacent words, each of kMinPartSyllables or more and a
//     term of the index (비밀협상 -> 비밀, 협상).
// One change per variant (a join or a split), so their number stays linear in the terms. Each
// scores as the sequence typed (its terms' idfs: a rare compound cannot outrank the words as
// typed) times spacing_weight. Both search paths (searcher.cc, top_docs.cc) take these variants
// from here, and every lookup goes through the dictionary's find, so a reader holding part of
// the dictionary (site/site_reader.h) learns each key it needs.
#include <algorithm>

#include "index/hangul.h"
#include "query/term_expander.h"

namespace loupe::query {
namespace {

constexpr std::size_t kMaxJoined = 4;         // words one join writes together
constexpr std::size_t kMinPartSyllables = 2;  // one syllable alone matches too much
constexpr std::size_t kSyllableBytes = 3;     // every Hangul syllable in UTF-8

// seq with its terms [i, j) replaced by `with` (its own relative positions from seq[i]'s):
// later terms move by the difference in positions.
TermSequence replaced(const TermSequence& seq, std::size_t i, std::size_t j,
                      const std::vector<std::string>& with) {
  TermSequence out(seq.begin(), seq.begin() + static_cast<std::ptrdiff_t>(i));
  const std::uint32_t at = seq[i].second;
  for (std::uint32_t k = 0; k < with.size(); ++k) out.emplace_back(with[k], at + k);
  // seq[i..j) stand at consecutive positions (checked by the callers).
  const std::uint32_t next = at + static_cast<std::uint32_t>(with.size());
  for (std::size_t k = j; k < seq.size(); ++k)
    out.emplace_back(seq[k].first, seq[k].second - seq[j - 1].second - 1 + next);
  return out;
}

}  // namespace

void TermExpander::add_spacing_variants(const PhraseVariant& typed,
                                        std::vector<PhraseVariant>& out) const {
  const TermSequence& seq = typed.seq;
  const auto add = [&](TermSequence respaced) {
    for (PhraseVariant& o : out) {
      if (o.seq != respaced) continue;
      if (o.respaced) o.langs |= typed.langs;  // reached from another reading: its languages too
      return;
    }
    PhraseVariant pv;
    pv.seq = std::move(respaced);
    pv.langs = typed.langs;
    pv.weight = typed.weight * params_.spacing_weight;
    pv.scored_as = seq;
    pv.respaced = true;
    out.push_back(std::move(pv));
  };
  // (1) joins: the run seq[i..j] as one word.
  for (std::size_t i = 0; i < seq.size(); ++i) {
    std::string joined = seq[i].first;
    if (!index::is_hangul_word(joined)) continue;
    for (std::size_t j = i + 1; j < seq.size() && j < i + kMaxJoined; ++j) {
      if (!index::is_hangul_word(seq[j].first) || seq[j].second != seq[j - 1].second + 1) break;
      joined += seq[j].first;
      add(replaced(seq, i, j + 1, {joined}));
      for (const Reading& r : analyze(joined)) {
        if (r.terms.size() == 1) add(replaced(seq, i, j + 1, r.terms));
      }
    }
  }
  // (2) splits: seq[i] as two words, both in the index. Both parts are looked up before
  // either is tested, so a partial dictionary hears of both at once.
  const index::TermDict& dict = idx_.terms();
  const auto known = [&](std::string_view t) {
    const index::TermId id = dict.find(t);
    return id != index::kNoTerm && idx_.df(id) > 0;
  };
  for (std::size_t i = 0; i < seq.size(); ++i) {
    const std::string& t = seq[i].first;
    const std::size_t syllables = t.size() / kSyllableBytes;
    if (syllables < 2 * kMinPartSyllables || syllables > index::kMaxCompoundSyllables ||
        !index::is_hangul_word(t))
      continue;
    for (std::size_t k = kMinPartSyllables; k + kMinPartSyllables <= syllables; ++k) {
      std::vector<std::string> parts = {t.substr(0, k * kSyllableBytes),
                                        t.substr(k * kSyllableBytes)};
      const bool left = known(parts[0]), right = known(parts[1]);
      if (left && right) add(replaced(seq, i, i + 1, parts));
    }
  }
}

std::vector<PhraseVariant> TermExpander::word_spacing_variants(const Reading& reading) const {
  std::vector<PhraseVariant> out;
  if (reading.terms.size() != 1 || !index::is_hangul_word(reading.terms[0])) return out;
  PhraseVariant typed;
  typed.seq.emplace_back(reading.terms[0], 0);
  typed.langs = reading.langs;
  out.push_back(typed);  // so that no variant equals the word itself; dropped below
  add_spacing_variants(typed, out);
  out.erase(out.begin());
  return out;
}

}  // namespace loupe::query
