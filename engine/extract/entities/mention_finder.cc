#include "extract/entities/mention_finder.h"

#include <algorithm>
#include <cstdint>

#include "analysis/korean_particles.h"
#include "core/utf8.h"

namespace loupe::entities {
namespace {

bool is_name_script(Script s) { return s == Script::kLatin || s == Script::kCyrillic; }

// Lower-case words allowed inside an organization name between capitalized words.
bool is_connector(std::string_view key) {
  // Not "and"/"y": they join two names ("World Bank and the Asian Development Bank") far more
  // often than they sit inside one.
  static constexpr std::string_view kConnectors[] = {
      "of", "on", "for", "the", "de", "del", "la", "las", "los", "para", "по", "при", "з"};
  for (std::string_view c : kConnectors)
    if (key == c) return true;
  return false;
}

// English word shapes that are rarely names when they open a sentence.
bool looks_common(std::string_view key) {
  if (key.size() > 4 && key.back() == 's') key.remove_suffix(1);
  static constexpr std::string_view kSuffixes[] = {"tion", "sion", "ment", "ness", "ly",
                                                   "ing",  "ed",   "ity",  "ies",  "ous",
                                                   "ive",  "ful",  "less", "ance", "ence"};
  for (std::string_view s : kSuffixes)
    if (key.size() > s.size() + 2 && key.substr(key.size() - s.size()) == s) return true;
  return false;
}

// Does words[k] continue the run that opens with `w` (same sentence and script, no break)?
bool joins_run(const std::vector<Word>& words, const Word& w, std::size_t k) {
  return k < words.size() && !words[k].break_before && words[k].sentence == w.sentence &&
         words[k].script == w.script;
}

}  // namespace

void CaseStats::add(std::string_view text, const ScannedText& scan, NameKeyer& keyer) {
  for (const Word& w : scan.words) {
    if (!is_name_script(w.script)) continue;
    if (!w.upper_initial)
      ++lower_[keyer.case_key(word_text(text, w))];
    else if (!w.sentence_start && !scan.title_case_paragraph[w.paragraph] && !w.all_upper)
      ++cap_[keyer.case_key(word_text(text, w))];
  }
}

const std::string& MentionFinder::key(std::string_view text, const ScannedText& scan,
                                      std::size_t k) {
  if (keyed_scan_ != &scan) keyed_scan_ = &scan, keys_.assign(scan.words.size(), nullptr);
  if (!keys_[k]) keys_[k] = &keyer_.word_key(word_text(text, scan.words[k]));
  return *keys_[k];
}

std::vector<Candidate> MentionFinder::find(std::string_view text, const ScannedText& scan,
                                           const KnownNames* known) {
  std::vector<Candidate> out;
  tagged(text, scan, out);
  if (known) propagate(text, scan, *known, out);
  resolve_overlaps(out);
  return out;
}

void MentionFinder::add_known(std::string_view text, const ScannedText& scan,
                              const KnownNames& known, std::vector<Candidate>& candidates,
                              const std::vector<KoreanHit>* hits) {
  propagate(text, scan, known, candidates, hits);
  resolve_overlaps(candidates);
}

void MentionFinder::latin_runs(std::string_view text, const ScannedText& scan,
                               std::vector<Candidate>& out) {
  const auto& words = scan.words;
  std::size_t i = 0;
  while (i < words.size()) {
    const Word& w = words[i];
    if (!is_name_script(w.script) || !w.upper_initial) {
      ++i;
      continue;
    }
    std::vector<std::size_t> run{i};
    const std::size_t j = extend_run(text, scan, run);
    const bool title = title_before(text, scan, i);
    if (const std::size_t ext = known_lower_case_tail(text, scan, run, out); ext > 0) {
      i = ext + 1;
      continue;
    }
    classify_run(text, scan, std::move(run), title, out);
    i = j + 1;
  }
}

// Grows the run of capitalized words that opens `run`, with up to two connectors ("for the")
// between capitalized words; returns the index of its last word.
std::size_t MentionFinder::extend_run(std::string_view text, const ScannedText& scan,
                                      std::vector<std::size_t>& run) {
  const auto& words = scan.words;
  const Word& w = words[run.front()];
  std::size_t j = run.front();
  while (true) {
    if (joins_run(words, w, j + 1) && words[j + 1].upper_initial) {
      run.push_back(++j);
      continue;
    }
    std::size_t c = j + 1, count = 0;
    while (count < 2 && joins_run(words, w, c) && !words[c].upper_initial &&
           is_connector(key(text, scan, c)))
      ++c, ++count;
    if (count > 0 && joins_run(words, w, c) && words[c].upper_initial) {
      for (std::size_t k = j + 1; k <= c; ++k) run.push_back(k);
      j = c;
      continue;
    }
    return j;
  }
}

// A lower-case title right before words[i]: "президент Путин", "presidente Sánchez".
bool MentionFinder::title_before(std::string_view text, const ScannedText& scan, std::size_t i) {
  const auto& words = scan.words;
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (words[i - back + 1].break_before || words[i - back].sentence != words[i].sentence)
      return false;
    if (!lex_.is_title_start(key(text, scan, i - back))) continue;  // cheap test before joining
    std::vector<std::string> keys;
    for (std::size_t k = i - back; k < i; ++k) keys.push_back(key(text, scan, k));
    if (lex_.title_length(keys, 0) == back) return true;
  }
  return false;
}

