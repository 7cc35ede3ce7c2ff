// loupe site SRC_DIR -o OUT_DIR [--chunk-kb N]: indexes every .txt, .md, .html and .htm file
// under SRC_DIR (id = its path relative to SRC_DIR with '/', name = its file name) with the same
// engine as `loupe index`, and writes the chunked static index (engine/site/FORMAT.md) into
// OUT_DIR. An HTML page is indexed as its readable text (html_text.h) under a "# title" line,
// so its <title> is the document's title field; hit offsets then point into that text, not into
// the HTML. Prints {"v":1,"ok":true,"documents":..,"chunks":..,"bytes":{..}}.
// --annotation-kb N: the annotation pages' size (8 KB by default; site_writer.h).
// --part K/N indexes only the K-th of N equal runs of those files (in path order, K from 0):
// N processes (xargs -P, GNU parallel, a batch job) each write one part's site, and
// `loupe merge PART_DIR... -o OUT_DIR [--chunk-kb N]` (the parts in order) writes the site one
// run over all the files would have written (site/site_merge.h), with memory for the parts'
// tables and terms, not their postings.
// Each run also writes the entity and date annotations of its documents (site_annotate.h:
// the engine's extractors; entity: and date: filters), unless --no-annotations.
// --memory-mb M bounds one run's memory by a setting instead: the files are indexed in
// consecutive runs of about M/10 MB of text each, written as parts and merged (same files),
// each run's documents linked for the annotations in batches of about M/48 MB of text (the
// batches' entities joined by key, as `loupe merge` joins parts').
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "commands.h"
#include "core/json_writer.h"
#include "engine.h"
#include "envelope/envelope.h"
#include "file_reader.h"
#include "html_text.h"
#include "site/site_annotate.h"
#include "site/site_merge.h"
#include "site/site_writer.h"
#include "storage/index_serializer.h"

namespace loupe::cli {
namespace {

namespace fs = std::filesystem;

core::Status invalid(const std::string& what) {
  return core::Status(core::StatusCode::kInvalidArgument, what);
}

std::string extension_of(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
  return e;
}

// Path order as std::filesystem::path compares: component by component, so '/' sorts before
// every other byte ("a/b" before "a-b/c").
bool path_less(const std::string& a, const std::string& b) {
  const auto rank = [](char c) { return c == '/' ? 0 : static_cast<unsigned char>(c) + 1; };
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [&](char x, char y) { return rank(x) < rank(y); });
}

// The files to index as paths relative to `root` ('/'-separated: the documents' ids), in path
// order (the same index for the same folder, run after run). Strings, not fs::path objects: a
// path holds a list of its components, 300 bytes a file, 250 MB for the 836,175 files of the
// 2 GB archive, which every part lists whole.
core::Result<std::vector<std::string>> source_files(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return invalid(root.string() + " is not a folder");
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string e = extension_of(it->path());
    if (it->is_regular_file(ec) && (e == ".txt" || e == ".md" || e == ".html" || e == ".htm"))
      files.push_back(it->path().lexically_relative(root).generic_string());
  }
  if (ec) return invalid("cannot list " + root.string() + ": " + ec.message());
  std::sort(files.begin(), files.end(), path_less);
  return files;
}

// What the engine indexes for a file: HTML as its text under its title, the rest as is.
std::string indexed_text(const fs::path& path, std::string bytes) {
  const std::string e = extension_of(path);
  if (e != ".html" && e != ".htm") return bytes;
  HtmlText page = html_text(bytes);
  return page.title.empty() ? page.text : "# " + page.title + "\n\n" + page.text;
}

site::FileSink folder_sink(const fs::path& out_dir) {
  return [out_dir](const std::string& name, const site::Bytes& bytes) -> core::Status {
    std::ofstream out(out_dir / name, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return invalid("cannot write " + (out_dir / name).string());
    return core::Status();
  };
}

// runs: the indexing runs --memory-mb made (printed when more than one); linked: the annotation
// linking's batches and the most text one held ("linking": {"batches", "peak_text"}), if any.
void print_summary(const site::SiteSummary& s, std::size_t runs = 1,
                   const site::AnnotateStats* linked = nullptr) {
  core::JsonWriter j;
  envelope::open_ok(j);
  j.key("documents").num(s.documents).key("passages").num(s.passages);
  j.key("terms").num(s.terms).key("chunks").num(s.chunks);
  j.key("bytes").open('{');
  j.key("manifest").num(s.manifest_bytes).key("table").num(s.table_bytes);
  j.key("documents").num(s.documents_bytes).key("dictionary").num(s.dictionary_bytes);
  j.key("chunks").num(s.chunk_bytes).key("fragments").num(s.fragment_bytes);
  j.key("annotations").num(s.annotation_bytes);
  j.key("total").num(s.total_bytes()).close('}');
  if (runs > 1) j.key("runs").num(runs);
  if (linked) {
    j.key("linking").open('{').key("batches").num(linked->batches);
    j.key("peak_text").num(linked->peak_text_bytes).close('}');
  }
  std::printf("%s\n", j.close('}').take().c_str());
}

// "K/N" with 0 <= K < N: the part; false if malformed.
bool parse_part(const std::string& text, std::size_t& k, std::size_t& n) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == text.size()) return false;
  char* end = nullptr;
  const unsigned long kk = std::strtoul(text.c_str(), &end, 10);
  if (end != text.c_str() + slash) return false;
  const unsigned long nn = std::strtoul(text.c_str() + slash + 1, &end, 10);
  if (*end != '\0' || nn == 0 || nn > 1000000 || kk >= nn) return false;
  k = kk, n = nn;
  return true;
}

