// Native indexing of many short documents (issue 4's seed corpus cut into paragraphs), for
// callgrind: where the fixed per-document and first-use costs go.
//   loupe_bench_small_index [--reps R] [--docs N] DIR
// Indexes every file of DIR (sorted by name, "file.txt#10" after "file.txt#9"; id = name = the
// file name) R times, each time into a new Engine, and prints the milliseconds of each pass.
// small-index-bench.mjs's units, written as files: the ids match, so do the titles.
// E.g. valgrind --tool=callgrind --toggle-collect='loupe::Engine::add_document*' \
//        build/native/bench/loupe_bench_small_index --reps 2 /tmp/units
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine.h"

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "a.txt#10" -> ("a.txt", 10): the paragraph number compares as a number.
std::pair<std::string, long> sort_key(const std::string& name) {
  const std::size_t hash = name.rfind('#');
  if (hash == std::string::npos) return {name, -1};
  return {name.substr(0, hash), std::atol(name.c_str() + hash + 1)};
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 1;
  std::size_t max_docs = static_cast<std::size_t>(-1);
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc)
      reps = std::atoi(argv[++i]);
    else if (a == "--docs" && i + 1 < argc)
      max_docs = std::strtoul(argv[++i], nullptr, 10);
    else
      dir = a;
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: loupe_bench_small_index [--reps R] [--docs N] DIR\n");
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> docs;  // (name, text)
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.is_regular_file()) docs.emplace_back(e.path().filename().string(), slurp(e.path()));
  }
  std::sort(docs.begin(), docs.end(),
            [](const auto& a, const auto& b) { return sort_key(a.first) < sort_key(b.first); });
  if (docs.size() > max_docs) docs.resize(max_docs);
  for (int r = 0; r < reps; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    auto engine = loupe::Engine::create();
    if (!engine.ok()) return 1;
    for (const auto& [name, text] : docs) {
      if (!engine.value()->add_document(name, name, text).ok()) {
        std::fprintf(stderr, "failed: %s\n", name.c_str());
      }
    }
    const auto elapsed = std::chrono::steady_clock::now() - t0;
    const double ms = std::chrono::duration<double, std::milli>(elapsed).count();
    std::printf("pass %d: %zu documents, %.2f ms\n", r, docs.size(), ms);
  }
  return 0;
}
