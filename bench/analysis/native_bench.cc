// Native analysis throughput: times one Engine call over a set of documents and prints MB/s
// (1 MB = 10^6 bytes of UTF-8 input), the median of several repetitions.
//   loupe_bench_analysis [--reps N] [--min-ms M] (--list FILE_OF_PATHS | FILE...)
// The call measured is LOUPE_BENCH_OP (set by CMake, default tokenize): both the struct result
// (Engine::OP) and the JSON envelope (Engine::OP_json) that the wasm binding returns, so the
// wasm figure has a like-for-like native twin. Each document is one call, as in real use.
// Last lines, for bench/analysis/run.sh:  RESULT native <op> <MB/s>  and  RESULT native <op>_json
// <MB/s>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/text_analyzer.h"
#include "document/prepared_document.h"
#include "engine.h"

// The one line to change for the full analysis (or -DLOUPE_BENCH_OP=analyze).
#ifndef LOUPE_BENCH_OP
#define LOUPE_BENCH_OP tokenize
#endif
#define LOUPE_STR2(x) #x
#define LOUPE_STR(x) LOUPE_STR2(x)
#define LOUPE_CAT2(a, b) a##b
#define LOUPE_CAT(a, b) LOUPE_CAT2(a, b)

namespace {

// Keeps the optimizer from dropping a result it can see is unused.
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

// One repetition: passes over all documents until at least min_ms elapsed; returns MB/s.
template <typename Call>
double one_rep(const std::vector<std::string>& docs, std::size_t bytes, double min_ms, Call call) {
  const auto start = Clock::now();
  std::size_t passes = 0;
  double ms = 0;
  do {
    for (const auto& d : docs) call(d);
    ++passes;
    ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  } while (ms < min_ms);
  return double(bytes) * double(passes) / 1e6 / (ms / 1e3);
}

template <typename Call>
double median_mbs(const char* label, const std::vector<std::string>& docs, std::size_t bytes,
                  int reps, double min_ms, Call call) {
  for (const auto& d : docs) call(d);  // warm-up: ICU data, allocator, caches
  std::vector<double> runs;
  for (int r = 0; r < reps; ++r) runs.push_back(one_rep(docs, bytes, min_ms, call));
  std::sort(runs.begin(), runs.end());
  const double median = runs[runs.size() / 2];
  std::printf("native %-16s median %8.2f MB/s  (runs:", label, median);
  for (double v : runs) std::printf(" %.2f", v);
  std::printf(")\n");
  return median;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 5;
  double min_ms = 300;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) {
      reps = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--min-ms" && i + 1 < argc) {
      min_ms = std::atof(argv[++i]);
    } else if (a == "--list" && i + 1 < argc) {
      std::istringstream list(read_file(argv[++i]));
      for (std::string line; std::getline(list, line);) {
        if (!line.empty()) paths.push_back(line);
      }
    } else {
      paths.push_back(a);
    }
  }
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  for (const auto& p : paths) {
    docs.push_back(read_file(p));
    bytes += docs.back().size();
  }
  if (bytes == 0) {
    std::fprintf(stderr, "usage: %s [--reps N] [--min-ms M] (--list FILE | FILE...): no input\n",
                 argv[0]);
    return 2;
  }
  auto engine = loupe::Engine::create();
  if (!engine.ok()) {
    std::fprintf(stderr, "engine: %s\n", engine.status().message().c_str());
    return 1;
  }
  loupe::Engine& e = *engine.value();
  auto analyzer = loupe::analysis::TextAnalyzer::create();
  if (!analyzer.ok()) return 1;
  // The struct result of each op: Engine::tokenize's tokens; for analyze, the PreparedDocument
  // that analyze_json writes its envelope from.
  struct Plain {
    loupe::Engine& e;
    loupe::analysis::TextAnalyzer& a;
    auto tokenize(const std::string& d) { return e.tokenize(d); }
    auto analyze(const std::string& d) { return loupe::document::prepare_document(d, a); }
  } plain_op{e, *analyzer.value()};
  const char* op = LOUPE_STR(LOUPE_BENCH_OP);
  const std::string op_json = std::string(op) + "_json";
  std::printf("native: %zu documents, %zu bytes, %d repetitions of >= %.0f ms\n", docs.size(),
              bytes, reps, min_ms);
  const double plain = median_mbs(op, docs, bytes, reps, min_ms,
                                  [&](const std::string& d) { keep(plain_op.LOUPE_BENCH_OP(d)); });
  const double json =
      median_mbs(op_json.c_str(), docs, bytes, reps, min_ms,
                 [&](const std::string& d) { keep(e.LOUPE_CAT(LOUPE_BENCH_OP, _json)(d)); });
  std::printf("RESULT native %s %.3f\nRESULT native %s %.3f\n", op, plain, op_json.c_str(), json);
  return 0;
}