// A known name whose later words are lower case: "Белый дом", "Совет по ... отношениям".
// Emits each such name and returns the index of the last word of the longest (0: none).
std::size_t MentionFinder::known_lower_case_tail(std::string_view text, const ScannedText& scan,
                                                 const std::vector<std::size_t>& run,
                                                 std::vector<Candidate>& out) {
  const auto& words = scan.words;
  const Word& w = words[run.front()];
  if (!lex_.starts_multiword_name(key(text, scan, run.front()))) return 0;  // cheap filter first
  std::string joined;
  for (std::size_t k : run) (joined.empty() ? joined : joined += ' ') += key(text, scan, k);
  std::size_t ext = 0;
  const std::size_t j = run.back();
  for (std::size_t k = j + 1; k <= j + 3 && joins_run(words, w, k) && !words[k].upper_initial;
       ++k) {
    (joined += ' ') += key(text, scan, k);
    if (int id = lex_.find_name(joined); id >= 0) {
      out.push_back({{w.bytes.begin_byte, words[k].bytes.end_byte},
                     lex_.entity(id).type,
                     0.9f,
                     w.script,
                     id,
                     false,
                     w.sentence,
                     w.paragraph});
      ext = k;
    }
  }
  return ext;
}

void MentionFinder::Run::emit(std::size_t a_k, std::size_t b_k, EntityType type, float conf,
                              int known_id, bool weak) const {
  const Word& a = scan->words[words[a_k]];
  const Word& b = scan->words[words[b_k - 1]];
  out->push_back({{a.bytes.begin_byte, b.bytes.end_byte},
                  type,
                  conf,
                  a.script,
                  known_id,
                  weak,
                  a.sentence,
                  a.paragraph});
}

// The lexicon's entity named by words [a, b) of the run, or -1 (an acronym-only name must be
// written in capitals).
int MentionFinder::known_in_run(const Run& r, std::size_t a, std::size_t b) const {
  std::string s;
  bool caps = true;
  for (std::size_t k = a; k < b; ++k) {
    (s.empty() ? s : s += ' ') += r.keys[k];
    caps = caps && r.word(k).all_upper;
  }
  const int id = lex_.find_name(s);
  return id >= 0 && lex_.is_acronym_only(s) && !caps ? -1 : id;
}

// A title, or a word the corpus writes in lower case more often than capitalized inside a
// sentence (or never capitalized there and shaped like a common word).
bool MentionFinder::common_in_run(const Run& r, std::size_t k) {
  if (lex_.is_title_key(r.keys[k])) return true;
  const std::string ck = keyer_.case_key(word_text(r.text, r.word(k)));
  const std::size_t lo = stats_.lower(ck), cap = stats_.capitalized_inside(ck);
  return (lo > 0 && lo >= cap) || (cap == 0 && looks_common(r.keys[k]));
}

void MentionFinder::classify_run(std::string_view text, const ScannedText& scan,
                                 std::vector<std::size_t> run, bool title_before,
                                 std::vector<Candidate>& out) {
  Run r{text, &scan, &out, std::move(run), {}, 0, 0, 0, title_before, false};
  r.keys.reserve(r.words.size());
  for (std::size_t k : r.words) r.keys.push_back(key(text, scan, k));
  r.to = r.words.size();
  for (const std::string& k : r.keys) r.has_org = r.has_org || lex_.is_org_word(k);
  if (split_before_organization(r) || peel_known_names(r)) return;
  // At the end only connectors and reference abbreviations fall off ("Kim Jong Un" keeps "Un",
  // a Spanish article elsewhere; "Biden Jr", "New Politics Vol" lose the last word).
  auto trailing = [](const std::string& k) {
    return k == "jr" || k == "sr" || k == "vol" || k == "no" || k == "ed" || k == "eds" ||
           k == "pp";
  };
  while (r.to > r.from && (is_connector(r.keys[r.to - 1]) || trailing(r.keys[r.to - 1]))) --r.to;
  if (r.from >= r.to) return;
  bool org = false, connectors = false;
  for (std::size_t k = r.from; k < r.to; ++k) {
    org = org || lex_.is_org_word(r.keys[k]);
    connectors = connectors || !r.word(k).upper_initial;
  }
  r.first = r.from;
  if (!org && !r.cue && drop_common_words(r)) return;
  if (connectors && !org) return split_at_connectors(r);
  if (r.word(r.first).script == Script::kCyrillic && org && r.to == r.words.size())
    return cyrillic_organization(r);
  classify_words(r, org);
}