// "--chunk-kb N" or "--annotation-kb N" at args[i] (advances i); false if malformed.
bool parse_chunk_kb(const Args& args, std::size_t& i, site::SiteWriteOptions& options) {
  const bool chunk = args[i] == "--chunk-kb";
  if ((!chunk && args[i] != "--annotation-kb") || i + 1 >= args.size()) return false;
  const int kb = std::atoi(args[++i].c_str());
  if (kb < 1 || kb > 65536) return false;
  (chunk ? options.chunk_bytes : options.annotation_page_bytes) =
      static_cast<std::size_t>(kb) * 1024;
  return true;
}

core::Status make_folder(const std::string& output) {
  std::error_code ec;
  fs::create_directories(output, ec);
  if (ec) return invalid("cannot create " + output + ": " + ec.message());
  return core::Status();
}

}  // namespace

int merge_command(const Args& args) {
  std::vector<std::string> parts;
  std::string output;
  site::SiteWriteOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size()) {
      output = args[++i];
    } else if (args[i] == "--chunk-kb" || args[i] == "--annotation-kb") {
      if (!parse_chunk_kb(args, i, options)) return 2;
    } else {
      parts.push_back(args[i]);
    }
  }
  if (parts.empty() || output.empty()) return 2;
  std::vector<site::Fetch> fetches;
  for (const std::string& dir : parts) {
    fetches.push_back(
        [dir](const std::string& name) { return read_file((fs::path(dir) / name).string()); });
  }
  if (core::Status s = make_folder(output); !s.ok()) return fail(s);
  auto merged = site::merge_sites(fetches, options, folder_sink(output));
  if (!merged.ok()) return fail(merged.status());
  print_summary(merged.value());
  return 0;
}

