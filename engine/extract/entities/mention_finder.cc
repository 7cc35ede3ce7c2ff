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

// Endings of the lower-case complement of a Cyrillic organization head word
// ("иностранных дел", "по международным отношениям", "закордонних справ").
bool is_cyrillic_complement(std::string_view lower) {
  static constexpr std::string_view kEndings[] = {
      "ых", "их", "ой", "ей", "ого", "его", "ому",  "ему",  "ым",   "им",  "ям",    "ам", "ов",
      "ев", "ий", "ия", "ии", "ій",  "ів",  "ості", "ости", "ства", "дел", "справ", "ої"};
  if (lower == "по" || lower == "при" || lower == "з" || lower == "у") return true;
  for (std::string_view e : kEndings)
    if (lower.size() >= e.size() && lower.substr(lower.size() - e.size()) == e) return true;
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
                              const KnownNames& known, std::vector<Candidate>& candidates) {
  propagate(text, scan, known, candidates);
  resolve_overlaps(candidates);
}

void MentionFinder::latin_runs(std::string_view text, const ScannedText& scan,
                               std::vector<Candidate>& out) {
  const auto& words = scan.words;
  const std::size_t n = words.size();
  std::size_t i = 0;
  while (i < n) {
    const Word& w = words[i];
    if (!is_name_script(w.script) || !w.upper_initial) {
      ++i;
      continue;
    }
    std::vector<std::size_t> run{i};
    std::size_t j = i;
    auto joins = [&](std::size_t k) {
      return k < n && !words[k].break_before && words[k].sentence == w.sentence &&
             words[k].script == w.script;
    };
    while (true) {
      if (joins(j + 1) && words[j + 1].upper_initial) {
        run.push_back(++j);
        continue;
      }
      // Up to two connectors ("for the") followed by a capitalized word.
      std::size_t c = j + 1, count = 0;
      while (count < 2 && joins(c) && !words[c].upper_initial && is_connector(key(text, scan, c)))
        ++c, ++count;
      if (count > 0 && joins(c) && words[c].upper_initial) {
        for (std::size_t k = j + 1; k <= c; ++k) run.push_back(k);
        j = c;
        continue;
      }
      break;
    }
    // A lower-case title right before the run: "президент Путин", "presidente Sánchez".
    bool title_before = false;
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
      if (words[i - back + 1].break_before || words[i - back].sentence != w.sentence) break;
      if (!lex_.is_title_start(key(text, scan, i - back))) continue;  // cheap test before joining
      std::vector<std::string> keys;
      for (std::size_t k = i - back; k < i; ++k) keys.push_back(key(text, scan, k));
      if (lex_.title_length(keys, 0) == back) {
        title_before = true;
        break;
      }
    }
    // A known name whose later words are lower case: "Белый дом", "Совет по ... отношениям".
    std::string joined;
    std::size_t ext = 0;
    const bool may_extend = lex_.starts_multiword_name(key(text, scan, i));  // cheap filter first
    if (may_extend)
      for (std::size_t k : run) (joined.empty() ? joined : joined += ' ') += key(text, scan, k);
    for (std::size_t k = j + 1; may_extend && k <= j + 3 && joins(k) && !words[k].upper_initial;
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
    if (ext > 0) {
      i = ext + 1;
      continue;
    }
    classify_run(text, scan, std::move(run), title_before, out);
    i = j + 1;
  }
}

