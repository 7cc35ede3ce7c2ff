// Native scorer of the date extractor on Duckling's phrases (../shared/data/dates/
// duckling-<lang>.jsonl), for fast iteration; the wasm side-by-side with chrono-node is run.mjs.
// Scoring: score.mjs's, ported line for line (bench/dates/README.md "Scoring"): per phrase the
// prediction is the mention covering most of the phrase, durations left out; detection = such a
// mention; date level = expected and predicted values, each end cut exactly to the expected
// grain but no finer than the day (a week's month is its Thursday's; an interval whose cut ends
// are equal is that one value), are equal; strict = the full values are equal once ":00"
// seconds are dropped; negatives (value null): any non-duration mention is a false positive.
// Prints per language and per grain.
// Usage: loupe_bench_duckling [--misses] [lang...]   (run from the repo root)
//        loupe_bench_duckling [--ref 2023-07-31] --show "text"   (one text's mentions)
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "document/prepared_document.h"
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

// The scoring of score.mjs, line for line (README "Scoring"): levels to cut to, coarse to fine.
enum Level { kCentury, kDecade, kYear, kQuarter, kMonth, kWeek, kDay, kBad };

Level cut_level(const std::string& grain) {
  if (grain == "century") return kCentury;
  if (grain == "decade") return kDecade;
  if (grain == "year") return kYear;
  if (grain == "quarter") return kQuarter;
  if (grain == "month") return kMonth;
  if (grain == "week") return kWeek;
  return kDay;  // day and finer: cut to the day
}

struct Point {
  Level level = kBad;
  int y = 0, q = 0, m = 0, w = 0, d = 0;
};

bool digits_at(const std::string& v, std::size_t at, std::size_t n) {
  if (at + n > v.size()) return false;
  for (std::size_t i = at; i < at + n; ++i) {
    if (v[i] < '0' || v[i] > '9') return false;
  }
  return true;
}

// One end of a value: "2013", "2013-Q2", "2013-02", "2013-W07", "2013-02-15[Thh:mm[:ss]]",
// "197X", "19"; a leading '-' for BC years.
Point parse_point(const std::string& v) {
  Point p;
  const std::size_t o = !v.empty() && v[0] == '-' ? 1 : 0;
  const std::string b = v.substr(o);
  const auto num = [&](std::size_t at, std::size_t n) { return std::stoi(b.substr(at, n)); };
  const int sign = o ? -1 : 1;
  if (b.size() == 2 && digits_at(b, 0, 2) && !o) return {kCentury, num(0, 2) * 100};
  if (b.size() == 4 && digits_at(b, 0, 3) && b[3] == 'X') return {kDecade, num(0, 3) * 10};
  if (!digits_at(b, 0, 4)) return p;
  p.y = sign * num(0, 4);
  if (b.size() == 4) return p.level = kYear, p;
  if (b.size() == 7 && b[4] == '-' && b[5] == 'Q' && b[6] >= '1' && b[6] <= '4')
    return p.level = kQuarter, p.q = b[6] - '0', p;
  if (b.size() == 8 && b.compare(4, 2, "-W") == 0 && digits_at(b, 6, 2))
    return p.level = kWeek, p.w = num(6, 2), p;
  if (b.size() == 7 && b[4] == '-' && digits_at(b, 5, 2))
    return p.level = kMonth, p.m = num(5, 2), p;
  const bool day =
      b.size() >= 10 && b[4] == '-' && digits_at(b, 5, 2) && b[7] == '-' && digits_at(b, 8, 2);
  const bool time_ok = b.size() == 10 || (b.size() >= 16 && b[10] == 'T');
  if (day && time_ok) return p.level = kDay, p.m = num(5, 2), p.d = num(8, 2), p;
  return Point{};
}

std::string pad(int v, int w) {
  char buf[16];
  std::snprintf(buf, sizeof buf, v < 0 ? "-%0*d" : "%0*d", w, v < 0 ? -v : v);
  return buf;
}

// One end cut to `level`; "?" when the end is coarser than the level (a month for a day).
std::string cut_point(const std::string& v, Level level) {
  if (v.empty()) return v;
  const Point p = parse_point(v);
  if (p.level == kBad || p.level < level) return "?";
  if (level == kCentury) return pad(p.y / 100, 2);
  if (level == kDecade) return pad(p.y / 10, 3) + "X";
  if (level == kYear) return pad(p.y, 4);
  int y = p.y, m = p.m;
  if (p.level == kWeek) {  // a week's month and quarter are its Thursday's
    const loupe::CivilDate thursday =
        loupe::add_days(loupe::week_start({p.y, 1, 4}), (p.w - 1) * 7L + 3);
    y = thursday.year, m = thursday.month;
  }
  if (level == kQuarter) return pad(y, 4) + "-Q" + std::to_string(p.q ? p.q : (m + 2) / 3);
  if (level == kMonth) return pad(y, 4) + "-" + pad(m, 2);
  if (level == kWeek) {
    if (p.level == kWeek) return pad(p.y, 4) + "-W" + pad(p.w, 2);
    const loupe::IsoWeek w = loupe::iso_week({p.y, p.m, p.d});
    return pad(w.year, 4) + "-W" + pad(w.week, 2);
  }
  return pad(p.y, 4) + "-" + pad(p.m, 2) + "-" + pad(p.d, 2);
}

// The value at date level; "?" when it cannot be cut that fine. An interval whose cut ends are
// equal counts as that one value.
std::string cut(const std::string& v, const std::string& grain) {
  const Level level = cut_level(grain);
  const auto ends = split_ends(v);
  std::vector<std::string> out;
  for (const std::string& e : ends) {
    out.push_back(cut_point(e, level));
    if (out.back() == "?") return "?";
  }
  if (out.size() == 2 && !out[0].empty() && out[0] == out[1]) return out[0];
  return out.size() == 2 ? out[0] + "/" + out[1] : out[0];
}

bool date_level_equal(const std::string& want, const std::string& got, const std::string& grain) {
  const std::string w = cut(want, grain);
  return w != "?" && w == cut(got, grain);
}

bool is_duration(const std::string& v) { return !v.empty() && v[0] == 'P'; }

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
      // As Engine::dates does (and so run.mjs through wasm): the text normalized first (a line
      // that looks like a page number, "2-15", is dropped there).
      auto doc = loupe::document::normalize_document(text);
      if (!doc.ok()) return 2;
      auto r = extractor.extract(doc.value()->analyzed.text, j["ref_time"].get<std::string>());
      if (!r.ok()) return 2;
      const auto& ms = r.value().mentions;
      // The mention covering most of the phrase (all of it is the span), durations left out;
      // ties: the longer mention, then the first.
      const loupe::dates::DateMention* best = nullptr;
      for (const auto& m : ms) {
        if (is_duration(m.value)) continue;
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
      const bool date_ok = best && date_level_equal(want, got, grain);
      const bool strict_ok = best && strict_form(got) == strict_form(want);
      std::vector<Tally*> rows = {&all, &by_grain[grain]};
      if (want.find('/') != std::string::npos) rows.push_back(&by_grain["interval"]);
      for (Tally* t : rows) {
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
    for (const char* g : {"interval", "century", "decade", "year", "quarter", "month", "week",
                          "day", "hour", "minute", "second"}) {
      if (by_grain.count(g)) by_grain[g].print(g);
    }
  }
  if (!any) std::printf("SKIP: no Duckling phrases under %s\n", data_dir().c_str());
  return 0;
}
