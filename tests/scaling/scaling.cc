// loupe_scaling: the work each stage does on each input shape (scaling_inputs.h) as the input
// doubles, and a failure when doubling it more than triples the work. Work is counted, not
// timed: this tree is built with -fsanitize=fuzzer-no-link (CMakeLists.txt, LOUPE_SANITIZE), so
// every comparison our code executes calls __sanitizer_cov_trace_cmp*, defined here to count
// (ICU's own work is not counted: a system library, not instrumented).
//
//   loupe_scaling [--sizes=128k,256k]
//   [--stages=analyze,index,entities,search,site,merge,table,annotations]
//                 [--shapes=...]
// prints "stage shape bytes work ratio" rows; exit 1 if a ratio is over 3.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine.h"
#include "scaling_inputs.h"
#include "scaling_site.h"
#include "site/site_merge.h"
#include "site/site_session.h"

namespace {

std::uint64_t g_work = 0;

}  // namespace

extern "C" {
void __sanitizer_cov_trace_cmp1(std::uint8_t, std::uint8_t) { ++g_work; }
void __sanitizer_cov_trace_cmp2(std::uint16_t, std::uint16_t) { ++g_work; }
void __sanitizer_cov_trace_cmp4(std::uint32_t, std::uint32_t) { ++g_work; }
void __sanitizer_cov_trace_cmp8(std::uint64_t, std::uint64_t) { ++g_work; }
void __sanitizer_cov_trace_const_cmp1(std::uint8_t, std::uint8_t) { ++g_work; }
void __sanitizer_cov_trace_const_cmp2(std::uint16_t, std::uint16_t) { ++g_work; }
void __sanitizer_cov_trace_const_cmp4(std::uint32_t, std::uint32_t) { ++g_work; }
void __sanitizer_cov_trace_const_cmp8(std::uint64_t, std::uint64_t) { ++g_work; }
void __sanitizer_cov_trace_switch(std::uint64_t, std::uint64_t*) { ++g_work; }
}

namespace {

using loupe::Engine;

std::unique_ptr<Engine> engine() {
  auto e = Engine::create();
  if (!e.ok()) std::abort();
  return std::move(e.value());
}

// One stage: its work on `input`, what is not its own (making the engine) left out.
using Stage = std::function<std::uint64_t(const std::string& input)>;

// The measured region, a named function so that valgrind can count it too in a tree without
// the instrumentation: valgrind --tool=callgrind --toggle-collect='*measured_region*'.
[[gnu::noinline]] void measured_region(const std::function<void()>& f) { f(); }

std::uint64_t counted(const std::function<void()>& f) {
  const std::uint64_t before = g_work;
  measured_region(f);
  return g_work - before;
}

// loupe merge (site_merge.h) of three parts whose tables and chunks are each about a third
// of the input's size (synthetic, as the site stage).
std::uint64_t merge_stage(const std::string& in) {
  const std::size_t part_bytes = std::max<std::size_t>(in.size() / 3, 64);
  const auto docs = static_cast<std::uint32_t>(part_bytes / 21);  // site_files' documents
  std::vector<std::map<std::string, std::string>> parts;
  for (std::uint32_t k = 0; k < 3; ++k)
    parts.push_back(loupe::scaling::site_files(part_bytes, k * docs));
  std::vector<loupe::site::Fetch> fetches;
  for (const auto& files : parts) {
    fetches.push_back([&files](const std::string& name) -> loupe::core::Result<std::string> {
      return files.at(name);
    });
  }
  loupe::site::SiteWriteOptions options;
  options.chunk_bytes = part_bytes;
  return counted([&] {
    std::size_t written = 0;
    const auto merged = loupe::site::merge_sites(
        fetches, options, [&](const std::string&, const loupe::site::Bytes& b) {
          written += b.size();
          return loupe::core::Status();
        });
    if (!merged.ok() || written == 0) std::abort();
  });
}

std::map<std::string, Stage> stages() {
  std::map<std::string, Stage> all;
  all["analyze"] = [](const std::string& in) {
    auto e = engine();
    return counted([&] { (void)e->analyze_json(in); });
  };
  all["index"] = [](const std::string& in) {
    auto e = engine();
    return counted([&] { (void)e->add_document("d", "d.txt", in); });
  };
  all["entities"] = [](const std::string& in) {
    auto e = engine();
    return counted([&] { (void)e->entities_json({{"d.txt", in}}); });
  };
  all["search"] = [](const std::string& in) {
    auto e = engine();
    (void)e->add_document("d", "d.txt", in);
    return counted([&] {
      for (const char* q : {"Lavrov OR 라브로프", "nego* talks~", "\"the talks\" lang:en",
                            "entity:Lavrov", "item -ok", "переговоры"}) {
        (void)e->search_json(q, R"({"facets":["lang","doc","entity"]})");
      }
    });
  };
  all["dates"] = [](const std::string& in) {
    auto e = engine();
    return counted([&] { (void)e->dates_json(in, "2024-01-01"); });
  };
  // The site reader on a synthetic site whose table and chunks are about the input's size (the
  // input's bytes are not read: the shape does not matter, so it runs on the first only). Open,
  // then a word of every passage, a document's word and a prefix of many words.
  all["site"] = [](const std::string& in) {
    const auto files = loupe::scaling::site_files(in.size());
    auto session = loupe::site::SiteSession::create();
    if (!session.ok()) std::abort();
    loupe::site::SiteSession& s = *session.value();
    return counted([&] {
      // Open drops what it did not read: the files again for the searches.
      for (const auto& [name, bytes] : files) s.provide(name, bytes);
      if (s.open_json().find("\"documents\"") == std::string::npos) std::abort();
      for (const auto& [name, bytes] : files) s.provide(name, bytes);
      for (const char* q : {"common", "w0000007", "w00001*"}) {
        if (s.search_json(q, 10).find("\"hits\"") == std::string::npos) std::abort();
      }
    });
  };
  all["merge"] = merge_stage;
  // The format-3 table's decoder alone (site_format.h decode_table, then check_statistics) on
  // a synthetic table of about the input's size: what a reader's open does before it builds
  // the partial index, and what grows with an archive.
  all["table"] = [](const std::string& in) {
    const auto table = loupe::scaling::site_table(in.size());
    return counted([&] {
      auto t = loupe::site::decode_table(table.payload, table.manifest);
      if (!t.ok() || t.value().passages.size() != table.manifest.passages ||
          !loupe::site::check_statistics(table.manifest, t.value()).ok())
        std::abort();
    });
  };
  // The annotation pages' decoders (site_annotations.h): a key, an entity and a date page of
  // about the input's size each, what an entity: or date: filter reads.
  all["annotations"] = [](const std::string& in) {
    const auto pages = loupe::scaling::site_annotation_pages(in.size());
    return counted([&] {
      if (!loupe::site::decode_key_page(pages.keys).ok() ||
          !loupe::site::decode_entity_page(pages.entities, pages.passages, pages.passages).ok() ||
          !loupe::site::decode_date_page(pages.dates, pages.passages, pages.passages).ok())
        std::abort();
    });
  };
  return all;
}

// Stages on synthetic sites, which read only the input's size.
bool synthetic(const std::string& stage) {
  return stage == "site" || stage == "merge" || stage == "table" || stage == "annotations";
}

std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at <= list.size();) {
    const std::size_t comma = std::min(list.find(',', at), list.size());
    if (comma > at) out.push_back(list.substr(at, comma - at));
    at = comma + 1;
  }
  return out;
}