void MentionFinder::classify_run(std::string_view text, const ScannedText& scan,
                                 std::vector<std::size_t> run, bool title_before,
                                 std::vector<Candidate>& out) {
  const auto& words = scan.words;
  std::vector<std::string> keys;
  keys.reserve(run.size());
  for (std::size_t k : run) keys.push_back(key(text, scan, k));
  auto emit = [&](std::size_t from, std::size_t to, EntityType type, float conf, int known_id,
                  bool weak) {
    const Word& a = words[run[from]];
    const Word& b = words[run[to - 1]];
    out.push_back({{a.bytes.begin_byte, b.bytes.end_byte},
                   type,
                   conf,
                   a.script,
                   known_id,
                   weak,
                   a.sentence,
                   a.paragraph});
  };
  auto known = [&](std::size_t from, std::size_t to) {
    std::string s;
    bool caps = true;
    for (std::size_t k = from; k < to; ++k) {
      (s.empty() ? s : s += ' ') += keys[k];
      caps = caps && words[run[k]].all_upper;
    }
    const int id = lex_.find_name(s);
    return id >= 0 && lex_.is_acronym_only(s) && !caps ? -1 : id;
  };
  std::size_t from = 0, to = run.size();
  bool cue = title_before, has_org = false;
  for (const std::string& k : keys) has_org = has_org || lex_.is_org_word(k);
  // "Carlos Romero of the University of Valencia": an organization that starts after a
  // connector does not take the name before it.
  if (has_org) {
    std::size_t c = 0;
    while (c < run.size() && words[run[c]].upper_initial) ++c;
    bool org_before = false;
    for (std::size_t k = 0; k < c; ++k) org_before = org_before || lex_.is_org_word(keys[k]);
    if (c > 0 && c < run.size() && !org_before) {
      std::size_t rest = c;
      while (rest < run.size() && !words[run[rest]].upper_initial) ++rest;
      classify_run(text, scan, {run.begin(), run.begin() + c}, title_before, out);
      if (rest < run.size()) classify_run(text, scan, {run.begin() + rest, run.end()}, false, out);
      return;
    }
  }
  while (from < to) {
    // Known names first: the whole rest, or a known place that opens the run ("России Сергей").
    if (int id = known(from, to); id >= 0) {
      emit(from, to, lex_.entity(id).type, 0.9f, id, false);
      return;
    }
    if (std::size_t t = lex_.title_length(keys, from); t > 0) {
      from += t;
      cue = true;
      continue;
    }
    if (lex_.is_nonname(keys[from]) || is_connector(keys[from])) {
      ++from;
      continue;
    }
    bool split = false;
    for (std::size_t k = to - 1; k > from && !has_org && !split; --k) {
      if (int id = known(from, k); id >= 0) {  // a known name opens the run: "Russia Sergey"
        emit(from, k, lex_.entity(id).type, 0.9f, id, false);
        from = k, split = true;
      } else if (int id2 = known(k, to); id2 >= 0) {  // or closes it: "Признавая Россию"
        emit(k, to, lex_.entity(id2).type, 0.9f, id2, false);
        to = k, split = true;
      }
    }
    if (!split) break;
  }
  // At the end only connectors and reference abbreviations fall off ("Kim Jong Un" keeps "Un",
  // a Spanish article elsewhere; "Biden Jr", "New Politics Vol" lose the last word).
  auto trailing = [](const std::string& k) {
    return k == "jr" || k == "sr" || k == "vol" || k == "no" || k == "ed" || k == "eds" ||
           k == "pp";
  };
  while (to > from && (is_connector(keys[to - 1]) || trailing(keys[to - 1]))) --to;
  if (from >= to) return;

  bool org = false, connectors = false;
  for (std::size_t k = from; k < to; ++k) {
    org = org || lex_.is_org_word(keys[k]);
    connectors = connectors || !words[run[k]].upper_initial;
  }
  const Word& first = words[run[from]];
  // Words the corpus also writes in lower case are not names at a sentence start or in a
  // headline; drop them (a headline loses every such word, a sentence only its first).
  const bool headline = scan.title_case_paragraph[first.paragraph];
  auto common = [&](std::size_t k) {
    if (lex_.is_title_key(keys[k])) return true;
    const std::string ck = keyer_.case_key(word_text(text, words[run[k]]));
    const std::size_t lo = stats_.lower(ck), cap = stats_.capitalized_inside(ck);
    return (lo > 0 && lo >= cap) || (cap == 0 && looks_common(keys[k]));
  };
  if (!org && !cue) {
    if (headline) {
      std::size_t start = from;
      for (std::size_t k = from; k <= to; ++k) {
        if (k == to || common(k) || !words[run[k]].upper_initial) {
          if (k > start) {
            std::vector<std::size_t> sub(run.begin() + start, run.begin() + k);
            if (k - start < to - from) {
              classify_run(text, scan, sub, false, out);
            } else
              break;  // nothing dropped: classify below
          }
          start = k + 1;
        }
      }
      if (start != from) return;
    } else if (first.sentence_start && common(from)) {
      ++from;
      while (from < to && !words[run[from]].upper_initial) ++from;
      if (from >= to) return;
    }
  }
  if (connectors && !org) {
    // "Lavrov of Russia": connectors only bind organization names; classify the pieces.
    std::size_t start = from;
    for (std::size_t k = from; k <= to; ++k) {
      if (k == to || !words[run[k]].upper_initial) {
        if (k > start)
          classify_run(text, scan, {run.begin() + start, run.begin() + k}, cue && start == from,
                       out);
        start = k + 1;
      }
    }
    return;
  }
  // Cyrillic organizations take their lower-case complement: "Министерство иностранных дел".
  if (first.script == Script::kCyrillic && org && to == run.size()) {
    std::size_t last = run.back(), extra = 0;
    std::size_t best_end = words[last].bytes.end_byte;
    for (std::size_t k = last + 1; k < words.size() && extra < 4; ++k, ++extra) {
      const Word& w = words[k];
      if (w.break_before || w.sentence != first.sentence || w.script != Script::kCyrillic ||
          w.upper_initial)
        break;
      std::string lower = keyer_.word_key(word_text(text, w));
      std::string folded(word_text(text, w));
      if (!is_cyrillic_complement(folded)) break;
      if (lower != "по" && lower != "при" && lower != "з" && lower != "у")
        best_end = w.bytes.end_byte;
    }
    out.push_back({{first.bytes.begin_byte, best_end},
                   EntityType::kOrg,
                   0.8f,
                   first.script,
                   -1,
                   false,
                   first.sentence,
                   first.paragraph});
    return;
  }
  const std::size_t count = to - from;
  bool acronym = true, place = false, any_common = false;
  for (std::size_t k = from; k < to; ++k) {
    acronym = acronym && words[run[k]].all_upper;
    place = place || lex_.is_loc_word(keys[k]);
    any_common = any_common || (!words[run[k]].all_upper && common(k));
  }
  if (org) return emit(from, to, EntityType::kOrg, 0.8f, -1, false);
  if (cue) return emit(from, to, EntityType::kPerson, 0.9f, -1, false);
  if (place) return emit(from, to, EntityType::kLoc, 0.7f, -1, false);
  if (acronym) return emit(from, to, EntityType::kOrg, 0.7f, -1, false);
  if (any_common) {
    // "Secret Negotiations", "Lenin's Theory": words the corpus writes in lower case are not
    // part of a name; what remains is classified on its own.
    if (count == 1) return;
    std::size_t start = from;
    for (std::size_t k = from; k <= to; ++k) {
      if (k == to || (!words[run[k]].all_upper && common(k))) {
        if (k > start) classify_run(text, scan, {run.begin() + start, run.begin() + k}, false, out);
        start = k + 1;
      }
    }
    return;
  }
  // In a title ("Capital Export", "Once Again") a capitalized pair is a name only if the
  // corpus names it elsewhere: weak, confirmed or dropped in the second pass.
  if (count >= 2 && count <= 4)
    return emit(from, to, EntityType::kPerson, first.title_clause ? 0.3f : 0.6f, -1,
                first.title_clause);
  if (count != 1) return;
  if (lex_.is_demonym(keys[from])) return;  // "Americans", "Turkish"
  // A lone capitalized word: a place after a locative preposition, else perhaps a person.
  bool locative = false;
  if (run[from] > 0 && !first.break_before) {
    static constexpr std::string_view kLocative[] = {"in",     "at", "near",  "from",  "into",
                                                     "across", "en", "desde", "hacia", "в",
                                                     "во",     "из", "под",   "у",     "під"};
    const std::string& prev = key(text, scan, run[from] - 1);
    for (std::string_view l : kLocative) locative = locative || prev == l;
  }
  emit(from, to, locative ? EntityType::kLoc : EntityType::kPerson,
       first.sentence_start || first.title_clause ? 0.3f : 0.4f, -1, true);
}

}  // namespace loupe::entities
