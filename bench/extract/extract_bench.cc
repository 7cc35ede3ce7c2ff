// Native throughput of date and entity extraction over the real documents, split into the
// stages a user pays for: decode + normalize alone, extraction alone (on already normalized
// text), and the whole facade call that the wasm binding makes (Engine::dates_json per
// document, Engine::entities_json over all documents at once, so that names link).
//   loupe_bench_extract [--reps N] [--min-ms M] [--only dates|entities] [--fresh] FILE...
// --fresh: each entities_json call gets texts it has not seen (each document with a numbered
// line appended, as wasm_throughput.mjs --fresh), so nothing kept per text is reused.
// Prints the median MB/s (1 MB = 10^6 bytes of input) of N repetitions. With --reps 1
// --min-ms 0 each stage runs twice (warm-up + one pass): the form to run under callgrind.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "document/prepared_document.h"
#include "engine.h"
#include "extract/dates/date_extractor.h"
#include "extract/entities/entity_index.h"

namespace {

template <typename T>
void keep(const T& value) {
  asm volatile("" : : "g"(&value) : "memory");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

using Clock = std::chrono::steady_clock;

// Median MB/s of `reps` repetitions, each calling `pass` (one pass over every document) until
// `min_ms` elapsed; one warm-up pass first (ICU data, lexicon, memo tables).
template <typename Pass>
double measure(const char* label, std::size_t bytes, int reps, double min_ms, Pass pass) {
  pass();
  std::vector<double> runs;
  for (int r = 0; r < reps; ++r) {
    const auto start = Clock::now();
    std::size_t passes = 0;
    double ms = 0;
    do {
      pass();
      ++passes;
      ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    } while (ms < min_ms);
    runs.push_back(double(bytes) * double(passes) / 1e6 / (ms / 1e3));
  }
  std::sort(runs.begin(), runs.end());
  const double median = runs[runs.size() / 2];
  std::printf("native %-28s median %8.2f MB/s  (runs:", label, median);
  for (double v : runs) std::printf(" %.2f", v);
  std::printf(")\n");
  return median;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 5;
  bool fresh = false;
  double min_ms = 300;
  std::string only;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc)
      reps = std::atoi(argv[++i]);
    else if (a == "--min-ms" && i + 1 < argc)
      min_ms = std::atof(argv[++i]);
    else if (a == "--only" && i + 1 < argc)
      only = argv[++i];
    else if (a == "--fresh")
      fresh = true;
    else
      paths.push_back(a);
  }
  if (paths.empty() || reps < 1) {
    std::fprintf(
        stderr,
        "usage: loupe_bench_extract [--reps N] [--min-ms M] [--only dates|entities] [--fresh] "
        "FILE...\n");
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> docs;
  std::size_t bytes = 0;
  for (const auto& p : paths) {
    docs.emplace_back(p, read_file(p));
    bytes += docs.back().second.size();
  }
  auto engine = loupe::Engine::create();
  if (!engine.ok()) {
    std::fprintf(stderr, "engine: %s\n", engine.status().message().c_str());
    return 1;
  }
  std::vector<std::string> normalized;
  for (const auto& [name, text] : docs) {
    auto prepared = loupe::document::normalize_document(text);
    if (!prepared.ok()) return 1;
    normalized.push_back(prepared.value()->analyzed.text);
  }
  std::printf("%zu documents, %zu bytes\n", docs.size(), bytes);
  measure("decode+normalize", bytes, reps, min_ms, [&] {
    for (const auto& d : docs) keep(loupe::document::normalize_document(d.second));
  });
  if (only.empty() || only == "dates") {
    auto extractor = loupe::dates::DateExtractor::create();
    if (!extractor.ok()) return 1;
    measure("dates extract only", bytes, reps, min_ms, [&] {
      for (const auto& t : normalized) keep(extractor.value()->extract(t, ""));
    });
    measure("dates_json (facade)", bytes, reps, min_ms, [&] {
      for (const auto& d : docs) keep(engine.value()->dates_json(d.second, ""));
    });
  }
  if (only.empty() || only == "entities") {
    measure("entities extract only", bytes, reps, min_ms, [&] {
      loupe::entities::EntityIndex index;
      for (std::size_t i = 0; i < docs.size(); ++i)
        index.add_document(docs[i].first, normalized[i]);
      keep(index.entities());
    });
    int call = 0;
    measure("entities_json (facade)", bytes, reps, min_ms, [&] {
      if (!fresh) return keep(engine.value()->entities_json(docs));
      auto changed = docs;
      ++call;
      for (auto& d : changed) d.second += "\n\nCall " + std::to_string(call) + ".";
      keep(engine.value()->entities_json(changed));
    });
  }
  return 0;
}
