// The date grammar on real news prose: runs the extractor over the NER corpora's documents
// (../shared/data/ner/<lang>/*.jsonl, annotated for names, not dates: used here as raw news
// text) and ../shared/corpus, and prints what a person needs to judge it by eye: every date
// found with its sentence and value, and the sentences holding a likely-date word (a month,
// weekday, relative day or unit word, holiday or season of our lexicons, or a year 1800-2099)
// that no mention covers. A fixed random sample (--seed, --sample) is what the hand counts of
// bench/dates/README.md ("News prose") were made on. Reads ../shared; skips visibly without it.
// Usage (repo root): loupe_bench_news_dates --lang en [--seed 15 --sample 40] [--misses]
//                    [--found] [--files dev|train|all|corpus] [--pin EARLIER_OUTPUT]
//                    [--ref YYYY-MM-DD] (the caller's reference; default none)
// --pin shows the sentences an earlier run printed, in its order (before/after on one sample).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "document/prepared_document.h"
#include "extract/dates/date_extractor.h"
#include "extract/dates/lexicon.h"
#include "extract/dates/text_scanner.h"

namespace fs = std::filesystem;
using loupe::dates::Lx;

namespace {

std::string shared_dir() {
  const char* env = std::getenv("LOUPE_SHARED_DIR");
  return env ? env : "../shared";
}

bool is_word_char(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' ||
         (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000) || (c >= 0xAC00 && c <= 0xD7A3);
}

struct Word {
  std::size_t begin, end;
  std::string lower;
};

std::vector<Word> words_of(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<Word> out;
  std::size_t i = from;
  while (i < to) {
    auto d = loupe::core::decode_utf8(text, i);
    if (!is_word_char(d.code_point)) {
      i += d.length;
      continue;
    }
    Word w{i, i, {}};
    while (i < to) {
      d = loupe::core::decode_utf8(text, i);
      if (!is_word_char(d.code_point)) break;
      i += d.length;
    }
    w.end = i;
    w.lower = loupe::dates::fold_word(text.substr(w.begin, w.end - w.begin));
    out.push_back(std::move(w));
  }
  return out;
}

// The likely-date words of one language: single-word forms of the classes that name a date.
struct Cues {
  std::set<std::string, std::less<>> words;
  bool hangul_prefix = false;  // Korean words carry particles: a cue may start a word

  bool is_cue(const Word& w) const {
    const std::string& s = w.lower;
    if (s.size() == 4 && s.find_first_not_of("0123456789") == std::string::npos) {
      const int y = std::stoi(s);
      return y >= 1800 && y <= 2099;
    }
    if (words.count(s)) return true;
    if (!hangul_prefix) return false;
    // Korean "3월", "15일에", "2014년": figures glued to a calendar counter.
    const std::size_t d = s.find_first_not_of("0123456789");
    if (d > 0 && d != std::string::npos) {
      const std::string_view rest = std::string_view(s).substr(d);
      for (std::string_view c : {"년", "월", "일"})
        if (rest.starts_with(c)) return true;
    }
    for (std::size_t n = 3; n < s.size(); n += 3) {
      if (words.count(std::string_view(s).substr(0, n))) return true;
    }
    return false;
  }
};

Cues cues_for(std::string_view lang) {
  Cues cues;
  cues.hangul_prefix = lang == "ko";
  for (const auto* lex : loupe::dates::all_lexicons()) {
    if (lex->code != lang) continue;
    for (const auto& e : lex->entries) {
      if (e.cls != Lx::kMonth && e.cls != Lx::kWeekday && e.cls != Lx::kUnitRel &&
          e.cls != Lx::kDayRel && e.cls != Lx::kHoliday && e.cls != Lx::kSeason)
        continue;
      std::string_view forms = e.forms;
      while (!forms.empty()) {
        const std::size_t bar = forms.find('|');
        const std::string_view f = forms.substr(0, bar);
        // Multi-word forms are found through one of their words; short Hangul forms
        // ("말", "초") would flag every word they start.
        if (f.find(' ') == std::string_view::npos && f.find('.') == std::string_view::npos &&
            !(lang == "ko" && f.size() <= 3))
          cues.words.insert(std::string(f));
        forms = bar == std::string_view::npos ? std::string_view() : forms.substr(bar + 1);
      }
    }
  }
  return cues;
}

struct Sentence {
  std::string doc_id;
  std::size_t doc_index;  // into the documents
  std::size_t begin, end;
};

struct Doc {
  std::string id, text;
  loupe::dates::DateExtraction result;
};

// Sentences: lines, cut again after . ! ? followed by a space and no lower-case letter.
void split_sentences(const Doc& doc, std::size_t index, std::vector<Sentence>& out) {
  const std::string& t = doc.text;
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    while (start < end && (t[start] == ' ' || t[start] == '\n')) ++start;
    if (end > start) out.push_back({doc.id, index, start, end});
    start = end;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      emit(i);
    } else if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 2 < t.size() && t[i + 1] == ' ' &&
               !(t[i + 2] >= 'a' && t[i + 2] <= 'z') &&
               !(i >= 2 && t[i - 2] == ' ')) {  // "J. Smith", "U.S. officials"
      emit(i + 1);
    }
  }
  emit(t.size());
}