// "Carlos Romero of the University of Valencia": an organization that starts after a
// connector does not take the name before it. True when the run was classified in two parts.
bool MentionFinder::split_before_organization(Run& r) {
  if (!r.has_org) return false;
  std::size_t c = 0;
  while (c < r.words.size() && r.word(c).upper_initial) ++c;
  bool org_before = false;
  for (std::size_t k = 0; k < c; ++k) org_before = org_before || lex_.is_org_word(r.keys[k]);
  if (c == 0 || c >= r.words.size() || org_before) return false;
  std::size_t rest = c;
  while (rest < r.words.size() && !r.word(rest).upper_initial) ++rest;
  classify_run(r.text, *r.scan, {r.words.begin(), r.words.begin() + c}, r.cue, *r.out);
  if (rest < r.words.size())
    classify_run(r.text, *r.scan, {r.words.begin() + rest, r.words.end()}, false, *r.out);
  return true;
}

// Known names first: the whole rest, or a known name that opens or closes the run ("России
// Сергей", "Признавая Россию"); titles (as cues), non-names and connectors fall off the front.
// True when nothing is left to classify.
bool MentionFinder::peel_known_names(Run& r) {
  while (r.from < r.to) {
    if (int id = known_in_run(r, r.from, r.to); id >= 0) {
      r.emit(r.from, r.to, lex_.entity(id).type, 0.9f, id, false);
      return true;
    }
    if (std::size_t t = lex_.title_length(r.keys, r.from); t > 0) {
      r.from += t;
      r.cue = true;
      continue;
    }
    if (lex_.is_nonname(r.keys[r.from]) || is_connector(r.keys[r.from])) {
      ++r.from;
      continue;
    }
    bool split = false;
    for (std::size_t k = r.to - 1; k > r.from && !r.has_org && !split; --k) {
      if (int id = known_in_run(r, r.from, k); id >= 0) {
        r.emit(r.from, k, lex_.entity(id).type, 0.9f, id, false);
        r.from = k, split = true;
      } else if (int id2 = known_in_run(r, k, r.to); id2 >= 0) {
        r.emit(k, r.to, lex_.entity(id2).type, 0.9f, id2, false);
        r.to = k, split = true;
      }
    }
    if (!split) return false;
  }
  return false;
}

// Words the corpus also writes in lower case are not names at a sentence start or in a
// headline: a headline loses every such word (the pieces are classified apart), a sentence
// its first. True when nothing is left to classify here.
bool MentionFinder::drop_common_words(Run& r) {
  const Word& first = r.word(r.from);
  if (r.scan->title_case_paragraph[first.paragraph]) {
    std::size_t start = r.from;
    for (std::size_t k = r.from; k <= r.to; ++k) {
      if (k == r.to || common_in_run(r, k) || !r.word(k).upper_initial) {
        if (k > start) {
          if (k - start >= r.to - r.from) break;  // nothing dropped: classify as a whole
          classify_run(r.text, *r.scan, {r.words.begin() + start, r.words.begin() + k}, false,
                       *r.out);
        }
        start = k + 1;
      }
    }
    return start != r.from;
  }
  if (!first.sentence_start || !common_in_run(r, r.from)) return false;
  ++r.from;
  while (r.from < r.to && !r.word(r.from).upper_initial) ++r.from;
  return r.from >= r.to;
}

// "Lavrov of Russia": connectors only bind organization names; the pieces are classified.
void MentionFinder::split_at_connectors(Run& r) {
  std::size_t start = r.from;
  for (std::size_t k = r.from; k <= r.to; ++k) {
    if (k == r.to || !r.word(k).upper_initial) {
      if (k > start)
        classify_run(r.text, *r.scan, {r.words.begin() + start, r.words.begin() + k},
                     r.cue && start == r.from, *r.out);
      start = k + 1;
    }
  }
}

TakenBytes::TakenBytes(const std::vector<Candidate>& out, std::size_t first) {
  for (std::size_t i = first; i < out.size(); ++i) taken_.push_back(out[i].bytes);
  std::sort(taken_.begin(), taken_.end(), [](const core::ByteRange& a, const core::ByteRange& b) {
    return a.begin_byte < b.begin_byte;
  });
  for (std::size_t i = 1; i < taken_.size(); ++i)
    taken_[i].end_byte = std::max(taken_[i].end_byte, taken_[i - 1].end_byte);
}

bool TakenBytes::free(core::ByteRange r) const {
  const auto it =
      std::lower_bound(taken_.begin(), taken_.end(), r.end_byte,
                       [](const core::ByteRange& t, std::size_t e) { return t.begin_byte < e; });
  return it == taken_.begin() || (it - 1)->end_byte <= r.begin_byte;
}

}  // namespace loupe::entities
