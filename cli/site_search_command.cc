// loupe site-search OUT_DIR QUERY [--limit N] [--per-doc N]: answers QUERY from a chunked static
// index written by `loupe site`, reading its files as a browser would fetch them
// (engine/site/site_reader.h), and prints the hits (document id, title, score, field, the passage's
// text: each hit's fragment is fetched once) and what it fetched
// ("fetched": requests and bytes, chunks, fragments and annotation pages among them; of
// "chunks_total"; "ms": the wall time of opening and of the search, its fetches from disk
// included). The native check of a site and the measuring tool of engine/site/README.md; no
// snippets or offsets yet.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "analysis/text_analyzer.h"
#include "commands.h"
#include "core/json_writer.h"
#include "envelope/envelope.h"
#include "file_reader.h"
#include "query/query_parser.h"
#include "search/query_readings.h"
#include "site/site_annotate.h"
#include "site/site_reader.h"

namespace loupe::cli {
namespace {

void write_fetched(core::JsonWriter& j, const site::SiteReader& r) {
  const site::FetchCounts& c = r.counts();
  j.key("fetched").open('{').key("requests").num(c.requests).key("bytes").num(c.bytes);
  j.key("chunks").num(c.chunks).key("chunk_bytes").num(c.chunk_bytes);
  j.key("fragments").num(c.fragments).key("fragment_bytes").num(c.fragment_bytes);
  j.key("annotations").num(c.annotations).key("annotation_bytes").num(c.annotation_bytes);
  j.close('}');
  j.key("chunks_total").num(r.manifest().chunk_count);
}

// The hits with their documents' ids, titles and passage texts, each fragment fetched once.
core::Status write_hits(core::JsonWriter& j, site::SiteReader& r,
                        const std::vector<query::Hit>& hits) {
  j.key("hits").open('[');
  std::map<std::uint32_t, site::Fragment> fragments;
  for (const query::Hit& h : hits) {
    const std::optional<site::ChunkEntry> entry = r.passage(h.passage);
    if (!entry) return core::Status(core::StatusCode::kInvalidData, "a hit no chunk lists");
    const site::ChunkEntry& p = *entry;
    if (!fragments.count(p.doc)) {
      auto fragment = r.fragment(p.doc);
      if (!fragment.ok()) return fragment.status();
      fragments.emplace(p.doc, std::move(fragment.value()));
    }
    const site::Fragment& f = fragments.at(p.doc);
    if (h.passage < f.first_passage || h.passage - f.first_passage >= f.passages.size())
      return core::Status(core::StatusCode::kInvalidData, "a fragment without its hit");
    const site::PassageRange& range = f.passages[h.passage - f.first_passage];
    const std::string_view text = p.field == index::Field::kBody ? f.text : f.title;
    j.open('{').key("doc").str(f.id).key("title").str(f.title).key("score").real(h.score);
    j.key("field").str(p.field == index::Field::kBody ? "body" : "title");
    j.key("text").str(text.substr(range.begin_byte, range.end_byte - range.begin_byte));
    j.close('}');
  }
  j.close(']');
  return core::Status();
}

double ms_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int site_search_command(const Args& args) {
  std::string dir, query_text;
  std::size_t limit = 10, per_doc = 3;  // the in-memory engine's defaults
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--limit" && i + 1 < args.size())
      limit = static_cast<std::size_t>(std::atoi(args[++i].c_str()));
    else if (args[i] == "--per-doc" && i + 1 < args.size())
      per_doc = static_cast<std::size_t>(std::atoi(args[++i].c_str()));
    else if (dir.empty())
      dir = args[i];
    else if (query_text.empty())
      query_text = args[i];
    else
      return 2;
  }
  if (dir.empty() || query_text.empty() || limit == 0 || per_doc == 0) return 2;
  const query::ParseResult parsed = query::parse_query(query_text);
  if (!parsed.ok())
    return fail(core::Status(core::StatusCode::kInvalidArgument, parsed.error.message));
  auto analyzer = analysis::TextAnalyzer::create();
  if (!analyzer.ok()) return fail(analyzer.status());
  search::QueryReadings readings(analyzer.value().get());
  const query::QueryAnalyzer analyze = [&readings](std::string_view w, core::Language l) {
    return readings.terms(w, l);
  };
  const auto open_start = std::chrono::steady_clock::now();
  auto reader = site::SiteReader::open([&dir](const std::string& name) {
    return read_file((std::filesystem::path(dir) / name).string());
  });
  if (!reader.ok()) return fail(reader.status());
  const double open_ms = ms_since(open_start);
  const auto search_start = std::chrono::steady_clock::now();
  query::SearchOptions options;
  options.limit = limit, options.per_doc = per_doc;
  reader.value()->annotations().set_keyer(site::native_entity_keyer());  // entity: names
  auto result = reader.value()->search(parsed.root, options, analyze);
  if (!result.ok()) return fail(result.status());
  const double search_ms = ms_since(search_start);
  core::JsonWriter j;
  envelope::open_ok(j);
  j.key("total").num(result.value().total);
  if (core::Status s = write_hits(j, *reader.value(), result.value().hits); !s.ok()) return fail(s);
  write_fetched(j, *reader.value());
  j.key("ms").open('{').key("open").real(open_ms).key("search").real(search_ms).close('}');
  std::printf("%s\n", j.close('}').take().c_str());
  return 0;
}

}  // namespace loupe::cli
