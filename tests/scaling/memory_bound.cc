// loupe_memory_bound: the heap each stage holds at its peak, per byte of input, on a few MB of
// each input shape (scaling_inputs.h), and a failure when it passes its bound. Prose (the shape
// of the 100 MB file) has the bounds: tokenize and analyze at most 10 bytes per
// input byte (their JSON streamed to a sink that keeps nothing), index at most 8 (add_document,
// then the saved index). The other shapes meet them but for the index of short lines, legacy
// text and repairs (bench/robustness/MEMORY.md says why), whose ceilings are a little above
// what they hold today, so that none grows back unnoticed. Counted by replacing
// the global operator new/delete in this program (malloc_usable_size of each block), so it is
// exact and timing-free; ICU's own buffers (malloc) are not counted, nor the input itself.
//
//   loupe_memory_bound [--mb=2] [--shapes=prose,...] [--stages=analyze,...] [--write=DIR]
//   prints "stage shape bytes peak ratio" (--stages: one stage alone, e.g. under massif);
//   --write: writes each shape to DIR/scaling-SHAPE-MB.txt instead
//   (bench/robustness/wasm_memory.mjs)
#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "engine.h"
#include "scaling_inputs.h"

namespace {

std::atomic<std::size_t> g_live{0};
std::atomic<std::size_t> g_peak{0};

void* counted_alloc(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  const std::size_t live = g_live += malloc_usable_size(p);
  std::size_t peak = g_peak.load();
  while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
  }
  return p;
}

void counted_free(void* p) {
  if (!p) return;
  g_live -= malloc_usable_size(p);
  std::free(p);
}

}  // namespace

void* operator new(std::size_t n) { return counted_alloc(n); }
void* operator new[](std::size_t n) { return counted_alloc(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return counted_alloc(n);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }

namespace {

// Bytes per input byte: tokenize, analyze, index.
struct Bounds {
  const char* shape;
  double tokenize, analyze, index;
};
constexpr Bounds kBounds[] = {
    {"prose", 10, 10, 8},         // the goal
    {"one_line", 10, 10, 8},      // today 1.4 / 4.5 / 5.4 (one paragraph)
    {"hangul_run", 10, 10, 8},    // today 2.9 / 6.1 / 5.0 (no place to cut: one ICU piece)
    {"short_lines", 10, 10, 11},  // today 1.7 / 7.1 / 10.2 (a term per line in one passage)
    {"legacy", 10, 10, 10},       // today 0.7 / 9.5 / 9.5 (offset maps: ~7 bytes a word)
    {"repairs", 10, 10, 10},      // today 1.4 / 9.1 / 9.2 (a 20-byte Repair per ~6 bytes)
    {"name_marks", 10, 10, 8},    // today 1.4 / 5.4 / 5.4 (made for the entity rules)
};

// The heap held at the peak of f() above what was held before it.
template <typename F>
std::size_t peak_of(F&& f) {
  const std::size_t before = g_live.load();
  g_peak = before;
  f();
  return g_peak.load() - before;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b <= s.size();) {
    const std::size_t e = std::min(s.find(',', b), s.size());
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 2;
  std::vector<std::string> only, stages;
  std::string write_dir;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a.rfind("--mb=", 0) == 0) mb = std::atof(a.c_str() + 5);
    if (a.rfind("--shapes=", 0) == 0) only = split(a.substr(9));
    if (a.rfind("--stages=", 0) == 0) stages = split(a.substr(9));
    if (a.rfind("--write=", 0) == 0) write_dir = a.substr(8);
  }
  if (!write_dir.empty()) {
    for (const loupe::scaling::Shape& shape : loupe::scaling::shapes()) {
      if (!only.empty() && std::find(only.begin(), only.end(), shape.name) == only.end()) continue;
      const std::string input = shape.make(static_cast<std::size_t>(mb * (1 << 20)));
      const std::string path =
          write_dir + "/scaling-" + shape.name + "-" + std::to_string(int(mb)) + ".txt";
      std::ofstream(path, std::ios::binary) << input;
      std::printf("%s %zu\n", path.c_str(), input.size());
    }
    return 0;
  }
  auto made = loupe::Engine::create();
  if (!made.ok()) return 2;
  loupe::Engine& engine = *made.value();
  // Warm up: the analysis objects and per-language stemmers are made once, not per input.
  (void)engine.analyze_json("Lavrov met Haass. 라브로프가 왔다. Лавров приехал.", false);
  const auto sink = [](std::string_view) {};
  bool failed = false;
  std::printf("%-9s %-12s %10s %12s %6s\n", "stage", "shape", "bytes", "peak", "ratio");
  for (const loupe::scaling::Shape& shape : loupe::scaling::shapes()) {
    if (!only.empty() && std::find(only.begin(), only.end(), shape.name) == only.end()) continue;
    const Bounds* bounds = nullptr;
    for (const Bounds& b : kBounds) bounds = std::string_view(b.shape) == shape.name ? &b : bounds;
    if (!bounds) {
      std::printf("%s: no bounds\n", shape.name);
      return 1;
    }
    const std::string input = shape.make(static_cast<std::size_t>(mb * (1 << 20)));
    const auto wanted = [&](const char* stage) {
      return stages.empty() || std::find(stages.begin(), stages.end(), stage) != stages.end();
    };
    const auto row = [&](const char* stage, double bound, std::size_t peak) {
      const double ratio = static_cast<double>(peak) / static_cast<double>(input.size());
      const bool over = ratio > bound;
      failed |= over;
      std::printf("%-9s %-12s %10zu %12zu %6.2f%s\n", stage, shape.name, input.size(), peak, ratio,
                  over ? "  OVER" : "");
    };
    if (wanted("tokenize"))
      row("tokenize", bounds->tokenize, peak_of([&] { (void)engine.tokenize_to(input, sink); }));
    if (wanted("analyze"))
      row("analyze", bounds->analyze,
          peak_of([&] { (void)engine.analyze_to(input, false, sink); }));
    if (!wanted("index")) continue;
    row("index", bounds->index, peak_of([&] {
          auto fresh = loupe::Engine::create();
          (void)fresh.value()->add_document("d", "d.txt", input);
          (void)fresh.value()->save_index(true);
        }));
  }
  return failed ? 1 : 0;
}
