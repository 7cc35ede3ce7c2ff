// `loupe merge` of parts with annotations (engine/site/site_annotation_merge.h): dates are
// extracted per document, so the merged site's date: answers are one run's over all the
// documents; entities are linked per part and joined by canonical key, so a name one script
// spells alike in every part is one entity with every part's passages, and its entity: answers
// are one run's too. A merge of a single part answers as that part.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "analysis/text_analyzer.h"
#include "extract/dates/date_extractor.h"
#include "query/query_parser.h"
#include "query/searcher.h"
#include "search/query_readings.h"
#include "search/search_annotations.h"
#include "search/search_corpus.h"
#include "site/site_annotate.h"
#include "site/site_merge.h"
#include "support/site_compare.h"

namespace fs = std::filesystem;
using namespace loupe;

namespace {

using Docs = std::vector<std::pair<std::string, std::string>>;

// Our own sentences; Olaf Scholz and the Danube in both parts, in English.
const Docs kPart0 = {
    {"a/bridge.txt",
     "Olaf Scholz opened the new bridge over the Danube on 2 April 2022.\n\n"
     "Engineers from Siemens inspected the cables in 2021."},
    {"a/river.txt", "Floods on the Danube closed the port of Vienna in August 2002."},
};
const Docs kPart1 = {
    {"b/speech.txt",
     "In a speech in Hamburg on 9 November 2023, Olaf Scholz spoke about energy prices.\n\n"
     "Siemens announced new factories for 2025."},
    {"b/ship.txt", "A cargo ship sailed down the Danube toward Budapest in spring 2023."},
};

analysis::TextAnalyzer& analyzer() {
  static auto a = analysis::TextAnalyzer::create();
  REQUIRE(a.ok());
  return *a.value();
}

const dates::DateExtractor* date_extractor() {
  static auto d = dates::DateExtractor::create();
  REQUIRE(d.ok());
  return d.value().get();
}

std::unique_ptr<search::SearchCorpus> corpus_of(const std::vector<const Docs*>& docs) {
  auto c = std::make_unique<search::SearchCorpus>(&analyzer(), [] { return date_extractor(); });
  for (const Docs* part : docs)
    for (const auto& [id, text] : *part)
      REQUIRE(c->add_document(id, fs::path(id).filename().string(), text).ok());
  return c;
}

site::FileSink sink_to(const fs::path& dir) {
  fs::create_directories(dir);
  return [dir](const std::string& name, const site::Bytes& b) {
    std::ofstream out(dir / name, std::ios::binary);
    out.write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
    return core::Status();
  };
}

site::Fetch fetch_from(const fs::path& dir) {
  return [dir](const std::string& name) -> core::Result<std::string> {
    std::ifstream in(dir / name, std::ios::binary);
    if (!in) return core::Status(core::StatusCode::kInvalidArgument, "no such file");
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
}

void write_part(const Docs& docs, const fs::path& dir) {
  auto c = corpus_of({&docs});
  auto annotations = site::annotate_site(c->index());
  REQUIRE(annotations.ok());
  site::SiteWriteOptions options;
  options.chunk_bytes = 96, options.annotation_page_bytes = 96;
  options.annotations = &annotations.value();
  REQUIRE(site::write_site(c->index(), options, sink_to(dir)).ok());
}

struct Dirs {
  fs::path root = fs::temp_directory_path() / ("loupe-annot-merge-" + std::to_string(::getpid()));
  Dirs() { fs::remove_all(root); }
  ~Dirs() { fs::remove_all(root); }
};

// The site's answer and the in-memory engine's over `c`, compared.
void check_query(const fs::path& site_dir, search::SearchCorpus& c, const std::string& q) {
  INFO(q);
  search::SearchAnnotations in_memory{[] { return date_extractor(); }};
  search::QueryReadings readings{&analyzer()};
  const query::QueryAnalyzer analyze = [&](std::string_view w, core::Language l) {
    return readings.terms(w, l);
  };
  const query::ParseResult parsed = query::parse_query(q);
  REQUIRE(parsed.ok());
  query::SearchOptions o;
  o.limit = 50, o.per_doc = 0;
  auto reader = site::SiteReader::open(fetch_from(site_dir));
  REQUIRE(reader.ok());
  reader.value()->annotations().set_keyer(site::native_entity_keyer());
  auto got = reader.value()->search(parsed.root, o, analyze);
  REQUIRE(got.ok());
  o.filter_passages = [&](const query::QueryNode& n) { return in_memory.passages(c.index(), n); };
  const query::SearchResult want = query::Searcher(c.index(), analyze).search(parsed.root, o);
  test::check_same_hits(got.value(), want);
}

}  // namespace

TEST_CASE("merged parts answer entity: and date: as one run over all their documents",
          "[site][annotations]") {
  Dirs d;
  write_part(kPart0, d.root / "p0");
  write_part(kPart1, d.root / "p1");
  site::SiteWriteOptions options;
  options.chunk_bytes = 96, options.annotation_page_bytes = 96;
  auto merged = site::merge_sites({fetch_from(d.root / "p0"), fetch_from(d.root / "p1")}, options,
                                  sink_to(d.root / "merged"));
  REQUIRE(merged.ok());
  CHECK(merged.value().annotation_bytes > 0);
  auto whole = corpus_of({&kPart0, &kPart1});
  for (const std::string& q :
       {"date:2022", "date:2023", "date:2002-08", "date:2021..2022", "date:2025..", "date:..2003",
        "entity:Scholz", "entity:\"Olaf Scholz\"", "entity:Danube", "entity:Siemens",
        "entity:Scholz date:2023", "energy entity:Scholz", "entity:Nobody"})
    check_query(d.root / "merged", *whole, q);
  auto reader = site::SiteReader::open(fetch_from(d.root / "merged"));
  REQUIRE(reader.ok());
  reader.value()->annotations().set_keyer(site::native_entity_keyer());
  const query::ParseResult scholz = query::parse_query("entity:Scholz");
  query::SearchOptions o;
  o.limit = 50, o.per_doc = 0, o.keep_passages = true;
  search::QueryReadings readings{&analyzer()};
  auto r = reader.value()->search(
      scholz.root, o, [&](std::string_view w, core::Language l) { return readings.terms(w, l); });
  REQUIRE(r.ok());
  CHECK(r.value().total >= 2);  // not vacuous: found in both parts' documents, as one entity
  std::set<std::uint32_t> docs;
  for (std::uint32_t p : r.value().passages) docs.insert(reader.value()->passage(p)->doc);
  CHECK(docs.size() >= 2);
  auto facet = reader.value()->annotations().entity_facet(r.value().passages, 10);
  REQUIRE(facet.ok());
  std::size_t scholz_entities = 0;
  for (const auto& e : facet.value())
    scholz_entities += e.canonical.find("Scholz") != std::string::npos;
  CHECK(scholz_entities == 1);
}

TEST_CASE("a merge of one part answers as that part", "[site][annotations]") {
  Dirs d;
  write_part(kPart0, d.root / "p0");
  site::SiteWriteOptions options;
  options.chunk_bytes = 96, options.annotation_page_bytes = 96;
  REQUIRE(site::merge_sites({fetch_from(d.root / "p0")}, options, sink_to(d.root / "one")).ok());
  auto part = corpus_of({&kPart0});
  for (const std::string& q : {"date:2022", "date:2002", "entity:Scholz", "entity:Danube"})
    check_query(d.root / "one", *part, q);
}