namespace {

// Indexes `files` (ids relative to `source`) with one engine and writes their site to `output`,
// with the annotations linked as `annotate` says (null: none).
core::Result<site::SiteSummary> write_run(const fs::path& source,
                                          const std::vector<std::string>& files,
                                          const site::SiteWriteOptions& options,
                                          const fs::path& output,
                                          const site::AnnotateOptions* annotate,
                                          site::AnnotateStats& linked) {
  auto engine = Engine::create();
  if (!engine.ok()) return engine.status();
  for (const std::string& id : files) {
    const fs::path f = source / id;
    auto bytes = read_file(f.string());
    if (!bytes.ok()) return bytes.status();
    const core::Status s = engine.value()->add_document(id, f.filename().string(),
                                                        indexed_text(f, std::move(bytes.value())));
    if (!s.ok()) return core::Status(s.code(), f.string() + ": " + s.message());
  }
  // The facade's saved index is the built index as data (storage/FORMAT.md), compacted. Each
  // copy goes as soon as the next exists, so the run holds two of the engine's index, the saved
  // bytes and the loaded index at a time, not all three (a third of a run's peak at 2 GB).
  std::vector<std::uint8_t> saved = engine.value()->save_index(true);
  engine.value().reset();
  auto index = storage::load_index(
      std::string_view(reinterpret_cast<const char*>(saved.data()), saved.size()));
  std::vector<std::uint8_t>().swap(saved);
  if (!index.ok()) return index.status();
  if (core::Status s = make_folder(output.string()); !s.ok()) return s;
  site::SiteWriteOptions with_annotations = options;
  core::Result<site::SiteAnnotations> annotations = site::SiteAnnotations{};
  if (annotate) {
    site::AnnotateStats stats;
    annotations = site::annotate_site(index.value(), *annotate, &stats);
    linked.batches += stats.batches;
    linked.peak_text_bytes = std::max(linked.peak_text_bytes, stats.peak_text_bytes);
    if (!annotations.ok()) return annotations.status();
    with_annotations.annotations = &annotations.value();
  }
  return site::write_site(index.value(), with_annotations, folder_sink(output));
}

// The files in consecutive runs of at most `text_bytes` of input each (a larger file alone).
std::vector<std::vector<std::string>> runs_of(const fs::path& source,
                                              const std::vector<std::string>& files,
                                              std::uintmax_t text_bytes) {
  std::vector<std::vector<std::string>> runs(1);
  std::uintmax_t size = 0;
  for (const std::string& f : files) {
    std::error_code ec;
    const std::uintmax_t bytes = fs::file_size(source / f, ec);
    if (!runs.back().empty() && size + bytes > text_bytes) runs.emplace_back(), size = 0;
    runs.back().push_back(f);
    size += ec ? 0 : bytes;
  }
  return runs;
}

// --memory-mb: each run indexed alone as a part under OUT_DIR/.loupe-parts, then the parts
// merged into OUT_DIR (the files one run writes, site_merge.h) and removed. A run's peak is
// about kMemoryPerTextByte bytes per byte of its text: 6.8 on the man pages (27.6 MB), 8.3-8.9
// in runs of 133 MB of the 2 GB archive (its vocabulary grows with the text), so 10 keeps a run
// under the setting; the merge holds the terms and one table at a time, not the postings.
constexpr std::uintmax_t kMemoryPerTextByte = 10;
// With the annotations (site_annotate.h) the run's documents are linked in batches of
// budget / kLinkingMemoryPerTextByte of text after the run's index is built and its engine freed.
// On the 2 GB archive the linking held 16-28 bytes a byte of its batch's text (heaptrack: 16.5
// MB in one batch, 1.7 MB batches), beside the entity models (42 MB, loaded once) and the run's
// loaded index (2.4 bytes a byte of the run's text, a quarter of the setting): with batches of
// M/40 parts 0 and 1 of 8 at 1024 MB peaked at 829-888 MB while linking; M/48 leaves room for
// denser names. (Runs of M/18, each linked whole, peaked at 1.5 GB at 1024 MB.)
constexpr std::uintmax_t kLinkingMemoryPerTextByte = 48;

core::Result<site::SiteSummary> write_in_runs(const fs::path& source,
                                              const std::vector<std::string>& files,
                                              const site::SiteWriteOptions& options,
                                              const fs::path& output, double memory_mb,
                                              bool annotate, std::size_t& run_count,
                                              site::AnnotateStats& linked) {
  const auto budget = static_cast<std::uintmax_t>(memory_mb * 1024 * 1024);
  const auto runs =
      runs_of(source, files, std::max<std::uintmax_t>(1, budget / kMemoryPerTextByte));
  const site::AnnotateOptions linking{std::max<std::size_t>(1, budget / kLinkingMemoryPerTextByte)};
  run_count = runs.size();
  const fs::path parts_dir = output / ".loupe-parts";
  std::vector<site::Fetch> fetches;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const fs::path dir = parts_dir / std::to_string(i);
    auto part = write_run(source, runs[i], options, dir, annotate ? &linking : nullptr, linked);
    if (!part.ok()) return part.status();
    fetches.push_back([dir](const std::string& name) { return read_file((dir / name).string()); });
  }
  auto merged = site::merge_sites(fetches, options, folder_sink(output));
  std::error_code ec;
  fs::remove_all(parts_dir, ec);
  return merged;
}

}  // namespace

int site_command(const Args& args) {
  std::string source, output;
  site::SiteWriteOptions options;
  std::size_t part = 0, parts = 1;
  double memory_mb = 0;
  bool annotate = true;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size()) {
      output = args[++i];
    } else if (args[i] == "--no-annotations") {
      annotate = false;
    } else if (args[i] == "--chunk-kb" || args[i] == "--annotation-kb") {
      if (!parse_chunk_kb(args, i, options)) return 2;
    } else if (args[i] == "--part" && i + 1 < args.size()) {
      if (!parse_part(args[++i], part, parts)) return 2;
    } else if (args[i] == "--memory-mb" && i + 1 < args.size()) {
      memory_mb = std::strtod(args[++i].c_str(), nullptr);
      if (!(memory_mb > 0)) return 2;
    } else if (source.empty()) {
      source = args[i];
    } else {
      return 2;
    }
  }
  if (source.empty() || output.empty()) return 2;
  auto files = source_files(source);
  if (!files.ok()) return fail(files.status());
  std::vector<std::string> all = std::move(files.value());
  const std::vector<std::string> mine(
      all.begin() + static_cast<std::ptrdiff_t>(all.size() * part / parts),
      all.begin() + static_cast<std::ptrdiff_t>(all.size() * (part + 1) / parts));
  std::vector<std::string>().swap(all);  // the other parts' files are not held while indexing
  std::size_t runs = 1;
  const site::AnnotateOptions one_batch;  // no setting: all documents linked together
  site::AnnotateStats linked;
  auto written =
      memory_mb > 0
          ? write_in_runs(source, mine, options, output, memory_mb, annotate, runs, linked)
          : write_run(source, mine, options, output, annotate ? &one_batch : nullptr, linked);
  if (!written.ok()) return fail(written.status());
  print_summary(written.value(), runs, annotate ? &linked : nullptr);
  return 0;
}

}  // namespace loupe::cli