std::vector<std::string> input_files(const std::string& lang, const std::string& which) {
  std::vector<std::string> files;
  if (which == "corpus") {
    const fs::path dir = shared_dir() + "/corpus";
    if (fs::is_directory(dir))
      for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path().string());
  } else {
    const fs::path dir = shared_dir() + "/data/ner/" + lang;
    if (fs::is_directory(dir)) {
      for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        const bool dev = name.ends_with("-dev.jsonl"), train = name.ends_with("-train.jsonl");
        if ((which == "all" && (dev || train)) || (which == "dev" && dev) ||
            (which == "train" && train))
          files.push_back(e.path().string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string lang = "en", which = "dev";
  std::uint32_t seed = 15;
  std::size_t sample = 0;
  bool misses = false, found = false;
  std::string ref;  // the caller's reference ("" = none: the documents' own dates)
  std::string pin;  // an earlier output of this tool: show the same sentences, in its order
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--lang")
      lang = next();
    else if (a == "--seed")
      seed = static_cast<std::uint32_t>(std::stoul(next()));
    else if (a == "--sample")
      sample = std::stoul(next());
    else if (a == "--files")
      which = next();
    else if (a == "--misses")
      misses = true;
    else if (a == "--found")
      found = true;
    else if (a == "--pin")
      pin = next();
    else if (a == "--ref")
      ref = next();
    else {
      std::fprintf(stderr, "unknown argument %s\n", a.c_str());
      return 2;
    }
  }
  const auto files = input_files(lang, which);
  if (files.empty()) {
    std::printf("SKIP news dates %s: no files under %s (../shared not here)\n", lang.c_str(),
                shared_dir().c_str());
    return 0;
  }
  auto extractor = loupe::dates::DateExtractor::create();
  if (!extractor.ok()) return 1;
  std::vector<Doc> docs;
  for (const auto& path : files) {
    std::ifstream in(path);
    if (which == "corpus") {
      docs.push_back({path, std::string(std::istreambuf_iterator<char>(in), {}), {}});
      continue;
    }
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line);
      docs.push_back({j["id"].get<std::string>(), j["text"].get<std::string>(), {}});
    }
  }
  std::vector<Sentence> sentences;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    // The text as the facade sees it (Engine::dates normalizes first).
    auto norm = loupe::document::normalize_document(docs[d].text);
    if (norm.ok()) docs[d].text = norm.value()->analyzed.text;
    auto r = extractor.value()->extract(docs[d].text, ref);
    if (r.ok()) docs[d].result = std::move(r.value());
    split_sentences(docs[d], d, sentences);
  }
  const Cues cues = cues_for(lang);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (sample > 0) {
    // A fixed shuffle (mt19937 is the same everywhere; std::shuffle's use of it is not).
    std::mt19937 rng(seed);
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
  }
  if (!pin.empty()) {  // "#N doc-id ref=..." then "  sentence": the same sentences again
    std::map<std::pair<std::string, std::string>, std::size_t> index;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const Sentence& s = sentences[i];
      const std::string text =
          one_line(std::string_view(docs[s.doc_index].text).substr(s.begin, s.end - s.begin));
      index.emplace(std::make_pair(s.doc_id, text), i);
    }
    order.clear();
    std::ifstream in(pin);
    std::string id;
    for (std::string line; std::getline(in, line);) {
      if (line.starts_with("#")) {
        const std::size_t sp = line.find(' '), ref = line.rfind(" ref=");  // ids may hold spaces
        id = line.substr(sp + 1, (ref == std::string::npos ? line.size() : ref) - sp - 1);
      } else if (line.starts_with("  ") && !id.empty()) {
        auto it = index.find({id, line.substr(2)});
        if (it != index.end())
          order.push_back(it->second);
        else
          std::printf("PIN NOT FOUND %s\n", id.c_str());
        id.clear();
      }
    }
    sample = 0;
  }
  std::size_t shown = 0, n_mentions = 0, n_uncovered = 0, n_with = 0;
  for (std::size_t oi : order) {
    const Sentence& s = sentences[oi];
    const Doc& doc = docs[s.doc_index];
    std::vector<const loupe::dates::DateMention*> in;
    for (const auto& m : doc.result.mentions)
      if (m.bytes.begin_byte >= s.begin && m.bytes.end_byte <= s.end) in.push_back(&m);
    std::vector<std::string> uncovered;
    for (const auto& w : words_of(doc.text, s.begin, s.end)) {
      if (!cues.is_cue(w)) continue;
      const bool covered = std::any_of(in.begin(), in.end(), [&](auto* m) {
        return m->bytes.begin_byte <= w.begin && w.end <= m->bytes.end_byte;
      });
      if (!covered) uncovered.push_back(doc.text.substr(w.begin, w.end - w.begin));
    }
    n_mentions += in.size();
    n_uncovered += !uncovered.empty();
    n_with += !in.empty();
    // Sample: sentences with a date found or a likely-date word; --misses: only the latter
    // left uncovered; --found: only sentences with a date; else every such sentence.
    if (in.empty() && uncovered.empty() && pin.empty()) continue;
    if (misses && uncovered.empty()) continue;
    if (found && in.empty()) continue;
    if (sample > 0 && shown >= sample) continue;
    ++shown;
    std::printf("#%zu %s ref=%s\n  %s\n", shown, s.doc_id.c_str(),
                doc.result.reference.date.empty() ? "-" : doc.result.reference.date.c_str(),
                one_line(std::string_view(doc.text).substr(s.begin, s.end - s.begin)).c_str());
    for (auto* m : in) {
      std::printf(
          "  + \xC2\xAB%s\xC2\xBB %s %s%s%s\n",
          one_line(doc.text.substr(m->bytes.begin_byte, m->bytes.end_byte - m->bytes.begin_byte))
              .c_str(),
          std::string(loupe::dates::date_kind_name(m->kind)).c_str(), m->value.c_str(),
          m->mod.empty() ? "" : " mod=", m->mod.c_str());
    }
    for (const auto& u : uncovered) std::printf("  ? %s\n", u.c_str());
  }
  std::printf(
      "== %s (%s): %zu documents, %zu sentences, %zu with a date (%zu mentions), %zu with a "
      "likely-date word no mention covers; %zu shown%s\n",
      lang.c_str(), which.c_str(), docs.size(), sentences.size(), n_with, n_mentions, n_uncovered,
      shown, sample ? (" (seed " + std::to_string(seed) + ")").c_str() : "");
  return 0;
}
