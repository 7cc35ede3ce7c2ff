// entity: and date: on a static site of the real documents (read from $LOUPE_CORPUS_DIR, never
// copied here) against the in-memory engine over the same documents: the names queried are the
// entities the engine itself found (canonical names and aliases, taken at run time), the dates
// the years and months it found. With the native keyer every answer must be the engine's; the
// search-only build's keying (no transliteration, no near-spelling step) is counted and
// printed, and must agree on most names.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "analysis/text_analyzer.h"
#include "extract/dates/date_extractor.h"
#include "query/query_parser.h"
#include "query/searcher.h"
#include "search/query_readings.h"
#include "search/search_annotations.h"
#include "search/search_corpus.h"
#include "site/site_annotate.h"
#include "site/site_reader.h"
#include "site/site_writer.h"
#include "support/corpus.h"

namespace fs = std::filesystem;
using namespace loupe;

namespace {

const dates::DateExtractor* date_extractor() {
  static auto d = dates::DateExtractor::create();
  REQUIRE(d.ok());
  return d.value().get();
}

std::string query_name(const std::string& name) {
  return name.find(' ') == std::string::npos ? name : "\"" + name + "\"";
}

}  // namespace

TEST_CASE("a site of the corpus answers entity: and date: as the in-memory engine", "[corpus]") {
  auto analyzer = analysis::TextAnalyzer::create();
  REQUIRE(analyzer.ok());
  search::SearchCorpus corpus(analyzer.value().get(), [] { return date_extractor(); });
  for (const auto& path : test::corpus_files())
    REQUIRE(
        corpus.add_document(path.stem().string(), path.filename().string(), test::read_bytes(path))
            .ok());
  const index::SearchIndex& idx = corpus.index();
  auto annotations = site::annotate_site(idx);
  REQUIRE(annotations.ok());
  const fs::path dir =
      fs::temp_directory_path() / ("loupe-site-corpus-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  site::SiteWriteOptions options;
  options.chunk_bytes = 4096;
  options.annotation_page_bytes = 2048;  // several pages of each kind
  options.annotations = &annotations.value();
  REQUIRE(site::write_site(idx, options, [&](const std::string& name, const site::Bytes& b) {
            std::ofstream out(dir / name, std::ios::binary);
            out.write(reinterpret_cast<const char*>(b.data()),
                      static_cast<std::streamsize>(b.size()));
            return core::Status();
          }).ok());
  const site::Fetch fetch = [&](const std::string& name) -> core::Result<std::string> {
    std::ifstream in(dir / name, std::ios::binary);
    if (!in) return core::Status(core::StatusCode::kInvalidArgument, "no such file");
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  // The queries: the names of the 40 entities with most passages, a year and month of each date.
  search::SearchAnnotations in_memory{[] { return date_extractor(); }};
  auto entities = in_memory.keyed_entities(idx);
  std::stable_sort(entities.begin(), entities.end(), [](const auto& a, const auto& b) {
    return a.passages.size() > b.passages.size();
  });
  std::vector<std::string> names, queries;
  for (std::size_t i = 0; i < entities.size() && i < 40; ++i) {
    names.push_back("entity:" + query_name(entities[i].entry.canonical));
    for (const std::string& a : entities[i].aliases) names.push_back("entity:" + query_name(a));
  }
  std::set<std::string> periods;
  for (const auto& d : in_memory.dated_passages(idx)) {
    periods.insert(std::to_string(d.range.lo / 10000));
    if (d.month >= 0) {
      char m[16];
      std::snprintf(m, sizeof m, "%04d-%02d", d.month / 12, d.month % 12 + 1);
      periods.insert(m);
    }
  }
  queries = names;
  for (const std::string& p : periods) queries.push_back("date:" + p);
  REQUIRE(names.size() >= 40);
  REQUIRE(periods.size() >= 5);

  search::QueryReadings readings(analyzer.value().get());
  const query::QueryAnalyzer analyze = [&](std::string_view w, core::Language l) {
    return readings.terms(w, l);
  };
  auto native = site::SiteReader::open(fetch);
  auto plain = site::SiteReader::open(fetch);  // as the search-only wasm build keys names
  REQUIRE(native.ok());
  REQUIRE(plain.ok());
  native.value()->annotations().set_keyer(site::native_entity_keyer());
  std::size_t found = 0, plain_agree = 0, plain_asked = 0;
  for (const std::string& q : queries) {
    INFO(q);
    const query::ParseResult parsed = query::parse_query(q);
    if (!parsed.ok()) continue;  // a name the query language cannot say
    query::SearchOptions o;
    o.limit = 1000, o.per_doc = 0;
    auto got = native.value()->search(parsed.root, o, analyze);
    auto got_plain = plain.value()->search(parsed.root, o, analyze);
    REQUIRE(got.ok());
    REQUIRE(got_plain.ok());
    o.filter_passages = [&](const query::QueryNode& n) { return in_memory.passages(idx, n); };
    const query::SearchResult want = query::Searcher(idx, analyze).search(parsed.root, o);
    CHECK(got.value().total == want.total);
    REQUIRE(got.value().hits.size() == want.hits.size());
    for (std::size_t i = 0; i < want.hits.size(); ++i)
      CHECK(got.value().hits[i].passage == want.hits[i].passage);
    found += want.total > 0;
    if (q.starts_with("entity:")) {
      ++plain_asked;
      plain_agree += got_plain.value().total == want.total;
    }
  }
  std::printf(
      "site annotations on the corpus: %zu queries (%zu entity names), %zu find "
      "something; without a keyer %zu of %zu names answer as the engine\n",
      queries.size(), plain_asked, found, plain_agree, plain_asked);
  CHECK(found * 10 >= queries.size() * 9);
  CHECK(plain_agree * 10 >= plain_asked * 8);
  fs::remove_all(dir);
}
