// Native scorer of the date extractor on Duckling's phrases (../shared/data/dates/
// duckling-<lang>.jsonl), for fast iteration; the wasm side-by-side with chrono-node is run.mjs.
// Scoring (the same as run.mjs): per phrase the prediction is the mention covering most of the
// phrase; detection = any mention; date level = prediction and expected value, both cut to the
// expected grain but at most to the day (intervals: both ends), are equal; strict = the full
// values are equal once ":00" seconds are dropped; negatives (value null): any mention is a
// false positive. Prints per language and per grain.
// Usage: loupe_bench_duckling [--misses] [lang...]   (run from the repo root)
//        loupe_bench_duckling [--ref 2023-07-31] --show "text"   (one text's mentions)
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/dates/date_extractor.h"

namespace {

std::string data_dir() {
  const char* env = std::getenv("LOUPE_DATES_DATA_DIR");
  return env ? env : "../shared/data/dates";
}

std::vector<std::string> split_ends(const std::string& v) {
  const std::size_t slash = v.find('/');
  if (slash == std::string::npos) return {v};
  return {v.substr(0, slash), v.substr(slash + 1)};
}

std::string cut_one(const std::string& v, const std::string& grain) {
  if (v.empty()) return v;
  const std::size_t sign = v[0] == '-' ? 1 : 0;
  if (grain == "year") return v.substr(0, 4 + sign);
  if (grain == "month") return v.substr(0, 7 + sign);
  if (grain == "quarter" || grain == "week") return v;
  return v.substr(0, 10 + sign);
}

std::string cut(const std::string& v, const std::string& grain) {
  std::string out;
  for (const std::string& part : split_ends(v))
    out += (out.empty() ? "" : "/") + cut_one(part, grain);
  if (v.find('/') != std::string::npos && out.find('/') == std::string::npos) out += "/";
  return out;
}

std::string strict_form(const std::string& v) {
  std::string out;
  const auto parts = split_ends(v);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string p = parts[i];
    if (p.size() == 19 && p[10] == 'T' && p.compare(16, 3, ":00") == 0) p.resize(16);
    out += (i ? "/" : "") + p;
  }
  return out;
}

struct Tally {
  int n = 0, detected = 0, date_ok = 0, strict_ok = 0, negatives = 0, false_pos = 0;
  void print(const char* label) const {
    if (n > 0) {
      std::printf("  %-10s n=%4d  detect %.3f  date %.3f  strict %.3f", label, n,
                  double(detected) / n, double(date_ok) / n, double(strict_ok) / n);
    } else {
      std::printf("  %-10s n=   0", label);
    }
    if (negatives) std::printf("  negatives %d, false positives %d", negatives, false_pos);
    std::printf("\n");
  }
};

}  // namespace

int main(int argc, char** argv) {
  bool misses = false;
  std::string show_ref = "2013-02-12T04:30:00-02:00";  // --ref: the reference of --show
  std::vector<std::string> langs;
  auto made = loupe::dates::DateExtractor::create();
  if (!made.ok()) return 1;
  const auto& extractor = *made.value();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--misses") {
      misses = true;
    } else if (a == "--ref" && i + 1 < argc) {
      show_ref = argv[++i];
    } else if ((a == "--show" || a == "--file") && i + 1 < argc) {  // mentions, for debugging
      std::string text = argv[++i];
      if (a == "--file") {
        std::ifstream f(text, std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
      }
      auto r = extractor.extract(text, a == "--file" ? "" : show_ref);
      for (const auto& m : r.value().mentions) {
        std::printf("[%s] %s %s %s\n", text.substr(m.bytes.begin_byte, m.bytes.size()).c_str(),
                    std::string(loupe::dates::date_kind_name(m.kind)).c_str(), m.value.c_str(),
                    std::string(loupe::dates::grain_name(m.grain)).c_str());
      }
      return 0;
    } else {
      langs.push_back(a);
    }
  }
  if (langs.empty()) langs = {"en", "es", "ru", "uk", "ko"};
  bool any = false;
  for (const std::string& lang : langs) {
    std::ifstream in(data_dir() + "/duckling-" + lang + ".jsonl");
    if (!in) {
      std::printf("SKIP %s: %s/duckling-%s.jsonl not found\n", lang.c_str(), data_dir().c_str(),
                  lang.c_str());
      continue;
    }
    any = true;
    Tally all;
    std::map<std::string, Tally> by_grain;
    std::string line;
    while (std::getline(in, line)) {
      const auto j = nlohmann::json::parse(line);
      const std::string text = j["text"];
      auto r = extractor.extract(text, j["ref_time"].get<std::string>());
      if (!r.ok()) return 2;
      const auto& ms = r.value().mentions;
      const loupe::dates::DateMention* best = nullptr;
      for (const auto& m : ms) {
        if (!best || m.bytes.size() > best->bytes.size()) best = &m;
      }
      if (j["value"].is_null()) {
        ++all.negatives;
        if (best) {
          ++all.false_pos;
          if (misses)
            std::printf("FP  %s | %s -> %s\n", lang.c_str(), text.c_str(), best->value.c_str());
        }
        continue;
      }
      const std::string want = j["value"], grain = j["grain"];
      const std::string got = best ? best->value : "";
      const bool date_ok = best && cut(got, grain) == cut(want, grain);
      const bool strict_ok = best && strict_form(got) == strict_form(want);
      for (Tally* t : {&all, &by_grain[grain]}) {
        ++t->n;
        t->detected += best != nullptr;
        t->date_ok += date_ok;
        t->strict_ok += strict_ok;
      }
      if (misses && !strict_ok) {
        std::printf("%s %s | %s | want %s | got %s\n", date_ok ? "ST " : "MISS", lang.c_str(),
                    text.c_str(), want.c_str(), got.c_str());
      }
    }
    std::printf("%s\n", lang.c_str());
    all.print("all");
    for (const char* g : {"year", "quarter", "month", "week", "day", "hour", "minute", "second"}) {
      if (by_grain.count(g)) by_grain[g].print(g);
    }
  }
  if (!any) std::printf("SKIP: no Duckling phrases under %s\n", data_dir().c_str());
  return 0;
}
