// Native search benchmark: the wasm bench's Loupe side without Node, so callgrind can count
// instructions (repeatable on a noisy machine) for indexing and for each query.
//   loupe_bench_search [--limit-mb N] [--reps R] [--save FILE] [--dump FILE] (DIR | --load FILE)
//   [QUERY...]
// Indexes every *.txt file of DIR (sorted, id = name) up to N MB (or loads a saved index), then
// runs each QUERY (default: the big-corpus set of bench/search/queries.mjs) R times with the
// bench's options (10 hits, per_doc 1, no snippets, no facets) and prints per-query median
// microseconds, then the same for Engine::search_top_docs (ids and scores only), after checking
// that both rank the same documents.
// --dump FILE writes each query's reply under the bench's options and under options with
// snippets, facets and deeper pages, and search_top_docs_json's (10 and 1000 documents), one
// per line: diffing two builds' dumps shows whether a change moved a single byte of the output.
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

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* const kDefaultQueries[] = {"permissions",
                                       "socket",
                                       "\"file descriptor\"",
                                       "allocat*",
                                       "процесс",
                                       "сигнал",
                                       "процес",
                                       "archivo",
                                       "señal",
                                       "패키지",
                                       "이미지",
                                       "레이어",
                                       "\"데비안 패키지\"",
                                       "signal~",
                                       "a*"};

}  // namespace

int main(int argc, char** argv) {
  double limit_mb = 1e9;
  int reps = 20;
  std::string dir, save, load, dump;
  std::vector<std::string> queries;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--limit-mb" && i + 1 < argc)
      limit_mb = std::atof(argv[++i]);
    else if (a == "--reps" && i + 1 < argc)
      reps = std::atoi(argv[++i]);
    else if (a == "--save" && i + 1 < argc)
      save = argv[++i];
    else if (a == "--dump" && i + 1 < argc)
      dump = argv[++i];
    else if (a == "--load" && i + 1 < argc)
      load = argv[++i], dir = "-";
    else if (dir.empty())
      dir = a;
    else
      queries.push_back(a);
  }
  if (dir.empty()) {
    std::fprintf(
        stderr,
        "usage: loupe_bench_search [--limit-mb N] [--reps R] [--save FILE] DIR [QUERY...]\n");
    return 2;
  }
  if (queries.empty()) queries.assign(std::begin(kDefaultQueries), std::end(kDefaultQueries));
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(load.empty() ? dir : ".")) {
    if (!load.empty()) break;
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  auto engine = loupe::Engine::create();
  if (!engine.ok()) return 1;
  loupe::Engine& eng = *engine.value();
  std::size_t bytes = 0;
  const Clock::time_point t0 = Clock::now();
  for (const auto& f : files) {
    if (bytes > limit_mb * 1e6) break;
    const std::string text = slurp(f);
    bytes += text.size();
    const std::string id = f.filename().string();
    if (!eng.add_document(id, id, text).ok()) std::fprintf(stderr, "failed: %s\n", id.c_str());
  }
  if (!load.empty()) {
    const std::string bytes_in = slurp(load);
    const loupe::core::Status s = eng.load_index(bytes_in);
    if (!s.ok()) return std::fprintf(stderr, "%s\n", s.message().c_str()), 1;
    std::printf("loaded %zu bytes in %.0f ms\n", bytes_in.size(), ms_since(t0));
  }
  const double index_ms = ms_since(t0);
  std::printf("indexed %.2f MB in %.0f ms = %.2f MB/s\n", bytes / 1e6, index_ms,
              bytes / 1e6 / (index_ms / 1000));
  if (!save.empty()) {
    const std::vector<std::uint8_t> saved = eng.save_index();
    std::ofstream(save, std::ios::binary)
        .write(reinterpret_cast<const char*>(saved.data()), saved.size());
    std::printf("saved %zu bytes\n", saved.size());
  }
  const std::string opts = R"({"limit":10,"per_doc":1,"snippet_bytes":0,"facets":false})";
  if (!dump.empty()) {
    std::ofstream out(dump, std::ios::binary);
    const char* const kDumpOptions[] = {
        R"({"limit":10,"per_doc":1,"snippet_bytes":0,"facets":false})", "{}",
        R"({"limit":40,"offset":5,"per_doc":0,"facets":["lang","doc"],"facet_limit":50})",
        R"({"limit":1000,"per_doc":1,"snippet_bytes":0,"facets":false})"};
    for (const std::string& q : queries) {
      for (const char* o : kDumpOptions)
        out << q << '\t' << o << '\t' << eng.search_json(q, o) << '\n';
      // The ids path's own reply (ids and scores), at the bench's depth and a deep one.
      for (const std::size_t k : {10, 1000})
        out << q << "\ttop " << k << '\t' << eng.search_top_docs_json(q, k) << '\n';
    }
  }
  // The documents of a search_json reply, in order (the bench's ids need no JSON unescaping).
  const auto reply_docs = [](const std::string& json) {
    std::vector<std::string> ids;
    for (std::size_t at = json.find("\"doc\":\""); at != std::string::npos;
         at = json.find("\"doc\":\"", at)) {
      at += 7;
      ids.push_back(json.substr(at, json.find('"', at) - at));
    }
    return ids;
  };
  int mismatches = 0;
  for (const std::string& q : queries) {
    std::vector<std::string> top;
    for (const loupe::TopDoc& d : eng.search_top_docs(q, 10).docs) top.emplace_back(d.id);
    if (top != reply_docs(eng.search_json(q, opts)))
      ++mismatches, std::printf("MISMATCH %s\n", q.c_str());
  }
  for (const bool ids_only : {false, true}) {
    std::printf("%s\n", ids_only ? "search_top_docs (ids and scores):" : "search_json:");
    std::vector<double> all;
    for (const std::string& q : queries) {
      std::vector<double> t;
      std::size_t total = 0;
      for (int r = 0; r < reps; ++r) {
        const Clock::time_point s = Clock::now();
        total +=
            ids_only ? eng.search_top_docs(q, 10).docs.size() : eng.search_json(q, opts).size();
        t.push_back(ms_since(s) * 1000);
      }
      std::sort(t.begin(), t.end());
      all.insert(all.end(), t.begin(), t.end());
      std::printf("  %-24s median %9.1f us  first %9.1f us  (%zu %s)\n", q.c_str(), t[t.size() / 2],
                  *std::max_element(t.begin(), t.end()), total / reps,
                  ids_only ? "docs" : "reply bytes");
    }
    std::sort(all.begin(), all.end());
    std::printf("  all queries: p50 %.1f us  p99 %.1f us\n", all[all.size() / 2],
                all[std::min(all.size() - 1, all.size() * 99 / 100)]);
  }
  if (mismatches) return std::fprintf(stderr, "%d queries ranked differently\n", mismatches), 1;
  return 0;
}