std::size_t parse_size(const std::string& s) {
  const char unit = s.empty() ? ' ' : s.back();
  const std::size_t n = std::stoul(s);
  return unit == 'k' ? n << 10 : unit == 'm' ? n << 20 : n;
}

}  // namespace

int main(int argc, char** argv) {
  std::string sizes = "128k,256k", names = "analyze,index,entities,search", shapes;
  for (const auto& s : loupe::scaling::shapes())
    shapes += std::string(shapes.empty() ? "" : ",") + s.name;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a.rfind("--sizes=", 0) == 0)
      sizes = a.substr(8);
    else if (a.rfind("--stages=", 0) == 0)
      names = a.substr(9);
    else if (a.rfind("--shapes=", 0) == 0)
      shapes = a.substr(9);
    else
      return std::fprintf(stderr, "usage: loupe_scaling [--sizes=] [--stages=] [--shapes=]\n"), 2;
  }
  const auto all = stages();
  int failures = 0;
  std::printf("%-9s %-12s %10s %14s %6s\n", "stage", "shape", "bytes", "work", "ratio");
  for (const std::string& name : split(names)) {
    for (const auto& shape : loupe::scaling::shapes()) {
      if (("," + shapes + ",").find("," + std::string(shape.name) + ",") == std::string::npos)
        continue;
      std::uint64_t previous = 0;
      for (const std::string& size : split(sizes)) {
        const std::string input = shape.make(parse_size(size));
        const std::uint64_t work = all.at(name)(input);
        const double ratio =
            previous ? static_cast<double>(work) / static_cast<double>(previous) : 0;
        const bool bad = ratio > 3.0;
        failures += bad;
        std::printf("%-9s %-12s %10zu %14llu %6.2f%s\n", name.c_str(),
                    synthetic(name) ? "synthetic" : shape.name, input.size(),
                    static_cast<unsigned long long>(work), ratio, bad ? "  SUPERLINEAR" : "");
        std::fflush(stdout);
        previous = work;
      }
      if (synthetic(name)) break;  // reads no input bytes: one shape
    }
  }
  return failures ? 1 : 0;
}
